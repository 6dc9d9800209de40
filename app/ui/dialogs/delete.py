"""Delete a conversation for everyone; the name must be typed to confirm."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...api import Room
from ...moderation import ActionRunner, Operation
from ...moderation import operations as ops
from .name_confirm import TypeNameToConfirmDialog


class DeleteDialog(TypeNameToConfirmDialog):
    def __init__(self, runner: ActionRunner, room: Room, parent: QWidget | None = None) -> None:
        super().__init__(
            runner,
            room,
            title=f"Delete '{room.title}'",
            object_name="deleteDialog",
            send_text="Delete for everyone",
            warning=(
                "Deleting removes the conversation, its chat and its settings for all "
                "participants. This cannot be undone."
            ),
            edit_name="deleteConfirmEdit",
            parent=parent,
        )

    def operation(self) -> Operation:
        return ops.delete(self.room)

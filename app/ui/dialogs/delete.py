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
            title=self.tr("Delete '{title}'").format(title=room.title),
            object_name="deleteDialog",
            send_text=self.tr("Delete for everyone"),
            warning=self.tr(
                "Deleting removes the conversation, its chat and its settings for all "
                "participants. This cannot be undone."
            ),
            edit_name="deleteConfirmEdit",
            parent=parent,
        )

    def operation(self) -> Operation:
        return ops.delete(self.room)

"""Delete a conversation for everyone; the name must be typed to confirm."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from ...api import Room
from ...moderation import ActionRunner, Operation
from ...moderation import operations as ops
from .base import AsyncActionDialog


class DeleteDialog(AsyncActionDialog):
    def __init__(self, runner: ActionRunner, room: Room, parent: QWidget | None = None) -> None:
        super().__init__(
            runner,
            title=f"Delete '{room.title}'",
            object_name="deleteDialog",
            send_text="Delete for everyone",
            parent=parent,
        )
        self.room = room
        self.set_intro(f"Type the name of the conversation to confirm: {room.title}")
        self.set_warning(
            "Deleting removes the conversation, its chat and its settings for all participants. "
            "This cannot be undone."
        )
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setObjectName("deleteConfirmEdit")
        self.confirm_edit.setPlaceholderText(room.title)
        self.form.addRow("Name:", self.confirm_edit)
        self.confirm_edit.textChanged.connect(self.update_send_enabled)
        self.update_send_enabled()

    def validate(self) -> str | None:
        if self.confirm_edit.text().strip() != self.room.title:
            return "Type the conversation's name exactly to confirm"
        return None

    def operation(self) -> Operation:
        return ops.delete(self.room)

"""Rename a conversation."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from ...api import Room
from ...moderation import ActionRunner, Operation
from ...moderation import operations as ops
from .base import AsyncActionDialog

MAX_NAME_LENGTH = 255


class RenameDialog(AsyncActionDialog):
    def __init__(self, runner: ActionRunner, room: Room, parent: QWidget | None = None) -> None:
        super().__init__(
            runner,
            title=self.tr("Rename '{title}'").format(title=room.title),
            object_name="renameDialog",
            send_text=self.tr("Rename"),
            parent=parent,
        )
        self.room = room
        self.name_edit = QLineEdit(room.name or room.title, self)
        self.name_edit.setObjectName("renameEdit")
        self.name_edit.selectAll()
        self.form.addRow(self.tr("New name:"), self.name_edit)
        self.name_edit.textChanged.connect(self.update_send_enabled)
        self.update_send_enabled()

    def new_name(self) -> str:
        return self.name_edit.text().strip()

    def validate(self) -> str | None:
        name = self.new_name()
        if not name:
            return self.tr("Enter a name")
        if len(name) > MAX_NAME_LENGTH:
            return self.tr("The name is too long ({length} of at most {limit} characters)").format(
                length=len(name), limit=MAX_NAME_LENGTH
            )
        if name == (self.room.name or self.room.title):
            return self.tr("That is the current name")
        return None

    def operation(self) -> Operation:
        return ops.rename(self.room, self.new_name())

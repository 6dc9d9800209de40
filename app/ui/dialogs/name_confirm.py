"""A dialog for what cannot be undone: the conversation's name must be typed to confirm.

Deleting a conversation and clearing its chat history both destroy everyone's data, so both
ask the same way; each subclass says only what it destroys and which operation it sends.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from ...api import Room
from ...moderation import ActionRunner
from .base import AsyncActionDialog


class TypeNameToConfirmDialog(AsyncActionDialog):
    """Send is enabled once the conversation's name is typed exactly.

    Args:
        warning: what is lost, for all participants.
        edit_name: the object name of the name field (tests and screen readers find it).
    """

    def __init__(
        self,
        runner: ActionRunner,
        room: Room,
        *,
        title: str,
        object_name: str,
        send_text: str,
        warning: str,
        edit_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            runner, title=title, object_name=object_name, send_text=send_text, parent=parent
        )
        self.room = room
        self.set_intro(
            self.tr("Type the name of the conversation to confirm: {title}").format(
                title=room.title
            )
        )
        self.set_warning(warning)
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setObjectName(edit_name)
        self.confirm_edit.setPlaceholderText(room.title)
        self.form.addRow(self.tr("Name:"), self.confirm_edit)
        self.confirm_edit.textChanged.connect(self.update_send_enabled)
        self.update_send_enabled()

    def validate(self) -> str | None:
        if self.confirm_edit.text().strip() != self.room.title:
            return self.tr("Type the conversation's name exactly to confirm")
        return None

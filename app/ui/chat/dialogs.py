"""The chat's moderation dialogs: delete one message, clear the history, post an announcement.

Each sends one operation through the runner; a refusal stays in the dialog with what was
typed (the base dialog's rule), in the server's words (``app.api.explain``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QPlainTextEdit, QWidget

from ...api import Room
from ...api.chat_models import MESSAGE_MAX_CHARS, ChatMessage
from ...moderation import ActionRunner, Operation
from ...moderation import chat as chat_ops
from ...widgets import PlainLabel
from ..dialogs.base import AsyncActionDialog
from ..dialogs.confirm import ConfirmActionDialog
from ..dialogs.name_confirm import TypeNameToConfirmDialog


def delete_message_dialog(
    runner: ActionRunner, room: Room, message: ChatMessage, parent: QWidget | None = None
) -> ConfirmActionDialog:
    """Ask before deleting ``message`` for everyone (it cannot be undone)."""
    own = chat_ops.is_own(room, message)
    dialog = ConfirmActionDialog(
        runner,
        chat_ops.delete_message(room, message),
        title="Delete Message",
        text=f"Delete {chat_ops.describe(message)} in '{room.title}' for everyone?",
        send_text="Delete for everyone",
        warning=""
        if own
        else "Everyone will see that you deleted it; the text cannot be brought back.",
        parent=parent,
    )
    dialog.setObjectName("deleteMessageDialog")
    return dialog


class ClearHistoryDialog(TypeNameToConfirmDialog):
    """Delete every message of the conversation; its name must be typed to confirm."""

    def __init__(self, runner: ActionRunner, room: Room, parent: QWidget | None = None) -> None:
        super().__init__(
            runner,
            room,
            title=f"Clear the History of '{room.title}'",
            object_name="clearHistoryDialog",
            send_text="Clear for everyone",
            warning=(
                "Every message, file share and system message of the chat is deleted for all "
                "participants. This cannot be undone."
            ),
            edit_name="clearHistoryConfirmEdit",
            parent=parent,
        )

    def operation(self) -> Operation:
        return chat_ops.clear_history(self.room)


class AnnouncementDialog(AsyncActionDialog):
    """Post a message as yourself, optionally without notifying anyone (silent)."""

    def __init__(self, runner: ActionRunner, room: Room, parent: QWidget | None = None) -> None:
        super().__init__(
            runner,
            title=f"Post to '{room.title}'",
            object_name="announcementDialog",
            send_text="Post",
            parent=parent,
        )
        self.room = room
        self.set_intro(f"Post a message in the chat of '{room.title}', as yourself.")
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("announcementEdit")
        self.text_edit.setPlaceholderText("5 minutes left, then we meet in the main room")
        self.text_edit.setTabChangesFocus(True)
        self.form.addRow("Message:", self.text_edit)
        self.counter = PlainLabel(self)
        self.counter.setObjectName("announcementCounter")
        self.form.addRow("", self.counter)
        self.silent_check = QCheckBox("Silent: send no notifications", self)
        self.silent_check.setObjectName("announcementSilentCheck")
        self.form.addRow("", self.silent_check)
        self.text_edit.textChanged.connect(self._changed)
        self._changed()

    def text(self) -> str:
        return self.text_edit.toPlainText()

    def _changed(self) -> None:
        self.counter.setText(f"{len(self.text()):,} of {MESSAGE_MAX_CHARS:,} characters")
        self.update_send_enabled()

    def validate(self) -> str | None:
        try:
            chat_ops.check_announcement(self.text())
        except chat_ops.MessageRefused as exc:
            return str(exc)
        return None

    def operation(self) -> Operation:
        return chat_ops.post_announcement(
            self.room, self.text(), silent=self.silent_check.isChecked()
        )

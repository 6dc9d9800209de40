"""The chat's moderation dialogs: delete one message, clear the history, post an announcement.

Each sends one operation through the runner; a refusal stays in the dialog with what was
typed (the base dialog's rule), in the server's words (``app.api.explain``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QPlainTextEdit, QWidget

from ...api import Room
from ...api.chat_models import MESSAGE_MAX_CHARS, ChatMessage
from ...moderation import ActionRunner, Operation
from ...moderation import chat as chat_ops
from ...widgets import PlainLabel
from ..dialogs.base import AsyncActionDialog, grouped
from ..dialogs.confirm import ConfirmActionDialog
from ..dialogs.name_confirm import TypeNameToConfirmDialog


def describe(message: ChatMessage) -> str:
    """How a message is named in the confirmation (``moderation.chat.describe`` in the user's
    language): "Alice's message 'Buy now…'", or "message 42" known only by its id."""
    if not (message.actor_id or message.actor_display_name):
        return QCoreApplication.translate("DeleteMessageDialog", "message {number}").format(
            number=message.id
        )
    text = chat_ops.snippet(message.plain_text)
    if text:
        return QCoreApplication.translate(
            "DeleteMessageDialog", "{author}'s message '{text}'"
        ).format(author=message.author, text=text)
    return QCoreApplication.translate("DeleteMessageDialog", "{author}'s message").format(
        author=message.author
    )


def delete_message_dialog(
    runner: ActionRunner, room: Room, message: ChatMessage, parent: QWidget | None = None
) -> ConfirmActionDialog:
    """Ask before deleting ``message`` for everyone (it cannot be undone)."""
    own = chat_ops.is_own(room, message)
    dialog = ConfirmActionDialog(
        runner,
        chat_ops.delete_message(room, message),
        title=QCoreApplication.translate("DeleteMessageDialog", "Delete Message"),
        text=QCoreApplication.translate(
            "DeleteMessageDialog", "Delete {message} in '{title}' for everyone?"
        ).format(message=describe(message), title=room.title),
        send_text=QCoreApplication.translate("DeleteMessageDialog", "Delete for everyone"),
        warning=""
        if own
        else QCoreApplication.translate(
            "DeleteMessageDialog",
            "Everyone will see that you deleted it; the text cannot be brought back.",
        ),
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
            title=self.tr("Clear the History of '{title}'").format(title=room.title),
            object_name="clearHistoryDialog",
            send_text=self.tr("Clear for everyone"),
            warning=self.tr(
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
            title=self.tr("Post to '{title}'").format(title=room.title),
            object_name="announcementDialog",
            send_text=self.tr("Post"),
            parent=parent,
        )
        self.room = room
        self.set_intro(
            self.tr("Post a message in the chat of '{title}', as yourself.").format(
                title=room.title
            )
        )
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("announcementEdit")
        self.text_edit.setPlaceholderText(self.tr("5 minutes left, then we meet in the main room"))
        self.text_edit.setTabChangesFocus(True)
        self.form.addRow(self.tr("Message:"), self.text_edit)
        self.counter = PlainLabel(self)
        self.counter.setObjectName("announcementCounter")
        self.form.addRow("", self.counter)
        self.silent_check = QCheckBox(self.tr("Silent: send no notifications"), self)
        self.silent_check.setObjectName("announcementSilentCheck")
        self.form.addRow("", self.silent_check)
        self.text_edit.textChanged.connect(self._changed)
        self._changed()

    def text(self) -> str:
        return self.text_edit.toPlainText()

    def _changed(self) -> None:
        self.counter.setText(
            self.tr("{length} of {limit} characters").format(
                length=grouped(len(self.text())), limit=grouped(MESSAGE_MAX_CHARS)
            )
        )
        self.update_send_enabled()

    def validate(self) -> str | None:
        try:
            chat_ops.check_announcement(self.text())
        except chat_ops.MessageRefused:
            if not self.text().strip():
                return self.tr("The message is empty")
            return self.tr(
                "The message has {length} characters; Talk takes at most {limit}"
            ).format(length=grouped(len(self.text())), limit=grouped(MESSAGE_MAX_CHARS))
        return None

    def operation(self) -> Operation:
        return chat_ops.post_announcement(
            self.room, self.text(), silent=self.silent_check.isChecked()
        )

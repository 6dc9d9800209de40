"""Attendees listen only, and back: one switch for a webinar's running call.

Non-moderators keep joining, watching and chatting but neither speak, show video nor share;
a speaker gets audio back through their own permissions. On Talk 20 and newer this is the
conversation's default permissions (the call's own permissions were removed), and Talk then
resets the permissions people had of their own, which the question says (people let in past
the lobby get that back: ``moderation.permissions``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...api import Room
from ...i18n import QT_TRANSLATE_NOOP
from ...moderation import ActionRunner
from ...moderation import permissions as perm_ops
from .confirm import ConfirmActionDialog

RESETS = QT_TRANSLATE_NOOP(
    "ListenOnlyDialog",
    "On Talk 20 and newer, permissions people were given of their own (a speaker's audio) "
    "are reset; whoever you let in past the lobby stays let in.",
)


def listen_only_dialog(
    runner: ActionRunner, room: Room, parent: QWidget | None = None
) -> ConfirmActionDialog:
    """Proposes the opposite of the room's state: listen only, or speaking again."""
    enable = not perm_ops.room_listens_only(room)
    if enable:
        text = QCoreApplication.translate(
            "ListenOnlyDialog",
            "Make the attendees of '{title}' listen only? Everyone who is not a "
            "moderator can still join, watch and chat, but not speak, show video or share the "
            "screen. Give a speaker audio afterwards with Participant > Permissions.",
        ).format(title=room.title)
        title = QCoreApplication.translate("ListenOnlyDialog", "Attendees listen only")
        send = QCoreApplication.translate("ListenOnlyDialog", "Listen Only")
    else:
        text = QCoreApplication.translate(
            "ListenOnlyDialog",
            "Let the attendees of '{title}' speak, show video and share the screen again?",
        ).format(title=room.title)
        title = QCoreApplication.translate("ListenOnlyDialog", "Attendees may speak")
        send = QCoreApplication.translate("ListenOnlyDialog", "Let Them Speak")
    return ConfirmActionDialog(
        runner,
        perm_ops.listen_only(room, enable),
        title=title,
        text=text + " " + QCoreApplication.translate("ListenOnlyDialog", RESETS),
        send_text=send,
        parent=parent,
    )

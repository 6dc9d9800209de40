"""Attendees listen only, and back: one switch for a webinar's running call.

Non-moderators keep joining, watching and chatting but neither speak, show video nor share;
a speaker gets audio back through their own permissions. On Talk 20 and newer this is the
conversation's default permissions (the call's own permissions were removed), and Talk then
resets the permissions people had of their own, which the question says (people let in past
the lobby get that back: ``moderation.permissions``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...api import Room
from ...moderation import ActionRunner
from ...moderation import permissions as perm_ops
from .confirm import ConfirmActionDialog

RESETS = (
    "On Talk 20 and newer, permissions people were given of their own (a speaker's audio) "
    "are reset; whoever you let in past the lobby stays let in."
)


def listen_only_dialog(
    runner: ActionRunner, room: Room, parent: QWidget | None = None
) -> ConfirmActionDialog:
    """Proposes the opposite of the room's state: listen only, or speaking again."""
    enable = not perm_ops.room_listens_only(room)
    if enable:
        text = (
            f"Make the attendees of '{room.title}' listen only? Everyone who is not a "
            "moderator can still join, watch and chat, but not speak, show video or share the "
            "screen. Give a speaker audio afterwards with Participant > Permissions. " + RESETS
        )
        title, send = "Attendees listen only", "Listen Only"
    else:
        text = (
            f"Let the attendees of '{room.title}' speak, show video and share the screen "
            "again? " + RESETS
        )
        title, send = "Attendees may speak", "Let Them Speak"
    return ConfirmActionDialog(
        runner,
        perm_ops.listen_only(room, enable),
        title=title,
        text=text,
        send_text=send,
        parent=parent,
    )

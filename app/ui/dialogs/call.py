"""Call controls: join and leave as the moderator, end for everyone, ring, SIP dial-out.

The service opens and keeps the Talk session these calls need (``service.sessions.ensure``), so the
moderator never handles sessions.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...api import Participant, Room
from ...api.capabilities import TalkCapabilities
from ...moderation import ActionRunner
from ...moderation import operations as ops
from .confirm import ConfirmActionDialog
from .join_call import JoinCallDialog


def join_call_dialog(
    runner: ActionRunner,
    room: Room,
    parent: QWidget | None = None,
    capabilities: TalkCapabilities | None = None,
) -> ConfirmActionDialog:
    """Join or start the call; asks for recording consent where the call needs it."""
    return JoinCallDialog(runner, room, capabilities, parent=parent)


def leave_call_dialog(
    runner: ActionRunner, room: Room, parent: QWidget | None = None
) -> ConfirmActionDialog:
    return ConfirmActionDialog(
        runner,
        ops.leave_call(room),
        title="Leave call",
        text=f"Leave the call in '{room.title}'? The others stay in it.",
        send_text="Leave call",
        parent=parent,
    )


def end_call_dialog(
    runner: ActionRunner, room: Room, parent: QWidget | None = None
) -> ConfirmActionDialog:
    return ConfirmActionDialog(
        runner,
        ops.end_call(room),
        title="End call for everyone",
        text=f"End the call in '{room.title}' for everyone?",
        warning="Everybody in the call is disconnected at once.",
        send_text="End call",
        parent=parent,
    )


def ring_dialog(
    runner: ActionRunner, room: Room, person: Participant, parent: QWidget | None = None
) -> ConfirmActionDialog:
    return ConfirmActionDialog(
        runner,
        ops.ring(room, person),
        title="Ring participant",
        text=f"Ring {person.title} to join the call in '{room.title}'?",
        send_text="Ring",
        parent=parent,
    )


def dial_out_dialog(
    runner: ActionRunner, room: Room, person: Participant, parent: QWidget | None = None
) -> ConfirmActionDialog:
    number = f" at {person.phone_number}" if person.phone_number else ""
    return ConfirmActionDialog(
        runner,
        ops.dial_out(room, person),
        title="Dial out",
        text=f"Phone {person.title}{number} into the call in '{room.title}'?",
        send_text="Call phone",
        parent=parent,
    )

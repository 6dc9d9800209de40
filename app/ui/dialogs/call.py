"""Call controls: join and leave as the moderator, end for everyone, ring, SIP dial-out.

The service opens and keeps the Talk session these calls need (``service.sessions.ensure``), so the
moderator never handles sessions.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
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
        title=QCoreApplication.translate("CallDialogs", "Leave call"),
        text=QCoreApplication.translate(
            "CallDialogs", "Leave the call in '{title}'? The others stay in it."
        ).format(title=room.title),
        send_text=QCoreApplication.translate("CallDialogs", "Leave call"),
        parent=parent,
    )


def end_call_dialog(
    runner: ActionRunner, room: Room, parent: QWidget | None = None
) -> ConfirmActionDialog:
    return ConfirmActionDialog(
        runner,
        ops.end_call(room),
        title=QCoreApplication.translate("CallDialogs", "End call for everyone"),
        text=QCoreApplication.translate(
            "CallDialogs", "End the call in '{title}' for everyone?"
        ).format(title=room.title),
        warning=QCoreApplication.translate(
            "CallDialogs", "Everybody in the call is disconnected at once."
        ),
        send_text=QCoreApplication.translate("CallDialogs", "End call"),
        parent=parent,
    )


def ring_dialog(
    runner: ActionRunner, room: Room, person: Participant, parent: QWidget | None = None
) -> ConfirmActionDialog:
    return ConfirmActionDialog(
        runner,
        ops.ring(room, person),
        title=QCoreApplication.translate("CallDialogs", "Ring participant"),
        text=QCoreApplication.translate(
            "CallDialogs", "Ring {name} to join the call in '{title}'?"
        ).format(name=person.title, title=room.title),
        send_text=QCoreApplication.translate("CallDialogs", "Ring"),
        parent=parent,
    )


def dial_out_dialog(
    runner: ActionRunner, room: Room, person: Participant, parent: QWidget | None = None
) -> ConfirmActionDialog:
    if person.phone_number:
        text = QCoreApplication.translate(
            "CallDialogs", "Phone {name} at {number} into the call in '{title}'?"
        ).format(name=person.title, number=person.phone_number, title=room.title)
    else:
        text = QCoreApplication.translate(
            "CallDialogs", "Phone {name} into the call in '{title}'?"
        ).format(name=person.title, title=room.title)
    return ConfirmActionDialog(
        runner,
        ops.dial_out(room, person),
        title=QCoreApplication.translate("CallDialogs", "Dial out"),
        text=text,
        send_text=QCoreApplication.translate("CallDialogs", "Call phone"),
        parent=parent,
    )

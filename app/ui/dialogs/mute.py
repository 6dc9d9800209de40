"""Mute one person, or everyone in the call: a confirmation, sent over the room's signaling
connection (``app.moderation.signaling``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...api import Participant, Room
from ...moderation import ActionRunner
from ...moderation import signaling as calls_over_signaling
from .confirm import ConfirmActionDialog


def mute_dialog(
    runner: ActionRunner, room: Room, person: Participant, parent: QWidget | None = None
) -> ConfirmActionDialog:
    return ConfirmActionDialog(
        runner,
        calls_over_signaling.mute(room, person),
        title=QCoreApplication.translate("MuteDialog", "Mute participant"),
        text=QCoreApplication.translate(
            "MuteDialog", "Turn off the microphone of {name} in the call in '{room}'?"
        ).format(name=person.title, room=room.title),
        warning=QCoreApplication.translate("MuteDialog", "They can turn it on again themselves."),
        send_text=QCoreApplication.translate("MuteDialog", "Mute"),
        parent=parent,
    )


def mute_all_dialog(
    runner: ActionRunner, room: Room, parent: QWidget | None = None
) -> ConfirmActionDialog:
    return ConfirmActionDialog(
        runner,
        calls_over_signaling.mute_all(room),
        title=QCoreApplication.translate("MuteDialog", "Mute everyone in the call"),
        text=QCoreApplication.translate(
            "MuteDialog", "Turn off the microphone of everyone in the call in '{room}' but yours?"
        ).format(room=room.title),
        warning=QCoreApplication.translate(
            "MuteDialog", "Each of them can turn it on again themselves."
        ),
        send_text=QCoreApplication.translate("MuteDialog", "Mute everyone"),
        parent=parent,
    )

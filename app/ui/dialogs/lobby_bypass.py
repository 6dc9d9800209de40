"""Let one waiting person in past the lobby, or send them back (attendee permission 8)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...api import Participant, Room
from ...moderation import ActionRunner
from ...moderation import operations as ops
from .confirm import ConfirmActionDialog


def lobby_bypass_dialog(
    runner: ActionRunner,
    room: Room,
    person: Participant,
    allowed: bool | None = None,
    parent: QWidget | None = None,
) -> ConfirmActionDialog:
    """``allowed`` None picks the opposite of the person's current state."""
    if allowed is None:
        allowed = not person.ignores_lobby
    if allowed:
        text = QCoreApplication.translate(
            "LobbyBypassDialog", "Let {name} into '{title}' now, past the lobby?"
        ).format(name=person.title, title=room.title)
        send_text = QCoreApplication.translate("LobbyBypassDialog", "Let in")
    else:
        text = QCoreApplication.translate(
            "LobbyBypassDialog", "Send {name} back to the lobby of '{title}'?"
        ).format(name=person.title, title=room.title)
        send_text = QCoreApplication.translate("LobbyBypassDialog", "Send back")
    return ConfirmActionDialog(
        runner,
        ops.lobby_bypass(room, person, allowed),
        title=QCoreApplication.translate("LobbyBypassDialog", "Lobby"),
        text=text,
        send_text=send_text,
        parent=parent,
    )

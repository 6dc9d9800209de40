"""Let one waiting person in past the lobby, or send them back (attendee permission 8)."""

from __future__ import annotations

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
        text = f"Let {person.title} into '{room.title}' now, past the lobby?"
        send_text = "Let in"
    else:
        text = f"Send {person.title} back to the lobby of '{room.title}'?"
        send_text = "Send back"
    return ConfirmActionDialog(
        runner,
        ops.lobby_bypass(room, person, allowed),
        title="Lobby",
        text=text,
        send_text=send_text,
        parent=parent,
    )

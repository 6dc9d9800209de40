"""Remove a participant or a guest from a conversation (with a warning for yourself)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...api import Participant, Room
from ...moderation import ActionRunner
from ...moderation import operations as ops
from .confirm import ConfirmActionDialog
from .role import is_self


def remove_participant_dialog(
    runner: ActionRunner, room: Room, person: Participant, parent: QWidget | None = None
) -> ConfirmActionDialog:
    if person.is_guest:
        text = (
            f"Remove the guest {person.title} from '{room.title}'? They are disconnected at "
            "once; with the public link they can join again unless the room gets a password."
        )
        title = "Remove guest"
    else:
        text = f"Remove {person.title} from '{room.title}'? They lose access to it."
        title = "Remove participant"
    warning = ""
    if is_self(room, person):
        warning = (
            "This is you. Removing yourself takes the conversation away from your list; "
            "you cannot moderate it any more unless someone adds you again."
        )
    return ConfirmActionDialog(
        runner,
        ops.remove(room, person),
        title=title,
        text=text,
        send_text="Remove",
        warning=warning,
        parent=parent,
    )

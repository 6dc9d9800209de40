"""Send e-mail guests their invitation again: one (or a few) selected, or every one."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...api import Participant, Room
from ...moderation import ActionRunner
from ...moderation import invitations as inv
from .confirm import ConfirmActionDialog


def resend_invitation_dialog(
    runner: ActionRunner, room: Room, person: Participant, parent: QWidget | None = None
) -> ConfirmActionDialog:
    return ConfirmActionDialog(
        runner,
        inv.resend_invitation(room, person),
        title="Resend invitation",
        text=f"Send the invitation to '{room.title}' to {person.title} again?",
        send_text="Resend",
        parent=parent,
    )


def resend_all_dialog(
    runner: ActionRunner, room: Room, parent: QWidget | None = None
) -> ConfirmActionDialog:
    return ConfirmActionDialog(
        runner,
        inv.resend_all_invitations(room),
        title="Resend all invitations",
        text=f"Send the invitation e-mail again to every e-mail guest of '{room.title}'?",
        send_text="Resend all",
        parent=parent,
    )

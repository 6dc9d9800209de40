"""Send e-mail guests their invitation again: one (or a few) selected, or every one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
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
        title=QCoreApplication.translate("InvitationDialog", "Resend invitation"),
        text=QCoreApplication.translate(
            "InvitationDialog", "Send the invitation to '{title}' to {name} again?"
        ).format(title=room.title, name=person.title),
        send_text=QCoreApplication.translate("InvitationDialog", "Resend"),
        parent=parent,
    )


def resend_all_dialog(
    runner: ActionRunner, room: Room, parent: QWidget | None = None
) -> ConfirmActionDialog:
    return ConfirmActionDialog(
        runner,
        inv.resend_all_invitations(room),
        title=QCoreApplication.translate("InvitationDialog", "Resend all invitations"),
        text=QCoreApplication.translate(
            "InvitationDialog",
            "Send the invitation e-mail again to every e-mail guest of '{title}'?",
        ).format(title=room.title),
        send_text=QCoreApplication.translate("InvitationDialog", "Resend all"),
        parent=parent,
    )

"""Promote to moderator / demote to participant, with a warning when it is about yourself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...api import Participant, Room
from ...moderation import ActionRunner
from ...moderation import operations as ops
from .confirm import ConfirmActionDialog


def is_self(room: Room, person: Participant) -> bool:
    """Whether ``person`` is the signed-in account (the room names our own attendee id)."""
    return bool(room.attendee_id) and room.attendee_id == person.attendee_id


def promote_dialog(
    runner: ActionRunner, room: Room, person: Participant, parent: QWidget | None = None
) -> ConfirmActionDialog:
    return ConfirmActionDialog(
        runner,
        ops.promote(room, person),
        title=QCoreApplication.translate("RoleDialogs", "Promote to moderator"),
        text=QCoreApplication.translate(
            "RoleDialogs",
            "Make {name} a moderator of '{title}'? Moderators can change every setting of "
            "the conversation and remove people.",
        ).format(name=person.title, title=room.title),
        send_text=QCoreApplication.translate("RoleDialogs", "Promote"),
        parent=parent,
    )


def demote_dialog(
    runner: ActionRunner, room: Room, person: Participant, parent: QWidget | None = None
) -> ConfirmActionDialog:
    warning = ""
    if is_self(room, person):
        warning = QCoreApplication.translate(
            "RoleDialogs",
            "This is you. Demoting yourself takes away your own moderator rights in this "
            "conversation; only another moderator can give them back.",
        )
    return ConfirmActionDialog(
        runner,
        ops.demote(room, person),
        title=QCoreApplication.translate("RoleDialogs", "Demote to participant"),
        text=QCoreApplication.translate(
            "RoleDialogs", "Take the moderator rights of {name} in '{title}'?"
        ).format(name=person.title, title=room.title),
        send_text=QCoreApplication.translate("RoleDialogs", "Demote"),
        warning=warning,
        parent=parent,
    )

"""Allow guests (anyone with the public link) into a group conversation, or stop allowing it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...api import Room
from ...moderation import ActionRunner
from ...moderation import operations as ops
from .toggle import RoomToggleDialog


def guests_dialog(
    runner: ActionRunner, room: Room, parent: QWidget | None = None
) -> RoomToggleDialog:
    return RoomToggleDialog(
        runner,
        room,
        current=room.is_public,
        make=lambda on: ops.set_guests_allowed(room, on),
        title=QCoreApplication.translate("GuestsDialog", "Guests: '{title}'").format(
            title=room.title
        ),
        object_name="guestsDialog",
        check_text=QCoreApplication.translate("GuestsDialog", "Allow guests with the public link"),
        check_name="guestsAllowedCheck",
        intro=QCoreApplication.translate(
            "GuestsDialog",
            "Guests join by link without an account. Turning this off removes the guests "
            "who are in the conversation.",
        ),
        parent=parent,
    )

"""Make a conversation read-only (nobody can chat or call) or writable again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...api import Room
from ...moderation import ActionRunner
from ...moderation import operations as ops
from .toggle import RoomToggleDialog


def read_only_dialog(
    runner: ActionRunner, room: Room, parent: QWidget | None = None
) -> RoomToggleDialog:
    return RoomToggleDialog(
        runner,
        room,
        current=room.is_read_only,
        make=lambda on: ops.set_read_only(room, on),
        title=QCoreApplication.translate("ReadOnlyDialog", "Read-only: '{title}'").format(
            title=room.title
        ),
        object_name="readOnlyDialog",
        check_text=QCoreApplication.translate("ReadOnlyDialog", "Read-only (no chat, no calls)"),
        check_name="readOnlyCheck",
        intro=QCoreApplication.translate(
            "ReadOnlyDialog",
            "In a read-only conversation nobody can write or start a call; turning it on "
            "ends a running call.",
        ),
        parent=parent,
    )

"""An action's answer reaches the live layer too, not only the window's lists.

``controller.room(token)`` is what the window shows a room with when it is selected again and
what the next poll diffs against; it must be the answer at once, not the state before the
action until the next poll. No poll falls due during these tests.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.audit import AuditLog
from app.ui.dialogs.delete import DeleteDialog
from app.ui.dialogs.lobby import LobbyDialog
from app.ui.main_window import MainWindow
from app.ui.moderation import install_moderation
from tests.helpers.moderation import make_event_room, send
from tests.helpers.waiting import wait_until
from tests.ui.conftest import FAST, WindowOpener

QUIET = replace(FAST, rooms_interval=600, selected_interval=600, full_interval=3600)


def trigger(window: MainWindow, object_name: str) -> None:
    action = window.findChild(QAction, object_name)
    assert action is not None and action.isEnabled(), object_name
    action.trigger()


async def test_the_answer_of_an_action_is_the_live_layers_room_at_once(
    open_window: WindowOpener, qtbot: QtBot, service: TalkService, tmp_path: Path
) -> None:
    event = await make_event_room(service, "Live answers")
    async with open_window(config=QUIET) as window:
        moderation = install_moderation(window, AuditLog(tmp_path / "audit.jsonl"))
        await wait_until(lambda: window.controller.room(event.token) is not None)
        assert window.select_room(event.token)
        before = window.controller.room(event.token)
        assert before is not None and not before.lobby_enabled

        trigger(window, "actionLobby")
        lobby = moderation.last_dialog
        assert isinstance(lobby, LobbyDialog)
        await send(qtbot, lobby)
        shown = window.conversation_model.get(event.token)
        assert shown is not None and shown.lobby_enabled
        assert window.controller.room(event.token) == shown, "the live layer kept the old room"

        trigger(window, "actionDelete")
        delete = moderation.last_dialog
        assert isinstance(delete, DeleteDialog)
        delete.confirm_edit.setText(event.room.title)
        await send(qtbot, delete)
        assert window.conversation_model.get(event.token) is None
        assert window.controller.room(event.token) is None, "the live layer kept the deleted room"
        assert "no longer available" not in window.statusBar().currentMessage()

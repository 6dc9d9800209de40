"""The Breakout Rooms dialog in ``--server`` mode against the real Talk server: a workshop
split into breakout rooms from the GUI (manual, a person dragged from the window's participant
list onto a room), started, a help request from alice answered, a broadcast, stopped and
removed; the list shows the rooms under the workshop. Each step is checked on the server
through moderator1's and alice's own services."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.api.areas.breakout import asks_for_assistance, is_started
from app.moderation import ActionKind
from app.ui.dialogs.breakout import BreakoutDialog
from app.ui.models import RECORD_ROLE
from app.ui.models.breakout_rows import INDENT
from app.ui.moderation import ModerationController
from tests.helpers.real_server import RealServer
from tests.helpers.waiting import wait_until
from tests.real_server.conftest import ServiceFactory
from tests.real_server.test_gui_session import SERVER_WAIT, _click_room, _server_window
from tests.ui.dialogs.test_dialogs_breakout import drop

pytestmark = pytest.mark.real_server


async def _idle(dialog: BreakoutDialog) -> None:
    await wait_until(lambda: not dialog.in_flight, timeout=SERVER_WAIT, message="in flight")
    assert not dialog.error_text, dialog.error_text


async def test_a_breakout_session_from_the_gui(
    qtbot: QtBot,
    real_server: RealServer,
    real_service: TalkService,
    real_service_for: ServiceFactory,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
    config_dir: Path,
) -> None:
    name = room_name("workshop")
    room = await real_service.rooms.create(2, name)
    cleanup_rooms.append(room.token)
    for login in ("alice", "bob", "carol"):
        await real_service.participants.add(room.token, login)
    alice = await real_service_for("alice")

    async with _server_window(qtbot, real_server) as console:
        window, moderation = console.window, console.moderation
        assert isinstance(moderation, ModerationController)
        await wait_until(
            lambda: window.conversation_model.row_of(room.token) is not None,
            timeout=SERVER_WAIT,
        )
        _click_room(qtbot, window, room.token)
        await wait_until(lambda: len(window.participant_model) == 4, timeout=SERVER_WAIT)
        action = window.registry.action(ActionKind.BREAKOUT_SETUP)
        await wait_until(action.isEnabled, timeout=SERVER_WAIT)
        action.trigger()
        dialog = moderation.last_dialog
        assert isinstance(dialog, BreakoutDialog)
        await dialog.wait_loaded()

        dialog.amount_spin.setValue(2)
        dialog.mode_combo.setCurrentIndex(1)  # manual
        people = {p.actor_id: p.attendee_id for p in dialog.people}
        dialog.table.spin(people["alice"]).setValue(1)  # type: ignore[union-attr]
        dialog.table.spin(people["bob"]).setValue(2)  # type: ignore[union-attr]
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        await _idle(dialog)
        rooms = dialog.breakouts
        assert [r.name for r in rooms] == ["Room 1", "Room 2"]

        # carol, dragged from the window's participant list onto Room 2
        view = window.participant_view
        proxy = view.model()
        carol = next(
            proxy.index(r, 0)
            for r in range(proxy.rowCount())
            if proxy.index(r, 0).data(RECORD_ROLE).actor_id == "carol"
        )
        view.selectionModel().select(
            carol,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        drop(dialog.room_list, proxy.mimeData(view.selectionModel().selectedIndexes()), 2)
        await _idle(dialog)
        second = {p.actor_id for p in await real_service.participants.list(rooms[1].token)}
        assert {"bob", "carol", "moderator1"} <= second

        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        await _idle(dialog)
        assert is_started(await real_service.rooms.get(room.token))
        await alice.breakout.request_assistance(rooms[0].token)
        await wait_until(  # the poll brings the request into the list
            lambda: asks_for_assistance(window.conversation_model.get(rooms[0].token) or room),
            timeout=SERVER_WAIT,
        )
        row = window.conversation_model.row_of(rooms[0].token)
        assert row is not None and window.conversation_model.key_at(row - 1) == room.token
        text = window.conversation_model.data(window.conversation_model.index(row, 0))
        assert text == INDENT + "Room 1"
        dialog.close()
        action.trigger()  # opened again: it reads who asked for help
        dialog = moderation.last_dialog
        assert isinstance(dialog, BreakoutDialog)
        await dialog.wait_loaded()
        assert "Asking for help: Room 1" in dialog.status_label.text()
        dialog.room_list.setCurrentRow(0)
        qtbot.mouseClick(dialog.helped_button, Qt.MouseButton.LeftButton)
        await _idle(dialog)
        assert not asks_for_assistance(await real_service.rooms.get(rooms[0].token))

        qtbot.keyClicks(dialog.message_edit, "5 minutes left")
        qtbot.mouseClick(dialog.broadcast_button, Qt.MouseButton.LeftButton)
        await _idle(dialog)
        for breakout_room in rooms:  # the message as alice and the others read it
            page = (
                await alice.chat.history(breakout_room.token, limit=1)
                if (breakout_room is rooms[0])
                else await real_service.chat.history(breakout_room.token, limit=1)
            )
            newest = page.messages[0]
            assert (newest.actor_id, newest.message) == ("moderator1", "5 minutes left")
        qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
        await _idle(dialog)
        assert all(r.lobby_state == 1 for r in await real_service.breakout.list(room.token))
        dialog.remove_confirm.setChecked(True)
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
        await _idle(dialog)
        assert (await real_service.rooms.get(room.token)).breakout_room_mode == 0
        assert window.conversation_model.row_of(rooms[0].token) is None
        dialog.close()

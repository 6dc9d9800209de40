"""A workshop from the GUI alone: the real main window with the moderation controller, against
the real demo server. 20 people are added to a conversation over HTTP; then, from the window's
menus and dialogs only: split them into 4 breakout rooms, start them, broadcast "5 minutes
left", stop them (everyone back), download the attendance list of the call, and delete a spam
message in the chat. Every result is checked on the demo server over HTTP (or in the file), as
another client would see it."""

from __future__ import annotations

from pathlib import Path

import httpx
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.demo_server import DemoServer
from app.moderation import ActionKind
from app.ui.dialogs.attendance import AttendanceDialog
from app.ui.dialogs.base import AsyncActionDialog
from app.ui.dialogs.breakout import BreakoutDialog
from app.ui.moderation import install_moderation
from tests.helpers.moderation import accepted, connect, send, service_for
from tests.helpers.waiting import wait_until
from tests.ui.conftest import WindowOpener
from tests.ui.dialogs.test_event_scenario import _trigger

V4 = "/ocs/v2.php/apps/spreed/api/v4"
V1 = "/ocs/v2.php/apps/spreed/api/v1"


def _http(server: DemoServer) -> httpx.AsyncClient:
    user = server.moderator
    return httpx.AsyncClient(
        base_url=server.url,
        auth=(user.login, user.app_password),
        headers={"OCS-APIRequest": "true", "Accept": "application/json"},
    )


async def _data(client: httpx.AsyncClient, path: str, **params: object) -> object:
    answer = await client.get(path, params=params)
    assert answer.status_code == 200, answer.text
    return answer.json()["ocs"]["data"]


async def test_twenty_people_four_rooms_broadcast_back_attendance_and_spam(
    qtbot: QtBot,
    open_window: WindowOpener,
    service: TalkService,
    demo_server: DemoServer,
    tmp_path: Path,
) -> None:
    logins = [login for login in sorted(demo_server.users) if login.startswith("user")][:20]
    assert len(logins) == 20
    async with _http(demo_server) as http:
        made = await http.post(f"{V4}/room", data={"roomType": 2, "roomName": "Workshop 20"})
        token = made.json()["ocs"]["data"]["token"]
        for login in logins:
            added = await http.post(
                f"{V4}/room/{token}/participants", data={"newParticipant": login, "source": "users"}
            )
            assert added.status_code == 200, added.text

        async with open_window() as window:
            moderation = install_moderation(window)
            await wait_until(lambda: window.controller.loaded)
            await wait_until(lambda: window.conversation_model.row_of(token) is not None)
            assert window.select_room(token)
            await wait_until(lambda: len(window.participant_model) == 21, message="participants")

            dialog = await _trigger(window, moderation, ActionKind.BREAKOUT_SETUP)
            assert isinstance(dialog, BreakoutDialog)
            await dialog.wait_loaded()
            dialog.amount_spin.setValue(4)  # automatic: spread everyone
            qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: dialog.room_list.count() == 4 and not dialog.in_flight)
            assert not dialog.error_text, dialog.error_text
            qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: dialog.stop_button.isEnabled(), message="started")
            qtbot.keyClicks(dialog.message_edit, "5 minutes left")
            qtbot.mouseClick(dialog.broadcast_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: dialog.info_label.text() == "Sent to all 4 breakout rooms")

            rooms = await _data(http, f"{V4}/room/{token}/breakout-rooms")
            assert isinstance(rooms, list) and [r["name"] for r in rooms] == [
                f"Room {n}" for n in (1, 2, 3, 4)
            ]
            everyone: list[str] = []
            for room in rooms:
                people = await _data(http, f"{V4}/room/{room['token']}/participants")
                assert isinstance(people, list)
                users = [p["actorId"] for p in people if p["participantType"] == 3]
                assert len(users) == 5, users  # 20 people, 4 rooms
                everyone += users
                assert room["lobbyState"] == 0  # open while running
                seen = await _data(http, f"{V4}/room/{room['token']}")
                assert isinstance(seen, dict) and seen["lastMessage"]["message"] == "5 minutes left"
            assert sorted(everyone) == sorted(logins)
            # the list shows the four rooms under the workshop
            await wait_until(
                lambda: all(window.conversation_model.row_of(r["token"]) for r in rooms),
                message="the breakout rooms in the list",
            )
            parent_row = window.conversation_model.row_of(token)
            assert parent_row is not None
            assert [window.conversation_model.key_at(parent_row + n) for n in (1, 2, 3, 4)] == [
                r["token"] for r in rooms
            ]

            qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: dialog.start_button.isEnabled(), message="stopped")
            parent = await _data(http, f"{V4}/room/{token}")
            assert isinstance(parent, dict) and parent["breakoutRoomStatus"] == 0
            closed = await _data(http, f"{V4}/room/{token}/breakout-rooms")
            assert isinstance(closed, list) and all(r["lobbyState"] == 1 for r in closed)
            assert dialog.isVisible() and not dialog.error_text
            dialog.close()

            # everyone back in the workshop's call: the attendance list, to a file
            for login in logins[:6]:
                connect(demo_server, token, login, in_call=7)
            download = window.registry.action(ActionKind.DOWNLOAD_ATTENDANCE)
            await wait_until(download.isEnabled, message=download.toolTip())
            download.trigger()
            attendance = moderation.last_dialog
            assert isinstance(attendance, AttendanceDialog)
            target = tmp_path / "workshop-attendance.csv"
            attendance.path_edit.setText(str(target))
            await send(qtbot, attendance)
            assert accepted(attendance)
            rows = target.read_text(encoding="utf-8").splitlines()
            assert rows[0] == "name,email,type,identifier" and len(rows) >= 7

            # a spam message in the workshop's chat: gone, from the chat pane
            spammer = service_for(demo_server, logins[7])
            try:
                spam = await spammer.chat.post(token, "Cheap watches at example.invalid")
            finally:
                await spammer.aclose()
            pane = window.chat_pane
            await wait_until(lambda: pane.select_message(spam.id), message="spam not shown")
            delete = window.registry.action(ActionKind.DELETE_MESSAGE)
            await wait_until(delete.isEnabled, message=delete.toolTip())
            delete.trigger()
            confirm = moderation.last_dialog
            assert isinstance(confirm, AsyncActionDialog)
            await send(qtbot, confirm)
            assert accepted(confirm)
            history = await _data(http, f"{V1}/chat/{token}", lookIntoFuture=0, limit=50)
            assert isinstance(history, list)
            assert all(m["message"] != "Cheap watches at example.invalid" for m in history)

"""The GUI in ``--server`` mode against the real Talk server, driven as a moderator would.

The window is built by ``open_server_window`` (what ``talk-moderator --server URL --user NAME``
runs), offscreen, with fast polls. The test makes its own conversation on the server, finds it
in the conversation list, clicks it and sees its participants as the server lists them, then
promotes, sets a timed lobby and ends a running call through the real QActions and dialogs
(widgets found by objectName). Every step is checked on the server afterwards through other
clients (moderator1's and alice's own services) and in the audit log the window writes.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QItemSelectionModel, Qt
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QDialog, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.api.constants import InCallFlag, LobbyState, ParticipantType
from app.audit import AuditLog, default_audit_path
from app.moderation import ActionKind
from app.ui.action_ids import ActionKey
from app.ui.bootstrap import Console, open_server_window
from app.ui.dialogs.base import AsyncActionDialog
from app.ui.main_window import MainWindow
from app.ui.models import RECORD_ROLE
from app.ui.moderation import ModerationController
from tests.helpers.real_server import RealServer
from tests.helpers.waiting import wait_until
from tests.real_server.conftest import ServiceFactory
from tests.ui.conftest import FAST

pytestmark = pytest.mark.real_server

SERVER_WAIT = 20.0
"""Seconds to wait for something the real server has to do (PHP answers take 50-300 ms)."""


@contextlib.asynccontextmanager
async def _server_window(qtbot: QtBot, real_server: RealServer) -> AsyncIterator[Console]:
    """The ``--server`` console of moderator1, closed with its service however the test ends."""
    user = real_server.moderator
    console = open_server_window(real_server.url, user.login, user.app_password, poll_config=FAST)
    window = console.window
    qtbot.addWidget(window)
    try:
        yield console
    finally:
        await window.shutdown()
        window.close()
        await window.service.aclose()


def _click_room(qtbot: QtBot, window: MainWindow, token: str) -> None:
    """Click the conversation's row in the list, as the user would."""
    row = window.conversation_model.row_of(token)
    assert row is not None
    index = window.conversation_proxy.mapFromSource(window.conversation_model.index(row, 0))
    view = window.conversation_view
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def _select_person(window: MainWindow, actor_id: str) -> None:
    view = window.participant_view
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        record = index.data(RECORD_ROLE)
        if record is not None and record.actor_id == actor_id:
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            view.selectionModel().select(index, flags)
            assert [p.actor_id for p in window.selected_participants()] == [actor_id]
            return
    raise AssertionError(f"{actor_id} is not in the participant list")


async def _open_dialog(
    window: MainWindow, moderation: ModerationController, action_id: ActionKey
) -> AsyncActionDialog:
    """Wait until the action is enabled for the selection, trigger it, return its dialog."""
    action = window.registry.action(action_id)
    await wait_until(
        action.isEnabled,
        timeout=SERVER_WAIT,
        message=f"{action_id.name} never became enabled: "
        f"{window.registry.verdict(action_id).reason}",
    )
    before = moderation.last_dialog
    action.trigger()
    dialog = moderation.last_dialog
    assert dialog is not before and isinstance(dialog, AsyncActionDialog)
    assert dialog.isVisible()
    return dialog


async def _send(qtbot: QtBot, dialog: AsyncActionDialog) -> None:
    """Click the dialog's Send button (found by objectName) and wait until it closed."""
    button = dialog.findChild(QPushButton, "sendButton")
    assert button is not None and button.isEnabled(), dialog.error_text
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    await wait_until(
        lambda: not dialog.in_flight and not dialog.isVisible(),
        timeout=SERVER_WAIT,
        message=f"the dialog did not close: {dialog.error_text!r}",
    )
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_text


async def test_gui_moderates_the_real_server(
    qtbot: QtBot,
    real_server: RealServer,
    real_service: TalkService,
    real_service_for: ServiceFactory,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
    config_dir: Path,
) -> None:
    name = room_name("gui")
    room = await real_service.rooms.create(2, name)
    cleanup_rooms.append(room.token)
    for login in ("alice", "bob"):
        await real_service.participants.add(room.token, login)
    alice = await real_service_for("alice")

    async with _server_window(qtbot, real_server) as console:
        window, moderation = console.window, console.moderation
        assert isinstance(moderation, ModerationController)
        assert moderation.audit.path == default_audit_path()

        # The conversation list shows the server's conversation, by name.
        await wait_until(
            lambda: window.conversation_model.row_of(room.token) is not None,
            timeout=SERVER_WAIT,
            message="the room never appeared in the list",
        )
        row = window.conversation_model.row_of(room.token)
        assert row is not None
        shown = window.conversation_model.index(row, 0).data(Qt.ItemDataRole.DisplayRole)
        assert shown == name

        # Clicking it lists its participants as the server has them.
        _click_room(qtbot, window, room.token)
        expected = {
            p.attendee_id: p.actor_id for p in await real_service.participants.list(room.token)
        }
        assert set(expected.values()) == {"moderator1", "alice", "bob"}
        await wait_until(
            lambda: (
                {p.attendee_id: p.actor_id for p in window.participant_model.records()} == expected
            ),
            timeout=SERVER_WAIT,
            message="the participant list never matched the server's",
        )

        # Promote alice.
        _select_person(window, "alice")
        await _send(qtbot, await _open_dialog(window, moderation, ActionKind.PROMOTE))
        roles = {
            p.actor_id: p.participant_type for p in await real_service.participants.list(room.token)
        }
        assert roles["alice"] == ParticipantType.MODERATOR and roles["bob"] == ParticipantType.USER

        # The lobby, opening by itself in half an hour.
        opens = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(minutes=30)
        lobby = await _open_dialog(window, moderation, ActionKind.LOBBY)
        enabled = lobby.findChild(QCheckBox, "lobbyEnabledCheck")
        timer = lobby.findChild(QCheckBox, "lobbyTimerCheck")
        when = lobby.findChild(QDateTimeEdit, "lobbyTimerEdit")
        assert enabled is not None and timer is not None and when is not None
        assert enabled.isChecked()  # the lobby is off, so the dialog proposes "on"
        qtbot.mouseClick(timer, Qt.MouseButton.LeftButton)
        assert timer.isChecked() and when.isEnabled()
        when.setDateTime(QDateTime.fromSecsSinceEpoch(int(opens.timestamp())))
        await _send(qtbot, lobby)
        on_server = await real_service.rooms.get(room.token)
        assert on_server.lobby_state == LobbyState.NON_MODERATORS
        assert on_server.lobby_timer == int(opens.timestamp())
        await wait_until(
            lambda: (
                getattr(window.controller.room(room.token), "lobby_timer", 0)
                == int(opens.timestamp())
            ),
            timeout=SERVER_WAIT,
            message="the window never showed the lobby timer",
        )

        # A call started by alice (a moderator now, so the lobby lets her in), ended from here.
        await alice.calls.join(room.token, flags=int(InCallFlag.IN_CALL | InCallFlag.WITH_AUDIO))
        assert (await real_service.rooms.get(room.token)).has_call
        end = await _open_dialog(window, moderation, ActionKind.END_CALL)
        assert end.objectName() == "confirmDialog"
        await _send(qtbot, end)
        assert not (await alice.rooms.get(room.token)).has_call
        in_call = {p.actor_id: p.in_call for p in await alice.participants.list(room.token)}
        assert not any(flags & InCallFlag.IN_CALL for flags in in_call.values()), in_call
        await wait_until(
            lambda: not getattr(window.controller.room(room.token), "has_call", True),
            timeout=SERVER_WAIT,
            message="the window still shows the call",
        )

        entries = AuditLog(default_audit_path()).entries()
        assert [(e.action, e.room_token, e.ok) for e in entries] == [
            ("promote", room.token, True),
            ("lobby", room.token, True),
            ("end-call", room.token, True),
        ], entries
        assert entries[0].participant == "Alice" and entries[0].account == "moderator1"

        # Quitting closes the Talk session the end-call opened: nobody sees moderator1 online
        # in the conversation afterwards (the server keeps stale sessions for a long time).
        await window.shutdown()
        online = {
            p.actor_id for p in await real_service.participants.list(room.token) if p.session_ids
        }
        assert "moderator1" not in online, online


async def test_gui_room_settings_own_call_and_delete(
    qtbot: QtBot,
    real_server: RealServer,
    real_service: TalkService,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
    config_dir: Path,
) -> None:
    room = await real_service.rooms.create(2, room_name("gui settings"))
    cleanup_rooms.append(room.token)
    for login in ("alice", "bob"):
        await real_service.participants.add(room.token, login)
    await real_service.participants.promote(
        room.token,
        next(
            p.attendee_id
            for p in await real_service.participants.list(room.token)
            if p.actor_id == "alice"
        ),
    )

    async with _server_window(qtbot, real_server) as console:
        window, moderation = console.window, console.moderation
        await wait_until(
            lambda: window.conversation_model.row_of(room.token) is not None,
            timeout=SERVER_WAIT,
            message="the room never appeared in the list",
        )
        _click_room(qtbot, window, room.token)
        await wait_until(lambda: len(window.participant_model) == 3, timeout=SERVER_WAIT)

        # The moderator's own call: join (this window holds the session), then leave.
        await _send(qtbot, await _open_dialog(window, moderation, ActionKind.JOIN_CALL))
        in_call = {p.actor_id: p.in_call for p in await real_service.participants.list(room.token)}
        assert in_call["moderator1"] & InCallFlag.IN_CALL, in_call
        await wait_until(
            lambda: getattr(window.controller.room(room.token), "has_call", False),
            timeout=SERVER_WAIT,
            message="the window never showed the call",
        )
        await _send(qtbot, await _open_dialog(window, moderation, ActionKind.LEAVE_CALL))
        in_call = {p.actor_id: p.in_call for p in await real_service.participants.list(room.token)}
        assert not in_call["moderator1"] & InCallFlag.IN_CALL, in_call

        # Demote alice again.
        _select_person(window, "alice")
        await _send(qtbot, await _open_dialog(window, moderation, ActionKind.DEMOTE))
        roles = {
            p.actor_id: p.participant_type for p in await real_service.participants.list(room.token)
        }
        assert roles["alice"] == ParticipantType.USER

        # Guests, a password for them, read-only: each dialog, then the server's word.
        guests = await _open_dialog(window, moderation, ActionKind.GUESTS)
        check = guests.findChild(QCheckBox, "guestsAllowedCheck")
        assert check is not None and check.isChecked()  # proposes the change: guests on
        await _send(qtbot, guests)
        assert (await real_service.rooms.get(room.token)).is_public
        await wait_until(
            lambda: getattr(window.controller.room(room.token), "is_public", False),
            timeout=SERVER_WAIT,
            message="the window never saw the guests",
        )

        password = await _open_dialog(window, moderation, ActionKind.PASSWORD)
        for name in ("passwordEdit", "passwordConfirmEdit"):
            edit = password.findChild(QLineEdit, name)
            assert edit is not None
            qtbot.keyClicks(edit, "Gui-Guest-Secret-2026")
        await _send(qtbot, password)
        assert (await real_service.rooms.get(room.token)).has_password

        read_only = await _open_dialog(window, moderation, ActionKind.READ_ONLY)
        check = read_only.findChild(QCheckBox, "readOnlyCheck")
        assert check is not None and check.isChecked()
        await _send(qtbot, read_only)
        assert (await real_service.rooms.get(room.token)).is_read_only

        new_name = room_name("gui renamed")
        rename = await _open_dialog(window, moderation, ActionKind.RENAME)
        edit = rename.findChild(QLineEdit, "renameEdit")
        assert edit is not None
        edit.clear()
        qtbot.keyClicks(edit, new_name)
        await _send(qtbot, rename)
        assert (await real_service.rooms.get(room.token)).title == new_name
        await wait_until(
            lambda: getattr(window.controller.room(room.token), "title", "") == new_name,
            timeout=SERVER_WAIT,
            message="the list kept the old name",
        )

        # Remove bob, then delete the conversation.
        await wait_until(
            lambda: window.participant_model.find_rows(lambda p: p.actor_id == "bob") != [],
            timeout=SERVER_WAIT,
        )
        _select_person(window, "bob")
        await _send(qtbot, await _open_dialog(window, moderation, ActionKind.REMOVE))
        assert "bob" not in {p.actor_id for p in await real_service.participants.list(room.token)}

        delete = await _open_dialog(window, moderation, ActionKind.DELETE)
        edit = delete.findChild(QLineEdit, "deleteConfirmEdit")
        assert edit is not None
        qtbot.keyClicks(edit, new_name)
        await _send(qtbot, delete)
        assert room.token not in {r.token for r in (await real_service.rooms.list()).rooms}
        await wait_until(
            lambda: window.conversation_model.row_of(room.token) is None,
            timeout=SERVER_WAIT,
            message="the deleted room stayed in the list",
        )

        actions = [e.action for e in AuditLog(default_audit_path()).entries() if e.ok]
        assert actions == [
            "join-call",
            "leave-call",
            "demote",
            "guests",
            "password",
            "read-only",
            "rename",
            "remove",
            "delete",
        ], actions

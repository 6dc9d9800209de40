"""A whole event run from the GUI alone: the real main window with the moderation controller
installed, against the real demo server. Every step goes through a QAction of the registry
(the same ones the menus, toolbar and context menus show) and a dialog."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.api.constants import ConversationType, InCallFlag, ParticipantType
from app.audit import AuditLog, default_audit_path
from app.demo_server import DemoServer
from app.moderation import ActionKind
from app.ui.action_ids import ActionId, ActionKey
from app.ui.dialogs.audit_log import AuditLogDialog
from app.ui.dialogs.base import AsyncActionDialog
from app.ui.dialogs.bulk_result import BulkResultDialog
from app.ui.dialogs.lobby import LobbyDialog
from app.ui.dialogs.password import PasswordDialog
from app.ui.main_window import MainWindow
from app.ui.models import RECORD_ROLE
from app.ui.moderation import ModerationController, install_moderation
from tests.helpers.moderation import accepted, add_guest, make_event_room, send
from tests.helpers.waiting import wait_until
from tests.ui.conftest import WindowOpener


def _select_people(window: MainWindow, attendee_ids: set[int]) -> None:
    view = window.participant_view
    model = view.model()
    selection = QItemSelection()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        record = index.data(RECORD_ROLE)
        if record is not None and record.attendee_id in attendee_ids:
            selection.select(index, index)
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    view.selectionModel().select(selection, flags)
    assert {p.attendee_id for p in window.selected_participants()} == attendee_ids


async def _trigger(
    window: MainWindow, moderation: ModerationController, action_id: ActionKey
) -> QDialog:
    """Wait until the action is enabled for the selection, trigger it, return its dialog."""
    action = window.registry.action(action_id)
    await wait_until(
        action.isEnabled,
        message=f"{action_id.name} never became enabled: "
        f"{window.registry.verdict(action_id).reason}",
    )
    before = moderation.last_dialog
    action.trigger()
    dialog = moderation.last_dialog
    assert dialog is not None and dialog is not before and dialog.isVisible()
    return dialog


async def test_run_a_whole_event(
    qtbot: QtBot,
    open_window: WindowOpener,
    service: TalkService,
    demo_server: DemoServer,
    config_dir: Path,
) -> None:
    event = await make_event_room(
        service, "Keynote", room_type=ConversationType.PUBLIC, logins=("alice", "bob")
    )
    heckler = add_guest(demo_server, event.token, "Heckler", in_call=3)
    co_hosts = {event.person("alice").attendee_id, event.person("bob").attendee_id}

    async with open_window() as window:
        moderation = install_moderation(window)
        assert moderation.audit.path == default_audit_path()
        assert str(config_dir) in str(moderation.audit.path)
        await wait_until(lambda: window.controller.loaded)
        assert window.select_room(event.token)
        await wait_until(lambda: len(window.participant_model) == 4, message="participants")

        # 1. The lobby opens at a set time.
        opens = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(minutes=30)
        lobby = await _trigger(window, moderation, ActionKind.LOBBY)
        assert isinstance(lobby, LobbyDialog)
        lobby.set_opens_at(opens)
        await send(qtbot, lobby)
        assert accepted(lobby)
        await wait_until(
            lambda: (
                window.controller.room(event.token).lobby_timer  # type: ignore[union-attr]
                == int(opens.timestamp())
            ),
            message="the list shows the lobby",
        )

        # 2. Promote the co-hosts (two at once: the bulk dialog).
        _select_people(window, co_hosts)
        promote = await _trigger(window, moderation, ActionKind.PROMOTE)
        assert isinstance(promote, BulkResultDialog)
        qtbot.mouseClick(promote.start_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: promote.outcome is not None)
        assert promote.outcome is not None and promote.outcome.succeeded == 2

        # 3. A password for the public link.
        password = await _trigger(window, moderation, ActionKind.PASSWORD)
        assert isinstance(password, PasswordDialog)
        qtbot.keyClicks(password.password_edit, "Keynote-2026-Secret")
        qtbot.keyClicks(password.confirm_edit, "Keynote-2026-Secret")
        await send(qtbot, password)
        assert accepted(password)

        # 4. Remove the disruptive guest.
        await wait_until(lambda: window.participant_model.row_of(heckler) is not None)
        _select_people(window, {heckler})
        remove = await _trigger(window, moderation, ActionKind.REMOVE)
        assert isinstance(remove, AsyncActionDialog) and "Heckler" in remove.intro.text()
        await send(qtbot, remove)
        assert accepted(remove)
        await wait_until(
            lambda: window.participant_model.row_of(heckler) is None,
            message="the guest leaves the list at once",
        )

        # 5. Join the call as the moderator, then end it for everyone.
        join = await _trigger(window, moderation, ActionKind.JOIN_CALL)
        assert isinstance(join, AsyncActionDialog)
        await send(qtbot, join)
        assert accepted(join)
        end = await _trigger(window, moderation, ActionKind.END_CALL)
        assert isinstance(end, AsyncActionDialog)
        await send(qtbot, end)
        assert accepted(end), end.error_text

        # 6. The event is over: read-only.
        read_only = await _trigger(window, moderation, ActionKind.READ_ONLY)
        assert isinstance(read_only, AsyncActionDialog)
        await send(qtbot, read_only)
        assert accepted(read_only)
        await wait_until(
            lambda: window.controller.room(event.token).is_read_only,  # type: ignore[union-attr]
            message="the list shows read-only",
        )

        # The audit log saw everything, in order, and no password.
        viewer = await _trigger(window, moderation, ActionId.AUDIT_LOG)
        assert isinstance(viewer, AuditLogDialog)
        assert viewer.table.rowCount() == 8
        viewer.close()

    room = await service.rooms.get(event.token)
    assert room.lobby_enabled and room.lobby_timer == int(opens.timestamp())
    assert room.has_password and room.is_read_only and not room.has_call
    people = {p.attendee_id: p for p in await service.participants.list(event.token)}
    assert heckler not in people
    assert all(people[i].participant_type == ParticipantType.MODERATOR for i in co_hosts)
    assert not any(p.in_call & InCallFlag.IN_CALL for p in people.values())
    entries = AuditLog().entries()
    assert [e.action for e in entries] == [
        "lobby",
        "promote",
        "promote",
        "password",
        "remove",
        "join-call",
        "end-call",
        "read-only",
    ]
    assert all(e.ok and e.room == "Keynote" and e.account == service.login for e in entries)
    assert "Keynote-2026-Secret" not in default_audit_path().read_text(encoding="utf-8")

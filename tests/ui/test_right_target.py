"""The right target, always: when the selected conversation or person goes away under the user
(deleted or removed from another client), nothing is selected, the actions say why they are
disabled, the status bar says what happened, and an open dialog for it sends nothing.

The window runs against the demo server over real HTTP; "another client" is a second
``TalkService`` of the same moderator (the ``service`` fixture), as the CLI in a terminal or
the browser would be.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.audit import AuditLog
from app.demo_server import DemoServer
from app.moderation import ActionKind
from app.ui.dialogs.base import AsyncActionDialog
from app.ui.main_window import MainWindow
from app.ui.models import RECORD_ROLE
from app.ui.moderation import ModerationController, install_moderation
from tests.helpers.counting import CountingTransport, counting_service, settle
from tests.helpers.moderation import EventRoom, make_event_room
from tests.helpers.waiting import wait_until
from tests.ui.conftest import WindowOpener
from tests.ui.test_action_requests import report, select_person, trigger, writes

ROOM_ACTIONS = (ActionKind.DELETE, ActionKind.RENAME, ActionKind.LOBBY, ActionKind.READ_ONLY)
PEOPLE_ACTIONS = (ActionKind.PROMOTE, ActionKind.REMOVE)
ROOM_GONE = "'Town hall' is gone: it was deleted or you were removed"


@pytest.fixture
async def counted(
    demo_server: DemoServer, recording_transport_for: Callable[[DemoServer], object]
) -> AsyncIterator[tuple[TalkService, CountingTransport]]:
    """The window's own service (every request it sends recorded); ``service`` is the other
    client."""
    svc, transport = counting_service(demo_server, recording_transport_for(demo_server))  # type: ignore[arg-type]
    try:
        yield svc, transport
    finally:
        await svc.aclose()


async def shown(window: MainWindow, event: EventRoom) -> None:
    await wait_until(lambda: window.controller.loaded)
    assert window.select_room(event.token)
    await wait_until(lambda: len(window.participant_model) == 3, message="participants")


async def polls(window: MainWindow, kind: str, count: int = 2) -> None:
    """Wait for ``count`` more polls of ``kind``: a late re-selection would show by then."""
    seen: list[str] = []
    window.controller.poll_finished.connect(lambda k: seen.append(k) if k == kind else None)
    await wait_until(lambda: len(seen) >= count, message=f"{count} {kind} polls")


def disabled_because(window: MainWindow, kind: ActionKind, reason: str) -> bool:
    action = window.registry[kind]
    return not action.isEnabled() and reason in action.toolTip()


def nothing_selected(window: MainWindow) -> bool:
    rooms = window.conversation_view.selectionModel()
    people = window.participant_view.selectionModel()
    return (
        window.current_room() is None
        and not rooms.hasSelection()
        and not rooms.currentIndex().isValid()
        and not people.hasSelection()
    )


def opened_dialog(controller: ModerationController) -> AsyncActionDialog:
    dialog = controller.last_dialog
    assert isinstance(dialog, AsyncActionDialog) and dialog.isVisible()
    return dialog


async def test_room_deleted_while_selected_leaves_nothing_selected(
    open_window: WindowOpener,
    service: TalkService,
    counted: tuple[TalkService, CountingTransport],
    tmp_path: Path,
) -> None:
    svc, _transport = counted
    event = await make_event_room(service, "Town hall")
    async with open_window(svc) as window:
        install_moderation(window, AuditLog(tmp_path / "audit.jsonl"))
        await shown(window, event)
        assert all(window.registry[kind].isEnabled() for kind in ROOM_ACTIONS)
        assert window.conversation_model.rowCount() > 1  # there are neighbours to move to

        await service.rooms.delete(event.token)  # another client deletes it
        await wait_until(lambda: window.conversation_model.get(event.token) is None)

        assert nothing_selected(window)
        assert window.participant_model.token is None and len(window.participant_model) == 0
        assert window.controller.selected_token is None  # nobody's participants are polled
        assert ROOM_GONE in window.statusBar().currentMessage()
        assert window.participant_header.text() == ROOM_GONE
        for kind in ROOM_ACTIONS:
            assert disabled_because(window, kind, ROOM_GONE), window.registry[kind].toolTip()
        await polls(window, "rooms")
        assert nothing_selected(window) and len(window.participant_model) == 0

        # choosing a conversation again is the user's move, and the reason goes with it
        neighbour = window.conversation_proxy.index(0, 0).data(RECORD_ROLE)
        assert window.select_room(neighbour.token)
        assert ROOM_GONE not in window.registry[ActionKind.DELETE].toolTip()


async def test_selected_people_removed_leaves_no_one_selected(
    open_window: WindowOpener,
    service: TalkService,
    counted: tuple[TalkService, CountingTransport],
    tmp_path: Path,
) -> None:
    svc, _transport = counted
    event = await make_event_room(service, "Town hall")
    alice, bob = event.person("alice"), event.person("bob")
    async with open_window(svc) as window:
        install_moderation(window, AuditLog(tmp_path / "audit.jsonl"))
        await shown(window, event)
        select_person(window, "alice")
        bob_row = window.participant_proxy.mapFromSource(
            window.participant_model.index(window.participant_model.row_of(bob.attendee_id), 0)
        )
        window.participant_view.selectionModel().select(
            bob_row,
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
        assert {p.actor_id for p in window.selected_participants()} == {"alice", "bob"}
        assert window.registry[ActionKind.PROMOTE].isEnabled()

        await service.participants.remove(event.token, alice.attendee_id)  # another client
        await wait_until(lambda: window.participant_model.get(alice.attendee_id) is None)

        people = window.participant_view.selectionModel()
        assert window.selected_participants() == ()  # not bob alone: the choice was both
        assert not people.currentIndex().isValid()  # the focus did not move to a neighbour
        gone = f"'{alice.title}' is gone: removed from 'Town hall', or they left"
        assert gone in window.statusBar().currentMessage()
        for kind in PEOPLE_ACTIONS:
            assert disabled_because(window, kind, gone), window.registry[kind].toolTip()
        assert window.current_room() is not None  # the conversation itself is still there
        assert window.current_room().token == event.token
        await polls(window, "participants")
        assert window.selected_participants() == ()


@pytest.mark.parametrize("action", ["actionRename", "actionLobby"])
async def test_dialog_open_while_its_room_is_deleted_sends_nothing(
    action: str,
    open_window: WindowOpener,
    qtbot: QtBot,
    service: TalkService,
    counted: tuple[TalkService, CountingTransport],
    tmp_path: Path,
) -> None:
    svc, transport = counted
    event = await make_event_room(service, "Town hall")
    async with open_window(svc) as window:
        controller = install_moderation(window, AuditLog(tmp_path / "audit.jsonl"))
        await shown(window, event)
        trigger(window, action)
        dialog = opened_dialog(controller)
        if action == "actionRename":
            dialog.name_edit.setText("Town hall (moved)")  # type: ignore[attr-defined]
        assert dialog.send_button.isEnabled()
        mark = transport.mark()

        await service.rooms.delete(event.token)  # another client deletes it
        await wait_until(lambda: window.conversation_model.get(event.token) is None)
        assert dialog.isVisible()
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        dialog.send()  # even a direct call sends nothing
        await settle(transport)

        assert not writes(transport.since(mark)), report(transport.since(mark))
        assert dialog.sends == 0
        assert not dialog.send_button.isEnabled()
        assert ROOM_GONE in dialog.error_text and "Nothing was sent" in dialog.error_text
        assert dialog.isVisible()  # open, saying so, until the user closes it
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()


async def test_dialog_open_while_its_person_is_removed_sends_nothing(
    open_window: WindowOpener,
    qtbot: QtBot,
    service: TalkService,
    counted: tuple[TalkService, CountingTransport],
    tmp_path: Path,
) -> None:
    svc, transport = counted
    event = await make_event_room(service, "Town hall")
    alice = event.person("alice")
    async with open_window(svc) as window:
        controller = install_moderation(window, AuditLog(tmp_path / "audit.jsonl"))
        await shown(window, event)
        select_person(window, "alice")
        trigger(window, "actionPromote")
        dialog = opened_dialog(controller)
        mark = transport.mark()

        await service.participants.remove(event.token, alice.attendee_id)  # another client
        await wait_until(lambda: window.participant_model.get(alice.attendee_id) is None)
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        dialog.send()
        await settle(transport)

        assert not writes(transport.since(mark)), report(transport.since(mark))
        assert dialog.sends == 0 and not dialog.send_button.isEnabled()
        gone = f"'{alice.title}' is gone: removed from 'Town hall', or they left"
        assert gone in dialog.error_text and dialog.isVisible()

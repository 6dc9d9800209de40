"""What one action costs on the wire: its write(s) and at most one read of that room.

The window runs against the demo server over real HTTP through a counting transport. Polling
stays on, with intervals far longer than the test, so every request seen after the start-up
polls is caused by the action, whichever task sends it: a conversation listing woken by the
action is counted, not hidden.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.audit import AuditLog
from app.demo_server import DemoServer
from app.ui.dialogs.base import AsyncActionDialog
from app.ui.main_window import MainWindow
from app.ui.models import RECORD_ROLE
from app.ui.moderation import ModerationController, install_moderation
from tests.helpers.counting import CountingTransport, Sent, counting_service, settle
from tests.helpers.moderation import EventRoom, make_event_room, send
from tests.helpers.waiting import wait_until
from tests.ui.conftest import FAST, WindowOpener

QUIET = replace(FAST, rooms_interval=600, selected_interval=600, full_interval=3600)
"""No poll falls due during the test: only what the action wakes or sends is on the wire."""


@pytest.fixture
async def counted(
    demo_server: DemoServer, recording_transport_for: Callable[[DemoServer], object]
) -> AsyncIterator[tuple[TalkService, CountingTransport]]:
    """The moderator's service for the window, with every request it sends recorded."""
    svc, transport = counting_service(demo_server, recording_transport_for(demo_server))  # type: ignore[arg-type]
    try:
        yield svc, transport
    finally:
        await svc.aclose()


def listings(sent: list[Sent]) -> list[Sent]:
    return [s for s in sent if s.method == "GET" and s.path == "/room"]


def targeted_reads(sent: list[Sent], token: str) -> list[Sent]:
    wanted = (f"/room/{token}", f"/room/{token}/participants")
    return [s for s in sent if s.method == "GET" and s.path in wanted]


def writes(sent: list[Sent]) -> list[Sent]:
    return [s for s in sent if s.method != "GET"]


def report(sent: list[Sent]) -> str:
    return "requests sent: " + ("; ".join(map(str, sent)) or "none")


async def ready(window: MainWindow, transport: CountingTransport, event: EventRoom) -> None:
    """The window shows the event room and its people, and the start-up polls are done."""
    await wait_until(lambda: window.controller.loaded)
    assert window.select_room(event.token)
    await wait_until(lambda: len(window.participant_model) == 3)
    await settle(transport)


def select_person(window: MainWindow, actor_id: str) -> None:
    proxy = window.participant_proxy
    for row in range(proxy.rowCount()):
        record = proxy.index(row, 0).data(RECORD_ROLE)
        if getattr(record, "actor_id", None) == actor_id:
            window.participant_view.selectRow(row)
            return
    raise AssertionError(f"{actor_id} is not listed")


def trigger(window: MainWindow, object_name: str) -> None:
    """Trigger the window's action as a menu click would (it must be enabled)."""
    action = window.findChild(QAction, object_name)
    assert action is not None, object_name
    assert action.isEnabled(), action.toolTip()
    action.trigger()


def opened_dialog(controller: ModerationController) -> AsyncActionDialog:
    dialog = controller.last_dialog
    assert isinstance(dialog, AsyncActionDialog)
    assert dialog.isVisible()
    return dialog


async def test_one_promote_is_one_write_and_at_most_one_read_of_that_room(
    open_window: WindowOpener,
    qtbot: QtBot,
    service: TalkService,
    counted: tuple[TalkService, CountingTransport],
    tmp_path: Path,
) -> None:
    svc, transport = counted
    event = await make_event_room(service, "Counted promote")
    alice = event.person("alice").attendee_id
    async with open_window(svc, config=QUIET) as window:
        controller = install_moderation(window, AuditLog(tmp_path / "audit.jsonl"))
        await ready(window, transport, event)
        select_person(window, "alice")
        mark = transport.mark()
        trigger(window, "actionPromote")
        await send(qtbot, opened_dialog(controller))

        def promoted() -> bool:
            person = window.participant_model.get(alice)
            return person is not None and person.is_moderator

        await wait_until(promoted, message="the list does not show alice as moderator")
        await settle(transport)
        sent = transport.since(mark)
    assert [(w.method, w.path) for w in writes(sent)] == [
        ("POST", f"/room/{event.token}/moderators")
    ], report(sent)
    assert not listings(sent), report(sent)
    assert len(targeted_reads(sent, event.token)) <= 1, report(sent)
    assert len(sent) <= 2, report(sent)


async def test_one_lobby_change_is_one_write_and_the_answer_updates_the_row(
    open_window: WindowOpener,
    qtbot: QtBot,
    service: TalkService,
    counted: tuple[TalkService, CountingTransport],
    tmp_path: Path,
) -> None:
    svc, transport = counted
    event = await make_event_room(service, "Counted lobby")
    async with open_window(svc, config=QUIET) as window:
        controller = install_moderation(window, AuditLog(tmp_path / "audit.jsonl"))
        await ready(window, transport, event)
        mark = transport.mark()
        trigger(window, "actionLobby")
        dialog = opened_dialog(controller)
        assert dialog.enabled_check.isChecked()  # type: ignore[attr-defined]
        await send(qtbot, dialog)

        def lobby_on() -> bool:
            room = window.conversation_model.get(event.token)
            return room is not None and room.lobby_enabled

        await wait_until(lobby_on, message="the list does not show the lobby on")
        assert window.participant_model.lobby_on
        await settle(transport)
        sent = transport.since(mark)
    # A lobby turned on is a lobby the alerts watch from now on: its own Talk session there
    # and one read of who waits (app/live/lobby_watch.py). Not the action's requests.
    watch = [s for s in sent if s.task.startswith("lobby-watch-")]
    assert len(watch) <= 3, report(watch)
    sent = [s for s in sent if s not in watch]
    assert [(w.method, w.path) for w in writes(sent)] == [
        ("PUT", f"/room/{event.token}/webinar/lobby")
    ], report(sent)
    assert not listings(sent), report(sent)
    assert len(targeted_reads(sent, event.token)) <= 1, report(sent)
    assert len(sent) <= 2, report(sent)


async def test_a_dialog_opened_and_cancelled_sends_nothing(
    open_window: WindowOpener,
    qtbot: QtBot,
    service: TalkService,
    counted: tuple[TalkService, CountingTransport],
    tmp_path: Path,
) -> None:
    svc, transport = counted
    event = await make_event_room(service, "Counted cancel")
    async with open_window(svc, config=QUIET) as window:
        controller = install_moderation(window, AuditLog(tmp_path / "audit.jsonl"))
        await ready(window, transport, event)
        mark = transport.mark()
        trigger(window, "actionRename")
        dialog = opened_dialog(controller)
        await settle(transport)
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: not dialog.isVisible())
        await settle(transport)
        sent = transport.since(mark)
    assert sent == [], report(sent)

"""Live alerts in the main window against the demo server, the whole path: someone starts
waiting in a lobby, asks for help in a breakout room, or a call starts; the alert is
notified (as asked), counted and listed; "Let in" admits them and the count drops."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.audit import AuditLog
from app.demo_server import DemoServer
from app.live.alerts import AlertKind
from app.moderation import ActionRunner
from app.settings import NotificationOptions
from app.ui.alerts import AlertsUi, install_alerts
from app.ui.alerts.tray import AlertTray
from app.ui.main_window import MainWindow
from tests.helpers.moderation import add_guest, connect, make_event_room
from tests.helpers.moderation_fixtures import ServiceFactory, login_as
from tests.helpers.waiting import wait_until

__all__ = ["login_as"]

WindowOpener = Callable[..., AbstractAsyncContextManager[MainWindow]]


Alerting = tuple[MainWindow, AlertsUi, list[NotificationOptions]]


@contextlib.asynccontextmanager
async def alerting(
    open_window: WindowOpener, service: TalkService, tmp_path: Path
) -> AsyncIterator[Alerting]:
    """The window with its alerts (no desktop service; it is 12:00); inside the test, so
    everything stops on the test's own loop."""
    options = [NotificationOptions(sound=True)]
    async with open_window() as window:
        runner = ActionRunner(service, AuditLog(tmp_path / "audit.jsonl"))
        ui = install_alerts(
            window,
            runner,
            lambda: options[0],
            tray=AlertTray(window),  # offscreen has no system tray: one that is not shown
            use_desktop=False,
            clock=lambda: datetime(2026, 12, 3, 12),
        )
        await wait_until(lambda: window.controller.loaded, message="no listing")
        yield window, ui, options


async def test_a_guest_in_a_lobby_is_notified_listed_counted_and_let_in(
    demo_server: DemoServer,
    service: TalkService,
    qtbot: QtBot,
    open_window: WindowOpener,
    tmp_path: Path,
) -> None:
    async with alerting(open_window, service, tmp_path) as (window, ui, _):
        event = await make_event_room(service, "Open day", room_type=3)
        await service.webinar.set_lobby(event.token, True)
        await wait_until(lambda: event.token in ui.center.watch.tokens, message="not watched")
        attendee = add_guest(demo_server, event.token, "<b>Visitor</b>")
        await wait_until(
            lambda: any(s.alert.attendee_id == attendee for s in ui.notifier.sent),
            timeout=10,
            message="no notification asked for",
        )
        sent = next(s for s in ui.notifier.sent if s.alert.attendee_id == attendee)
        assert sent.alert.kind is AlertKind.LOBBY and sent.sound
        assert "<b>Visitor</b> is waiting in the lobby of 'Open day'" in sent.alert.text
        assert ui.alerts_panel.list.item(0).text().endswith(sent.alert.text)
        panel = ui.waiting_panel
        await wait_until(lambda: any(w.attendee_id == attendee for w in panel.waiting))
        row = next(i for i, w in enumerate(panel.waiting) if w.attendee_id == attendee)
        assert panel.table.item(row, 1).text() == "<b>Visitor</b>"  # plain text, as typed
        before = len(panel.waiting)
        assert ui.tray is not None and ui.tray.count == before
        assert f"{before} waiting in a lobby" in ui.tray.toolTip()

        # a click on the alert selects the room and the person
        ui.alerts_panel.activated.emit(event.token, attendee)
        await wait_until(lambda: window.participant_model.token == event.token)
        await wait_until(
            lambda: any(p.attendee_id == attendee for p in window.selected_participants())
        )

        panel.table.selectRow(row)
        assert panel.let_in_button.isEnabled()
        qtbot.mouseClick(panel.let_in_button, Qt.MouseButton.LeftButton)
        await wait_until(
            lambda: len(panel.waiting) == before - 1, timeout=10, message="still there"
        )
        assert ui.tray.count == before - 1
        people = await service.participants.list(event.token)
        assert next(p for p in people if p.attendee_id == attendee).ignores_lobby


async def test_a_call_start_and_a_help_request_alert_quiet_hours_keep_them_silent(
    demo_server: DemoServer,
    service: TalkService,
    login_as: ServiceFactory,
    open_window: WindowOpener,
    tmp_path: Path,
) -> None:
    async with alerting(open_window, service, tmp_path) as (window, ui, options):
        event = await make_event_room(service, "Briefing", room_type=2)
        await wait_until(lambda: window.conversation_model.get(event.token) is not None)
        connect(demo_server, event.token, "bob", in_call=7)
        demo_server.state.touch(demo_server.state.room(event.token))  # type: ignore[arg-type]
        await wait_until(
            lambda: any(
                s.alert.kind is AlertKind.CALL and s.alert.token == event.token
                for s in ui.notifier.sent
            ),
            timeout=10,
            message="no call alert",
        )

        options[0] = NotificationOptions(quiet_from="11:00", quiet_until="13:00")  # it is 12:00
        workshop = next(r for r in window.controller.rooms.values() if r.title == "Design Workshop")
        rooms = await service.breakout.list(workshop.token)
        first = next(r for r in rooms if r.object_id == workshop.token and r.name.endswith("1"))
        bob = await login_as("bob")
        await bob.breakout.request_assistance(first.token)
        await wait_until(
            lambda: any(
                a.kind is AlertKind.ASSISTANCE and a.token == first.token for a in ui.center.history
            ),
            timeout=15,
            message="no help alert",
        )
        assert not any(s.alert.token == first.token for s in ui.notifier.sent)  # quiet hours
        assert "asks for help" in ui.alerts_panel.list.item(0).text()


async def test_a_conversation_not_moderated_can_be_pinned_for_alerts(
    service: TalkService, open_window: WindowOpener, tmp_path: Path, login_as: ServiceFactory
) -> None:
    async with alerting(open_window, service, tmp_path) as (window, ui, _):
        alice = await login_as("alice")
        theirs = await make_event_room(alice, "Alice's room", room_type=2, logins=("moderator1",))
        await wait_until(lambda: window.select_room(theirs.token), message="not listed")
        button = ui.alerts_panel.pin_button
        await wait_until(lambda: button.isEnabled(), message="pin not offered")
        button.click()
        assert theirs.token in ui.center.pinned
        assert ui.center.detector.concerns(window.controller.rooms[theirs.token])
        moderated = next(r for r in window.controller.rooms.values() if r.is_moderator)
        window.select_room(moderated.token)
        assert button.isChecked() and not button.isEnabled()  # watched anyway

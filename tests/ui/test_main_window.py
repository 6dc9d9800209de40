"""The real main window against the real demo server: lists fill, changes show up by diff."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QSignalSpy
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.demo_server import DemoServer
from app.ui.main_window import MainWindow
from app.ui.models import RECORD_ROLE
from tests.helpers.waiting import wait_until
from tests.ui.conftest import WindowOpener


def _token(window: MainWindow, title: str) -> str:
    for room in window.controller.rooms.values():
        if room.title == title:
            return room.token
    raise AssertionError(f"no room {title!r}")


def _counter(signal: object, kind: str | None = None) -> Callable[[], int]:
    """How many times ``signal`` fired (with first argument ``kind``, if given)."""
    hits: list[object] = []

    def record(*args: object) -> None:
        if kind is None or (args and args[0] == kind):
            hits.append(args)

    signal.connect(record)  # type: ignore[attr-defined]
    return lambda: len(hits)


async def _after_polls(window: MainWindow, kind: str, count: int = 2) -> None:
    polls = _counter(window.controller.poll_finished, kind)
    await wait_until(lambda: polls() >= count, message=f"{count} {kind} polls")


async def _open_room(window: MainWindow, title: str) -> str:
    await wait_until(lambda: window.controller.loaded)
    token = _token(window, title)
    assert window.select_room(token)
    await wait_until(lambda: len(window.participant_model) > 0, message="participants")
    return token


async def test_lists_fill_from_the_server(open_window: WindowOpener, service: TalkService) -> None:
    async with open_window() as window:
        expected = await service.rooms.list()
        await wait_until(lambda: len(window.conversation_model) == len(expected.rooms))
        view = window.findChild(QTableView, "conversationView")
        assert view is window.conversation_view and view.model().rowCount() == len(expected.rooms)
        assert window.findChild(QLabel, "connectionLabel").text() == "Connected"
        assert window.findChild(QLabel, "lastRefreshLabel").text().startswith("Updated ")

        token = await _open_room(window, "All Hands")
        people = await service.participants.list(token)
        await wait_until(lambda: len(window.participant_model) == len(people))
        assert set(window.participant_model.keys()) == {p.attendee_id for p in people}
        assert window.conversation_model.participant_count(token) == len(people)
        assert "60 participants" in window.participant_header.text()


async def test_change_on_the_server_shows_up_within_a_poll(
    open_window: WindowOpener, demo_server: DemoServer
) -> None:
    async with open_window() as window:
        token = await _open_room(window, "Board Meeting")
        resets = QSignalSpy(window.conversation_model.modelReset)
        async with TalkService(
            demo_server.url, demo_server.moderator.login, demo_server.moderator.app_password
        ) as other:  # another client of the same moderator, like the CLI in a terminal
            await other.rooms.rename(token, "Board Meeting (moved)")
        await wait_until(
            lambda: window.conversation_model.get(token).title == "Board Meeting (moved)"
        )
        demo_server.state.rename(token, "Board Meeting (admin)")
        await wait_until(
            lambda: window.conversation_model.get(token).title == "Board Meeting (admin)"
        )
        assert window.current_room() is not None
        assert window.current_room().token == token  # still selected
        assert resets.count() == 0


async def test_removed_participant_disappears_and_selection_survives(
    open_window: WindowOpener, demo_server: DemoServer
) -> None:
    async with open_window() as window:
        token = await _open_room(window, "All Hands")
        await wait_until(lambda: len(window.participant_model) == 60)
        view = window.participant_view
        proxy = window.participant_proxy
        view.selectRow(40)
        selected = view.selectionModel().selectedRows()[0].data(RECORD_ROLE)
        view.scrollTo(proxy.index(40, 0))
        scroll = view.verticalScrollBar().value()
        resets = QSignalSpy(window.participant_model.modelReset)
        removed = QSignalSpy(window.participant_model.rowsRemoved)

        victim = proxy.index(5, 0).data(RECORD_ROLE)
        assert victim.attendee_id != selected.attendee_id
        demo_server.state.remove_attendee(token, victim.attendee_id)

        await wait_until(lambda: window.participant_model.get(victim.attendee_id) is None)
        rows = view.selectionModel().selectedRows()
        assert [r.data(RECORD_ROLE).attendee_id for r in rows] == [selected.attendee_id]
        assert removed.count() == 1 and resets.count() == 0
        # one row above the viewport went away: the view shifts by at most that row
        assert abs(view.verticalScrollBar().value() - scroll) <= 1
        await _after_polls(window, "participants")
        assert len(window.participant_model) == 59


async def test_polls_apply_by_diff_without_resets(
    open_window: WindowOpener, demo_server: DemoServer
) -> None:
    async with open_window() as window:
        token = await _open_room(window, "Town Hall")
        # the lobby watch joins the lobby rooms and pulls (our own session's fields change,
        # as on Talk): let its first pull come back, then only the rename may change a row
        await wait_until(lambda: window.alert_center.watch.reads >= 2)
        await _after_polls(window, "rooms", 3)
        room_resets = QSignalSpy(window.conversation_model.modelReset)
        people_resets = QSignalSpy(window.participant_model.modelReset)
        room_inserts = QSignalSpy(window.conversation_model.rowsInserted)
        changed = QSignalSpy(window.conversation_model.dataChanged)
        demo_server.state.rename(token, "Town Hall 2")
        await wait_until(lambda: window.conversation_model.get(token).title == "Town Hall 2")
        await _after_polls(window, "rooms", 3)
        await _after_polls(window, "participants", 3)
        assert room_resets.count() == 0 and people_resets.count() == 0
        assert room_inserts.count() == 0
        # unchanged polls emit nothing: exactly the one renamed row changed
        rows = {changed.at(i)[0].row() for i in range(changed.count())}
        assert rows == {window.conversation_model.row_of(token)}


async def test_vanished_conversation_leaves_cleanly(
    open_window: WindowOpener, demo_server: DemoServer
) -> None:
    async with open_window() as window:
        token = await _open_room(window, "Board Meeting")
        title = window.conversation_model.get(token).title
        room = demo_server.state.room(token)
        assert room is not None
        demo_server.state.delete_room(room)
        await wait_until(lambda: window.conversation_model.get(token) is None)
        assert title in window.statusBar().currentMessage()
        assert "is gone: it was deleted or you were removed" in window.statusBar().currentMessage()
        assert window.participant_model.token != token


async def test_polling_pauses_while_hidden_and_resumes_when_shown(
    open_window: WindowOpener, qtbot: QtBot
) -> None:
    async with open_window() as window:
        await wait_until(lambda: window.controller.loaded)
        window.hide()
        assert not window.controller.active
        # both loops (list + nothing selected => only the list) park on the activity gate
        await wait_until(lambda: window.controller.parked == 1, message="rooms loop parked")
        polls = _counter(window.controller.poll_finished)
        window.show()
        assert window.controller.active
        await wait_until(lambda: polls() > 0)
        assert window.controller.parked == 0

        window.showMinimized()
        await wait_until(lambda: not window.controller.active or not window.isMinimized())
        if window.isMinimized():  # some platforms ignore minimise requests offscreen
            await wait_until(lambda: window.controller.parked == 1)
            window.showNormal()
            await wait_until(lambda: window.controller.active)


async def test_backs_off_while_the_server_fails_and_recovers(
    open_window: WindowOpener, demo_server: DemoServer
) -> None:
    async with open_window() as window:
        token = await _open_room(window, "Team Standup")
        controller = window.controller
        retry_waits: list[float] = []
        controller.connection_changed.connect(
            lambda status: status.retry_in is not None and retry_waits.append(status.retry_in)
        )
        demo_server.set_faults(fail_rate=1.0, kinds=["503", "500", "429"])
        await wait_until(lambda: controller.status.state.value == "offline", message="offline")
        await wait_until(lambda: len(retry_waits) >= 4)
        assert max(retry_waits) > controller.config.backoff_base  # it grew
        assert window.connection_label.text().startswith("Offline")
        assert window.error_label.text()

        demo_server.state.rename(token, "Standup (after the outage)")
        demo_server.set_faults(fail_rate=0.0)
        await wait_until(lambda: controller.status.state.value == "connected")
        await wait_until(
            lambda: window.conversation_model.get(token).title == "Standup (after the outage)"
        )
        assert window.connection_label.text() == "Connected"


async def test_stays_responsive_while_the_server_is_down_and_recovers(
    open_window: WindowOpener, demo_server: DemoServer, qtbot: QtBot
) -> None:
    async with open_window() as window:
        token = await _open_room(window, "Team Standup")
        controller = window.controller
        demo_server.stop()
        await wait_until(lambda: controller.status.state.value == "offline", message="offline")
        assert "no connection" in window.error_label.text()
        heartbeat = _counter(window._tick.timeout)  # noqa: SLF001
        window._tick.setInterval(20)  # noqa: SLF001
        await wait_until(lambda: heartbeat() >= 5, message="the Qt loop kept running")
        search = window.findChild(QLineEdit, "searchEdit")
        qtbot.keyClicks(search, "stand")
        assert window.conversation_proxy.rowCount() == 1
        assert len(window.conversation_model) > 1  # nothing was dropped while offline

        demo_server.state.rename(token, "Renamed while we were away")
        demo_server.start()  # the same port: the server is back
        controller.refresh_now()
        await wait_until(
            lambda: controller.status.state.value == "connected", timeout=20, message="back"
        )
        await wait_until(
            lambda: window.conversation_model.get(token).title == "Renamed while we were away",
            timeout=20,
        )
        assert window.connection_label.text() == "Connected"


async def test_wrong_password_stops_polling_and_reports(
    open_window: WindowOpener, demo_server: DemoServer
) -> None:
    async with (
        TalkService(demo_server.url, "moderator1", "wrong", retry_base_delay=0.01) as bad,
        open_window(bad) as window,
    ):
        failed = _counter(window.controller.auth_failed)
        await wait_until(lambda: failed() == 1 or not window.controller.running)
        assert window.controller.status.state.value == "signed out"
        assert not window.controller.running
        assert window.connection_label.text() == "Signed out"


async def test_search_filters_both_lists(open_window: WindowOpener, qtbot: QtBot) -> None:
    async with open_window() as window:
        await _open_room(window, "All Hands")
        total = window.participant_proxy.rowCount()
        window.find_action.trigger()
        assert window.search_edit.hasFocus() or not window.isActiveWindow()
        qtbot.keyClicks(window.search_edit, "alice")
        assert 0 < window.participant_proxy.rowCount() < total
        shown = {
            window.conversation_proxy.record_at(r).title
            for r in range(window.conversation_proxy.rowCount())
        }
        # matching conversations, plus the current one, whose participants are being searched
        assert shown == {"Alice", "All Hands"}
        assert window.participant_model.room.title == "All Hands"


async def test_views_select_rows_extended_and_sort(open_window: WindowOpener) -> None:
    async with open_window() as window:
        for view in (window.conversation_view, window.participant_view):
            assert view.selectionMode() == QTableView.SelectionMode.ExtendedSelection
            assert view.isSortingEnabled()
            assert view.selectionBehavior() == QTableView.SelectionBehavior.SelectRows
        assert (
            window.conversation_view.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
        )

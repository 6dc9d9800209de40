"""The Breakout Rooms dialog against the demo server: set up (manual, from the table), drag
people onto a room (from the table and from the window's participant list), start, mark a
help request answered, broadcast, stop, remove, all checked on the server's state; what
opening and each action cost on the wire; a refused action keeps the dialog open with what
was entered and the server's reason in words."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from app.api import Room, TalkService
from app.api.areas.breakout import BreakoutMode
from app.audit import AuditLog
from app.demo_server import DemoServer
from app.demo_server.breakout import children
from app.moderation import ActionKind, ActionRunner
from app.ui.dialogs.breakout import BreakoutDialog
from app.ui.dialogs.breakout_widgets import RoomDropList
from app.ui.models.drag import people_mime
from app.ui.moderation import install_moderation
from tests.helpers.counting import counting_service, settle
from tests.helpers.moderation import EventRoom, make_event_room, opened
from tests.helpers.waiting import wait_until
from tests.ui.conftest import WindowOpener
from tests.ui.dialogs.conftest import ServiceFactory


def drop(rooms: RoomDropList, data: QMimeData, number: int) -> QDropEvent:
    """Drop ``data`` on breakout room ``number`` (1-based) as a mouse release would."""
    item = rooms.item(number - 1)
    point = QPointF(rooms.visualItemRect(item).center())
    event = QDropEvent(
        point,
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    rooms.dropEvent(event)
    return event


def _members(server: DemoServer, token: str) -> list[set[str]]:
    with server.state.lock:
        parent = server.state.rooms[token]
        return [
            {a.actor_id for a in room.attendees.values() if not a.is_moderator}
            for room in children(server.state, parent)
        ]


async def _done(dialog: BreakoutDialog) -> None:
    await wait_until(lambda: not dialog.in_flight, timeout=10, message="the action did not finish")


async def _opened(
    qtbot: QtBot, runner: ActionRunner, event: EventRoom, room: Room | None = None
) -> BreakoutDialog:
    """The dialog for the conversation as last seen (``room``; as made, by default)."""
    dialog = opened(qtbot, BreakoutDialog(runner, room or event.room))
    await dialog.wait_loaded()
    return dialog


async def test_a_session_from_the_dialog(
    qtbot: QtBot,
    service: TalkService,
    runner: ActionRunner,
    audit: AuditLog,
    demo_server: DemoServer,
    login_as: ServiceFactory,
) -> None:
    event = await make_event_room(service, "Workshop", logins=("alice", "bob", "carol"))
    dialog = await _opened(qtbot, runner, event)
    assert dialog.setup_box.isVisible() and not dialog.start_button.isEnabled()
    assert dialog.table.rowCount() == 4  # the moderator too, as "every room"
    dialog.amount_spin.setValue(2)
    dialog.mode_combo.setCurrentIndex(1)  # manual
    alice, bob, carol = (event.person(x).attendee_id for x in ("alice", "bob", "carol"))
    spin = dialog.table.spin(alice)
    assert spin is not None and dialog.table.spin(event.room.attendee_id) is None
    spin.setValue(1)
    dialog.table.spin(bob).setValue(2)  # type: ignore[union-attr]

    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    await _done(dialog)
    assert dialog.isVisible() and not dialog.error_text, dialog.error_text
    assert _members(demo_server, event.token) == [{"alice"}, {"bob"}]
    assert dialog.room_list.count() == 2 and not dialog.setup_box.isVisible()
    assert "2 breakout rooms (manual), set up, not started" in dialog.status_label.text()
    assert dialog.room_list.item(0).text() == "Room 1 · closed · 1 person"

    # carol dragged from the dialog's own table onto Room 1: she moves at once
    row = next(
        r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "Carol"
    )
    data = dialog.table.mimeData([dialog.table.item(row, 0)])
    drop(dialog.room_list, data, 1)
    await _done(dialog)
    assert _members(demo_server, event.token) == [{"alice", "carol"}, {"bob"}]
    assert dialog.info_label.text() == "Moved: Carol to Room 1"

    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    await _done(dialog)
    assert "running" in dialog.status_label.text() and dialog.stop_button.isEnabled()
    rooms = children(demo_server.state, demo_server.state.rooms[event.token])
    alice_svc = await login_as("alice")
    await alice_svc.breakout.request_assistance(rooms[0].token)
    dialog.close()  # reopened, it reads who asked for help
    dialog = await _opened(qtbot, runner, event, dialog.room)
    assert "Asking for help: Room 1" in dialog.status_label.text()
    assert dialog.room_list.item(0).text().endswith("· asks for help")
    dialog.room_list.setCurrentRow(0)
    qtbot.mouseClick(dialog.helped_button, Qt.MouseButton.LeftButton)
    await _done(dialog)
    assert demo_server.state.rooms[rooms[0].token].breakout_room_status == 0
    assert not dialog.helped_button.isEnabled()

    qtbot.keyClicks(dialog.message_edit, "5 minutes left")
    qtbot.mouseClick(dialog.broadcast_button, Qt.MouseButton.LeftButton)
    await _done(dialog)
    assert dialog.info_label.text() == "Sent to all 2 breakout rooms"
    assert dialog.message_edit.text() == ""
    for room in rooms:
        assert room.last_message is not None and room.last_message.text_other == "5 minutes left"

    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    await _done(dialog)
    assert all(room.lobby_state == 1 for room in rooms)
    assert not dialog.remove_button.isEnabled()  # only once the box is ticked
    dialog.remove_confirm.setChecked(True)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    await _done(dialog)
    assert children(demo_server.state, demo_server.state.rooms[event.token]) == []
    assert dialog.setup_box.isVisible() and dialog.room_list.count() == 0
    assert [e.action for e in audit.entries()] == [
        "breakout-setup",
        "breakout-assign",
        "breakout-start",
        "breakout-assistance",
        "breakout-broadcast",
        "breakout-stop",
        "breakout-remove",
    ]


async def test_a_refusal_keeps_the_dialog_open_with_the_input(
    qtbot: QtBot, service: TalkService, runner: ActionRunner, demo_server: DemoServer
) -> None:
    event = await make_event_room(service, "Seminar", logins=("alice", "bob"))
    dialog = await _opened(qtbot, runner, event)
    dialog.amount_spin.setValue(3)
    dialog.mode_combo.setCurrentIndex(2)  # free choice
    with demo_server.state.lock:  # another moderator set them up meanwhile
        demo_server.state.rooms[event.token].breakout_room_mode = 1
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    await _done(dialog)
    assert dialog.isVisible()
    assert "Cannot set up breakout rooms in 'Seminar'" in dialog.error_text
    assert "remove the old ones first" in dialog.error_text
    assert dialog.amount_spin.value() == 3 and dialog.mode_combo.currentIndex() == 2
    assert dialog.send_button.isEnabled()  # ready to try again


async def test_moderators_are_not_moved_and_foreign_people_not_taken(
    qtbot: QtBot, service: TalkService, runner: ActionRunner
) -> None:
    event = await make_event_room(service, "Lab", logins=("alice",))
    await service.participants.add(event.token, "testers", "groups")
    dialog = await _opened(qtbot, runner, event)
    rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    assert dialog.table.item(rows["Testers"], 1).text() == "stays here"  # no groups, guests
    assert dialog.table.item(rows["Moderator1"], 1).text() == "every room"
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)  # 2 rooms, automatic
    await _done(dialog)
    assert dialog.room_list.count() == 2
    sends = dialog.sends
    drop(dialog.room_list, people_mime(event.token, [event.room.attendee_id]), 2)
    assert "Moderators are in every breakout room, and guests in none" in dialog.error_text
    assert "nobody was moved" in dialog.error_text
    drop(dialog.room_list, people_mime("othertoken", [event.person("alice").attendee_id]), 2)
    assert "from another conversation" in dialog.error_text
    assert dialog.sends == sends  # nothing was sent
    assert "Moderators are in every breakout room" in dialog.moderator_note.text()


async def test_what_opening_and_each_action_cost_on_the_wire(
    qtbot: QtBot,
    demo_server: DemoServer,
    recording_transport_for: Callable[[DemoServer], object],
    audit: AuditLog,
) -> None:
    svc, wire = counting_service(demo_server, recording_transport_for(demo_server))  # type: ignore[arg-type]
    try:
        event = await make_event_room(svc, "Counted", logins=("alice", "bob", "carol", "dave"))
        runner = ActionRunner(svc, audit)
        mark = wire.mark()
        dialog = await _opened(qtbot, runner, event)  # not set up: the people only
        assert [str(s).split(" (")[0] for s in wire.since(mark)] == [
            f"GET /room/{event.token}/participants"
        ]
        dialog.amount_spin.setValue(3)
        mark = wire.mark()
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        await _done(dialog)
        await settle(wire)
        sent = [s.method for s in wire.since(mark)]
        assert sent == ["POST", "GET"]  # the set-up, then who went where (all rooms at once)
        mark = wire.mark()
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        await _done(dialog)
        await settle(wire)
        assert [s.method for s in wire.since(mark)] == ["POST"]  # the answer has every room
        dialog.close()
        mark = wire.mark()
        await _opened(qtbot, runner, event, dialog.room)  # the rooms, and everyone in them
        assert [s.path for s in wire.since(mark)] == [
            f"/room/{event.token}/breakout-rooms",
            f"/room/{event.token}/breakout-rooms/participants",
        ]
    finally:
        await svc.aclose()


async def test_people_dragged_from_the_window_onto_a_room(
    qtbot: QtBot, open_window: WindowOpener, service: TalkService, demo_server: DemoServer
) -> None:
    event = await make_event_room(service, "Drag and drop", logins=("alice", "bob"))
    await service.breakout.configure(event.token, BreakoutMode.MANUAL, 2)
    async with open_window() as window:
        moderation = install_moderation(window)
        await wait_until(lambda: window.controller.loaded)
        assert window.select_room(event.token)
        await wait_until(lambda: len(window.participant_model) == 3, message="participants")
        action = window.registry.action(ActionKind.BREAKOUT_ASSIGN)
        await wait_until(
            action.isEnabled, message=window.registry.verdict(ActionKind.BREAKOUT_ASSIGN).reason
        )
        action.trigger()
        dialog = moderation.last_dialog
        assert isinstance(dialog, BreakoutDialog)
        await dialog.wait_loaded()
        assert dialog.people and dialog.room_list.count() == 2
        # select bob in the window's participant list and drag him onto Room 2
        view = window.participant_view
        proxy = view.model()
        rows = [
            proxy.index(r, 0)
            for r in range(proxy.rowCount())
            if proxy.index(r, 0).data(Qt.ItemDataRole.DisplayRole) == "Bob"
        ]
        view.selectionModel().select(
            rows[0],
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        data = proxy.mimeData(view.selectionModel().selectedIndexes())
        drop(dialog.room_list, data, 2)
        await _done(dialog)
        assert _members(demo_server, event.token) == [set(), {"bob"}]
        # Go to Room selects the breakout room in the window's list, under its parent
        await wait_until(
            lambda: window.conversation_model.row_of(dialog.breakouts[1].token) is not None
        )
        dialog.room_list.setCurrentRow(1)
        qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
        current = window.current_room()
        assert current is not None and current.token == dialog.breakouts[1].token
        dialog.close()


async def test_a_help_request_answered_from_the_list(
    qtbot: QtBot, open_window: WindowOpener, demo_server: DemoServer
) -> None:
    """The seeded workshop's Room 2 asks for help: selected in the list, Help Requests opens
    the workshop's dialog at that room, and Mark Help Given answers it."""
    async with open_window() as window:
        moderation = install_moderation(window)
        await wait_until(lambda: window.controller.loaded)
        asking = next(r for r in window.conversation_model.records() if r.breakout_room_status == 2)
        assert window.select_room(asking.token)
        action = window.registry.action(ActionKind.BREAKOUT_ASSISTANCE)
        await wait_until(action.isEnabled, message="help requests")
        action.trigger()
        dialog = moderation.last_dialog
        assert isinstance(dialog, BreakoutDialog) and dialog.room.token == asking.object_id
        await dialog.wait_loaded()
        assert dialog.room_list.current_token() == asking.token
        assert dialog.helped_button.isEnabled()
        qtbot.mouseClick(dialog.helped_button, Qt.MouseButton.LeftButton)
        await _done(dialog)
        assert demo_server.state.rooms[asking.token].breakout_room_status == 0
        await wait_until(
            lambda: window.conversation_model.get(asking.token).breakout_room_status == 0,  # type: ignore[union-attr]
            message="the answer in the list",
        )
        dialog.close()

"""Polls, the attendance list and recording in the window, against the demo server: New Poll
(options added and removed, public or hidden, votes per person; a refusal keeps the input),
the poll's results refreshing while people vote and Close Poll, Download Attendance List (no
call: said so, nothing written; CSV and ODS), Start Recording (video or audio only) and Stop
Recording, and the conversation list showing the recording state."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.api.constants import RecordingStatus
from app.api.models import Poll
from app.audit import AuditLog
from app.demo_server import DemoServer
from app.moderation import ActionKind, ActionRunner
from app.ui.dialogs.attendance import AttendanceDialog
from app.ui.dialogs.polls import NewPollDialog, PollResultsDialog
from app.ui.dialogs.recording import StartRecordingDialog, stop_recording_dialog
from app.ui.iconset import icon
from app.ui.models import ConversationModel
from app.ui.models.conversations import RoomColumn
from app.ui.moderation import install_moderation
from tests.helpers.moderation import (
    EventRoom,
    accepted,
    make_event_room,
    opened,
    send,
    service_for,
    still_open_with_error,
)
from tests.helpers.voting import vote
from tests.helpers.waiting import wait_until
from tests.ui.conftest import WindowOpener
from tests.ui.factories import room

# ------------------------------------------------------------------------ new poll


async def test_new_poll_dialog_posts_the_poll_as_typed(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom, audit: AuditLog
) -> None:
    dialog = opened(qtbot, NewPollDialog(runner, event.room))
    assert len(dialog.option_edits) == 2
    assert not dialog.send_button.isEnabled()  # nothing typed yet
    assert not dialog.findChild(type(dialog.add_button), "pollRemoveOptionButton1").isEnabled()
    qtbot.keyClicks(dialog.question_edit, "Where do we meet?")
    qtbot.keyClicks(dialog.option_edits[0], "Berlin")
    qtbot.keyClicks(dialog.option_edits[1], "Berlin")
    assert not dialog.send_button.isEnabled()
    dialog.send()
    assert "'Berlin' is an option twice" in dialog.error_text
    dialog.option_edits[1].setText("Paris")
    third = dialog.add_option()
    qtbot.keyClicks(third, "Rome")
    dialog.add_option("Oslo")
    assert dialog.max_votes_spin.maximum() == 4
    dialog.remove_option(dialog.option_edits[3])
    assert dialog.options == ["Berlin", "Paris", "Rome"]
    dialog.hidden_radio.setChecked(True)
    dialog.max_votes_spin.setValue(2)
    posted: list[object] = []
    dialog.succeeded.connect(posted.append)
    await send(qtbot, dialog)
    assert accepted(dialog)
    poll = posted[0]
    assert isinstance(poll, Poll)
    on_server = await service.polls.show(event.token, poll.id)
    assert (on_server.question, on_server.options) == (
        "Where do we meet?",
        ("Berlin", "Paris", "Rome"),
    )
    assert on_server.hidden and on_server.max_votes == 2
    assert audit.entries()[-1].action == ActionKind.CREATE_POLL


async def test_a_refused_poll_keeps_what_was_typed(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom
) -> None:
    dialog = opened(qtbot, NewPollDialog(runner, event.room))
    dialog.question_edit.setText("Lunch?")
    dialog.option_edits[0].setText("Pizza")
    dialog.option_edits[1].setText("Salad")
    await service.rooms.set_read_only(event.token, True)  # meanwhile, from another client
    await send(qtbot, dialog)
    assert still_open_with_error(dialog, "read-only")
    assert dialog.question_edit.text() == "Lunch?" and dialog.options == ["Pizza", "Salad"]


# -------------------------------------------------------------------- poll results


async def test_results_refresh_while_people_vote_then_close(
    qtbot: QtBot,
    runner: ActionRunner,
    service: TalkService,
    event: EventRoom,
    demo_server: DemoServer,
    audit: AuditLog,
) -> None:
    poll = await service.polls.create(event.token, "Lunch?", ["Pizza", "Salad"], max_votes=1)
    dialog = opened(qtbot, PollResultsDialog(runner, event.room, poll, refresh_ms=50))
    assert dialog.question_label.text() == "Lunch?"
    assert "nobody has voted" in dialog.state_label.text()
    assert dialog.table.item(0, 1).text() == "–"  # Talk shows no counts of an open poll
    for login, option in (("alice", 0), ("bob", 1)):
        user = demo_server.users[login]
        await vote(demo_server.url, login, user.app_password, event.token, poll.id, [option])
    await wait_until(lambda: "2 voted" in dialog.state_label.text(), timeout=10)
    assert dialog.reads >= 1 and "Close the poll to see the results" in dialog.note_label.text()

    await send(qtbot, dialog)
    assert dialog.isVisible(), "the dialog stays, with the final results"
    assert dialog.state_label.text().startswith("Closed")
    counts = [dialog.table.item(row, 1).text() for row in range(2)]
    assert counts == ["1", "1"]
    assert dialog.table.item(0, 2).text() == "Alice"
    assert not dialog.send_button.isEnabled() and not dialog.timer.isActive()
    assert audit.entries()[-1].detail == f"close the poll 'Lunch?' (poll {poll.id})"
    reads = dialog.reads
    await wait_until(lambda: not dialog.timer.isActive())
    assert dialog.reads == reads  # a closed poll is not read again


async def test_results_by_number_and_an_unknown_number(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom
) -> None:
    dialog = opened(qtbot, PollResultsDialog(runner, event.room))
    assert not dialog.send_button.isEnabled()
    dialog.id_spin.setValue(999)
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    await dialog.wait_read()
    assert "There is no poll 999" in dialog.error_text
    poll = await service.polls.create(event.token, "Tea?", ["Yes", "No"], hidden=True)
    dialog.read_now(poll.id)
    await dialog.wait_read()
    assert dialog.question_label.text() == "Tea?" and dialog.error_text == ""
    assert "results hidden until closed" in dialog.state_label.text()
    assert dialog.send_button.isEnabled()


async def test_results_find_the_polls_the_chat_announced(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom
) -> None:
    first = await service.polls.create(event.token, "Lunch?", ["Pizza", "Salad"])
    newest = await service.polls.create(event.token, "Tea?", ["Yes", "No"])
    dialog = opened(qtbot, PollResultsDialog(runner, event.room))
    dialog.find_recent()
    await dialog.wait_found()
    await dialog.wait_read()
    items = [dialog.recent_combo.itemText(i) for i in range(dialog.recent_combo.count())]
    assert items == [f"Poll {newest.id}: Tea?", f"Poll {first.id}: Lunch?"]
    assert dialog.question_label.text() == "Tea?"  # the newest is shown
    dialog.recent_combo.setCurrentIndex(1)
    dialog.recent_combo.activated.emit(1)
    await dialog.wait_read()
    assert dialog.question_label.text() == "Lunch?" and dialog.id_spin.value() == first.id


# ---------------------------------------------------------------------- attendance


async def test_attendance_list_no_call_then_csv_and_ods(
    qtbot: QtBot,
    runner: ActionRunner,
    service: TalkService,
    event: EventRoom,
    tmp_path: Path,
    audit: AuditLog,
) -> None:
    dialog = opened(qtbot, AttendanceDialog(runner, event.room, folder=tmp_path))
    suggested = Path(dialog.path_edit.text())
    assert suggested.parent == tmp_path and suggested.name.startswith("Town-hall ")
    assert suggested.suffix == ".csv"
    await send(qtbot, dialog)
    assert still_open_with_error(dialog, "there is no call running")
    assert not suggested.exists()

    await service.calls.join(event.token)
    dialog.ods_radio.setChecked(True)
    assert dialog.path_edit.text().endswith(".ods")
    await send(qtbot, dialog)
    assert accepted(dialog)
    ods = suggested.with_suffix(".ods")
    assert zipfile.ZipFile(ods).read("mimetype").startswith(b"application/vnd.oasis")

    again = opened(qtbot, AttendanceDialog(runner, event.room, folder=tmp_path))
    again.path_edit.setText(str(tmp_path / "missing" / "list.csv"))
    assert not again.send_button.isEnabled()
    again.send()
    assert "does not exist" in again.error_text
    again.path_edit.setText(str(tmp_path / "list.csv"))
    await send(qtbot, again)
    assert accepted(again)
    assert (tmp_path / "list.csv").read_text().splitlines()[0] == "name,email,type,identifier"
    assert [e.ok for e in audit.entries()] == [False, True, True]


# ----------------------------------------------------------------------- recording


async def test_start_audio_recording_then_stop(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom
) -> None:
    await service.calls.join(event.token)
    in_call = await service.rooms.get(event.token)
    dialog = opened(qtbot, StartRecordingDialog(runner, in_call))
    dialog.audio_radio.setChecked(True)
    answered: list[object] = []
    dialog.succeeded.connect(answered.append)
    await send(qtbot, dialog)
    assert accepted(dialog)
    recorded = answered[0]
    assert getattr(recorded, "call_recording", None) == RecordingStatus.AUDIO

    stop = opened(qtbot, stop_recording_dialog(runner, recorded))  # type: ignore[arg-type]
    assert "Recording (audio only)" in stop.intro.text()
    await send(qtbot, stop)
    assert accepted(stop)
    assert (await service.rooms.get(event.token)).call_recording == RecordingStatus.NONE


@pytest.fixture
def no_recording_server(real_profile_server: DemoServer) -> DemoServer:
    return real_profile_server


async def test_no_recording_backend_is_said_in_the_dialog(
    qtbot: QtBot, no_recording_server: DemoServer, tmp_path: Path
) -> None:
    async with service_for(no_recording_server, "moderator1") as svc:
        event = await make_event_room(svc, "Workshop", logins=("alice",))
        await svc.calls.join(event.token)
        runner = ActionRunner(svc, AuditLog(tmp_path / "audit.jsonl"))
        dialog = opened(qtbot, StartRecordingDialog(runner, await svc.rooms.get(event.token)))
        await send(qtbot, dialog)
        assert still_open_with_error(dialog, "this server has no recording backend")
        assert "400" not in dialog.error_text


def test_the_conversation_list_shows_the_recording_state(qtbot: QtBot) -> None:
    model = ConversationModel()
    states = {
        "a": (True, RecordingStatus.NONE),
        "b": (True, RecordingStatus.VIDEO),
        "c": (True, RecordingStatus.AUDIO_STARTING),
        "d": (False, RecordingStatus.FAILED),
    }
    model.upsert([room(t, has_call=call, call_recording=s) for t, (call, s) in states.items()])
    cells = {token: model.index(model.row_of(token) or 0, RoomColumn.CALL) for token in states}
    shown = {token: cell.data(Qt.ItemDataRole.AccessibleTextRole) for token, cell in cells.items()}
    assert shown == {
        "a": "In call",
        "b": "In call · Recording (video)",
        "c": "In call · Starting an audio recording",
        "d": "Recording failed",
    }
    assert "A call is running" in cells["b"].data(Qt.ItemDataRole.ToolTipRole)
    assert "Recording (video)" in cells["b"].data(Qt.ItemDataRole.ToolTipRole)
    red_dot = icon("start-recording").cacheKey()
    icons = {t: cell.data(Qt.ItemDataRole.DecorationRole) for t, cell in cells.items()}
    assert [t for t, i in icons.items() if i is not None and i.cacheKey() == red_dot] == ["b", "c"]


# ------------------------------------------------------------------------ window


async def test_from_the_window_poll_recording_and_attendance(
    qtbot: QtBot, open_window: WindowOpener, service: TalkService, tmp_path: Path
) -> None:
    event = await make_event_room(service, "Workshop")
    await service.calls.join(event.token)
    async with open_window() as window:
        moderation = install_moderation(window, AuditLog(tmp_path / "audit.jsonl"))
        moderation.events.refresh_ms = 50
        await wait_until(lambda: window.controller.loaded)
        assert window.select_room(event.token)
        new_poll = window.registry.action(ActionKind.CREATE_POLL)
        await wait_until(new_poll.isEnabled)
        new_poll.trigger()
        dialog = moderation.last_dialog
        assert isinstance(dialog, NewPollDialog)
        dialog.question_edit.setText("Break now?")
        dialog.option_edits[0].setText("Yes")
        dialog.option_edits[1].setText("Later")
        await send(qtbot, dialog)
        results = moderation.last_dialog
        assert isinstance(results, PollResultsDialog) and results.isVisible()
        assert results.poll is not None and results.poll.question == "Break now?"

        stop = window.registry.action(ActionKind.STOP_RECORDING)
        assert not stop.isEnabled() and stop.toolTip().endswith("The call is not being recorded")
        start = window.registry.action(ActionKind.START_RECORDING)
        await wait_until(start.isEnabled)
        start.trigger()
        recording = moderation.last_dialog
        assert isinstance(recording, StartRecordingDialog)
        await send(qtbot, recording)
        model = window.conversation_model

        def call_cell() -> str:
            row = model.row_of(event.token)
            cell = model.index(row if row is not None else -1, RoomColumn.CALL)
            return str(cell.data(Qt.ItemDataRole.AccessibleTextRole))

        await wait_until(lambda: call_cell() == "In call · Recording (video)")
        await wait_until(stop.isEnabled)

        download = window.registry.action(ActionKind.DOWNLOAD_ATTENDANCE)
        assert download.isEnabled(), download.toolTip()
        download.trigger()
        attendance = moderation.last_dialog
        assert isinstance(attendance, AttendanceDialog)
        attendance.path_edit.setText(str(tmp_path / "workshop.csv"))
        await send(qtbot, attendance)
        assert accepted(attendance)
        lines = (tmp_path / "workshop.csv").read_text().splitlines()
        assert lines[0] == "name,email,type,identifier" and len(lines) == 2


async def test_the_window_says_there_is_no_recording_backend_before_anyone_clicks(
    qtbot: QtBot, open_window: WindowOpener, no_recording_server: DemoServer
) -> None:
    async with service_for(no_recording_server, "moderator1") as svc:
        event = await make_event_room(svc, "Plain", logins=("alice",))
        await svc.calls.join(event.token)
        async with open_window(svc) as window:
            install_moderation(window)
            await wait_until(lambda: window.controller.loaded)
            assert window.select_room(event.token)
            start = window.registry.action(ActionKind.START_RECORDING)
            download = window.registry.action(ActionKind.DOWNLOAD_ATTENDANCE)
            await wait_until(download.isEnabled)  # the call is seen: only recording is refused
            await wait_until(lambda: "no recording backend" in start.toolTip())
            assert not start.isEnabled()
            assert start.toolTip().endswith("This server has no recording backend")

"""The bulk result dialog (progress, per-item rows, Stop) and the audit log viewer (table,
CSV export, no secrets), against the real demo server."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.api.constants import ConversationType, ParticipantType
from app.audit import AuditLog
from app.demo_server import DemoServer
from app.moderation import ActionRunner
from app.moderation import operations as ops
from app.ui.dialogs.audit_log import AuditLogDialog
from app.ui.dialogs.bulk_result import BulkResultDialog
from app.ui.dialogs.password import PasswordDialog
from tests.helpers.moderation import EventRoom, make_event_room, opened, send
from tests.helpers.waiting import wait_until


async def test_bulk_dialog_reports_each_item(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom
) -> None:
    await service.participants.promote(event.token, event.person("bob").attendee_id)
    operations = [ops.promote(event.room, event.person(login)) for login in ("alice", "bob")]
    dialog = opened(qtbot, BulkResultDialog(runner, operations, title="Promote 2 participants"))
    assert dialog.objectName() == "bulkResultDialog"
    assert not dialog.close_button.isEnabled()
    finished: list[object] = []
    dialog.finished_all.connect(finished.append)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert not dialog.start_button.isEnabled() and dialog.cancel_button.text() == "Stop"
    await wait_until(lambda: bool(finished), message="the bulk run did not finish")
    assert finished == [dialog.outcome]
    assert dialog.progress.value() == 2
    alice_row, bob_row = dialog.row(0), dialog.row(1)
    assert alice_row[1] == "done" and alice_row[2] == ""
    assert bob_row[1] == "failed" and "already a moderator" in bob_row[2]
    assert dialog.summary.text() == "Finished: 1 succeeded, 1 failed"
    assert dialog.close_button.isEnabled()
    people = {p.actor_id: p.participant_type for p in await service.participants.list(event.token)}
    assert people["alice"] == ParticipantType.MODERATOR


async def test_bulk_dialog_stop(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, demo_server: DemoServer
) -> None:
    rooms = [(await make_event_room(service, f"Track {i}", logins=())).room for i in range(10)]
    dialog = BulkResultDialog(
        runner,
        [ops.set_read_only(r, True) for r in rooms],
        title="Read-only",
        concurrency=1,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    demo_server.set_faults(latency_ms=20)
    try:
        task = dialog.start()
        await wait_until(lambda: dialog.bulk.progress().done >= 1)
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()  # Stop does not close while requests are in flight
        await task
    finally:
        demo_server.set_faults(latency_ms=0)
    outcome = dialog.outcome
    assert outcome is not None and outcome.cancelled and outcome.skipped >= 1
    assert dialog.summary.text().startswith("Stopped: ")
    read_only = [(await service.rooms.get(r.token)).is_read_only for r in rooms]
    assert sum(read_only) == outcome.succeeded
    assert [dialog.row(i)[1] for i in range(10)].count("not sent") == outcome.skipped


def test_bulk_dialog_cancel_before_start_sends_nothing(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom, audit: AuditLog
) -> None:
    dialog = BulkResultDialog(runner, [ops.remove(event.room, event.person("bob"))], title="Remove")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.outcome is None
    assert audit.entries() == []


async def test_audit_viewer_and_csv_without_secrets(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, audit: AuditLog, tmp_path: Path
) -> None:
    event = await make_event_room(service, "Open house", room_type=ConversationType.PUBLIC)
    secret = "Sup3r-Secret-Passphrase"
    dialog = opened(qtbot, PasswordDialog(runner, event.room))
    qtbot.keyClicks(dialog.password_edit, secret)
    qtbot.keyClicks(dialog.confirm_edit, secret)
    await send(qtbot, dialog)
    await runner.run(ops.set_lobby(event.room, True))
    try:
        await runner.run(ops.promote(event.room, event.person(service.login)))
    except Exception:
        pass

    viewer = AuditLogDialog(audit)
    qtbot.addWidget(viewer)
    viewer.show()
    assert viewer.objectName() == "auditLogDialog"
    table = viewer.table
    assert table.rowCount() == 3

    def cell(row: int, col: int) -> str:
        item = table.item(row, col)
        assert item is not None
        return item.text()

    newest = [cell(0, col) for col in range(table.columnCount())]
    assert newest[4] == "promote" and newest[1].startswith("failed: ")
    assert [cell(2, col) for col in (2, 4, 5, 1)] == [
        "Open house",
        "password",
        "password set",
        "ok",
    ]
    target = tmp_path / "export.csv"
    assert viewer.export_to(target) == 3
    assert "Exported 3" in viewer.status.text()
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["action"] for r in rows] == ["password", "lobby", "promote"]
    assert rows[0]["account"] == service.login and rows[0]["server"] == service.server_url
    assert secret not in target.read_text(encoding="utf-8")
    assert secret not in audit.path.read_text(encoding="utf-8")


def test_audit_export_failure_is_reported(qtbot: QtBot, audit: AuditLog, tmp_path: Path) -> None:
    viewer = AuditLogDialog(audit)
    qtbot.addWidget(viewer)
    assert not viewer.export_button.isEnabled()
    assert viewer.export_to(tmp_path / "missing-dir" / "x.csv") == 0
    assert "Cannot write" in viewer.status.text()

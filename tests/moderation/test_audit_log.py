"""The audit log file: appended lines, tolerant reading, CSV export, config directory."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from app.audit import AuditEntry, AuditLog, config_dir, default_audit_path, export_csv


def _entry(**changes: object) -> AuditEntry:
    values: dict[str, object] = {
        "time": "2026-05-01T16:00:00+00:00",
        "account": "moderator1",
        "server": "http://127.0.0.1:1234",
        "room_token": "abc123",
        "room": "Town hall",
        "participant": "Bob",
        "attendee_id": 7,
        "action": "promote",
        "detail": "promote Bob to moderator",
        "ok": True,
        "error": "",
    }
    values.update(changes)
    return AuditEntry(**values)  # type: ignore[arg-type]


def test_config_dir_honours_the_environment(config_dir: Path) -> None:
    assert config_dir / "talk-moderator" == default_audit_path().parent
    assert default_audit_path().name == "audit.jsonl"


def test_config_dir_defaults_to_platformdirs(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("TALK_MODERATOR_CONFIG_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert config_dir() == tmp_path / "talk-moderator"


def test_entries_are_appended_as_json_lines(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "sub" / "audit.jsonl")
    log.append(_entry())
    log.append(_entry(action="remove", ok=False, error="Cannot remove Bob: gone"))
    lines = log.path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["action"] for line in lines] == ["promote", "remove"]
    entries = log.entries()
    assert entries[1].ok is False and entries[1].error == "Cannot remove Bob: gone"
    assert entries[0] == _entry()


def test_unreadable_lines_are_skipped(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.jsonl")
    log.append(_entry())
    with log.path.open("a", encoding="utf-8") as handle:
        handle.write('{"time": "2026-05-01T16:00:00+00:00", "acc')  # torn write
        handle.write("\n[1, 2]\n")
    log.append(_entry(action="demote"))
    assert [e.action for e in log.entries()] == ["promote", "demote"]


def test_a_record_after_a_torn_line_is_kept(tmp_path: Path) -> None:
    """A crash mid-write leaves no newline: the next record must not be glued onto it."""
    log = AuditLog(tmp_path / "audit.jsonl")
    log.append(_entry())
    with log.path.open("ab") as handle:
        handle.write('{"time": "2026-05-01T16:00:00+00:00", "room": "Caf\u00e9'.encode()[:-1])
    log.append(_entry(action="demote"))
    assert [e.action for e in log.entries()] == ["promote", "demote"]


def test_a_torn_multibyte_character_loses_only_its_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    log = AuditLog(tmp_path / "audit.jsonl")
    log.append(_entry(room="Café"))
    with log.path.open("ab") as handle:
        handle.write('{"room": "Café"}'.encode()[:-4])  # cut inside the é
    assert [e.room for e in log.entries()] == ["Café"]
    assert "Skipping unreadable line 2" in caplog.text


def test_the_log_rotates_at_its_size_limit_and_keeps_every_record(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.jsonl", rotate_bytes=600)
    for number in range(12):
        log.append(_entry(attendee_id=number))
    files = log.files()
    assert len(files) > 2 and files[-1] == log.path
    assert all(path.stat().st_size <= 600 + 300 for path in files)
    assert [e.attendee_id for e in log.entries()] == list(range(12))
    assert all(path.stat().st_mode & 0o777 == 0o600 for path in files)


def test_missing_file_reads_as_empty(tmp_path: Path) -> None:
    assert AuditLog(tmp_path / "none.jsonl").entries() == []


def test_csv_export_has_all_columns_and_defuses_formulas(tmp_path: Path) -> None:
    entries = [_entry(), _entry(participant='=HYPERLINK("x")', ok=False, error="refused")]
    target = tmp_path / "out.csv"
    assert export_csv(entries, target) == 2
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["room"] == "Town hall" and rows[0]["result"] == "ok"
    assert rows[0]["attendee_id"] == "7"
    assert rows[1]["participant"].startswith("'=")
    assert rows[1]["result"] == "error" and rows[1]["error"] == "refused"
    assert rows[0]["time"].startswith("2026-05-01")

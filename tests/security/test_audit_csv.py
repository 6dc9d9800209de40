"""The audit CSV cannot smuggle a formula into a spreadsheet, whatever it splits on."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from app.audit import AuditEntry, csv_safe, export_csv


def entry(**changes: object) -> AuditEntry:
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


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("Bob;=1+1;", "Bob;'=1+1;"),
        ("Bob\n=2+2;", "Bob\n'=2+2;"),
        ("Bob,+cmd|' /C calc'!A0", "Bob,'+cmd|' /C calc'!A0"),
        ("Bob; @SUM(A1)", "Bob; '@SUM(A1)"),
        ("Bob\r\n-1", "Bob\r\n'-1"),
        ("=HYPERLINK(1)", "'=HYPERLINK(1)"),
        ("\tx", "'\tx"),
        ("Bob Smith (a-b)", "Bob Smith (a-b)"),
        ("Bob; Alice", "Bob; Alice"),
    ],
)
def test_a_formula_after_any_separator_or_line_break_is_defused(name: str, safe: str) -> None:
    assert csv_safe(name) == safe


def test_every_field_is_quoted_and_defused(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    export_csv([entry(participant="Bob;=1+1;"), entry(room="Bob\n=2+2;", attendee_id=0)], target)
    text = target.read_bytes().decode("utf-8")
    rows = list(csv.reader(text.splitlines(keepends=True)))
    assert rows[1][5] == "Bob;'=1+1;" and rows[2][3] == "Bob\n'=2+2;"
    body = text.split("\r\n", 1)[1]
    assert body.startswith('"2026-') and '"moderator1","http://127.0.0.1:1234"' in body
    assert '"Bob;\'=1+1;"' in body and '"Bob\n\'=2+2;"' in body
    assert '""' in body  # even an empty field is quoted
    # Split the way a German spreadsheet does (";"), ignoring quotes: no cell is a formula.
    for row in text.splitlines():
        for cell in row.split(";"):
            assert not cell.strip().strip('"').startswith(("=", "+", "-", "@")), cell

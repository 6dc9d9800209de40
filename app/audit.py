"""The local audit log: one JSON line per moderation action taken from this machine.

Moderators are accountable for what they did during an event; the server keeps no such trail
for most settings (lobby, read-only, roles). Entries are appended (never rewritten) to
``audit.jsonl`` in the config directory, so a crash loses at most the line being written.

Entries are built from structured fields only. Nothing a user typed into a secret field can
reach the file: the password dialog records "password set" / "password removed", never the value.
No Qt here, so the CLI can share the log.
"""

from __future__ import annotations

import csv
import json
import logging
import os
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields, replace
from datetime import UTC, datetime
from pathlib import Path

from platformdirs import user_config_dir

from .api.kinds import ActionKind
from .private_files import open_private

log = logging.getLogger(__name__)

CONFIG_DIR_ENV = "TALK_MODERATOR_CONFIG_DIR"
AUDIT_FILE_NAME = "audit.jsonl"
ROTATE_BYTES = 8 * 1024 * 1024
"""About 30,000 actions: the viewer reads every file, so one file stays quick to append to."""


def config_dir() -> Path:
    """The app's config directory: ``$TALK_MODERATOR_CONFIG_DIR`` or the platform default."""
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override)
    return Path(user_config_dir("talk-moderator", appauthor=False))


def default_audit_path() -> Path:
    return config_dir() / AUDIT_FILE_NAME


@dataclass(frozen=True)
class AuditEntry:
    """One action and its outcome.

    Args:
        time: when the action finished, ISO 8601 in UTC.
        account: the login that acted.
        server: the server's base URL.
        room_token: the conversation's token ("" for server-wide actions).
        room: the conversation's title at the time.
        participant: who was acted on (display name), "" when the action is about the room.
        attendee_id: their attendee id, 0 when none.
        action: the ``ActionKind`` ("promote", "lobby", "password", ...); a plain string
            for a line whose action this version does not know.
        detail: what was done in words ("lobby on, opens 2026-05-01 18:00 CEST",
            "password set"); never a secret.
        ok: whether the server accepted it.
        error: the reason shown to the user when it failed.
        outcome: "" for an answered action; for a write whose answer was lost, "unknown"
            (recorded at once), then "verified-applied" or "verified-not-applied" once the
            object was read again (``moderation.verify``).
    """

    time: str
    account: str
    server: str
    room_token: str
    room: str
    participant: str
    attendee_id: int
    action: ActionKind | str
    detail: str
    ok: bool
    error: str = ""
    outcome: str = ""

    @property
    def result(self) -> str:
        """ "ok" or "error"; "unknown", "ok (verified)" or "error (verified)" after a lost
        answer."""
        if self.outcome == "unknown":
            return "unknown"
        if self.outcome.startswith("verified"):
            return f"{'ok' if self.ok else 'error'} (verified)"
        return "ok" if self.ok else "error"

    @property
    def local_time(self) -> datetime:
        return datetime.fromisoformat(self.time).astimezone()

    @classmethod
    def from_json(cls, data: object) -> AuditEntry | None:
        """Build from a decoded line; None if the line is not an entry we wrote."""
        if not isinstance(data, dict):
            return None
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        try:
            entry = cls(**values)
        except TypeError:
            return None
        if not isinstance(entry.time, str) or not isinstance(entry.ok, bool):
            return None
        if entry.action in ActionKind.__members__.values():
            return replace(entry, action=ActionKind(entry.action))
        return entry


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


CSV_COLUMNS: tuple[str, ...] = (
    "time",
    "account",
    "server",
    "room",
    "room_token",
    "participant",
    "attendee_id",
    "action",
    "detail",
    "result",
    "error",
)


class AuditLog:
    """Appends entries to a JSON-lines file and reads them back.

    The file is never rewritten: a crash mid-write tears at most its last line, which the reader
    skips with a warning (and the next append starts on a fresh line, so the torn bytes never
    swallow a good record). When the file reaches ``rotate_bytes`` it is renamed to
    ``audit-<UTC time>.jsonl`` beside it and a new one begins; rotated files are kept (it is an
    audit trail: deleting is the user's decision) and read back oldest first.

    Args:
        path: the file; its directory is created on first write.
        rotate_bytes: the size at which the file is rotated.
    """

    def __init__(self, path: Path | None = None, *, rotate_bytes: int = ROTATE_BYTES) -> None:
        self.path = path if path is not None else default_audit_path()
        self.rotate_bytes = rotate_bytes
        self._lock = threading.Lock()

    def append(self, entry: AuditEntry) -> None:
        """Write one line. A failing disk is logged, never raised: the action already happened."""
        line = json.dumps(asdict(entry), ensure_ascii=False, separators=(",", ":"))
        try:
            with self._lock:
                self._rotate_if_full()
                lead = "" if self._ends_cleanly() else "\n"
                with open_private(self.path, "a") as handle:  # 0600 in a 0700 folder
                    handle.write(lead + line + "\n")
        except OSError as exc:
            log.error("Cannot write the audit log %s: %s", self.path, exc)

    def files(self) -> list[Path]:
        """Every file of the log, oldest first: the rotated ones, then the current one."""
        stem, suffix = self.path.stem, self.path.suffix
        rotated = sorted(self.path.parent.glob(f"{stem}-*{suffix}"))
        return [*rotated, self.path]

    def entries(self) -> list[AuditEntry]:
        """All readable entries, oldest first; broken lines (a torn last write) are skipped."""
        result: list[AuditEntry] = []
        for path in self.files():
            result.extend(_read_entries(path))
        return result

    def _ends_cleanly(self) -> bool:
        """The file is empty, missing or ends with a newline (no torn line to append to)."""
        try:
            with self.path.open("rb") as handle:
                if handle.seek(0, os.SEEK_END) == 0:
                    return True
                handle.seek(-1, os.SEEK_END)
                return handle.read(1) == b"\n"
        except FileNotFoundError:
            return True

    def _rotate_if_full(self) -> None:
        try:
            size = self.path.stat().st_size
        except FileNotFoundError:
            return
        if size < self.rotate_bytes:
            return
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = self.path.with_name(f"{self.path.stem}-{stamp}{self.path.suffix}")
        os.replace(self.path, target)
        log.info("Audit log reached %d bytes; continued in a new file (%s kept)", size, target)


def _read_entries(path: Path) -> list[AuditEntry]:
    """The entries of one file; a line that is not valid UTF-8 JSON of an entry is skipped."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return []
    except OSError as exc:
        log.error("Cannot read the audit log %s: %s", path, exc)
        return []
    result: list[AuditEntry] = []
    for number, line in enumerate(raw.split(b"\n"), start=1):
        if not line.strip():
            continue
        try:
            entry = AuditEntry.from_json(json.loads(line.decode("utf-8")))
        except ValueError:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
            entry = None
        if entry is None:
            log.warning("Skipping unreadable line %d of %s", number, path)
            continue
        result.append(entry)
    return result


def export_csv(entries: Iterable[AuditEntry], path: Path) -> int:
    """Write the entries as CSV (times in local time, as the viewer shows them).

    Every field is quoted and defused (``csv_safe``), whatever separator the spreadsheet that
    opens it splits on.

    Returns:
        the number of rows written.
    """
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL)
        writer.writerow(CSV_COLUMNS)
        for entry in entries:
            writer.writerow(csv_row(entry))
            count += 1
    return count


def csv_row(entry: AuditEntry) -> Sequence[str]:
    values = {
        **{k: str(v) for k, v in asdict(entry).items()},
        "time": entry.local_time.isoformat(timespec="seconds"),
        "result": entry.result,
        "attendee_id": str(entry.attendee_id) if entry.attendee_id else "",
    }
    return [csv_safe(values[column]) for column in CSV_COLUMNS]


_FORMULA_START = re.compile(r"(^|[,;\r\n])([ ]*)(?=[=+\-@\t\r])")
"""A formula character at the start of the field, or after a separator or line break in it."""


def csv_safe(value: str) -> str:
    """Defuse spreadsheet formulas: names come from other people (CSV injection).

    A spreadsheet may split a field again on ``;`` (Excel's separator in German and other
    European locales) or ``,``, or start a new row at a line break, whatever the quoting: so
    ``'`` goes before every ``= + - @`` tab or CR that could begin a cell, not only the first.
    ``Bob;=1+1;`` becomes ``Bob;'=1+1;``.
    """
    return _FORMULA_START.sub(r"\1\2'", value)

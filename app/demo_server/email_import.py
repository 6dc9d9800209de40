"""Talk's GuestManager::importEmails: e-mail guests from a CSV file, with a dry run.

The real server's quirks are kept, since a client sees them: the header needs an ``email``
column (``name`` is optional); a row counts as a duplicate only when its address is
exactly (case and spaces included) one already invited; a blank row or one without the
e-mail column is an invalid line; line numbers count CSV records from the header (1). A
failed import puts its user-facing sentence in ``error`` as well as ``message`` (and the
room-type refusal answers ``{"error": null}``), unlike Talk's own OpenAPI description. An
address already invited under another spelling (``A@x.org`` after ``a@x.org``) makes the
real import fail with a database error (500) part way, which the demo does too.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from typing import Any

from .membership import add_members
from .models import (
    ACTOR_EMAILS,
    FORMER_ONE_TO_ONE,
    NOTE_TO_SELF,
    ONE_TO_ONE,
    PUBLIC,
    Attendee,
    Room,
)
from .state import DemoState, InternalError, TalkError

_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_ADDRESS = re.compile(rf"{_ATEXT}(?:\.{_ATEXT})*@{_LABEL}(?:\.{_LABEL})+\Z")
_PHP_TRIM = " \t\n\r\0\x0b"

HEADER_MESSAGE = "Missing email field in header line"
UPLOAD_MESSAGE = "Uploading the file failed"


def valid_address(email: str) -> bool:
    """Nextcloud's strict check (egulias ``NoRFCWarningsValidation``) for the addresses an
    import meets: a dot-atom local part and a domain with at least one dot; quoted local
    parts, domain literals and dotless domains count as invalid."""
    if not email or len(email) > 254 or "@" not in email:
        return False
    local = email.rsplit("@", 1)[0]
    return len(local) <= 64 and _ADDRESS.match(email) is not None


@dataclass
class _Plan:
    adds: list[tuple[str, str | None]] = field(default_factory=list)  # (address, name)
    duplicates: int = 0
    invalid_lines: list[int] = field(default_factory=list)


def _rows(content: bytes) -> list[list[str]]:
    text = content.decode("utf-8", "replace")
    return list(csv.reader(io.StringIO(text, newline="")))


def _plan(room: Room, rows: list[list[str]]) -> _Plan:
    header = [cell.lower() for cell in rows[0]] if rows else []
    email_key = name_key = None
    for index, cell in enumerate(header):
        if cell == "email":
            email_key = index
        elif cell == "name":
            name_key = index
    if email_key is None:
        raise TalkError(400, {"error": HEADER_MESSAGE, "message": HEADER_MESSAGE})
    invited = {a.invited_actor_id for a in room.attendees.values() if a.actor_type == ACTOR_EMAILS}
    plan = _Plan()
    for line, row in enumerate(rows[1:], start=2):
        if email_key < len(row) and row[email_key] in invited:
            plan.duplicates += 1
            continue
        if email_key >= len(row):
            plan.invalid_lines.append(line)
            continue
        email = row[email_key].strip(_PHP_TRIM).lower()
        name: str | None = None
        if name_key is not None and name_key < len(row):
            name = row[name_key].strip(_PHP_TRIM)
            if name == "" or name.lower() == email:
                name = None
        if not valid_address(email):
            plan.invalid_lines.append(line)
            continue
        invited.add(email)
        plan.adds.append((email, name))
    return plan


def import_emails(
    state: DemoState, room: Room, actor: Attendee, content: bytes, *, test_run: bool
) -> dict[str, Any]:
    """Plan (and unless ``test_run`` carry out) the import; the answer's ``data``.

    Raises:
        TalkError: 400 for a room without guests, a missing ``email`` header or (in a dry
            run) invalid lines.
        InternalError: an address already invited under another spelling (500).
    """
    if room.type in (ONE_TO_ONE, FORMER_ONE_TO_ONE, NOTE_TO_SELF):
        raise TalkError(400, {"error": None})
    plan = _plan(room, _rows(content))
    if test_run:
        if not plan.invalid_lines:
            return {"invites": len(plan.adds), "duplicates": plan.duplicates}
        message = "Following lines are invalid: " + ", ".join(map(str, plan.invalid_lines))
        raise TalkError(
            400,
            {
                "error": message,
                "message": message,
                "invites": len(plan.adds),
                "duplicates": plan.duplicates,
                "invalid": len(plan.invalid_lines),
                "invalidLines": plan.invalid_lines,
            },
        )
    data: dict[str, Any] = {"invites": len(plan.adds), "duplicates": plan.duplicates}
    state.set_type(room, PUBLIC, actor)
    data["type"] = room.type
    for email, name in plan.adds:
        if room.find(ACTOR_EMAILS, state.email_actor_id(email)) is not None:
            raise InternalError("duplicate e-mail invitation")
        guest = add_members(state, room, "emails", email, actor)
        guest.display_name = name or ""
        state.outbox.append((room.token, email))
    state.touch(room)
    if plan.invalid_lines:
        data["invalidLines"] = plan.invalid_lines
        data["invalid"] = len(plan.invalid_lines)
    return data

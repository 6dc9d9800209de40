"""The attendance list of a running call, as Talk 21's ``downloadParticipantsForCall`` makes it.

Everyone who joined the running call (even if they left again), in attendee order, as CSV
with PHP's ``fputcsv`` rules (a field is quoted when it holds a comma, a quote, a space, a tab
or a line break; quotes are doubled; lines end in ``\\n``). Values starting with ``= + - @``,
a tab or a carriage return get a leading ``'`` so spreadsheets do not run them as formulas.
The file is named after the conversation (Talk's cleaned name) and today's date in UTC.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from .models import ACTOR_EMAILS, ACTOR_USERS, Room
from .state import DemoState

HEADER = ("name", "email", "type", "identifier")
_FORMULA = re.compile(r"^[=+\-@\t\r]")
_NEEDS_QUOTES = re.compile(r'[,"\n\r\t ]')
_NAME_CLEANUP = re.compile(r'[/\\:*?"<>|\- ]+')


def _escape_formula(value: str) -> str:
    return "'" + value if _FORMULA.match(value) else value


def _field(value: str) -> str:
    if _NEEDS_QUOTES.search(value):
        return '"' + value.replace('"', '""') + '"'
    return value


def csv_line(values: tuple[str, ...]) -> str:
    return ",".join(_field(value) for value in values) + "\n"


def attendance_rows(state: DemoState, room: Room) -> list[tuple[str, str, str, str]]:
    """Who joined the running call, in attendee order (Talk sorts by attendee id)."""
    rows = []
    for attendee_id in sorted(set(room.call_attendees)):
        attendee = room.attendees.get(attendee_id)
        if attendee is None:
            continue
        email = ""
        if attendee.actor_type == ACTOR_EMAILS:
            email = attendee.invited_actor_id
        elif attendee.actor_type == ACTOR_USERS:
            account = state.accounts.get(attendee.actor_id)
            email = account.email if account is not None else ""
        rows.append((attendee.display_name, email, attendee.actor_type, attendee.actor_id))
    return rows


def attendance_csv(state: DemoState, room: Room) -> bytes:
    lines = [csv_line(HEADER)]
    lines += [
        csv_line(tuple(_escape_formula(value) for value in row))
        for row in attendance_rows(state, room)
    ]
    return "".join(lines).encode("utf-8")


def file_name(room: Room, now: int) -> str:
    cleaned = _NAME_CLEANUP.sub("-", room.name)[:100]
    return f"{cleaned} {datetime.fromtimestamp(now, UTC):%Y-%m-%d}.csv"

"""E-mail guests' invitations as data: resend one or all, import guests from a CSV file.

An import is checked by the server first (its dry run, ``testRun``: nothing added, no mail
sent) and only then sent for real. The server's answer only counts; who the file would add
is read here from the same file, by the server's rules (``read_guests``), so the preview can
name them. No Qt.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, replace

from ..api import Participant, Room, TalkService
from ..api.constants import ActorType
from ..api.kinds import ActionKind
from ..api.models import EmailImport
from .operation import Operation, Send, for_person, for_room

MAX_CSV_BYTES = 5 * 1024 * 1024
"""A guest list larger than this is no guest list (a sheet of 100,000 addresses is ~3 MB)."""

_PHP_TRIM = " \t\n\r\0\x0b"


def resend_invitation(room: Room, person: Participant) -> Operation:
    return for_person(
        ActionKind.RESEND_INVITATIONS, room, person, f"resend the invitation to {person.title}"
    )


def resend_all_invitations(room: Room) -> Operation:
    return for_room(ActionKind.RESEND_INVITATIONS, room, "resend every e-mail invitation")


async def _resend(service: TalkService, op: Operation) -> None:
    await service.participants.resend_invitations(op.room_token, op.attendee_id or None)


def import_emails(room: Room, content: bytes, filename: str) -> Operation:
    """Invite the e-mail guests of a CSV file (after its dry run: ``check_import``)."""
    return for_room(
        ActionKind.IMPORT_EMAILS,
        room,
        f"import e-mail guests from {filename}",
        content=content,
        filename=filename,
    )


async def _import(service: TalkService, op: Operation) -> EmailImport:
    content = op.params.get("content")
    if not isinstance(content, bytes):
        raise TypeError(f"{op.kind}: parameter 'content' is {type(content).__name__}")
    return await service.participants.import_emails(
        op.room_token, content, filename=op.text("filename"), test_run=False
    )


SENDERS: dict[ActionKind, Send] = {
    ActionKind.RESEND_INVITATIONS: _resend,
    ActionKind.IMPORT_EMAILS: _import,
}
"""How each invitation kind is sent (part of ``operations.DISPATCH``)."""


def email_guests(people: Iterable[Participant]) -> list[Participant]:
    """The e-mail guests among ``people`` (they are the ones invitations go to)."""
    return [p for p in people if p.actor_type == ActorType.EMAILS]


# ----------------------------------------------------------------- the CSV file

NEW, ALREADY, INVALID = "to invite", "already invited", "invalid"
"""What happens to one line of the file."""


@dataclass(frozen=True)
class CsvGuest:
    """One line of the file: its number (the header is line 1), the address, the name, and
    what the import does with it (``NEW``, ``ALREADY``, ``INVALID``)."""

    line: int
    email: str
    name: str = ""
    status: str = NEW


@dataclass(frozen=True)
class GuestList:
    """What the file holds, read by the server's rules.

    Args:
        lines: every line after the header, in file order.
        header_ok: the header has an ``email`` column (without it the server refuses all).
    """

    lines: tuple[CsvGuest, ...]
    header_ok: bool = True


def read_guests(content: bytes, invited: Iterable[str] = ()) -> GuestList:
    """The file as the server will read it: the ``email`` column (any letter case) and an
    optional ``name`` column; the address trimmed and lowercased; a name equal to the
    address is no name; a line whose address is exactly one already ``invited`` is
    ``ALREADY``; a line without the column, or with it empty, is ``INVALID``. Whether an
    address is valid the server decides (its dry run, ``check_import``)."""
    text = content.decode("utf-8", "replace")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header = [cell.lower() for cell in rows[0]] if rows else []
    if "email" not in header:
        return GuestList((), header_ok=False)
    email_at = header.index("email")
    name_at = header.index("name") if "name" in header else None
    known = set(invited)
    lines: list[CsvGuest] = []
    for line, row in enumerate(rows[1:], start=2):
        if email_at >= len(row):
            lines.append(CsvGuest(line, "", status=INVALID))
            continue
        raw = row[email_at]
        email = raw.strip(_PHP_TRIM).lower()
        name = row[name_at].strip(_PHP_TRIM) if name_at is not None and name_at < len(row) else ""
        if name.lower() == email:
            name = ""
        if raw in known:
            status = ALREADY
        elif not email:
            status = INVALID
        else:
            status = NEW
            known.add(email)
        lines.append(CsvGuest(line, email, name, status))
    return GuestList(tuple(lines))


@dataclass(frozen=True)
class ImportPreview:
    """The file, and what the server's dry run said of it.

    Args:
        lines: every line of the file, with the server's word on which are invalid.
        check: the dry run's answer (its counts are the server's word).
    """

    lines: tuple[CsvGuest, ...]
    check: EmailImport

    @property
    def to_invite(self) -> tuple[CsvGuest, ...]:
        return tuple(g for g in self.lines if g.status == NEW)

    @property
    def invalid_lines(self) -> tuple[int, ...]:
        return self.check.invalid_lines

    @property
    def can_import(self) -> bool:
        """Something to add: the import then invites these and skips the invalid lines."""
        return self.check.invites > 0

    def summary(self) -> str:
        """In words: 3 to invite, 1 already invited, 2 invalid lines (4, 6)."""
        parts = [f"{self.check.invites} to invite"]
        if self.check.duplicates:
            parts.append(f"{self.check.duplicates} already invited")
        if self.invalid_lines:
            numbers = ", ".join(str(n) for n in self.invalid_lines)
            count = len(self.invalid_lines)
            parts.append(f"{count} invalid line{'s' if count != 1 else ''} ({numbers})")
        return ", ".join(parts)


def preview(content: bytes, check: EmailImport, people: Iterable[Participant]) -> ImportPreview:
    """The lines of the file as the dry run ``check`` judged them; ``people``: who is in
    the conversation now (their invited addresses are the duplicates)."""
    invited = [p.email for p in email_guests(people) if p.email]
    invalid = set(check.invalid_lines)
    lines = tuple(
        replace(guest, status=INVALID) if guest.line in invalid else guest
        for guest in read_guests(content, invited).lines
    )
    return ImportPreview(lines, check)


async def check_import(
    service: TalkService, room: Room, content: bytes, filename: str
) -> ImportPreview:
    """The server's dry run of the import (nothing is added, no mail sent: a check, not an
    action, so it is not audited), with who the file names.

    Raises:
        TalkError: the server refused the file as a whole (no ``email`` column, no
            conversation for guests, not a moderator).
    """
    check = await service.participants.import_emails(
        room.token, content, filename=filename, test_run=True
    )
    people = await service.participants.list(room.token)
    return preview(content, check, people)

"""Downloading the attendance list of a running call to a file, as CSV or ODS.

The download is a read on the server, but it still goes through the ``ActionRunner`` as
``ActionKind.DOWNLOAD_ATTENDANCE``: it copies personal data (everyone's name, e-mail address
and account) out of Talk into a file, which the audit log must show like any moderation
action (who exported which call's list, when, to where). The sender writes the file itself,
so an audited success means the file is there; a refusal or a failed write is audited as a
failure and leaves no file behind.

Talk 21 makes the list only as CSV (``format=ods`` is refused), so ODS is made here from
Talk's CSV: the same rows in a minimal OpenDocument spreadsheet that LibreOffice, Excel and
Numbers open. The file is private to the user (0600), like every file of this app holding
other people's data.
"""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from ..api import Room, TalkError, TalkService
from ..api.errors import worded
from ..api.kinds import ActionKind
from ..i18n import QT_TRANSLATE_NOOP, text
from .operation import OPERATIONS, Operation, Send, for_room

FORMATS = ("csv", "ods")
_FORMULA_GUARD = re.compile(r"^'(?=[=+\-@\t\r])")
_NAME_CLEANUP = re.compile(r'[/\\:*?"<>|\- ]+')
ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"


@dataclass(frozen=True)
class SavedAttendance:
    """What was written: where, in which format, how many people are on the list, and the
    list's rows (the header first: Talk's ``name,email,type,identifier``)."""

    path: Path
    format: str
    people: int
    server_file_name: str
    rows: tuple[tuple[str, ...], ...] = ()


def suggested_name(room: Room, fmt: str, today: date | None = None) -> str:
    """Talk's own file name for the list (``Town-hall 2026-12-03.csv``), for the file dialog
    before anything is downloaded."""
    stem = _NAME_CLEANUP.sub("-", room.name or room.title)[:100] or "attendance"
    return f"{stem} {(today or date.today()).isoformat()}.{fmt}"


def download_attendance(room: Room, path: Path | str, fmt: str = "csv") -> Operation:
    """Download the list of who joined the running call and save it at ``path``.

    Raises:
        ValueError: ``fmt`` is not one of ``FORMATS``.
    """
    if fmt not in FORMATS:
        raise ValueError(f"the attendance list can be saved as {' or '.join(FORMATS)}, not {fmt}")
    target = Path(path)
    return for_room(
        ActionKind.DOWNLOAD_ATTENDANCE,
        room,
        f"download the attendance list of the call as {fmt.upper()} to {target}",
        path=str(target),
        format=fmt,
    )


async def _download_attendance(service: TalkService, op: Operation) -> SavedAttendance:
    listed = await service.calls.attendance(op.room_token)  # Talk 21 makes CSV only
    rows = csv_rows(listed.content)
    fmt = op.text("format", "csv")
    content = listed.content if fmt == "csv" else ods_bytes(rows, sheet=op.room_title)
    path = Path(op.text("path"))
    try:
        write_private_bytes(path, content)
    except OSError as exc:
        said = text(
            OPERATIONS,
            QT_TRANSLATE_NOOP("Operations", "Cannot save the attendance list to {path}: {error}"),
            path=str(path),
            error=str(exc.strerror or exc),
        )
        raise worded(TalkError, said) from exc
    return SavedAttendance(
        path,
        fmt,
        max(len(rows) - 1, 0),
        listed.file_name,
        tuple(tuple(row) for row in rows),
    )


def csv_rows(content: bytes) -> list[list[str]]:
    """The rows of Talk's CSV (header first), as the cells show them: the ``'`` Talk puts
    before values that look like formulas is taken off (ODS cells are text, never run)."""
    text = content.decode("utf-8-sig", errors="replace")
    return [
        [_FORMULA_GUARD.sub("", cell) for cell in row]
        for row in csv.reader(io.StringIO(text))
        if row
    ]


def ods_bytes(rows: list[list[str]], *, sheet: str = "Attendance") -> bytes:
    """A minimal OpenDocument spreadsheet holding ``rows`` as text cells, one sheet."""
    body = "".join(
        "<table:table-row>"
        + "".join(
            '<table:table-cell office:value-type="string"><text:p>'
            + escape(cell)
            + "</text:p></table:table-cell>"
            for cell in row
        )
        + "</table:table-row>"
        for row in rows
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        "<office:body><office:spreadsheet>"
        f"<table:table table:name={quoteattr(sheet[:31] or 'Attendance')}>{body}</table:table>"
        "</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{ODS_MIMETYPE}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        # The mimetype comes first and uncompressed: that is how a reader recognises ODS.
        archive.writestr(zipfile.ZipInfo("mimetype"), ODS_MIMETYPE, zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def write_private_bytes(path: Path, content: bytes) -> None:
    """Replace ``path`` atomically with ``content``, readable by this user only (0600).

    Raises:
        OSError: the folder is missing or not writable (nothing is left behind).
    """
    folder = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=".attendance-", dir=folder)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


SENDERS: dict[ActionKind, Send] = {ActionKind.DOWNLOAD_ATTENDANCE: _download_attendance}
"""The sender of the attendance download (entered in ``operations.DISPATCH``)."""

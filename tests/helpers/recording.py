"""Read ``../shared/talk-api/real-server.md``: the recorded answers of a real Talk server.

Each recorded exchange is a ``### title`` section (the capabilities one sits directly under a
``##`` heading) holding a ``Request: `METHOD PATH` — auth — form body: `{...}``` line, a
``Status: **N**`` line and, usually, a fenced ``json`` block with the body. Notes in parentheses
after the body ("(bob, carol and dave were added the same way, each 200.)") are kept, because
replaying the recording has to repeat those unrecorded steps too.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

_REQUEST = re.compile(
    r"^Request: `(?P<method>[A-Z]+) (?P<target>[^`]+)` — (?P<auth>.+?)"
    r"(?: — form body: `(?P<body>.*)`)?$"
)
_STATUS = re.compile(r"^Status: \*\*(?P<status>\d{3})\*\*")
_AUTH_USER = re.compile(r"^basic auth as `(?P<user>[^`]+)`(?P<wrong> with a WRONG password)?$")


@dataclass(frozen=True)
class RecordedCase:
    """One recorded request and the real server's answer.

    Args:
        chapter: the ``## N. ...`` heading it belongs to.
        title: the ``###`` heading (or the chapter, for the capabilities section).
        method, path, query: the request line, split.
        user: the login used for basic auth; None for unauthenticated (guest) requests.
        wrong_password: basic auth with a deliberately wrong password.
        form: the form body, decoded from its JSON rendering (None when there was none).
        status: the HTTP status.
        body: the JSON body (None when the recording shows none).
        notes: the parenthesised remarks following the exchange.
        line: where the section starts in the file (for messages).
    """

    chapter: str
    title: str
    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    user: str | None
    wrong_password: bool
    form: dict[str, Any] | None
    status: int
    body: Any
    notes: tuple[str, ...] = field(default=())
    line: int = 0

    @property
    def statuscode(self) -> int | None:
        """``ocs.meta.statuscode`` of the body, if the body is an OCS document."""
        try:
            return int(self.body["ocs"]["meta"]["statuscode"])
        except (KeyError, TypeError, ValueError):
            return None

    @property
    def data(self) -> Any:
        try:
            return self.body["ocs"]["data"]
        except (KeyError, TypeError):
            return None

    def describe(self) -> str:
        return f"[{self.chapter} / {self.title}] {self.method} {self.path} (line {self.line})"


def _sections(lines: list[str]) -> list[tuple[str, str, int, list[str]]]:
    """``(chapter, title, first line number, lines)`` for every heading's text."""
    sections: list[tuple[str, str, int, list[str]]] = []
    chapter = ""
    current: list[str] | None = None
    for number, line in enumerate(lines, start=1):
        if line.startswith("## "):
            chapter = line[3:].strip()
            current = []
            sections.append((chapter, chapter, number, current))
        elif line.startswith("### "):
            current = []
            sections.append((chapter, line[4:].strip(), number, current))
        elif current is not None:
            current.append(line)
    return sections


def _json_block(lines: list[str], start: int) -> tuple[Any, int]:
    """The first ```json block at or after ``start``: (decoded body, index after it)."""
    for index in range(start, len(lines)):
        if lines[index].strip() == "```json":
            end = lines.index("```", index + 1)
            return json.loads("\n".join(lines[index + 1 : end])), end + 1
    return None, len(lines)


def parse(text: str) -> list[RecordedCase]:
    """Every recorded exchange of ``real-server.md``, in file order."""
    cases: list[RecordedCase] = []
    for chapter, title, first_line, lines in _sections(text.splitlines()):
        request = next((m for m in map(_REQUEST.match, lines) if m), None)
        if request is None:
            continue
        status = next((m for m in map(_STATUS.match, lines) if m), None)
        if status is None:
            raise ValueError(f"line {first_line}: request without a Status line")
        body, after = _json_block(lines, 0)
        notes = tuple(
            line.strip()
            for line in lines[after:]
            if line.strip().startswith("(") or line.strip().startswith("Attendee ids")
        )
        auth = request["auth"]
        auth_match = _AUTH_USER.match(auth)
        target = urlsplit(request["target"])
        cases.append(
            RecordedCase(
                chapter=chapter,
                title=title,
                method=request["method"],
                path=target.path,
                query=tuple(parse_qsl(target.query)),
                user=auth_match["user"] if auth_match else None,
                wrong_password=bool(auth_match and auth_match["wrong"]),
                form=json.loads(request["body"]) if request["body"] else None,
                status=int(status["status"]),
                body=body,
                notes=notes,
                line=first_line,
            )
        )
    return cases


def load(path: Path) -> list[RecordedCase] | None:
    """The recorded cases, or None when the shared reference is not on this machine."""
    if not path.is_file():
        return None
    return parse(path.read_text(encoding="utf-8"))


def shape(value: Any) -> str:
    """Coarse JSON shape, the way PHP's encoding makes it matter to a client.

    ``null``, ``[]`` (PHP's "nothing"), a non-empty list and an object are all different.
    """
    if value is None:
        return "null"
    if isinstance(value, list):
        return "[]" if not value else "list"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__

"""The answers recorded from a real Talk server (``../shared/talk-api/real-server.md``) as data.

The fuzz tests start from what a real server said, not from what we think it says: every
section of that page is a request line, a status and usually a JSON body. Only bodies that are
whole OCS documents are kept (the capabilities section shows only Talk's part, so it is wrapped
into the document the server sent around it).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

PAGE = Path(__file__).resolve().parents[3] / "shared" / "talk-api" / "real-server.md"

_REQUEST = re.compile(r"^Request: `(?P<method>[A-Z]+) (?P<path>[^`\s]+)`", re.MULTILINE)
_STATUS = re.compile(r"^Status: \*\*(?P<status>\d{3})\*\*", re.MULTILINE)
_JSON_BLOCK = re.compile(r"^```json\n(?P<body>.*?)^```", re.MULTILINE | re.DOTALL)


@dataclass(frozen=True)
class Recorded:
    """One recorded answer: what was asked and what the real server said."""

    title: str
    method: str
    path: str
    status: int
    body: Any

    @property
    def route(self) -> str:
        """The path without its query, tokens and ids: ``GET room/{}/participants``."""
        bare = self.path.split("?", 1)[0]
        bare = re.sub(r"/api/v\d/", "/api/vN/", bare)
        bare = re.sub(r"/(?:[a-z0-9]{8}|\d+)(?=/|$)", "/{}", bare)
        return f"{self.method} {bare}"


def _sections(text: str) -> list[tuple[str, str]]:
    parts = re.split(r"^### ", text, flags=re.MULTILINE)
    result = []
    for part in parts[1:]:
        title, _, rest = part.partition("\n")
        result.append((title.strip(), rest))
    return result


def _capabilities(text: str) -> Recorded | None:
    """Section 1 shows ``version`` and ``capabilities.spreed`` apart: join them again."""
    section = text.split("## 1. Capabilities", 1)[1].split("\n## ", 1)[0]
    blocks = [json.loads(m.group("body")) for m in _JSON_BLOCK.finditer(section)]
    version = next((b for b in blocks if "major" in b), None)
    spreed = next((b for b in blocks if "spreed" in b), None)
    if version is None or spreed is None:
        return None
    body = {
        "ocs": {
            "meta": {"status": "ok", "statuscode": 200, "message": "OK"},
            "data": {"version": version, "capabilities": spreed},
        }
    }
    return Recorded("Capabilities", "GET", "/ocs/v2.php/cloud/capabilities", 200, body)


@cache
def recorded_answers() -> tuple[Recorded, ...]:
    """Every recorded answer with a whole OCS body; empty when the page is not at hand."""
    if not PAGE.is_file():
        return ()
    text = PAGE.read_text(encoding="utf-8")
    answers: list[Recorded] = []
    capabilities = _capabilities(text)
    if capabilities is not None:
        answers.append(capabilities)
    for title, rest in _sections(text):
        request, status = _REQUEST.search(rest), _STATUS.search(rest)
        if request is None or status is None:
            continue
        for block in _JSON_BLOCK.finditer(rest):
            try:
                body = json.loads(block.group("body"))
            except ValueError:
                continue
            if isinstance(body, dict) and "ocs" in body:
                answers.append(
                    Recorded(
                        title,
                        request.group("method"),
                        request.group("path"),
                        int(status.group("status")),
                        body,
                    )
                )
                break
    return tuple(answers)

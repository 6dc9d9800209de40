"""What the real server sent, next to what the service made of it.

``TapTransport`` sits under a ``TalkService`` and keeps the raw JSON of every answer, so a test
compares the decoded model with the very bytes it was decoded from (not a second request whose
``lastPing`` may already differ). ``assert_decoded_strictly`` then demands that every field of
the model came from the answer with the same value: a field the server never sends, or sends
under another name or type, would otherwise be filled in silently with its default.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx
import msgspec

from app.api.errors import TalkError
from app.api.models import to_wire

ROOM_ABSENT = ("remoteServer", "status", "statusMessage")
"""Room fields Talk sends only sometimes: ``remoteServer`` for federated conversations,
``status``/``statusMessage`` for one-to-one conversations whose partner has a user status."""

PARTICIPANT_ABSENT = ("invitedActorId", "status", "statusIcon", "statusMessage", "statusClearAt")
"""Sent only sometimes: ``invitedActorId`` for e-mail invitees, the status with includeStatus."""


@dataclass(frozen=True)
class Tapped:
    """One answer as it came off the wire."""

    method: str
    path: str
    status: int
    body: Any
    authorized: bool
    """Whether the request carried an ``Authorization`` header."""

    @property
    def data(self) -> Any:
        """``ocs.data`` of an OCS answer, or the whole body (``status.php``)."""
        if isinstance(self.body, dict) and isinstance(self.body.get("ocs"), dict):
            return self.body["ocs"].get("data")
        return self.body


class TapTransport(httpx.AsyncBaseTransport):
    """A real HTTP transport that also remembers each JSON answer (newest last)."""

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self.answers: list[Tapped] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        content = await response.aread()  # decompressed: pass it on without the encoding
        try:
            body = msgspec.json.decode(content) if content else None
        except msgspec.DecodeError:
            body = None
        self.answers.append(
            Tapped(
                request.method,
                request.url.path,
                response.status_code,
                body,
                "authorization" in request.headers,
            )
        )
        headers = [
            (k, v)
            for k, v in response.headers.multi_items()
            if k.lower() not in ("content-encoding", "content-length")
        ]
        return httpx.Response(
            response.status_code, headers=headers, content=content, request=request
        )

    def last(self, method: str, path_suffix: str) -> Tapped:
        """The newest answer to ``method`` on a path ending in ``path_suffix``."""
        for answer in reversed(self.answers):
            if answer.method == method and answer.path.endswith(path_suffix):
                return answer
        raise AssertionError(f"no {method} …{path_suffix} was sent")

    async def aclose(self) -> None:
        await self._inner.aclose()


def assert_decoded_strictly(
    obj: msgspec.Struct, raw: Mapping[str, Any], *, may_be_absent: Iterable[str] = ()
) -> None:
    """Every model field is in ``raw`` under its wire name, decoded to the same value.

    Args:
        may_be_absent: wire names the server leaves out of this kind of answer by design
            (``status`` without ``includeStatus``, ``invitedActorId`` for non-e-mail attendees);
            everything else missing from ``raw`` is a model field the server never sends.
    """
    allowed = set(may_be_absent)
    decoded = msgspec.json.decode(msgspec.json.encode(to_wire(obj)))  # tuples as JSON lists
    names = [field.encode_name for field in msgspec.structs.fields(type(obj))]
    missing = [name for name in names if name not in raw and name not in allowed]
    assert not missing, f"{type(obj).__name__} fields the server did not send: {missing}"
    differ = {
        name: (decoded[name], raw[name])
        for name in names
        if name in raw and decoded[name] != raw[name]
    }
    assert not differ, f"{type(obj).__name__} decoded differently (model, wire): {differ}"


def assert_all_decoded_strictly(
    objs: Iterable[msgspec.Struct],
    raws: Iterable[Mapping[str, Any]],
    *,
    may_be_absent: Iterable[str] = (),
) -> None:
    """``assert_decoded_strictly`` pairwise, and the model list is as long as the wire list."""
    objs, raws = list(objs), list(raws)
    assert len(objs) == len(raws), f"{len(objs)} decoded for {len(raws)} sent"
    allowed = tuple(may_be_absent)
    for obj, raw in zip(objs, raws, strict=True):
        assert_decoded_strictly(obj, raw, may_be_absent=allowed)


_RAW_CODES = re.compile(r"\b[45]\d\d\b|HTTP|statuscode|\bocs\b|reason:|[{}\[\]]|Traceback")


def assert_readable(error: TalkError, *, mentions: str | None = None) -> None:
    """The error is a sentence for a moderator: no status codes, reasons or JSON in it.

    Args:
        mentions: text that must appear, e.g. the room's title (not its token).
    """
    text = str(error)
    assert text and text[0].isupper(), text
    assert len(text.split()) >= 4, text
    assert not _RAW_CODES.search(text), f"raw code in the message: {text!r}"
    if mentions is not None:
        assert mentions in text, f"{mentions!r} not in {text!r}"

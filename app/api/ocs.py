"""The OCS envelope: read and decode answers, and map failures onto the error hierarchy once.

Every answer the service and the sign-in read comes through ``read_response``: the body is
streamed and reading stops at a size cap chosen per endpoint (``body_limit``), so a hostile or
broken server cannot make the client download (and hold) gigabytes. Every body is decoded with
``decode_json``: whatever goes wrong while decoding (bad UTF-8, JSON nested thousands deep, wrong
shapes) becomes ``MalformedResponse``, never a stray ``RecursionError`` or ``ValueError``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Generic, TypeVar

import httpx
import msgspec

from ..i18n import QT_TRANSLATE_NOOP, Text, text
from . import errors
from .constants import API_BASE
from .explain import EXPLAIN, Action, explain_text

T = TypeVar("T")

MIB = 1024 * 1024

DEFAULT_BODY_LIMIT = 2 * MIB
"""Any answer not listed below: one room, capabilities (~10 kB), status, errors, writes."""

ROOM_LIST_BODY_LIMIT = 64 * MIB
"""The conversation list: the demo server's 5,000 rooms measured 7.3 MB (about 1.5 kB each)."""

PARTICIPANT_LIST_BODY_LIMIT = 32 * MIB
"""The participants of one room: 10,000 people measured 3.2 MB (about 320 bytes each)."""

CALL_PEER_LIST_BODY_LIMIT = 16 * MIB
"""Who is in a call: at most everyone in the room, with fewer fields each than a participant."""

CHAT_BODY_LIMIT = 16 * MIB
"""A chat read: at most 200 messages of up to 32,000 characters (JSON-escaped) each."""

_LARGE_READS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(re.escape(API_BASE) + r"/room/?$"), ROOM_LIST_BODY_LIMIT),
    (re.compile(re.escape(API_BASE) + r"/room/[^/]+/participants/?$"), PARTICIPANT_LIST_BODY_LIMIT),
    (re.compile(re.escape(API_BASE) + r"/call/[^/]+/?$"), CALL_PEER_LIST_BODY_LIMIT),
    (re.compile(r"/apps/spreed/api/v1/chat/[^/]+/?$"), CHAT_BODY_LIMIT),
)


def body_limit(method: str, path: str) -> int:
    """The most bytes an answer to ``method path`` may have (decoded, after gzip)."""
    if method.upper() == "GET":
        for pattern, limit in _LARGE_READS:
            if pattern.search(path.split("?", 1)[0]):
                return limit
    return DEFAULT_BODY_LIMIT


class ResponseTooLarge(errors.MalformedResponse):
    """The answer is bigger than any real answer to this request; reading it was stopped."""


def _megabytes(size: int) -> str:
    return f"{size / MIB:.0f} MB" if size >= MIB else f"{size // 1024} kB"


def too_large(method: str, request: httpx.Request, cap: int, status: int) -> ResponseTooLarge:
    """The refusal to read an answer past ``cap`` bytes (the async and the threaded reads)."""
    return ResponseTooLarge(
        f"The server's answer to {method} {request.url.path} is larger than "
        f"{_megabytes(cap)}, far more than any real answer; it was not read",
        status=status,
    )


def declared_too_large(response: httpx.Response, cap: int) -> bool:
    """The answer announces more than ``cap`` bytes (Content-Length): not worth reading."""
    declared = response.headers.get("Content-Length", "")
    return declared.isdigit() and int(declared) > cap


def undecodable(
    method: str, request: httpx.Request, exc: Exception, status: int
) -> errors.MalformedResponse:
    return errors.MalformedResponse(
        f"The server's answer to {method} {request.url.path} could not be "
        f"decompressed ({_short(exc)})",
        status=status,
    )


def read_back(
    response: httpx.Response, chunks: list[bytes], request: httpx.Request
) -> httpx.Response:
    """The streamed answer as an ordinary one: its body read, no transfer headers left."""
    headers = [
        (name, value)
        for name, value in response.headers.multi_items()
        if name.lower() not in ("content-encoding", "content-length", "transfer-encoding")
    ]
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=b"".join(chunks),
        request=request,
        extensions=response.extensions,
    )


async def read_response(
    client: httpx.AsyncClient,
    method: str,
    url: str,
    *,
    limit: int | None = None,
    **kwargs: Any,
) -> httpx.Response:
    """Send one request and read its body, stopping as soon as it passes ``limit`` bytes.

    Args:
        limit: the cap in bytes; ``body_limit(method, url)`` when not given.
        kwargs: what ``httpx.AsyncClient.build_request`` takes (``params``, ``json``, ``data``).

    Returns:
        the answer with its body read (``response.content`` works as usual).

    Raises:
        ResponseTooLarge: the server announced or sent more than ``limit`` bytes.
        MalformedResponse: the body could not be decompressed.
        httpx.HTTPError: no usable answer (connection, TLS, timeout), as ``client.request``.
    """
    cap = body_limit(method, url) if limit is None else limit
    request = client.build_request(method, url, **kwargs)
    response = await client.send(request, stream=True)
    chunks: list[bytes] = []
    try:
        refusal = too_large(method, request, cap, response.status_code)
        if declared_too_large(response, cap):
            raise refusal
        size = 0
        try:
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > cap:
                    # Closed before leaving the loop: httpx's generators, dropped on the way
                    # out, then have nothing left to await (qasync runs no async-generator
                    # finalizer, and awaiting in one is an error).
                    await response.aclose()
                    raise refusal
                chunks.append(chunk)
        except httpx.DecodingError as exc:
            raise undecodable(method, request, exc, response.status_code) from exc
    finally:
        await response.aclose()
    return read_back(response, chunks, request)


def decode_json(content: bytes, data_type: Any = Any) -> Any:
    """``content`` decoded as JSON (and checked against ``data_type``).

    Raises:
        MalformedResponse: for any failure at all: not JSON, not UTF-8, the wrong shape,
            nested too deep for the decoder (``RecursionError``), too big for memory.
    """
    try:
        return msgspec.json.decode(content, type=data_type)
    except Exception as exc:  # any decoding failure is the same failure: an unreadable answer
        known = isinstance(exc, msgspec.MsgspecError)
        detail = str(exc) if known else f"{type(exc).__name__}: {exc}"
        raise errors.MalformedResponse(_short(detail)) from exc


class _Meta(msgspec.Struct, frozen=True):
    status: str
    statuscode: int
    message: str | None = ""


class _Envelope(msgspec.Struct, Generic[T], frozen=True):
    meta: _Meta
    data: T


class _Document(msgspec.Struct, Generic[T], frozen=True):
    ocs: _Envelope[T]


def decode_success(response: httpx.Response, data_type: Any, action: Action) -> Any:
    """``ocs.data`` of a 2xx answer, decoded (and type-checked) as ``data_type``.

    Raises:
        MalformedResponse: the body is not an OCS document, or ``data`` has the wrong shape.
    """
    try:
        document = decode_json(response.content, _Document[data_type])
    except errors.MalformedResponse as exc:
        raise unreadable(action, str(exc), status=response.status_code) from exc
    return document.ocs.data


def unreadable(action: Action, detail: str, **facts: Any) -> errors.MalformedResponse:
    """The answer to ``action`` could not be read: what was tried, kept translatable, and
    the decoder's words (``detail``, English: they quote the answer)."""
    said = text(
        EXPLAIN,
        QT_TRANSLATE_NOOP("Explain", "The server's answer to '{verb}' could not be read ({error})"),
        verb=attempted(action),
        error=detail,
    )
    return errors.worded(errors.MalformedResponse, said, **facts)


def attempted(action: Action) -> Text | str:
    """What ``action`` tried, translatable where its caller marked it."""
    return action.verb_text or action.verb


SLICE = 500
"""Items decoded at a time by ``decode_items`` (about 0.3 ms of a reader thread's GIL)."""


def decode_items(
    response: httpx.Response,
    item_type: Any,
    action: Action,
    known: Mapping[bytes, Any] | None = None,
) -> tuple[tuple[Any, ...], dict[bytes, Any]]:
    """``ocs.data``, a JSON array, decoded item by item into a tuple of ``item_type``.

    Why: msgspec holds the GIL for a whole decode (6-9 ms for the 3.5 MB of 10,000 people or
    5,000 conversations), so a reader thread decoding in one go stalls the UI thread as long.
    Here the array is first cut into raw items (one fast scan), then decoded ``SLICE`` items
    at a time with the GIL offered to the other threads in between. An item whose bytes are
    in ``known`` (the answer before, by raw item) is that very object, not decoded again: a
    poll where 1 % changed brings 99 % the same objects, which the models pass by identity.

    Returns:
        the items, and each item by its raw bytes (``known`` for the next answer).

    Raises:
        MalformedResponse: as ``decode_success``.
    """
    raws: list[msgspec.Raw] = decode_success(response, list[msgspec.Raw], action)
    decoder = msgspec.json.Decoder(item_type)
    known = known or {}
    items: list[Any] = []
    by_raw: dict[bytes, Any] = {}
    try:
        for part in _slices(raws):
            for raw in part:
                text = bytes(raw)
                item = known.get(text)
                if item is None:
                    item = decoder.decode(text)
                by_raw[text] = item
                items.append(item)
    except Exception as exc:
        known_error = isinstance(exc, msgspec.MsgspecError)
        detail = str(exc) if known_error else f"{type(exc).__name__}: {exc}"
        raise unreadable(action, _short(detail), status=response.status_code) from exc
    return tuple(items), by_raw


def decode_all(response: httpx.Response, item_type: Any, action: Action) -> tuple[Any, ...]:
    """``ocs.data``, a JSON array, decoded in one pass into a tuple of ``item_type``.

    Why: for a first answer there is nothing to reuse, and cutting it into raw items, copying
    and hashing each (``decode_items``) nearly doubled the decode: 16 ms instead of 8 for
    5,000 conversations, in the start's path to the first paint. Who keeps the answer builds
    the raw items' index later, from the body, when a different answer comes
    (``index_items``). The GIL is held for the one pass (8 ms for 7 MB): what waits for it
    is mostly the one waiting for this answer.

    Raises:
        MalformedResponse: as ``decode_success``.
    """
    return tuple(decode_success(response, list[item_type], action))


def index_items(body: bytes, items: Sequence[Any]) -> dict[bytes, Any]:
    """``items``, decoded from the OCS array in ``body``, by their raw bytes there (the
    ``known`` of ``decode_items``); empty when ``body`` does not hold them one for one."""
    try:
        raws: list[msgspec.Raw] = decode_json(body, _Document[list[msgspec.Raw]]).ocs.data
    except errors.MalformedResponse:
        return {}
    if len(raws) != len(items):
        return {}
    index: dict[bytes, Any] = {}
    for part in _slices(list(zip(raws, items, strict=True))):
        index.update((bytes(raw), item) for raw, item in part)
    return index


def _slices(items: Sequence[T]) -> Iterator[Sequence[T]]:
    """``items`` ``SLICE`` at a time, the GIL offered to whoever waits for it (the UI thread)
    before each slice."""
    for start in range(0, len(items), SLICE):
        time.sleep(0)
        yield items[start : start + SLICE]


def _short(exc: Exception | str) -> str:
    text = str(exc)
    return text if len(text) <= 160 else text[:157] + "..."


def _error_details(response: httpx.Response) -> tuple[str | None, str | None, bool]:
    """``(data.error, data.message, is_ocs)`` of a failed answer, whatever its shape."""
    try:
        body = decode_json(response.content)
    except errors.MalformedResponse:
        return None, None, False
    if not isinstance(body, dict):
        return None, None, False
    ocs = body.get("ocs")
    if not isinstance(ocs, dict):
        message = body.get("message")
        return None, message if isinstance(message, str) else None, False
    data = ocs.get("data")
    if isinstance(data, dict):
        reason = data.get("error")
        message = data.get("message")
        return (
            reason if isinstance(reason, str) else None,
            message if isinstance(message, str) and message else None,
            True,
        )
    return None, None, True


def _is_json(response: httpx.Response) -> bool:
    try:
        decode_json(response.content)
    except errors.MalformedResponse:
        return False
    return True


def _base_of(response: httpx.Response) -> str:
    """The server address a request was made for: its URL before ``/ocs/v2.php`` (or whole)."""
    url = str(response.request.url)
    cut = url.rfind("/ocs/v")
    return url[:cut] if cut != -1 else url.split("?", 1)[0]


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def raise_for_status(response: httpx.Response, action: Action) -> None:
    """Raise the matching ``TalkError`` for a non-2xx answer; return quietly otherwise."""
    status = response.status_code
    if 200 <= status < 300:
        return
    reason, server_message, is_ocs = _error_details(response)
    said = explain_text(action, status, reason, server_message)
    message = str(said)
    facts: dict[str, Any] = {"status": status, "reason": reason, "server_message": server_message}
    kwargs: dict[str, Any] = {**facts, "text": said}
    if status == 401:
        raise errors.NotAuthenticated(message, **kwargs)
    if status == 403:
        raise errors.Forbidden(message, **kwargs)
    if status == 404 and not _is_json(response):
        # a web page's 404, not the API's: the address is wrong, not the conversation gone
        no_nextcloud = text(
            EXPLAIN,
            QT_TRANSLATE_NOOP(
                "Explain",
                "Cannot {verb}: {server} answered like no Nextcloud (404 without Nextcloud's "
                "API). Check the server address: the Nextcloud's own address, without "
                "/index.php or a page's path",
            ),
            verb=attempted(action),
            server=_base_of(response),
        )
        raise errors.worded(errors.NotFound, no_nextcloud, **facts)
    if status == 404:
        raise errors.NotFound(message, **kwargs)
    if status == 409:
        raise errors.Conflict(message, **kwargs)
    if status == 412:
        if not is_ocs and server_message and "CSRF" in server_message:
            csrf = Text(
                EXPLAIN,
                QT_TRANSLATE_NOOP(
                    "Explain",
                    "The server refused the request as a possible CSRF attack "
                    "(OCS-APIRequest header missing)",
                ),
            )
            raise errors.worded(errors.PreconditionFailed, csrf, **facts)
        if reason == "config":
            raise errors.NotConfigured(message, **kwargs)
        raise errors.LobbyActive(message, **kwargs)
    if status == 429:
        retry = _retry_after(response)
        if retry is not None:
            said = text(
                EXPLAIN,
                QT_TRANSLATE_NOOP("Explain", "{sentence} (the server asks to wait {seconds} s)"),
                sentence=said,
                seconds=f"{retry:.0f}",
            )
        raise errors.worded(errors.RateLimited, said, retry_after=retry, **facts)
    if status == 501:
        raise errors.NotConfigured(message, **kwargs)
    if status >= 500:
        raise errors.ServerError(message, **kwargs)
    if status == 400:
        raise errors.BadRequest(message, **kwargs)
    raise errors.TalkError(message, **kwargs)

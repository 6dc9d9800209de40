"""The request core every area of ``TalkService`` sends through: one client, one retry policy.

Reads may be retried with backoff (transient failures: no connection, timeouts, 5xx, 429,
garbled answers); writes are sent exactly once. Bodies are read through ``ocs.read_response``
(streamed, capped per endpoint) and decoded with ``ocs.decode_success``, and failures become
``TalkError`` subclasses with sentences (``ocs.raise_for_status``).
"""

from __future__ import annotations

import asyncio
import logging
import random
import ssl
from collections.abc import Callable, Mapping
from typing import Any, TypeAlias, TypeVar

import httpx

from ..i18n import QT_TRANSLATE_NOOP, text
from . import errors
from .address import plain_http_answer
from .client import build_client
from .explain import EXPLAIN, Action
from .ocs import ResponseTooLarge, decode_success, raise_for_status, read_response
from .reader import Reader

log = logging.getLogger(__name__)

T = TypeVar("T")

Params: TypeAlias = Mapping[str, Any] | list[tuple[str, Any]] | None
"""Query parameters: a mapping, or pairs where a key repeats (``shareTypes[]``)."""


def basic_auth(login: str, app_password: str) -> httpx.Auth:
    """No Authorization header at all for an empty login: a guest is anonymous.

    Nextcloud treats ``Basic`` with an empty login as anonymous, but that is lenience, not the
    protocol (other servers answer 401); guests join public rooms by link, without credentials.
    """
    return httpx.BasicAuth(login, app_password) if login else httpx.Auth()  # Auth(): sends none


_NOT_SENT = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.LocalProtocolError,
    httpx.UnsupportedProtocol,
)
"""Failures before the request left this machine: a write that met one was surely not done."""

_GATEWAY_GAVE_UP = (502, 504)
"""A proxy's "bad gateway" / "gateway timeout": the server behind it may have done the write."""


def _answer_lost(exc: errors.TalkError, response: httpx.Response) -> bool:
    """Whether a write's failed answer leaves its outcome unknown (see ``may_have_applied``)."""
    if isinstance(exc, errors.MalformedResponse):
        return 200 <= response.status_code < 300
    return isinstance(exc, errors.ServerError) and response.status_code in _GATEWAY_GAVE_UP


def _settle(
    response: httpx.Response,
    action: Action,
    decode: Callable[[httpx.Response], T],
    keep: Callable[[httpx.Response], bool] | None,
) -> tuple[T | None, errors.TalkError | None]:
    """An answer's value, or the failure that a retry may cure (any other error is raised)."""
    try:
        if keep is None or not keep(response):
            raise_for_status(response, action)
        return decode(response), None
    except errors.RETRYABLE_READ_ERRORS as exc:
        return None, exc


class Transport:
    """One account's client and the rules for sending a request through it.

    Args:
        server_url: base URL of the Nextcloud (no trailing slash).
        auth: the credentials (``basic_auth``).
        timeout: per-request timeout in seconds.
        read_retries: how often a failed read is retried (with exponential backoff + jitter).
        retry_base_delay: the first retry's delay in seconds (doubled for each next one).
        verify: TLS verification, as httpx takes it (True, an ``ssl.SSLContext``, or False).
        transport: a custom httpx transport (tests, pinning).
    """

    def __init__(
        self,
        server_url: str,
        auth: httpx.Auth,
        *,
        timeout: float,
        read_retries: int,
        retry_base_delay: float,
        verify: bool | ssl.SSLContext,
        transport: httpx.AsyncBaseTransport | None,
    ) -> None:
        self.server_url = server_url
        self.read_retries = read_retries
        self.retry_base_delay = retry_base_delay
        self.client = build_client(
            server_url, auth=auth, verify=verify, timeout=timeout, transport=transport
        )
        self.reader: Reader | None = None
        """Where ``off_thread`` reads go (``app.api.reader``); none with a custom transport,
        so every request passes through that transport."""
        if transport is None:
            self.reader = Reader(
                server_url, verify=verify, timeout=timeout, current_auth=lambda: self.client.auth
            )

    async def aclose(self) -> None:
        """Close the client and the reader's threads."""
        await self.client.aclose()
        if self.reader is not None:
            self.reader.close()

    async def send(
        self,
        method: str,
        path: str,
        action: Action,
        *,
        params: Params = None,
        json: Mapping[str, Any] | None = None,
        decode: Callable[[httpx.Response], T],
        files: Mapping[str, Any] | None = None,
        data: Mapping[str, Any] | None = None,
        keep: Callable[[httpx.Response], bool] | None = None,
        timeout: float | None = None,
        off_thread: bool = False,
    ) -> T:
        """One request, decoded; GETs are retried on transient failures, nothing else is.

        Decoding happens inside the retry loop, so a garbled answer to a read (truncated JSON,
        ``MalformedResponse``) is retried like a 5xx instead of failing at once.

        Args:
            files: multipart uploads, as httpx takes them (``data`` then holds the other
                form fields instead of ``json``).
            keep: an answer for which this is true is decoded even when it is not a success
                (an e-mail import's dry run reports invalid lines as a 400 with counts).
            timeout: this request's timeout in seconds instead of the client's (a chat long
                poll waits on the server longer than any other read).
            off_thread: a big read that is polled (participants, the conversation list):
                request, body and ``decode`` run in the reader's threads, not on the event
                loop's (a GET only; ``decode`` must then not touch Qt or the event loop).
        """
        reader = self.reader if off_thread and method == "GET" else None
        extra: dict[str, Any] = {} if timeout is None else {"timeout": timeout}
        attempts = 1 + (self.read_retries if method == "GET" else 0)
        last_error: errors.TalkError | None = None
        for attempt in range(attempts):
            if attempt:
                await asyncio.sleep(self._backoff(attempt, last_error))
            try:
                if reader is not None:
                    value, failure = await reader.read(
                        path,
                        params=params,
                        timeout=timeout,
                        handle=lambda got: _settle(got, action, decode, keep),
                    )
                    if failure is None:
                        return value  # type: ignore[return-value]
                    last_error = failure
                    log.warning(
                        "GET %s failed (attempt %d/%d): %s", path, attempt + 1, attempts, failure
                    )
                    continue
                response = await read_response(
                    self.client,
                    method,
                    path,
                    params=params,
                    json=json,
                    files=files,
                    data=data,
                    **extra,
                )
            except ResponseTooLarge:
                raise  # the same request would only bring the same flood again
            except httpx.TimeoutException as exc:
                said = text(
                    EXPLAIN,
                    QT_TRANSLATE_NOOP(
                        "Explain", "Cannot {verb}: the server at {server} did not answer in time"
                    ),
                    verb=action.verb_text or action.verb,
                    server=self.server_url,
                )
                last_error = errors.NetworkError(str(said), text=said)
                last_error.__cause__ = exc
                last_error.may_have_applied = method != "GET" and not isinstance(exc, _NOT_SENT)
            except httpx.HTTPError as exc:
                tried = action.verb_text or action.verb
                words = plain_http_answer(self.server_url, exc)
                if words:
                    template = QT_TRANSLATE_NOOP("Explain", "Cannot {verb}: {message}")
                    said = text(EXPLAIN, template, verb=tried, message=words)
                else:
                    said = text(
                        EXPLAIN,
                        QT_TRANSLATE_NOOP(
                            "Explain", "Cannot {verb}: no connection to {server} ({error})"
                        ),
                        verb=tried,
                        server=self.server_url,
                        error=f"{type(exc).__name__}: {exc or 'connection lost'}",
                    )
                last_error = errors.NetworkError(str(said), text=said)
                last_error.__cause__ = exc
                last_error.may_have_applied = method != "GET" and not isinstance(exc, _NOT_SENT)
            else:
                try:
                    if keep is None or not keep(response):
                        raise_for_status(response, action)
                    return decode(response)
                except errors.RETRYABLE_READ_ERRORS as exc:
                    last_error = exc
                    last_error.may_have_applied = method != "GET" and _answer_lost(exc, response)
            log.warning(
                "%s %s failed (attempt %d/%d): %s", method, path, attempt + 1, attempts, last_error
            )
        assert last_error is not None
        raise last_error

    def _backoff(self, attempt: int, error: errors.TalkError | None) -> float:
        if isinstance(error, errors.RateLimited) and error.retry_after is not None:
            return min(error.retry_after, 30.0)
        base: float = self.retry_base_delay * (2 ** (attempt - 1))
        return base * (0.5 + random.random())

    def prefetch(self, path: str, *, params: Params = None) -> None:
        """Send ``GET path`` now in the reader's threads (``Reader.prefetch``), for the next
        ``off_thread`` read of it to take; nothing without a reader (a custom transport)."""
        if self.reader is not None:
            self.reader.prefetch(path, params=params)

    async def call(
        self,
        method: str,
        path: str,
        action: Action,
        data_type: Any = Any,
        *,
        params: Params = None,
        json: Mapping[str, Any] | None = None,
        off_thread: bool = False,
    ) -> Any:
        """``send`` for the usual OCS answer: its ``ocs.data``, checked against ``data_type``
        (``off_thread`` as ``send`` takes it)."""
        return await self.send(
            method,
            path,
            action,
            params=params,
            json=json,
            decode=lambda response: decode_success(response, data_type, action),
            off_thread=off_thread,
        )

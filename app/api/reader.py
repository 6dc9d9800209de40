"""Big polled reads off the event loop's thread: request, body and decoding in a worker.

Why: the window polls the selected room every half second. With 10,000 people the answer is
3.5 MB; read through the async client on the UI thread that is about a hundred socket events,
chunk joins and h11 parsing, 10-20 ms of UI-thread time per poll even when nothing changed
(and a changed one adds several ms of decoding). Here a small pool of threads with a blocking
``httpx.Client`` (the same headers, TLS, timeouts and credentials as the service's client) does
all of that, and the event loop only awaits the finished result. msgspec and the socket calls
hold the GIL only in short slices, which the benchmark's stall figure would show.

Only reads go here (never a write: those stay on the one async client, sent once), and only
when the service has no custom transport (tests that count requests install one; then every
request stays on the async client, so they still see every read).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
import time
from collections.abc import Callable, Generator, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import httpx

from .client import LIMITS, OCS_HEADERS, tls_verify, user_agent
from .ocs import body_limit, declared_too_large, read_back, too_large, undecodable

T = TypeVar("T")

WORKERS = 4
"""Threads for concurrent reads (a kiosk polls many rooms at once)."""
CLOSE_WAIT_S = 2.0
"""How long closing waits for reads in flight before cutting them off."""
PREFETCH_FRESH_S = 10.0
"""How long a prefetched answer stands in for the same read; older ones are dropped."""


class _CurrentAuth(httpx.Auth):
    """Whatever credentials the service's async client has now (signing in again changes
    them there; the reader follows without being told)."""

    def __init__(self, current: Callable[[], httpx.Auth | None]) -> None:
        self._current = current

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        auth = self._current()
        if auth is None:
            yield request
            return
        yield from auth.sync_auth_flow(request)


class Reader:
    """The worker threads and their blocking client, made on first use, closed with the
    service (``close``).

    Args:
        base_url, verify, timeout: as the service's client.
        current_auth: returns the service's current credentials.
    """

    def __init__(
        self,
        base_url: str,
        *,
        verify: Any,
        timeout: float,
        current_auth: Callable[[], httpx.Auth | None],
    ) -> None:
        self._base_url = base_url
        self._verify = verify
        self._timeout = timeout
        self._auth = _CurrentAuth(current_auth)
        self._lock = threading.Lock()
        self._client: httpx.Client | None = None
        self._pool: ThreadPoolExecutor | None = None
        self._closed = False
        self._in_flight: set[concurrent.futures.Future[Any]] = set()
        self._prefetched: dict[tuple[str, str], tuple[float, concurrent.futures.Future[Any]]] = {}

    def _client_now(self) -> httpx.Client:
        with self._lock:
            if self._closed:
                raise RuntimeError("Cannot send a request, as the client has been closed.")
            if self._client is None:
                self._client = httpx.Client(
                    base_url=self._base_url,
                    auth=self._auth,
                    headers={**OCS_HEADERS, "User-Agent": user_agent()},
                    timeout=self._timeout,
                    verify=tls_verify(self._verify),
                    limits=LIMITS,
                    follow_redirects=False,
                )
            return self._client

    async def read(
        self,
        path: str,
        *,
        params: Any,
        timeout: float | None,
        handle: Callable[[httpx.Response], T],
    ) -> T:
        """GET ``path`` in a worker; ``handle(response)`` (status check, decoding) runs there
        too and its result (or exception) comes back here."""
        with self._lock:
            early = self._take_prefetched(path, params)

            def job() -> T:
                if early is None:
                    return handle(self._get(path, params=params, timeout=timeout))
                return handle(early.result())  # its error, if it failed, is this read's

            future = self._submit(job)
        return await asyncio.wrap_future(future)

    def prefetch(self, path: str, *, params: Any) -> None:
        """Start ``GET path`` now, before anyone awaits it: the next ``read`` of the same path
        and parameters within ``PREFETCH_FRESH_S`` takes this answer instead of sending again.

        Why: at start-up the first conversation listing is known before the window's code
        is even loaded; sent first, the server's work and the transfer overlap that loading.
        A read is safe to send early (it changes nothing); it is still checked, decoded and
        retried by whoever reads it, exactly as if it had been sent then.
        """
        with self._lock:
            if self._closed:
                return
            future = self._submit(lambda: self._get(path, params=params, timeout=None))
            self._prefetched[_read_key(path, params)] = (time.monotonic(), future)

    def _take_prefetched(self, path: str, params: Any) -> concurrent.futures.Future[Any] | None:
        """The prefetched answer for this read, if fresh (under the lock)."""
        if not self._prefetched:  # every poll but the first: no key to make, nothing to drop
            return None
        now = time.monotonic()
        for key, (started, _) in list(self._prefetched.items()):
            if now - started > PREFETCH_FRESH_S:
                del self._prefetched[key]
        entry = self._prefetched.pop(_read_key(path, params), None)
        return None if entry is None else entry[1]

    def _submit(self, job: Callable[[], T]) -> concurrent.futures.Future[T]:
        """Run ``job`` in a worker (under the lock)."""
        if self._closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        if self._pool is None:
            self._pool = ThreadPoolExecutor(WORKERS, thread_name_prefix="talk-reader")
        future = self._pool.submit(job)
        self._in_flight.add(future)
        future.add_done_callback(self._in_flight.discard)
        return future

    def _get(self, path: str, *, params: Any, timeout: float | None) -> httpx.Response:
        """The body read with the same cap as ``ocs.read_response``."""
        client = self._client_now()
        extra: Mapping[str, Any] = {} if timeout is None else {"timeout": timeout}
        request = client.build_request("GET", path, params=params, **extra)
        cap = body_limit("GET", path)
        with client.stream(request.method, request.url, headers=request.headers, **extra) as got:
            refusal = too_large("GET", request, cap, got.status_code)
            if declared_too_large(got, cap):
                raise refusal
            chunks: list[bytes] = []
            size = 0
            try:
                for chunk in got.iter_bytes():
                    size += len(chunk)
                    if size > cap:
                        raise refusal
                    chunks.append(chunk)
            except httpx.DecodingError as exc:
                raise undecodable("GET", request, exc, got.status_code) from exc
            return read_back(got, chunks, got.request)

    def close(self) -> None:
        """Stop the workers (a read in flight finishes) and close the client."""
        with self._lock:
            self._closed = True
            self._prefetched.clear()
            pool, client = self._pool, self._client
            self._pool = self._client = None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
        # Reads in flight finish first, so their connections go back and are closed with the
        # client (closing under them leaves sockets unclosed); one stuck on a server that does
        # not answer is cut off by closing the client after a short while.
        concurrent.futures.wait(list(self._in_flight), timeout=CLOSE_WAIT_S)
        if client is not None:
            client.close()
        if pool is not None:
            pool.shutdown(wait=True)


def _read_key(path: str, params: Any) -> tuple[str, str]:
    """Which read this is: the path and its query as httpx would send it."""
    return path, str(httpx.QueryParams(params))

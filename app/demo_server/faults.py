"""Fault injection for reliability tests: latency, error statuses, 429 with Retry-After,
dropped connections and truncated JSON.

It wraps the application as the outermost raw ASGI layer, so ``send`` is still uvicorn's own
request cycle: a dropped connection closes that cycle's transport before any byte of a
response is written (the client sees a connection error, not a 500).
"""

from __future__ import annotations

import asyncio
import random
import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from . import ocs

FAULT_KINDS = frozenset(
    {"500", "502", "503", "429", "401", "drop", "malformed", "drop-after", "stall"}
)
"""Every fault there is. ``drop-after`` does the request, then drops the connection unanswered:
the write happened, its answer is lost (what a client must verify instead of sending again).
``stall`` waits ``STALL_SECONDS`` (past a short client timeout), then drops without doing it.
``401`` refuses the credentials once, as Nextcloud does when a session or app password is
briefly not accepted (a user back-end hiccup): a client must sign in again, not crash."""
DEFAULT_FAULT_KINDS = FAULT_KINDS - {"drop-after", "stall", "401"}
"""What ``fail_rate`` alone injects: failures after which nothing was done (or a cut answer)."""
_REASONS = {
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    429: "Too Many Requests",
    401: "Current user is not logged in",
}
_OCS_CODES = {401: 997}
"""Nextcloud's OCS status code where it is not the HTTP one (997: not logged in)."""
RETRY_AFTER_SECONDS = 1
STALL_SECONDS = 1.5
FAULT_HEADER = (b"x-demo-fault", b"1")
"""Marks an answer spoiled on purpose, so spec checks can tell it from a real mistake."""


@dataclass(frozen=True)
class FaultConfig:
    """What to inject: ``fail_rate`` is the probability per request of one of ``kinds``."""

    fail_rate: float = 0.0
    kinds: frozenset[str] = field(default_factory=lambda: DEFAULT_FAULT_KINDS)
    latency_ms: int = 0


def validate_kinds(kinds: Iterable[str]) -> frozenset[str]:
    chosen = frozenset(str(kind) for kind in kinds)
    unknown = chosen - FAULT_KINDS
    if unknown or not chosen:
        raise ValueError(f"fault kinds must be a non-empty subset of {sorted(FAULT_KINDS)}")
    return chosen


class FaultInjector:
    """Raw ASGI middleware; the configuration can change at runtime from any thread."""

    def __init__(self, app: Any, config: FaultConfig, seed: int = 0) -> None:
        self.app = app
        self._config = config
        self._rng = random.Random(seed * 7919 + 17)
        self._lock = threading.Lock()
        self._next: list[tuple[str, str | None]] = []
        self._met: Counter[str] = Counter()

    @property
    def config(self) -> FaultConfig:
        return self._config

    def configure(
        self,
        *,
        fail_rate: float | None = None,
        kinds: Iterable[str] | None = None,
        latency_ms: int | None = None,
    ) -> FaultConfig:
        """Change only the given settings; returns the new configuration."""
        with self._lock:
            config = self._config
            if fail_rate is not None:
                if not 0.0 <= fail_rate <= 1.0:
                    raise ValueError("fail_rate must be within 0..1")
                config = replace(config, fail_rate=float(fail_rate))
            if kinds is not None:
                config = replace(config, kinds=validate_kinds(kinds))
            if latency_ms is not None:
                config = replace(config, latency_ms=max(int(latency_ms), 0))
            self._config = config
            return config

    def fail_next(self, kind: str, *, method: str | None = None, count: int = 1) -> None:
        """Inject ``kind`` into the next ``count`` requests (of ``method`` only, if given), then
        stop: a test can lose the answer of one write and let the read after it through."""
        validate_kinds([kind])
        with self._lock:
            self._next.extend([(kind, method.upper() if method else None)] * count)

    def pending(self) -> int:
        """How many ``fail_next`` faults no request has met yet."""
        with self._lock:
            return len(self._next)

    def met(self) -> dict[str, int]:
        """How many requests met each fault kind so far (soak figures), plus ``requests``:
        every HTTP request that reached the server."""
        with self._lock:
            return dict(self._met)

    def _take_next(self, method: str) -> str | None:
        with self._lock:
            for position, (kind, wanted) in enumerate(self._next):
                if wanted is None or wanted == method:
                    del self._next[position]
                    return kind
        return None

    def _pick(self, config: FaultConfig) -> str | None:
        if config.fail_rate <= 0:
            return None
        with self._lock:
            if self._rng.random() >= config.fail_rate:
                return None
            return self._rng.choice(sorted(config.kinds))

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        config = self._config
        if config.latency_ms:
            await asyncio.sleep(config.latency_ms / 1000)
        kind = self._take_next(scope.get("method", "GET")) or self._pick(config)
        with self._lock:
            self._met["requests"] += 1
            if kind is not None:
                self._met[kind] += 1
        if kind is None:
            await self.app(scope, receive, send)
        elif kind == "drop":
            self._drop(send)
        elif kind == "drop-after":
            await self._drop_after(scope, receive, send)
        elif kind == "stall":
            await asyncio.sleep(STALL_SECONDS)
            self._drop(send)
        elif kind == "malformed":
            await self._malformed(scope, receive, send)
        else:
            await self._error(int(kind), send)

    @staticmethod
    def _drop(send: Any) -> None:
        """Close the socket without answering (uvicorn's cycle holds the transport)."""
        cycle = getattr(send, "__self__", None)
        transport = getattr(cycle, "transport", None)
        if cycle is None or transport is None:
            raise ConnectionAbortedError("demo server fault: drop")
        cycle.disconnected = True
        transport.close()

    async def _drop_after(self, scope: Any, receive: Any, send: Any) -> None:
        """Do the request, throw its answer away, close the socket."""

        async def discard(message: Any) -> None:
            return None

        await self.app(scope, receive, discard)
        self._drop(send)

    async def _malformed(self, scope: Any, receive: Any, send: Any) -> None:
        """A real answer, cut in half, sent as 200 with a matching Content-Length."""
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: Any) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, capture)
        body = b"".join(chunks) or b'{"ocs":{"meta":{"status":"ok"}}}'
        truncated = body[: max(len(body) // 2, 1)]
        headers = [
            (k, v)
            for k, v in start.get("headers", [])
            if k.lower() not in (b"content-length", b"content-type")
        ]
        headers += [
            (b"content-type", ocs.JSON_TYPE.encode()),
            (b"content-length", str(len(truncated)).encode()),
            FAULT_HEADER,
        ]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": truncated})

    @staticmethod
    async def _error(status: int, send: Any) -> None:
        body = ocs.envelope_bytes(
            status, b"[]", statuscode=_OCS_CODES.get(status), message=_REASONS[status]
        )
        headers = [
            (b"content-type", ocs.JSON_TYPE.encode()),
            (b"content-length", str(len(body)).encode()),
            FAULT_HEADER,
        ]
        if status == 429:
            headers.append((b"retry-after", str(RETRY_AFTER_SECONDS).encode()))
        if status == 503:
            headers.append((b"x-nextcloud-maintenance-mode", b"1"))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

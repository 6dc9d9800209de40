"""``DemoServer``: the demo Talk server running uvicorn in a background thread.

``start()`` returns once the socket listens; ``stop()`` shuts it down and a later ``start()``
binds the same port again (tests use that for "server down and back"). The in-memory state
survives a restart, like a real server's database.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import socket
import threading
import time
from collections.abc import Iterable
from types import TracebackType

import uvicorn

from .activity import LiveActivity
from .app import TalkApp
from .capabilities import talk_hash
from .faults import FAULT_KINDS, FaultConfig, FaultInjector
from .models import DemoUser
from .profile import DemoProfile, consent_required, resolve
from .routes.common import ServerInfo
from .seed import MODERATOR_LOGIN, SeedOptions, seed_state
from .state import DemoState

START_TIMEOUT = 10.0
STOP_TIMEOUT = 10.0


class DemoServer:
    """An in-memory, Talk-compatible HTTP server with seeded demo data.

    Args:
        seed: makes users, passwords, tokens and rooms deterministic.
        rooms: total number of conversations of ``moderator1`` (extra ones are generated).
        participants: size of the largest conversation ("All Hands").
        latency_ms: delay added to every request.
        fail_rate: probability per request of an injected fault (see ``set_faults``).
        sip: SIP dial-in and dial-out configured (``False`` gives 412 ``config`` / 501);
            ``None`` takes the profile's setting.
        activity: background changes every couple of seconds (for a lively demo).
        host, port: where to listen; port 0 picks a free port on the first start.
        profile: ``"demo"`` (default: the seeded demo world, SIP on) or ``"real"``
            (configured like the test real server: its accounts and groups only, no SIP,
            recording consent per conversation, no seeded rooms), or a ``DemoProfile``.
            The parity suite runs the same requests against ``"real"`` and the real server.
        recording: a recording server configured (the demo world has a stand-in one that
            records at once; ``False`` refuses recordings with 400 ``config`` as the real
            test server does); ``None`` takes the profile's setting.
        hpb: the demo's own signaling server (websocket ``/spreed``) configured; ``None``
            takes the profile's setting (the demo world has one, ``"real"`` none).
    """

    def __init__(
        self,
        seed: int = 1,
        rooms: int | None = None,
        participants: int | None = None,
        latency_ms: int = 0,
        fail_rate: float = 0.0,
        sip: bool | None = None,
        activity: bool = False,
        host: str = "127.0.0.1",
        port: int = 0,
        profile: DemoProfile | str = "demo",
        recording: bool | None = None,
        hpb: bool | None = None,
    ) -> None:
        self.seed = seed
        self.host = host
        self.port = port
        self.activity = activity
        self.profile = resolve(profile)
        if sip is not None and sip != self.profile.sip:
            self.profile = dataclasses.replace(self.profile, sip=sip)
        if recording is not None and recording != self.profile.recording:
            self.profile = dataclasses.replace(self.profile, recording=recording)
        if hpb is not None and hpb != self.profile.hpb:
            self.profile = dataclasses.replace(self.profile, hpb=hpb)
        self.state = DemoState(seed=seed, profile=self.profile)
        seed_state(self.state, SeedOptions(seed=seed, rooms=rooms, participants=participants))
        self._info = ServerInfo(
            talk_hash=talk_hash(
                sip=self.profile.sip,
                recording=self.profile.recording,
                consent=consent_required(self.profile),
            )
        )
        self._faults = FaultInjector(
            TalkApp(self.state, self._info), FaultConfig(latency_ms=max(latency_ms, 0)), seed=seed
        )
        if fail_rate:
            self._faults.configure(fail_rate=fail_rate)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    # ---------------------------------------------------------------- identity

    @property
    def url(self) -> str:
        """Base URL without trailing slash, e.g. ``http://127.0.0.1:8080``."""
        return f"http://{self.host}:{self.port}"

    @property
    def moderator(self) -> DemoUser:
        """The seeded moderator account ``moderator1``."""
        with self.state.lock:
            return self.state.demo_user(MODERATOR_LOGIN)

    @property
    def users(self) -> dict[str, DemoUser]:
        """Every account by login (login password and first app password)."""
        with self.state.lock:
            return {login: self.state.demo_user(login) for login in self.state.accounts}

    # -------------------------------------------------------------- lifecycle

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> DemoServer:
        """Listen and serve in a daemon thread; returns when the socket accepts connections."""
        if self.running:
            return self
        # IPPROTO_TCP explicitly: asyncio only sets TCP_NODELAY on accepted sockets whose
        # proto is TCP; without it Nagle + delayed ACK add ~40 ms to every answer.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self.host, self.port))
        except OSError:
            sock.close()
            raise
        sock.listen(128)
        self.port = sock.getsockname()[1]
        self._info.base_url = self.url
        config = uvicorn.Config(
            self._faults,
            lifespan="off",
            log_level="warning",
            access_log=False,
            http="h11",
            ws="websockets-sansio",  # the signaling websocket (its legacy protocol warns)
            loop="asyncio",
            timeout_graceful_shutdown=1,
            timeout_keep_alive=30,
        )
        server = uvicorn.Server(config)
        self._server, self._error = server, None
        self.state.closing.clear()
        self._thread = threading.Thread(
            target=self._run, args=(server, sock), name=f"demo-server-{self.port}", daemon=True
        )
        self._thread.start()
        pause = threading.Event()  # never set: a sleep that is not time.sleep
        deadline = time.monotonic() + START_TIMEOUT
        while not server.started:
            if not self._thread.is_alive():
                raise RuntimeError("demo server failed to start") from self._error
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"demo server did not start within {START_TIMEOUT} s")
            pause.wait(0.005)
        return self

    def _run(self, server: uvicorn.Server, sock: socket.socket) -> None:
        try:
            asyncio.run(self._serve(server, sock))
        except BaseException as error:  # noqa: BLE001 - reported by start()/stop()
            self._error = error
        finally:
            with contextlib.suppress(OSError):
                sock.close()

    async def _serve(self, server: uvicorn.Server, sock: socket.socket) -> None:
        task: asyncio.Task[None] | None = None
        if self.activity:
            task = asyncio.create_task(LiveActivity(self.state, self.seed).run())
        try:
            await server.serve(sockets=[sock])
        finally:
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task

    def stop(self) -> None:
        """Stop serving and close the socket (the state is kept for a later ``start``)."""
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        self.state.closing.set()  # a waiting chat poll answers now instead of holding shutdown
        server.should_exit = True
        thread.join(STOP_TIMEOUT)
        if thread.is_alive():
            server.force_exit = True
            thread.join(STOP_TIMEOUT)
        self._server = self._thread = None

    def __enter__(self) -> DemoServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # ------------------------------------------------------------------ control

    def set_faults(
        self,
        fail_rate: float | None = None,
        kinds: Iterable[str] | None = None,
        latency_ms: int | None = None,
    ) -> FaultConfig:
        """Change fault injection at runtime; kinds ⊆ ``FAULT_KINDS``."""
        return self._faults.configure(fail_rate=fail_rate, kinds=kinds, latency_ms=latency_ms)

    def fail_next(self, kind: str, *, method: str | None = None, count: int = 1) -> None:
        """Inject ``kind`` into the next ``count`` requests (of ``method``), then no more."""
        self._faults.fail_next(kind, method=method, count=count)

    def pending_faults(self) -> int:
        """How many ``fail_next`` faults are still waiting for their request."""
        return self._faults.pending()

    def faults_met(self) -> dict[str, int]:
        """Requests that met each fault kind so far, and ``requests`` in all (soak figures)."""
        return self._faults.met()

    @property
    def faults(self) -> FaultConfig:
        return self._faults.config

    def grant_login_flow(self, poll_token: str, login: str = MODERATOR_LOGIN) -> None:
        """Complete a pending Login Flow v2 as if ``login`` had granted it in the browser."""
        self.state.grant_login_flow(poll_token, login)


__all__ = ["DemoServer", "FAULT_KINDS"]

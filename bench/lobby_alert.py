"""Benchmark: lobby alerts for 50 watched conversations, 20 of them with the lobby on.

Run:  .venv/bin/python -m bench.lobby_alert  [--rooms 50] [--lobbies 20] [--idle 60] [--busy 60]

The app's own live layer (``PollingController`` with its default intervals, ``LobbyWatch``,
``AlertCenter``) watches a demo server (in a child process, so its work does not share our
interpreter) as the moderator of every room. After a warm-up it counts the requests the app
sends while nothing happens (idle), then while guests open the public links of random lobby
rooms over HTTP, one every ~2 s, each leaving again a few seconds later (busy). For every guest
it measures the time from the join request to the alert being raised in the app.

Prints the alert delay (median, 95th percentile) and the app's requests per minute idle and
busy; exits 1 when the 95th percentile exceeds 5 s or the idle rate exceeds 60 per minute.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402
from PySide6.QtCore import QCoreApplication  # noqa: E402

from app.api import TalkService  # noqa: E402
from app.live import PollConfig, PollingController  # noqa: E402
from app.live.alert_center import AlertCenter  # noqa: E402
from app.live.alerts import Alert, AlertKind  # noqa: E402
from app.live.lobby_watch import LobbyWatch  # noqa: E402

TARGET_P95_S = 5.0
TARGET_IDLE_PER_MIN = 60.0
OCS = {"OCS-APIRequest": "true", "Accept": "application/json"}
TALK = "/ocs/v2.php/apps/spreed/api/v4"

SERVER = (
    "import sys, json; from app.demo_server import DemoServer; "
    "s = DemoServer(profile='real').start(); "
    "print(json.dumps([s.url, s.moderator.login, s.moderator.app_password]), flush=True); "
    "sys.stdin.read()"
)


class CountingTransport(httpx.AsyncBaseTransport):
    """The app's HTTP transport, counting what it sends (the guests' clients are not counted)."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.sent = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent += 1
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


async def _rooms(url: str, login: str, secret: str, rooms: int, lobbies: int) -> list[str]:
    """Create the rooms as the moderator (public, so guests can come), lobby on in some."""
    tokens: list[str] = []
    async with httpx.AsyncClient(base_url=url, headers=OCS, auth=(login, secret)) as client:
        for number in range(rooms):
            answer = await client.post(
                TALK + "/room", json={"roomType": 3, "roomName": f"Session {number + 1}"}
            )
            token = answer.json()["ocs"]["data"]["token"]
            tokens.append(token)
            if number < lobbies:
                await client.put(TALK + f"/room/{token}/webinar/lobby", json={"state": 1})
    return tokens[:lobbies]


async def _until(condition: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.02)
    return True


async def _guest(url: str, token: str, raised: list[Alert], delays: list[float]) -> None:
    """One guest: opens the link, is waited for in the app's alerts, leaves after a while."""
    async with httpx.AsyncClient(base_url=url, headers=OCS, timeout=30) as client:
        seen = len(raised)
        started = time.monotonic()
        answer = await client.post(TALK + f"/room/{token}/participants/active", json={})
        answer.raise_for_status()
        found = await _until(
            lambda: any(a.kind is AlertKind.LOBBY and a.token == token for a in raised[seen:]),
            timeout=30,
        )
        delays.append(time.monotonic() - started if found else float("inf"))
        await asyncio.sleep(random.uniform(3, 8))
        await client.delete(TALK + f"/room/{token}/participants/active")


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def run(args: argparse.Namespace) -> int:
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    try:
        assert server.stdout is not None
        url, login, secret = json.loads(server.stdout.readline())
        lobby_tokens = await _rooms(url, login, secret, args.rooms, args.lobbies)
        counting = CountingTransport()
        service = TalkService(url, login, secret, transport=counting)
        controller = PollingController(service, PollConfig())
        watch = LobbyWatch(service)
        center = AlertCenter(controller, watch)
        raised: list[Alert] = []
        center.alert_raised.connect(raised.append)
        controller.start()
        try:
            ready = await _until(lambda: watch.tokens == set(lobby_tokens), timeout=60)
            if not ready:
                print("the lobby rooms were never all watched")
                return 1
            await asyncio.sleep(args.warmup)  # sessions opened, first pulls answered

            sent = counting.sent
            await asyncio.sleep(args.idle)
            idle_rate = (counting.sent - sent) * 60 / args.idle

            delays: list[float] = []
            guests: list[asyncio.Task[None]] = []
            sent = counting.sent
            started = time.monotonic()
            while time.monotonic() - started < args.busy:
                token = random.choice(lobby_tokens)
                guests.append(asyncio.ensure_future(_guest(url, token, raised, delays)))
                await asyncio.sleep(random.uniform(1, 3))
            busy_elapsed = time.monotonic() - started
            busy_rate = (counting.sent - sent) * 60 / busy_elapsed
            await asyncio.gather(*guests)
        finally:
            await center.stop()
            await controller.stop()
            await service.aclose()
    finally:
        server.terminate()
        server.wait(timeout=10)

    missed = sum(1 for d in delays if d == float("inf"))
    found = [d for d in delays if d != float("inf")]
    p50 = statistics.median(found) if found else float("inf")
    p95 = _percentile(found, 0.95) if found and not missed else float("inf")
    print(f"rooms watched: {args.rooms} ({args.lobbies} with the lobby on), mode: {watch.mode}")
    print(f"guests: {len(delays)}, alerts missed: {missed}")
    print(
        f"alert delay: median {p50:.2f} s, 95th percentile {p95:.2f} s "
        f"(target <= {TARGET_P95_S:.0f} s)"
    )
    print(
        f"requests per minute: idle {idle_rate:.1f} (target <= {TARGET_IDLE_PER_MIN:.0f}), "
        f"busy {busy_rate:.1f}"
    )
    ok = p95 <= TARGET_P95_S and idle_rate <= TARGET_IDLE_PER_MIN and not missed
    print("targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rooms", type=int, default=50)
    parser.add_argument("--lobbies", type=int, default=20)
    parser.add_argument("--warmup", type=float, default=35.0, help="seconds before measuring")
    parser.add_argument("--idle", type=float, default=60.0, help="seconds measured idle")
    parser.add_argument("--busy", type=float, default=60.0, help="seconds of guests coming")
    args = parser.parse_args()
    app = QCoreApplication.instance() or QCoreApplication([])  # Qt objects want their app
    code = asyncio.run(run(args))
    sys.stdout.flush()
    # The figures are out; skip the interpreter's final collection, where PySide6 can trip
    # over Qt objects of the finished loop (a crash after the work, not a result).
    os._exit(code if app is not None else 1)


if __name__ == "__main__":
    main()

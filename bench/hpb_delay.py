"""Benchmark: how fast another client's action reaches the window's participant row over the
signaling server, and what the app asks of the server meanwhile.

Run:  .venv/bin/python -m bench.hpb_delay  [--rooms 5] [--actions 40] [--idle 60]
                                           [--server-dir DIR]

The app's own live layer as the window builds it (``PollingController`` with its default
intervals, ``SignalingWatch``, ``LobbyWatch``, ``AlertCenter``, the participant model fed by
``bind_models``, the chat pane's ``ChatReader``) watches ``--rooms`` conversations as their
moderator: the selected one, and the others as moderated lobbies (all followed over the
signaling server). Against the demo server (in a child process, with its signaling server) by
default, or a real Nextcloud + Talk + signaling server with ``--server-dir`` (the folder of
``run.sh start DIR PORT --signaling``: its ``server.env``).

After every room is connected it counts the app's HTTP requests while nothing happens (idle),
then alice, another client (REST and her own websocket), acts in the selected room, one action
every ~0.5 s: she enters the call, raises her hand, lowers it, leaves the call, again and
again. For each action it measures the time from sending it to alice's row in the participant
model showing it (the in-call flag, or the hand), and counts the participant reads the app
needed for it (an event that carries the data needs none).

Prints the delay (median, 95th percentile) and the idle requests per minute per watched room;
exits 1 when the 95th percentile exceeds 300 ms or the idle rate exceeds 2 per watched room.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shlex
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.api import TalkService  # noqa: E402
from app.api.hpb import RoomSignaling  # noqa: E402
from app.live import PollConfig, PollingController  # noqa: E402
from app.live.alert_center import AlertCenter  # noqa: E402
from app.live.chat import ChatReader  # noqa: E402
from app.live.lobby_watch import LobbyWatch  # noqa: E402
from app.live.signaling_watch import SignalingWatch  # noqa: E402

TARGET_P95_S = 0.300
TARGET_IDLE_PER_ROOM_MIN = 2.0
OCS = {"OCS-APIRequest": "true", "Accept": "application/json"}
TALK = "/ocs/v2.php/apps/spreed/api/v4"
AUDIO = 1 | 2

SERVER = (
    "import sys, json; from app.demo_server import DemoServer; "
    "s = DemoServer(profile='real', hpb=True).start(); u = s.users; "
    "print(json.dumps([s.url, {n: u[n].app_password for n in ('moderator1', 'alice')}]), "
    "flush=True); sys.stdin.read()"
)


@dataclass(frozen=True)
class Server:
    url: str
    secrets: dict[str, str]


class CountingTransport(httpx.AsyncBaseTransport):
    """The app's HTTP transport, counting what it sends (alice's client is not counted)."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.sent = 0
        self.participant_reads = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent += 1
        if request.method == "GET" and request.url.path.endswith("/participants"):
            self.participant_reads += 1
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def _real_server(folder: str) -> Server:
    values: dict[str, str] = {}
    for line in (Path(folder) / "server.env").read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith("#"):
            key, raw = line.split("=", 1)
            values[key] = shlex.split(raw)[0] if raw else ""
    if "TALK_SIGNALING_URL" not in values:
        raise SystemExit(f"{folder} runs without --signaling: no signaling server to measure")
    return Server(
        values["TALK_SERVER_URL"],
        {
            "moderator1": values["TALK_MODERATOR1_APP_PASSWORD"],
            "alice": values["TALK_ALICE_APP_PASSWORD"],
        },
    )


async def _rooms(server: Server, count: int) -> list[str]:
    """Group rooms of the moderator with alice in them; all but the first with the lobby on
    (alice may pass it: the lobby rooms are watched for arrivals, not used here)."""
    tokens: list[str] = []
    auth = ("moderator1", server.secrets["moderator1"])
    async with httpx.AsyncClient(base_url=server.url, headers=OCS, auth=auth) as client:
        for number in range(count):
            name = f"Bench {time.time():.0f}-{number}"
            answer = await client.post(TALK + "/room", data={"roomType": 2, "roomName": name})
            answer.raise_for_status()
            token = answer.json()["ocs"]["data"]["token"]
            tokens.append(token)
            added = await client.post(
                TALK + f"/room/{token}/participants", data={"newParticipant": "alice"}
            )
            added.raise_for_status()
            if number:
                lobby = await client.put(TALK + f"/room/{token}/webinar/lobby", data={"state": 1})
                lobby.raise_for_status()
    return tokens


async def _delete(server: Server, tokens: list[str]) -> None:
    auth = ("moderator1", server.secrets["moderator1"])
    async with httpx.AsyncClient(base_url=server.url, headers=OCS, auth=auth) as client:
        for token in tokens:
            await client.delete(TALK + f"/room/{token}")


async def _until(condition: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.002)
    return True


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def run(args: argparse.Namespace) -> int:
    from app.ui.live_models import bind_models, show_room
    from app.ui.models import ConversationModel, ParticipantModel

    child: subprocess.Popen[str] | None = None
    if args.server_dir:
        server = _real_server(args.server_dir)
        where = f"real server {server.url}"
    else:
        child = subprocess.Popen(
            [sys.executable, "-c", SERVER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).resolve().parents[1],
        )
        assert child.stdout is not None
        url, secrets = json.loads(child.stdout.readline())
        server = Server(url, secrets)
        where = "demo server"
    tokens: list[str] = []
    try:
        tokens = await _rooms(server, args.rooms)
        selected = tokens[0]
        counting = CountingTransport()
        service = TalkService(server.url, "moderator1", server.secrets["moderator1"],
                              transport=counting)  # fmt: skip
        alice = TalkService(server.url, "alice", server.secrets["alice"])
        controller = PollingController(service, PollConfig())
        conversations, people = ConversationModel(), ParticipantModel()
        bind_models(controller, conversations, people)
        signaling = SignalingWatch(service, controller)
        signaling.hands_changed.connect(people.set_hands)
        center = AlertCenter(
            controller, LobbyWatch(service, live=signaling.is_live), signaling=signaling
        )
        chat = ChatReader(service, poll_timeout=controller.config.chat_timeout)
        alice_link = RoomSignaling(alice, selected)
        try:
            controller.start()
            await _until(lambda: controller.room(selected) is not None, 30)
            show_room(controller, people, selected)
            chat.set_room(selected)
            ready = await _until(lambda: signaling.live_tokens == set(tokens), 60)
            if not ready:
                print(f"not every room connected: mode {signaling.mode} ({signaling.reason})")
                return 1
            await alice_link.start()
            alice_id = await _attendee(alice, selected)
            await _until(lambda: people.row_of(alice_id) is not None, 30)
            await asyncio.sleep(args.warmup)  # first reads done, the polls at their pace

            sent = counting.sent
            await asyncio.sleep(args.idle)
            idle_rate = (counting.sent - sent) * 60 / args.idle
            per_room = idle_rate / len(tokens)

            delays: dict[str, list[float]] = {"call": [], "hand": []}
            reads_before = counting.participant_reads
            for number in range(args.actions):
                step = number % 4
                if step == 0:
                    await _measure(delays["call"], lambda: _in_call(people, alice_id),
                                   alice.calls.join(selected, flags=AUDIO))  # fmt: skip
                elif step == 1:
                    await _measure(delays["hand"], lambda: _hand(people, alice_id),
                                   alice_link.send_raise_hand(True))  # fmt: skip
                elif step == 2:
                    await _measure(delays["hand"], lambda: not _hand(people, alice_id),
                                   alice_link.send_raise_hand(False))  # fmt: skip
                else:
                    await _measure(delays["call"], lambda: not _in_call(people, alice_id),
                                   alice.calls.leave(selected))  # fmt: skip
                await asyncio.sleep(args.pause)
            action_reads = counting.participant_reads - reads_before
        finally:
            await alice_link.close(leave_session=True)
            chat.set_room(None)
            await center.stop()
            await controller.stop()
            await service.aclose()
            await alice.aclose()
    finally:
        if tokens:
            await _delete(server, tokens)
        if child is not None:
            child.terminate()
            child.wait(timeout=10)

    everything = delays["call"] + delays["hand"]
    missed = sum(1 for d in everything if d == float("inf"))
    found = [d for d in everything if d != float("inf")]
    p50 = statistics.median(found) if found else float("inf")
    p95 = _percentile(found, 0.95) if found and not missed else float("inf")
    print(f"{where}; rooms watched: {len(tokens)} (mode: {signaling.mode})")
    for kind, values in delays.items():
        got = [d for d in values if d != float("inf")]
        if got:
            print(
                f"  {kind}: {len(got)} actions, median {statistics.median(got) * 1000:.0f} ms, "
                f"95th percentile {_percentile(got, 0.95) * 1000:.0f} ms"
            )
    print(f"actions: {len(everything)}, missed: {missed}; participant reads they needed: "
          f"{action_reads}")  # fmt: skip
    print(
        f"delay to the row: median {p50 * 1000:.0f} ms, 95th percentile {p95 * 1000:.0f} ms "
        f"(target <= {TARGET_P95_S * 1000:.0f} ms)"
    )
    print(
        f"idle requests per minute: {idle_rate:.1f} in all, {per_room:.2f} per watched room "
        f"(target <= {TARGET_IDLE_PER_ROOM_MIN:.0f})"
    )
    ok = p95 <= TARGET_P95_S and per_room <= TARGET_IDLE_PER_ROOM_MIN and not missed
    print("targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


async def _attendee(alice: TalkService, token: str) -> int:
    room = await alice.rooms.get(token)
    return room.attendee_id


def _in_call(people: object, attendee_id: int) -> bool:
    from app.ui.models import ParticipantModel

    assert isinstance(people, ParticipantModel)
    person = people.get(attendee_id)
    return person is not None and bool(person.in_call & 1)


def _hand(people: object, attendee_id: int) -> bool:
    from app.ui.models import ParticipantModel

    assert isinstance(people, ParticipantModel)
    person = people.get(attendee_id)
    return person is not None and people.hand_since(person) is not None


async def _measure(delays: list[float], shown: Callable[[], bool], action: object) -> None:
    started = time.monotonic()
    assert asyncio.iscoroutine(action)
    await action
    seen = await _until(shown, 10)
    delays.append(time.monotonic() - started if seen else float("inf"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rooms", type=int, default=5, help="conversations watched")
    parser.add_argument("--actions", type=int, default=40, help="alice's actions measured")
    parser.add_argument("--pause", type=float, default=0.5, help="seconds between actions")
    parser.add_argument("--warmup", type=float, default=5.0, help="seconds before measuring")
    parser.add_argument("--idle", type=float, default=60.0, help="seconds measured idle")
    parser.add_argument("--server-dir", metavar="DIR", help="a real server (run.sh's folder)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the models' icons, no window
    app = QApplication.instance() or QApplication([])  # Qt objects want their app
    code = asyncio.run(run(args))
    sys.stdout.flush()
    # The figures are out; skip the interpreter's final collection, where PySide6 can trip
    # over Qt objects of the finished loop (a crash after the work, not a result).
    os._exit(code if app is not None else 1)


if __name__ == "__main__":
    main()

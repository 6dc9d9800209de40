"""The signaling client against the real signaling server (``run.sh ... --signaling``).

nextcloud-spreed-signaling 2.0.2 in front of Talk 21.1.7: the moderator watches a room over
its websocket while alice, over REST and her own websocket, joins, enters the call and raises
her hand; each is an event for the moderator (the delays are printed); the moderator's
forceMute reaches alice's websocket, hers to the moderator is dropped; a dropped connection
is resumed. The same through ``talk-moderator watch --json``.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TypeVar

import pytest

from app.api import TalkService
from app.api.errors import TalkError
from app.api.hpb import (
    AnyEvent,
    ControlReceived,
    HandRaised,
    HpbEvent,
    Joined,
    Left,
    ParticipantChange,
    ParticipantsUpdate,
    RoomSignaling,
    State,
    StateChanged,
)
from app.cli import main
from tests.helpers.real_server import RealServer
from tests.helpers.waiting import wait_until

E = TypeVar("E", bound=HpbEvent)
SignIn = Callable[[str], Awaitable[TalkService]]

DELAYS: dict[str, list[float]] = {}
"""Seconds from another client's action to the moderator's event, by kind (printed at the end)."""


class Watcher:
    """One person's signaling connection with every event and its arrival time kept."""

    def __init__(self, service: TalkService, token: str) -> None:
        self.events: list[tuple[float, AnyEvent]] = []
        self.watch = RoomSignaling(
            service, token, on_event=lambda e: self.events.append((time.monotonic(), e))
        )

    def of(self, kind: type[E]) -> list[E]:
        return [e for _, e in self.events if isinstance(e, kind)]

    def changes(self) -> list[ParticipantChange]:
        return [user for update in self.of(ParticipantsUpdate) for user in update.users]

    async def delay(self, kind: str, since: float, match: Callable[[AnyEvent], bool]) -> float:
        """Wait for the first event after ``since`` that matches; its delay, recorded."""
        await wait_until(
            lambda: any(at >= since and match(e) for at, e in self.events),
            timeout=15,
            message=f"no {kind} event",
        )
        at = next(at for at, e in self.events if at >= since and match(e))
        DELAYS.setdefault(kind, []).append(at - since)
        return at - since


@pytest.fixture
async def sign_in(real_signaling_server: RealServer) -> AsyncIterator[SignIn]:
    made: list[TalkService] = []

    async def make(login: str) -> TalkService:
        user = real_signaling_server.users[login]
        made.append(
            TalkService(
                real_signaling_server.url,
                user.login,
                user.app_password,  # only app-password logins keep a Talk session
                retry_base_delay=0.05,
                timeout=30.0,
            )
        )
        return made[-1]

    yield make
    for service in made:
        await service.aclose()


@pytest.fixture
async def watchers() -> AsyncIterator[Callable[[TalkService, str], Watcher]]:
    made: list[Watcher] = []

    def make(service: TalkService, token: str) -> Watcher:
        made.append(Watcher(service, token))
        return made[-1]

    yield make
    for watcher in made:
        await watcher.watch.close(leave_session=True)


@pytest.fixture
async def room(sign_in: SignIn, request: pytest.FixtureRequest) -> AsyncIterator[str]:
    """A group conversation of moderator1 with alice in it, deleted afterwards."""
    moderator = await sign_in("moderator1")
    made = await moderator.rooms.create(2, f"{request.node.name[:40]} hpb")
    await moderator.participants.add(made.token, "alice")
    yield made.token
    try:
        await moderator.rooms.delete(made.token)
    except TalkError:
        pass


@pytest.fixture(scope="module", autouse=True)
def _print_delays() -> Iterator[None]:
    yield
    for kind, values in sorted(DELAYS.items()):
        ms = sorted(v * 1000 for v in values)
        p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
        print(
            f"\nsignaling event delay, {kind}: median {statistics.median(ms):.0f} ms, "
            f"p95 {p95:.0f} ms, max {ms[-1]:.0f} ms ({len(ms)} samples)"
        )


async def test_hello_and_join_give_the_initial_list_with_ourselves(
    real_signaling_server: RealServer,
    sign_in: SignIn,
    room: str,
    watchers: Callable[[TalkService, str], Watcher],
) -> None:
    moderator = await sign_in("moderator1")
    settings = await moderator.signaling.settings(room)
    assert settings.signaling_mode == "external"
    assert settings.server == real_signaling_server.signaling_url
    assert settings.hello_auth_params.v2 is not None and settings.hello_auth_params.v1 is not None
    mine = watchers(moderator, room)
    await mine.watch.start()
    assert mine.watch.state is State.CONNECTED
    assert {"hello-v2", "welcome", "incall-all"} <= mine.watch.features
    await wait_until(lambda: mine.of(Joined), message="no initial join list")
    (ours,) = mine.of(Joined)[0].join
    assert ours.sessionid == mine.watch.session_id and ours.userid == "moderator1"
    assert ours.roomsessionid == mine.watch.talk_session_id
    assert ours.display_name == "Moderator One"


async def test_alice_joins_enters_the_call_and_raises_her_hand_each_seen_at_once(
    sign_in: SignIn, room: str, watchers: Callable[[TalkService, str], Watcher]
) -> None:
    moderator, alice = await sign_in("moderator1"), await sign_in("alice")
    mine = watchers(moderator, room)
    await mine.watch.start()
    hers = watchers(alice, room)

    since = time.monotonic()
    await hers.watch.start()  # her settings, Talk session, websocket, hello and join
    await mine.delay("join", since, lambda e: isinstance(e, Joined) and e.join[0].userid == "alice")
    assert mine.watch.signaling_id_for(hers.watch.talk_session_id) == hers.watch.session_id

    since = time.monotonic()
    await alice.calls.join(room)
    await mine.delay(
        "call",
        since,
        lambda e: (
            isinstance(e, ParticipantsUpdate)
            and any(u.actor_id == "alice" and u.in_call & 1 for u in e.users)
        ),
    )
    change = next(u for u in mine.changes() if u.actor_id == "alice")
    assert change.session_id == hers.watch.session_id
    assert change.nextcloud_session_id == hers.watch.talk_session_id
    assert change.participant_type == 3 and change.participant_permissions > 0

    since = time.monotonic()
    await hers.watch.send_raise_hand(True)
    await mine.delay("hand", since, lambda e: isinstance(e, HandRaised) and e.state)
    hand = mine.of(HandRaised)[0]
    assert (hand.sessionid, hand.userid) == (hers.watch.session_id, "alice")
    for turn in range(10):  # more samples: down, up, down, ...
        since, state = time.monotonic(), turn % 2 == 1
        await hers.watch.send_raise_hand(state)
        await mine.delay(
            "hand", since, lambda e, s=state: isinstance(e, HandRaised) and e.state == s
        )
    for flags in (7, 3, 7, 3, 7):  # video on and off again
        since = time.monotonic()
        await alice.calls.update_flags(room, flags)
        await mine.delay(
            "call flags",
            since,
            lambda e, f=flags: (
                isinstance(e, ParticipantsUpdate)
                and any(u.actor_id == "alice" and u.in_call == f for u in e.users)
            ),
        )

    since = time.monotonic()
    await hers.watch.close(leave_session=True)
    await mine.delay("leave", since, lambda e: isinstance(e, Left))
    assert hers.watch.session_id in mine.of(Left)[0].leave


async def test_the_moderator_s_mute_reaches_alice_s_websocket_and_hers_is_dropped(
    sign_in: SignIn, room: str, watchers: Callable[[TalkService, str], Watcher]
) -> None:
    moderator, alice = await sign_in("moderator1"), await sign_in("alice")
    mine, hers = watchers(moderator, room), watchers(alice, room)
    await mine.watch.start()
    await hers.watch.start()
    await alice.calls.join(room)
    await wait_until(lambda: mine.watch.in_call, timeout=15, message="alice's call not seen")

    since = time.monotonic()
    assert await mine.watch.send_force_mute(hers.watch.talk_session_id) == hers.watch.session_id
    await hers.delay("forceMute", since, lambda e: isinstance(e, ControlReceived))
    control = hers.of(ControlReceived)[0]
    assert control.data == {"action": "forceMute", "peerId": hers.watch.session_id}
    assert (control.sender.sessionid, control.sender.userid) == (
        mine.watch.session_id,
        "moderator1",
    )
    assert await mine.watch.mute_everyone() == [hers.watch.session_id]
    await wait_until(lambda: len(hers.of(ControlReceived)) == 2, message="no second mute")

    await hers.watch.send_force_mute(mine.watch.session_id)  # no moderator: the server drops it
    await hers.watch.send_raise_hand(True)  # sent after it, so it arrives after it
    await wait_until(lambda: mine.of(HandRaised), timeout=15, message="the hand not seen")
    assert not mine.of(ControlReceived)


async def test_a_dropped_connection_is_resumed_with_what_happened_meanwhile(
    sign_in: SignIn, room: str, watchers: Callable[[TalkService, str], Watcher]
) -> None:
    moderator, alice = await sign_in("moderator1"), await sign_in("alice")
    mine, hers = watchers(moderator, room), watchers(alice, room)
    await mine.watch.start()
    await hers.watch.start()
    session = mine.watch.session_id
    await mine.watch.reconnect()
    await hers.watch.send_raise_hand(True)  # possibly while the moderator is away
    await wait_until(
        lambda: mine.watch.state is State.CONNECTED and mine.watch.resumes == 1,
        timeout=15,
        message="not resumed",
    )
    states = mine.of(StateChanged)
    assert states[-1].resumed and mine.watch.session_id == session
    await wait_until(lambda: mine.of(HandRaised), timeout=15, message="the hand was lost")


async def test_cli_watch_prints_each_event_as_a_json_line(
    real_signaling_server: RealServer,
    sign_in: SignIn,
    room: str,
    watchers: Callable[[TalkService, str], Watcher],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    moderator = real_signaling_server.moderator
    monkeypatch.setenv("TALK_MODERATOR_PASSWORD", moderator.app_password)
    monkeypatch.delenv("TALK_MODERATOR_SERVER", raising=False)
    monkeypatch.delenv("TALK_MODERATOR_USER", raising=False)
    argv = ["--server", real_signaling_server.url, "--user", moderator.login]
    argv += ["--json", "watch", room, "--count", "4", "--timeout", "60"]
    code: list[int] = []
    thread = threading.Thread(target=lambda: code.append(main(argv)), daemon=True)
    thread.start()
    alice = await sign_in("alice")
    hers = watchers(alice, room)
    await hers.watch.start()  # alice is there first: the watch's first list names her
    await wait_until(
        lambda: any(s.userid == "moderator1" for s in hers.watch.sessions.values()),
        timeout=30,
        message="the watch never joined the room's signaling",
    )
    await alice.calls.join(room)
    await wait_until(lambda: hers.changes(), timeout=15, message="alice's call not confirmed")
    await hers.watch.send_raise_hand(True)
    await asyncio.to_thread(thread.join, 60)
    assert code == [0], capsys.readouterr().err
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted(e["event"] for e in events) == ["chat", "hand", "join", "update"]
    assert all(e["room"] == room for e in events)
    joined = next(e for e in events if e["event"] == "join")
    assert joined["join"][0]["userid"] == "alice"
    update = next(e for e in events if e["event"] == "update")
    assert update["users"][0]["actorId"] == "alice" and update["users"][0]["inCall"] & 1

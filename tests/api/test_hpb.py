"""The signaling-server client (``app.api.hpb``) over real websockets to the demo's own HPB.

Two people watch one room, each over their own websocket: what one does (enter the call,
raise a hand) reaches the other as typed events; the moderator's forceMute reaches the
person, a non-moderator's is dropped as the real server drops it; a drop is resumed with
what happened meanwhile; a session the server forgot becomes a new one (and says so).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TypeVar

import msgspec
import pytest

from app.api import TalkService
from app.api.hpb import (
    AnyEvent,
    ChatRefresh,
    ControlReceived,
    Disinvited,
    HandRaised,
    HpbEvent,
    Joined,
    Left,
    NoSignalingServer,
    NotConnected,
    ParticipantChange,
    ParticipantsUpdate,
    RoomSignaling,
    State,
    StateChanged,
    UnknownSession,
    websocket_url,
)
from app.demo_server import DemoServer
from app.demo_server.hpb import FEATURES, hub_for
from tests.helpers.moderation import make_event_room
from tests.helpers.waiting import wait_until

Make = Callable[..., Awaitable[TalkService]]
E = TypeVar("E", bound=HpbEvent)


@pytest.fixture
async def sign_in(recording_transport_for: object) -> AsyncIterator[Make]:
    """``await sign_in(server, login)``: a service of that account (closed afterwards)."""
    made: list[TalkService] = []

    async def make(server: DemoServer, login: str) -> TalkService:
        service = TalkService(
            server.url,
            login,
            server.users[login].app_password,
            retry_base_delay=0.01,
            timeout=5.0,
            transport=recording_transport_for(server),  # type: ignore[operator]
        )
        made.append(service)
        return service

    yield make
    for service in made:
        await service.aclose()


class Recorder:
    """A room's signaling with every event kept, closed at the end of the test."""

    def __init__(self, service: TalkService, token: str, **options: float) -> None:
        self.events: list[AnyEvent] = []
        self.watch = RoomSignaling(service, token, on_event=self.events.append, **options)

    def of(self, kind: type[E]) -> list[E]:
        return [e for e in self.events if isinstance(e, kind)]

    def changes(self) -> list[ParticipantChange]:
        return [user for update in self.of(ParticipantsUpdate) for user in update.users]

    def states(self) -> list[StateChanged]:
        return self.of(StateChanged)


@pytest.fixture
async def recorders() -> AsyncIterator[Callable[..., Recorder]]:
    made: list[Recorder] = []

    def make(service: TalkService, token: str, **options: float) -> Recorder:
        made.append(Recorder(service, token, **options))
        return made[-1]

    yield make
    for recorder in made:
        await recorder.watch.close(leave_session=True)


@pytest.fixture
def restartable() -> Iterator[DemoServer]:
    """A demo server with a signaling server, stopped and started again by the test."""
    server = DemoServer(seed=1, hpb=True).start()
    try:
        yield server
    finally:
        server.stop()


def test_the_websocket_url_is_built_as_talk_s_web_client_builds_it() -> None:
    assert websocket_url("https://cloud.example.org/standalone-signaling/") == (
        "wss://cloud.example.org/standalone-signaling/spreed"
    )
    assert websocket_url("ws://127.0.0.1:8081") == "ws://127.0.0.1:8081/spreed"


async def test_without_a_signaling_server_start_says_so_and_nothing_is_retried(
    real_profile_server: DemoServer, sign_in: Make
) -> None:
    moderator = await sign_in(real_profile_server, "moderator1")
    room = await make_event_room(moderator)
    watch = RoomSignaling(moderator, room.token)
    with pytest.raises(NoSignalingServer):
        await watch.start()
    assert watch.state is State.UNAVAILABLE and watch.connections == 0
    await watch.close()
    assert watch.state is State.CLOSED


async def test_who_comes_enters_the_call_and_raises_a_hand_is_seen_by_the_moderator(
    hpb_demo_server: DemoServer, sign_in: Make, recorders: Callable[..., Recorder]
) -> None:
    moderator = await sign_in(hpb_demo_server, "moderator1")
    alice = await sign_in(hpb_demo_server, "alice")
    room = await make_event_room(moderator)
    mine = recorders(moderator, room.token)
    await mine.watch.start()
    assert mine.watch.state is State.CONNECTED and "hello-v2" in mine.watch.features
    assert mine.states()[0].state == "connected" and not mine.states()[0].resumed
    await wait_until(lambda: mine.of(Joined), message="no initial join list")
    assert mine.of(Joined)[0].join[0].sessionid == mine.watch.session_id  # ourselves

    hers = recorders(alice, room.token)
    await hers.watch.start()
    await wait_until(lambda: len(mine.of(Joined)) == 2, message="alice's join not seen")
    joined = mine.of(Joined)[1].join[0]
    assert (joined.userid, joined.display_name) == ("alice", "Alice")
    assert joined.roomsessionid == hers.watch.talk_session_id
    assert mine.watch.signaling_id_for(hers.watch.talk_session_id) == hers.watch.session_id

    await alice.calls.join(room.token)
    await wait_until(
        lambda: any(
            u.session_id == hers.watch.session_id and u.in_call & 1 for u in mine.changes()
        ),
        message="alice's call join not seen",
    )
    update = mine.changes()[0]
    assert (update.actor_id, update.nextcloud_session_id) == ("alice", hers.watch.talk_session_id)
    await wait_until(lambda: mine.of(ChatRefresh), message="no chat refresh (system message)")

    await hers.watch.send_raise_hand(True)
    await wait_until(lambda: mine.of(HandRaised), message="the hand not seen")
    hand = mine.of(HandRaised)[0]
    assert (hand.sessionid, hand.userid, hand.state) == (hers.watch.session_id, "alice", True)
    assert hand.timestamp > 0
    assert mine.watch.talk_session_for(hand.sessionid) == hers.watch.talk_session_id
    wire = msgspec.to_builtins(hand)
    assert wire["event"] == "hand" and wire["room"] == room.token

    await hers.watch.close(leave_session=True)
    await wait_until(lambda: mine.of(Left), message="alice's leave not seen")
    assert mine.of(Left)[0].leave == (hers.watch.session_id,)
    assert hers.watch.session_id not in mine.watch.sessions


async def test_the_moderator_s_force_mute_reaches_the_person_and_a_non_moderator_s_does_not(
    hpb_demo_server: DemoServer, sign_in: Make, recorders: Callable[..., Recorder]
) -> None:
    moderator = await sign_in(hpb_demo_server, "moderator1")
    alice = await sign_in(hpb_demo_server, "alice")
    room = await make_event_room(moderator)
    mine, hers = recorders(moderator, room.token), recorders(alice, room.token)
    await mine.watch.start()
    await hers.watch.start()
    await alice.calls.join(room.token)
    await wait_until(lambda: mine.watch.in_call, message="alice's call join not seen")

    assert await mine.watch.send_force_mute(hers.watch.talk_session_id) == hers.watch.session_id
    await wait_until(lambda: hers.of(ControlReceived), message="no forceMute arrived")
    control = hers.of(ControlReceived)[0]
    assert control.data == {"action": "forceMute", "peerId": hers.watch.session_id}
    assert control.sender.sessionid == mine.watch.session_id
    assert await mine.watch.mute_everyone() == [hers.watch.session_id]
    await wait_until(lambda: len(hers.of(ControlReceived)) == 2, message="no second forceMute")

    await hers.watch.send_force_mute(mine.watch.session_id)  # alice is no moderator: dropped
    await hers.watch.send_raise_hand(True)  # and this comes after it, so it is the proof
    await wait_until(lambda: mine.of(HandRaised), message="the hand not seen")
    assert not mine.of(ControlReceived)
    with pytest.raises(UnknownSession):
        await mine.watch.send_force_mute("no-such-session")


async def test_hello_v1_with_the_ticket_when_the_server_offers_no_v2(
    hpb_demo_server: DemoServer, sign_in: Make, recorders: Callable[..., Recorder]
) -> None:
    hub_for(hpb_demo_server.state).features = tuple(f for f in FEATURES if f != "hello-v2")
    moderator = await sign_in(hpb_demo_server, "moderator1")
    room = await make_event_room(moderator)
    mine = recorders(moderator, room.token)
    await mine.watch.start()
    assert mine.watch.state is State.CONNECTED and "hello-v2" not in mine.watch.features
    session = hub_for(hpb_demo_server.state).sessions[mine.watch.session_id]
    assert session.version == "1.0" and session.login == "moderator1"


async def test_a_drop_is_resumed_with_what_happened_meanwhile(
    restartable: DemoServer, sign_in: Make, recorders: Callable[..., Recorder]
) -> None:
    moderator = await sign_in(restartable, "moderator1")
    room = await make_event_room(moderator)
    mine = recorders(moderator, room.token, backoff_base=0.05, backoff_maximum=0.2)
    await mine.watch.start()
    session_id = mine.watch.session_id
    restartable.stop()  # the websocket drops with the server
    await wait_until(lambda: mine.watch.state is not State.CONNECTED, message="no drop seen")
    with restartable.state.lock:  # meanwhile someone enters the call
        state = restartable.state
        talk_room = state.room(room.token)
        assert talk_room is not None
        bob = talk_room.find("users", "bob")
        assert bob is not None
        session = state.add_session(talk_room, bob)
        state.change_in_call(talk_room, session, 3, actor=bob)
    restartable.start()
    await wait_until(lambda: mine.watch.state is State.CONNECTED, message="not resumed")
    assert mine.states()[-1].resumed and mine.watch.session_id == session_id
    assert mine.watch.resumes == 1 and mine.watch.connections >= 2
    await wait_until(
        lambda: any(u.actor_id == "bob" for u in mine.changes()),
        message="what happened while down did not arrive",
    )


async def test_a_session_the_server_forgot_becomes_a_new_one_and_says_it_was_not_resumed(
    restartable: DemoServer, sign_in: Make, recorders: Callable[..., Recorder]
) -> None:
    moderator = await sign_in(restartable, "moderator1")
    room = await make_event_room(moderator)
    mine = recorders(moderator, room.token, backoff_base=0.05, backoff_maximum=0.2)
    await mine.watch.start()
    first = mine.watch.session_id
    restartable.stop()
    await wait_until(lambda: mine.watch.state is not State.CONNECTED, message="no drop seen")
    hub = hub_for(restartable.state)
    with restartable.state.lock:
        for session in list(hub.sessions.values()):
            hub.end(session)
    restartable.start()
    await wait_until(lambda: mine.watch.state is State.CONNECTED, message="no new session")
    assert not mine.states()[-1].resumed and mine.watch.session_id != first
    assert mine.watch.resumes == 0
    await wait_until(lambda: len(mine.of(Joined)) == 2, message="no new join list")


async def test_an_unreachable_server_is_reported_and_retried_until_it_answers(
    restartable: DemoServer, sign_in: Make, recorders: Callable[..., Recorder]
) -> None:
    moderator = await sign_in(restartable, "moderator1")
    room = await make_event_room(moderator)
    restartable.stop()
    mine = recorders(moderator, room.token, backoff_base=0.05, backoff_maximum=0.2)
    await mine.watch.start()  # the first attempt failed: start returns, retrying goes on
    assert mine.watch.state is State.UNAVAILABLE and mine.states()[-1].reason
    with pytest.raises(NotConnected):
        await mine.watch.send_force_mute("anyone")
    restartable.start()
    await wait_until(lambda: mine.watch.state is State.CONNECTED, timeout=15, message="stuck")


async def test_removal_from_the_conversation_is_an_event(
    hpb_demo_server: DemoServer, sign_in: Make, recorders: Callable[..., Recorder]
) -> None:
    moderator = await sign_in(hpb_demo_server, "moderator1")
    alice = await sign_in(hpb_demo_server, "alice")
    room = await make_event_room(moderator)
    hers = recorders(alice, room.token)
    await hers.watch.start()
    people = await moderator.participants.list(room.token)
    await moderator.participants.remove(
        room.token, next(p.attendee_id for p in people if p.actor_id == "alice")
    )
    await wait_until(lambda: hers.of(Disinvited), message="no disinvite")


async def test_a_malformed_frame_is_skipped_and_the_next_one_read(
    hpb_demo_server: DemoServer, sign_in: Make, recorders: Callable[..., Recorder]
) -> None:
    moderator = await sign_in(hpb_demo_server, "moderator1")
    room = await make_event_room(moderator)
    mine = recorders(moderator, room.token)
    await mine.watch.start()
    hub = hub_for(hpb_demo_server.state)
    with hpb_demo_server.state.lock:
        session = hub.sessions[mine.watch.session_id]
        assert session.deliver is not None
        session.deliver("{not json")
        session.deliver('{"type": "event", "event": {"target": "room", "type": "join", "join": 5}}')
        session.deliver('["a list"]')
        hub.simulate_hand(room.token, "someone", True)
    await wait_until(lambda: mine.of(HandRaised), message="the frame after the bad ones lost")
    assert mine.watch.state is State.CONNECTED


async def test_events_can_be_read_as_a_stream(hpb_demo_server: DemoServer, sign_in: Make) -> None:
    moderator = await sign_in(hpb_demo_server, "moderator1")
    room = await make_event_room(moderator)
    async with RoomSignaling(moderator, room.token) as watch:
        stream = watch.events()
        first = await asyncio.wait_for(anext(stream), 5)
        assert isinstance(first, StateChanged) and first.state == "connected"
        assert isinstance(await asyncio.wait_for(anext(stream), 5), Joined)
    rest = [event async for event in stream]
    assert [e.state for e in rest if isinstance(e, StateChanged)] == ["closed"]

"""While a signaling server pushes a room's changes the controller polls it only as a safety
net, and polls it again at once when the push stops; a new signaling session (not a resumed
one) reads the room again, so nothing missed while it was down stays missed."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from app.api import TalkService
from app.api.hpb import AnyEvent, RoomSignaling, StateChanged
from app.demo_server import DemoServer
from app.live import PollConfig, PollingController
from app.live.signaling_watch import SignalingWatch
from tests.helpers.moderation import make_event_room, service_for
from tests.helpers.waiting import wait_until

FAST = PollConfig(
    rooms_interval=0.1,
    selected_interval=0.1,
    full_interval=0.5,
    backoff_base=0.05,
    backoff_max=0.2,
    live_interval=60.0,
)


@pytest.fixture
async def controller(service: TalkService) -> AsyncIterator[PollingController]:
    controller = PollingController(service, FAST)
    controller.start()
    try:
        yield controller
    finally:
        await controller.stop()


async def test_a_live_room_is_polled_as_a_safety_net_and_at_once_when_it_stops(
    controller: PollingController, service: TalkService
) -> None:
    event = await make_event_room(service, "Safety net")
    reads: list[float] = []
    controller.participants_read.connect(lambda token: reads.append(time.monotonic()))
    controller.select_room(event.token)
    await wait_until(lambda: len(reads) >= 3, message="polled every 0.1 s")
    controller.set_live([event.token])
    await wait_until(lambda: controller.live == {event.token})
    settled = len(reads) + 1  # a poll already asleep for 0.1 s may come once more
    started = time.monotonic()
    await wait_until(lambda: time.monotonic() - started > 0.6, interval=0.05)
    assert len(reads) <= settled, "polled while the room was live"
    stopped = time.monotonic()
    controller.set_live([])
    await wait_until(lambda: reads and reads[-1] > stopped, timeout=1, message="polled at once")
    assert reads[-1] - stopped < 0.3


async def test_a_new_signaling_session_reads_the_room_again_a_resumed_one_does_not(
    hpb_demo_server: DemoServer,
) -> None:
    service = service_for(hpb_demo_server, hpb_demo_server.moderator.login)
    controller = PollingController(service, FAST)
    handlers: list[Callable[[AnyEvent], None]] = []

    def connect(svc: TalkService, token: str, **options: Any) -> RoomSignaling:
        handlers.append(options["on_event"])
        return RoomSignaling(svc, token, **options)

    watch = SignalingWatch(service, controller, connect=connect)
    try:
        event = await make_event_room(service, "Reconnects")
        controller.start()
        controller.select_room(event.token)
        await wait_until(lambda: watch.is_live(event.token), message="connected")
        await wait_until(lambda: watch.reads_of.get(event.token, 0) >= 1, message="first read")
        before = watch.reads_of[event.token]
        assert watch.mode == "hpb"
        # the connection reports a drop and a new session, as RoomSignaling does
        handlers[0](StateChanged(room=event.token, state="reconnecting", reason="dropped"))
        assert not watch.is_live(event.token)
        assert event.token not in controller.live
        handlers[0](StateChanged(room=event.token, state="connected", resumed=True))
        assert watch.is_live(event.token)
        for _ in range(3):  # as long as a read would take, several times over
            await service.participants.list(event.token)
        assert watch.reads_of[event.token] == before, "a resumed session replays what it missed"
        handlers[0](StateChanged(room=event.token, state="reconnecting", reason="dropped"))
        handlers[0](StateChanged(room=event.token, state="connected", resumed=False))
        await wait_until(lambda: watch.reads_of[event.token] == before + 1, message="re-read")
    finally:
        await watch.stop()
        await controller.stop()
        await service.aclose()


async def test_a_promotion_and_a_permission_change_are_applied_from_the_event(
    hpb_demo_server: DemoServer,
) -> None:
    service = service_for(hpb_demo_server, hpb_demo_server.moderator.login)
    other = service_for(hpb_demo_server, hpb_demo_server.moderator.login)
    alice = service_for(hpb_demo_server, "alice")
    controller = PollingController(service, FAST)
    watch = SignalingWatch(service, controller)
    shown: dict[int, Any] = {}
    controller.participants_changed.connect(
        lambda token, people: shown.update({p.attendee_id: p for p in people})
    )
    link: RoomSignaling | None = None
    try:
        event = await make_event_room(service, "Roles live", logins=("alice",))
        attendee = event.person("alice").attendee_id
        controller.start()
        controller.select_room(event.token)
        await wait_until(lambda: watch.is_live(event.token), message="connected")
        link = RoomSignaling(alice, event.token)
        await link.start()
        await wait_until(lambda: bool(shown.get(attendee) and shown[attendee].session_ids))
        await wait_until(lambda: controller.live == {event.token})
        reads = watch.reads_of[event.token]
        before = shown[attendee].permissions
        await other.participants.set_permissions(event.token, attendee, "set", 1 | 2 | 4)
        await wait_until(lambda: shown[attendee].permissions != before, timeout=3)
        await other.participants.promote(event.token, attendee)
        await wait_until(lambda: shown[attendee].participant_type == 2, timeout=3)
        assert watch.reads_of[event.token] == reads, "the events carried the data"
    finally:
        if link is not None:
            await link.close(leave_session=True)
        await watch.stop()
        await controller.stop()
        for svc in (service, other, alice):
            await svc.aclose()

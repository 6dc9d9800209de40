"""Live alerts against the demo server: the detector's rules, and the whole path from a guest
entering a lobby (over the server's signaling pull) to the alert, and back out when let in."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from datetime import datetime

import pytest

from app.api import Participant, Room, TalkService
from app.demo_server import DemoServer
from app.live import PollConfig, PollingController
from app.live.alert_center import AlertCenter
from app.live.alert_policy import in_quiet_hours, notifies
from app.live.alerts import Alert, AlertDetector, AlertKind
from app.live.lobby_watch import PULLS, LobbyWatch
from app.moderation import ActionRunner
from app.moderation import operations as ops
from app.settings import NotificationOptions
from tests.helpers.moderation import add_guest, make_event_room
from tests.helpers.moderation_fixtures import audit, runner
from tests.helpers.waiting import wait_until

__all__ = ["audit", "runner"]  # fixtures

FAST = PollConfig(
    rooms_interval=0.2,
    selected_interval=0.2,
    full_interval=1.0,
    backoff_base=0.05,
    backoff_max=0.4,
    offline_after=2,
)


def _room(**fields: object) -> Room:
    values: dict[str, object] = {"token": "t1", "type": 3, "name": "Town hall"}
    values.update(fields)
    values.setdefault("display_name", values["name"])
    values.setdefault("participant_type", 1)
    return Room(**values)  # type: ignore[arg-type]


def _guest(attendee_id: int, name: str, *, online: bool = True) -> Participant:
    return Participant(
        attendee_id=attendee_id,
        actor_type="guests",
        actor_id=f"g{attendee_id}",
        participant_type=4,
        display_name=name,
        session_ids=("s1",) if online else (),
    )


# ----------------------------------------------------------------------------- rules


def test_a_call_starting_and_a_lobby_opening_on_time_are_news() -> None:
    now = 1_800_000_000.0
    detector = AlertDetector(clock=lambda: now)
    assert detector.on_rooms([_room(has_call=True)]) == ([], False)  # first sight: no news
    detector.on_rooms([_room(has_call=False, lobby_state=1, lobby_timer=int(now) - 5)])
    alerts, _ = detector.on_rooms([_room(has_call=True, lobby_state=0)])
    assert [a.kind for a in alerts] == [AlertKind.CALL, AlertKind.LOBBY_OPENED]
    detector.on_rooms([_room(lobby_state=1, lobby_timer=int(now) + 3600)])
    alerts, _ = detector.on_rooms([_room(lobby_state=0)])
    assert alerts == []  # opened by hand an hour early: no timer alert


def test_waiting_people_longest_first_and_only_new_ones_alert() -> None:
    clock = [100.0]
    detector = AlertDetector(clock=lambda: clock[0])
    detector.on_rooms([_room(lobby_state=1)])
    alerts, changed = detector.on_people("t1", [_guest(5, "Ann")])
    assert changed and [a.name for a in alerts] == ["Ann"]
    clock[0] = 130.0
    alerts, changed = detector.on_people("t1", [_guest(5, "Ann"), _guest(6, "Ben")])
    assert [a.name for a in alerts] == ["Ben"]
    assert [(w.name, w.waited(160.0)) for w in detector.waiting] == [("Ann", 60.0), ("Ben", 30.0)]
    _, changed = detector.on_people("t1", [_guest(6, "Ben"), _guest(5, "Ann", online=False)])
    assert changed and [w.name for w in detector.waiting] == ["Ben"]
    detector.on_rooms([_room(lobby_state=0)])
    assert detector.waiting == []


def test_a_room_not_moderated_waits_but_does_not_alert() -> None:
    detector = AlertDetector()
    detector.on_rooms([_room(lobby_state=1, participant_type=3)])
    alerts, changed = detector.on_people("t1", [_guest(5, "Ann")])
    assert alerts == [] and changed


def test_quiet_hours_mute_and_kinds_decide_the_notification() -> None:
    alert = Alert(AlertKind.LOBBY, "t1", "Town hall", "Ann is waiting", 0.0)
    night = datetime(2026, 12, 3, 23, 30)
    day = datetime(2026, 12, 3, 12, 0)
    quiet = NotificationOptions(quiet_from="22:00", quiet_until="07:00")
    assert in_quiet_hours(quiet, night) and not in_quiet_hours(quiet, day)
    assert not notifies(alert, quiet, night) and notifies(alert, quiet, day)
    assert not notifies(alert, NotificationOptions(muted_rooms=("t1",)), day)
    assert not notifies(alert, NotificationOptions(lobby_waiting=False), day)
    assert not notifies(alert, NotificationOptions(enabled=False), day)


# ----------------------------------------------------------------------------- live


@pytest.fixture
async def center(service: TalkService) -> AsyncIterator[AlertCenter]:
    controller = PollingController(service, FAST)
    watch = LobbyWatch(service, fallback_interval=0.5, backoff_maximum=0.5)
    alerts = AlertCenter(controller, watch)
    controller.start()
    try:
        await wait_until(lambda: controller.loaded, message="rooms never loaded")
        yield alerts
    finally:
        await alerts.stop()
        await controller.stop()


async def test_a_guest_entering_a_lobby_raises_an_alert_and_leaves_when_let_in(
    demo_server: DemoServer, service: TalkService, center: AlertCenter, runner: ActionRunner
) -> None:
    event = await make_event_room(service, "Town hall", room_type=3)
    await service.webinar.set_lobby(event.token, True)
    raised: list[Alert] = []
    center.alert_raised.connect(raised.append)
    await wait_until(lambda: event.token in center.watch.tokens, message="lobby not watched")
    await wait_until(lambda: center.watch.mode == PULLS, message="no signaling pull")
    reads = center.watch.reads_of.get(event.token, 0)
    entered = time.monotonic()
    attendee = add_guest(demo_server, event.token, "Visitor at the door")
    await wait_until(
        lambda: any(a.kind is AlertKind.LOBBY and a.attendee_id == attendee for a in raised),
        timeout=10,
        message="no lobby alert",
    )
    delay = time.monotonic() - entered
    assert delay < 5, f"the alert took {delay:.1f} s"
    # the pull said when: one read of this room, not a poll loop
    assert center.watch.reads_of[event.token] - reads <= 2
    assert [w.name for w in center.waiting if w.token == event.token] == ["Visitor at the door"]

    room = await service.rooms.get(event.token)
    visitor = next(
        p for p in await service.participants.list(event.token) if p.attendee_id == attendee
    )
    await runner.run(ops.lobby_bypass(room, visitor, True))
    await wait_until(
        lambda: all(w.token != event.token for w in center.waiting),
        timeout=10,
        message="still waiting",
    )


async def test_a_refused_pull_does_not_end_the_watch(
    demo_server: DemoServer, service: TalkService, center: AlertCenter
) -> None:
    """A one-off 401 on a pull (the window signs in again meanwhile): the room stays watched
    and the next guest still raises an alert."""
    event = await make_event_room(service, "Town hall", room_type=3)
    await service.webinar.set_lobby(event.token, True)
    raised: list[Alert] = []
    center.alert_raised.connect(raised.append)
    await wait_until(lambda: center.watch.reads >= 2, message="never pulled")
    demo_server.fail_next("401", method="GET", count=1)
    attendee = add_guest(demo_server, event.token, "After the hiccup")
    await wait_until(
        lambda: any(a.attendee_id == attendee for a in raised),
        timeout=15,
        message="the watch ended after a 401",
    )

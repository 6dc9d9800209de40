"""The lobby alert against the real server: a guest opens the public link of a conversation
whose lobby is on; the app's lobby watch (Talk's signaling pull) reads the participants once
and the alert is raised, within seconds and without polling the room."""

from __future__ import annotations

import time

import pytest

from app.live import PollConfig, PollingController
from app.live.alert_center import AlertCenter
from app.live.alerts import Alert, AlertKind
from app.live.lobby_watch import PULLS, LobbyWatch
from tests.helpers.waiting import wait_until
from tests.real_server.conftest import ServiceFactory

pytestmark = pytest.mark.real_server

CONFIG = PollConfig(rooms_interval=1.0, selected_interval=1.0, full_interval=5.0)


async def test_a_guest_in_the_lobby_raises_the_alert_fast(
    real_service_for: ServiceFactory, cleanup_rooms: list[str]
) -> None:
    moderator = await real_service_for("moderator1")
    room = await moderator.rooms.create(3, "Lobby alert")
    cleanup_rooms.append(room.token)
    await moderator.webinar.set_lobby(room.token, True)
    controller = PollingController(moderator, CONFIG)
    watch = LobbyWatch(moderator, fallback_interval=5.0, backoff_maximum=2.0)
    center = AlertCenter(controller, watch)
    raised: list[Alert] = []
    center.alert_raised.connect(raised.append)
    controller.start()
    try:
        await wait_until(lambda: room.token in watch.tokens, timeout=20, message="not watched")
        await wait_until(lambda: watch.mode == PULLS, timeout=20, message="no signaling pull")
        await wait_until(lambda: watch.reads >= 2, timeout=20, message="the first pull")
        reads = watch.reads_of.get(room.token, 0)
        guest = await real_service_for("")
        entered = time.monotonic()
        await guest.sessions.open(room.token)
        await wait_until(
            lambda: any(a.kind is AlertKind.LOBBY and a.token == room.token for a in raised),
            timeout=15,
            message="no lobby alert",
        )
        delay = time.monotonic() - entered
        read = watch.reads_of[room.token] - reads
        print(f"lobby alert {delay:.2f} s after the guest's join, {read} read(s)")
        assert delay < 5
        assert read <= 2
        assert [w.token for w in center.waiting] == [room.token]
    finally:
        await center.stop()
        await controller.stop()
        await moderator.sessions.close(room.token)

"""Kiosk fixtures: a sample kiosk.toml for the demo server, the secret in a throw-away keyring,
and the real kiosk window (windowed: no full screen offscreen) polling the real demo server."""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.api import Room, TalkService
from app.demo_server import DemoServer
from app.kiosk.actions import ACTION_NAMES, KioskAction
from app.kiosk.app import make_service, read_app_password
from app.kiosk.config import KioskConfig, load_config
from app.kiosk.pin import PinGuard
from app.kiosk.window import KioskWindow
from app.secrets import secret_key, set_app_password
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.waiting import wait_until

from .helpers import kiosk_toml, write_config

ROOMS = {
    "webinar": "Product Launch Webinar",  # lobby on with a timer, people waiting, call running
    "town_hall": "Town Hall",  # call running with guests
    "announcements": "Announcements",  # read-only
    "book_club": "Book Club",  # the moderator is only a plain participant there
}
ALLOWED = ("lobby", "admit", "read-only", "end-call")
"""Deliberately without lobby-timer, remove-guest and promote."""
EVERYTHING = ACTION_NAMES


class FakeClock:
    """A monotonic clock the test moves forward (for the PIN lockout)."""

    def __init__(self) -> None:
        self.now = 10_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
async def demo_rooms(service: TalkService) -> dict[str, Room]:
    """The seeded rooms the sample configuration uses, by short name."""
    listing = await service.rooms.list()
    by_title = {room.title: room for room in listing.rooms}
    return {key: by_title[title] for key, title in ROOMS.items()}


@pytest.fixture
def kiosk_config_path(
    tmp_path: Path,
    demo_server: DemoServer,
    demo_rooms: dict[str, Room],
    memory_keyring: MemoryKeyring,
) -> Path:
    """kiosk.toml for the demo server; the app password is stored the documented way."""
    login = demo_server.moderator.login
    set_app_password(secret_key(login, demo_server.url), demo_server.moderator.app_password)
    text = kiosk_toml(
        url=demo_server.url,
        login=login,
        tokens=[
            (demo_rooms["webinar"].token, "Webinar"),
            (demo_rooms["town_hall"].token, "Town hall"),
            (demo_rooms["announcements"].token, None),
            (demo_rooms["book_club"].token, "Book club"),
        ],
        actions=ALLOWED,
        poll_interval=0.5,
        max_retry_delay=1.0,
    )
    return write_config(tmp_path, text)


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def kiosk_service(
    kiosk_config_path: Path,
    demo_server: DemoServer,
    recording_transport_for: Callable[[DemoServer], Any],
) -> AsyncIterator[TalkService]:
    """The kiosk's own service, built the way run_kiosk builds it (secret from the keyring)."""
    config = load_config(kiosk_config_path)
    service = make_service(
        config,
        read_app_password(config),
        timeout=3.0,
        transport=recording_transport_for(demo_server),
    )
    try:
        yield service
    finally:
        await service.aclose()


KioskOpener = Callable[..., AbstractAsyncContextManager[KioskWindow]]


@pytest.fixture
def open_kiosk(
    qtbot: QtBot,
    kiosk_config_path: Path,
    kiosk_service: TalkService,
    fake_clock: FakeClock,
) -> KioskOpener:
    """Opens the started kiosk window, once every card has its first data.

    A context manager rather than a fixture: the window's poll tasks must be stopped inside
    the test, on its qasync loop, before pytest-qt processes events at teardown (asyncio
    callbacks run then would find no running loop).
    """

    @contextlib.asynccontextmanager
    async def opener(actions: Iterable[str] | None = None) -> AsyncIterator[KioskWindow]:
        """Args: actions: allowed actions instead of the sample's ``ALLOWED``."""
        config: KioskConfig = load_config(kiosk_config_path)
        if actions is not None:
            config = dataclasses.replace(
                config, allowed_actions=frozenset(KioskAction(a) for a in actions)
            )
        window = KioskWindow(
            config, kiosk_service, windowed=True, pin_guard=PinGuard(clock=fake_clock)
        )
        qtbot.addWidget(window)
        window.start()
        try:
            await wait_until(
                lambda: (
                    all(card.view.loaded for card in window.cards.values())
                    and all(
                        view.participants
                        for view in window.feed.views.values()
                        if view.is_moderator
                    )
                ),
                message="cards did not fill",
            )
            yield window
        finally:
            await window.shutdown()

    return opener

"""The kiosk's waiting badge, and its chime when someone starts waiting in a card's lobby."""

from __future__ import annotations

from pathlib import Path

from app.api import Room
from app.demo_server import DemoServer
from app.kiosk.config import load_config
from tests.helpers.moderation import add_guest
from tests.helpers.waiting import wait_until

from .conftest import KioskOpener
from .helpers import kiosk_toml


async def test_a_newcomer_in_a_lobby_chimes_once_and_the_badge_warns(
    open_kiosk: KioskOpener, demo_rooms: dict[str, Room], demo_server: DemoServer
) -> None:
    async with open_kiosk() as kiosk:
        card = kiosk.cards[demo_rooms["webinar"].token]
        assert card.waiting_label.text() == "Waiting: 4"
        assert card.waiting_label.property("state") == "warn"
        assert kiosk.chimes == 0  # those waiting at the start are no news
        add_guest(demo_server, demo_rooms["webinar"].token, "Late guest")
        await wait_until(lambda: card.waiting_label.text() == "Waiting: 5", timeout=10)
        assert kiosk.chimes == 1
        town_hall = kiosk.cards[demo_rooms["town_hall"].token]
        assert town_hall.waiting_label.property("state") == "off"  # no lobby, no badge


def test_the_chime_can_be_switched_off(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(kiosk_toml(extra_kiosk="chime = false\n"), encoding="utf-8")
    assert load_config(path).chime is False
    path.write_text(kiosk_toml(), encoding="utf-8")
    assert load_config(path).chime is True

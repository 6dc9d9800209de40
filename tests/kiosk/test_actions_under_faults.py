"""A kiosk action whose request fails says why on its card and leaves the card usable.

The demo server spoils the one write of the action (``fail_next`` on PUT, the lobby's
method): a 5xx, a connection dropped before the server did anything, a stall past which the
connection drops. The reason shows on the card staff tapped (and on the message bar), the
buttons are enabled again, and tapping again does it. An answer lost after the write was done
(``drop-after``) is verified by reading the room again and counts as done.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QPushButton

from app.api import Room, TalkService
from app.demo_server import DemoServer
from app.kiosk.cards import FAILURE_SECONDS, ConversationCard
from app.kiosk.window import KioskWindow
from tests.helpers.waiting import wait_until

from .conftest import KioskOpener


def _lobby_button(card: ConversationCard) -> QPushButton:
    button = card.buttons.get("lobbyButton")
    assert button is not None
    return button


async def _tap_lobby(kiosk: KioskWindow, card: ConversationCard) -> None:
    button = _lobby_button(card)
    await wait_until(button.isEnabled, message="the lobby button is not usable")
    button.click()
    assert kiosk.pending_actions == 1  # sent (the card is busy until it ends)
    await wait_until(lambda: kiosk.pending_actions == 0, timeout=20, message="action hung")


@pytest.mark.parametrize(
    ("fault", "words"),
    [
        ("500", "server"),
        ("503", "maintenance"),
        ("drop", "not applied"),
        ("stall", "not applied"),
    ],
)
async def test_a_failed_action_says_why_on_its_card_and_a_retry_works(
    open_kiosk: KioskOpener,
    demo_server: DemoServer,
    demo_rooms: dict[str, Room],
    service: TalkService,
    fault: str,
    words: str,
) -> None:
    token = demo_rooms["town_hall"].token
    async with open_kiosk() as kiosk:
        card = kiosk.cards[token]
        other = kiosk.cards[demo_rooms["webinar"].token]
        assert card.failure == ""
        demo_server.fail_next(fault, method="PUT")
        await _tap_lobby(kiosk, card)

        reason = card.failure
        assert words in reason.lower(), reason
        assert "Traceback" not in reason and "{" not in reason
        assert kiosk.message_bar.text() == reason  # the bar says the same
        assert other.failure == ""  # only the card that was tapped
        assert not (await service.rooms.get(token)).lobby_enabled  # nothing was done
        # usable again: the buttons are enabled, and the same tap now works
        assert _lobby_button(card).isEnabled()
        assert demo_server.pending_faults() == 0
        await _tap_lobby(kiosk, card)
        assert card.failure == ""  # the new attempt took the old reason away
        assert (await service.rooms.get(token)).lobby_enabled
        await wait_until(lambda: card.view.lobby_on, message="the card did not show the lobby")


async def test_a_lost_answer_of_a_done_write_is_verified_not_shown_as_a_failure(
    open_kiosk: KioskOpener,
    demo_server: DemoServer,
    demo_rooms: dict[str, Room],
    service: TalkService,
) -> None:
    token = demo_rooms["town_hall"].token
    async with open_kiosk() as kiosk:
        card = kiosk.cards[token]
        demo_server.fail_next("drop-after", method="PUT")
        await _tap_lobby(kiosk, card)
        assert card.failure == ""
        assert "the change was applied" in kiosk.message_bar.text()
        assert kiosk.message_bar.property("state") == "ok"
        assert (await service.rooms.get(token)).lobby_enabled


async def test_an_old_failure_leaves_the_card_by_itself(
    open_kiosk: KioskOpener, demo_server: DemoServer, demo_rooms: dict[str, Room]
) -> None:
    async with open_kiosk() as kiosk:
        card = kiosk.cards[demo_rooms["town_hall"].token]
        demo_server.fail_next("500", method="PUT")
        tapped = time.time()
        await _tap_lobby(kiosk, card)
        assert card.failure
        assert FAILURE_SECONDS >= 30  # long enough to be read and acted on
        card.tick(tapped + FAILURE_SECONDS - 5)
        assert card.failure  # still there
        card.tick(time.time() + FAILURE_SECONDS + 1)
        assert card.failure == ""

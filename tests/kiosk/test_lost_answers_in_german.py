"""A kiosk in German says in German what a re-read found after a lost answer.

The demo server loses the answer of the lobby's write (``fail_next`` on PUT): ``drop-after``
does the write and drops the connection, ``drop`` drops it before doing anything. The runner
reads the room again; the message line (and, for a failure, the card) must say what the read
showed in the kiosk's language, not the runner's English (which the audit log keeps).
"""

from __future__ import annotations

from pathlib import Path

from app.api import Room, TalkService
from app.demo_server import DemoServer
from app.kiosk.cards import ConversationCard
from app.kiosk.window import KioskWindow
from tests.helpers.untranslated import RUNNER_ENGLISH, language
from tests.helpers.waiting import wait_until

from .conftest import KioskOpener


async def _tap_lobby(kiosk: KioskWindow, card: ConversationCard) -> None:
    button = card.buttons.get("lobbyButton")
    assert button is not None
    await wait_until(button.isEnabled, message="the lobby button is not usable")
    button.click()
    await wait_until(lambda: kiosk.pending_actions == 0, timeout=20, message="action hung")


async def test_a_verified_lost_answer_is_told_in_german(
    open_kiosk: KioskOpener,
    demo_server: DemoServer,
    demo_rooms: dict[str, Room],
    service: TalkService,
    catalogue: Path,
) -> None:
    token = demo_rooms["town_hall"].token
    with language("de", catalogue) as installed:
        assert installed.ours
        async with open_kiosk() as kiosk:
            card = kiosk.cards[token]
            demo_server.fail_next("drop-after", method="PUT")
            await _tap_lobby(kiosk, card)
            said = kiosk.message_bar.text()
            assert card.failure == ""
            assert kiosk.message_bar.property("state") == "ok"
    assert (await service.rooms.get(token)).lobby_enabled
    assert "Lobby an: Die Antwort des Servers ging verloren" in said, said
    assert "erneutes Lesen zeigt: die Lobby ist jetzt an. Die Änderung wurde übernommen" in said
    assert not [words for words in RUNNER_ENGLISH if words in said], said


async def test_a_lost_answer_of_a_write_not_done_is_told_in_german(
    open_kiosk: KioskOpener,
    demo_server: DemoServer,
    demo_rooms: dict[str, Room],
    service: TalkService,
    catalogue: Path,
) -> None:
    token = demo_rooms["town_hall"].token
    with language("de", catalogue):
        async with open_kiosk() as kiosk:
            card = kiosk.cards[token]
            demo_server.fail_next("drop", method="PUT")
            await _tap_lobby(kiosk, card)
            reason = card.failure
            bar = kiosk.message_bar.text()
    assert not (await service.rooms.get(token)).lobby_enabled
    assert bar == reason
    assert reason.startswith("Nicht möglich"), reason  # the service's sentence, translated
    assert "Erneut gelesen: die Lobby ist jetzt aus. Die Änderung wurde nicht übernommen" in reason
    assert "versuchen Sie es erneut" in reason
    assert not [words for words in RUNNER_ENGLISH if words in reason], reason


async def test_the_same_in_english_says_what_the_runner_says(
    open_kiosk: KioskOpener, demo_server: DemoServer, demo_rooms: dict[str, Room]
) -> None:
    """The check above can fail: without the catalogue the kiosk shows the runner's English."""
    async with open_kiosk() as kiosk:
        card = kiosk.cards[demo_rooms["town_hall"].token]
        demo_server.fail_next("drop-after", method="PUT")
        await _tap_lobby(kiosk, card)
        said = kiosk.message_bar.text()
    assert said.endswith(
        "lobby on: the server's answer was lost, but reading it again shows the lobby is now "
        "on: the change was applied"
    ), said

"""The kiosk in German (``kiosk.language = "de"``): no English on the cards, the banner, the
buttons, the people panel, the PIN pad, the lobby timer and the confirmations.

Every action is allowed, so every button is there. The kiosk's own data (the cards' labels from
kiosk.toml, the conversations' titles, people's names) is taken out before the check; the
same walk in English must find English (the check can fail).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.kiosk.actions import KioskAction
from app.kiosk.window import KioskWindow
from tests.helpers.untranslated import Seen, english, language, widget_texts
from tests.helpers.waiting import wait_until

from .conftest import EVERYTHING, KioskOpener
from .test_fits_screen import Opener, _assert_all_visible, open_sized  # noqa: F401 (fixture)


def _dialogs() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def _read_dialogs(label: str, before: set[QWidget]) -> list[Seen]:
    seen: list[Seen] = []
    for dialog in [d for d in _dialogs() if d not in before]:
        seen += [Seen(f"{label}: {s.where}", s.text) for s in widget_texts(dialog)]
        dialog.close()
    return seen


async def _walk(kiosk: KioskWindow) -> tuple[list[Seen], set[str]]:
    """The window, then each dialog a card's buttons and the exit open, then the message a
    finished action leaves."""
    seen = widget_texts(kiosk)
    data = {kiosk.config.title}
    for token, view in kiosk.feed.views.items():
        data |= {view.title, kiosk.config.label_for(token) or ""}
        data |= {person.title for person in view.participants}
        if view.room is not None:
            data |= {view.room.title, view.room.description}
    before = set(_dialogs())
    kiosk.ask_exit()
    seen += _read_dialogs("PIN", before)
    calling = next(v for v in kiosk.feed.views.values() if v.call_running and v.is_moderator)
    for action in (KioskAction.LOBBY_TIMER, KioskAction.END_CALL, KioskAction.READ_ONLY):
        before = set(_dialogs())
        kiosk.request_action(action, calling.token, not calling.read_only)
        seen += _read_dialogs(str(action), before)
    before = set(_dialogs())
    kiosk.open_people(calling.token)
    seen += _read_dialogs("people", before)
    kiosk.request_action(KioskAction.LOBBY, calling.token, not calling.lobby_on)
    await wait_until(lambda: kiosk.message_bar.property("state") == "ok", message="no message")
    seen.append(Seen("message bar", kiosk.message_bar.text()))
    return seen, {d for d in data if d}


async def test_the_kiosk_in_german_shows_no_english(
    open_kiosk: KioskOpener, catalogue: Path
) -> None:
    with language("de", catalogue) as installed:
        assert installed.ours
        async with open_kiosk(actions=EVERYTHING) as kiosk:
            seen, data = await _walk(kiosk)
    assert len(seen) > 60
    leftovers = english(seen, data)
    assert not leftovers, f"{len(leftovers)} English texts in the German kiosk:\n" + "\n".join(
        leftovers
    )


async def test_the_same_walk_in_english_finds_english(
    open_kiosk: KioskOpener, catalogue: Path
) -> None:
    with language("en", catalogue):
        async with open_kiosk(actions=EVERYTHING) as kiosk:
            seen, data = await _walk(kiosk)
    leftovers = english(seen, data)
    assert len(leftovers) > 20
    assert any("'Exit'" in line for line in leftovers)


@pytest.mark.parametrize(("cards", "width", "height"), [(2, 1280, 800), (4, 1920, 1080)])
async def test_german_buttons_fit_the_screen_too(
    open_sized: Opener,  # noqa: F811 (the fixture imported above)
    catalogue: Path,
    cards: int,
    width: int,
    height: int,
) -> None:
    """German button texts are longer ("Auf „Nur lesen“ setzen"): every card's actions are
    still visible and whole at the kiosk's sizes."""
    with language("de", catalogue):
        async with open_sized(cards, width, height) as kiosk:
            assert kiosk.exit_button.text() == "Beenden"
            _assert_all_visible(kiosk, kiosk.grab().toImage())

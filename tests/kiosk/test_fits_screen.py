"""The kiosk shows every card's actions without scrolling: 2 cards at its default 1280x800 and
4 at 1920x1080 (grabbed offscreen, every button inside the visible area, none cut), and its
buttons and chips look as they are: a disabled "End call" is not red, an enabled "Exit" or
"Cancel" and the "Writable" chip do not look disabled."""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QTime
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.kiosk.actions import KioskAction
from app.kiosk.config import load_config
from app.kiosk.dialogs import LobbyTimerDialog
from app.kiosk.pin import PinGuard
from app.kiosk.theme import STYLE_SHEET
from app.kiosk.window import KioskWindow
from tests.helpers.waiting import wait_until

from .conftest import FakeClock

Opener = Callable[[int, int, int], AbstractAsyncContextManager[KioskWindow]]


@pytest.fixture
def open_sized(
    qtbot: QtBot, kiosk_config_path: Path, kiosk_service: TalkService, fake_clock: FakeClock
) -> Opener:
    """The kiosk with every action allowed, ``cards`` of the sample's conversations (the
    webinar, with its queue, the tallest card, first) at ``width`` x ``height``."""

    @contextlib.asynccontextmanager
    async def opener(cards: int, width: int, height: int) -> AsyncIterator[KioskWindow]:
        config = load_config(kiosk_config_path)
        config = dataclasses.replace(
            config,
            allowed_actions=frozenset(KioskAction),
            conversations=config.conversations[:cards],
        )
        window = KioskWindow(
            config, kiosk_service, windowed=True, pin_guard=PinGuard(clock=fake_clock)
        )
        qtbot.addWidget(window)
        window.start()
        window.resize(width, height)
        try:
            await wait_until(
                lambda: all(
                    card.view.loaded and (card.view.people_loaded or not card.view.is_moderator)
                    for card in window.cards.values()
                ),
                message="cards did not fill",
            )
            await wait_until(lambda: window.size().toTuple() == (width, height))
            yield window
        finally:
            await window.shutdown()

    return opener


def _in_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _controls(window: KioskWindow) -> list[tuple[str, QPushButton]]:
    found: list[tuple[str, QPushButton]] = []
    for card in window.cards.values():
        found += [(f"{card.view.title}: {n}", b) for n, b in card.buttons.items()]
        for row in card.waiting_rows():
            if row.admit_button is not None:
                found.append((f"{card.view.title}: Let in", row.admit_button))
    return found


def _assert_all_visible(window: KioskWindow, grab: QImage) -> None:
    area = window.findChild(QScrollArea, "cardArea")
    assert area is not None
    viewport = _in_window(area.viewport(), window)
    assert grab.size() == window.size() * grab.devicePixelRatio()
    assert area.verticalScrollBar().value() == 0
    controls = _controls(window)
    assert len(controls) >= 6 * len(window.cards), "a card without its action buttons"
    for name, button in controls:
        assert button.isVisibleTo(window), f"{name} is hidden"
        rect = _in_window(button, window)
        assert viewport.contains(rect), f"{name} at {rect} is outside the visible {viewport}"
        assert button.width() >= button.sizeHint().width(), f"{name}: its text is cut off"


@pytest.mark.parametrize(
    ("cards", "width", "height", "columns"), [(2, 1280, 800, 2), (4, 1920, 1080, 4)]
)
async def test_every_action_is_visible_without_scrolling(
    open_sized: Opener, tmp_path: Path, cards: int, width: int, height: int, columns: int
) -> None:
    async with open_sized(cards, width, height) as kiosk:
        assert len(kiosk.cards) == cards
        webinar = next(iter(kiosk.cards.values()))
        grab = kiosk.grab().toImage()
        grab.save(str(tmp_path / f"kiosk-{width}x{height}.png"))
        _assert_all_visible(kiosk, grab)
        assert kiosk.card_columns == columns
        assert len(webinar.view.waiting) == 4 and len(webinar.waiting_rows()) == 2
        # an action's answer at the bottom must not push the buttons out of sight either
        kiosk.show_message(f"{webinar.view.title}: lobby off", "ok")
        await wait_until(lambda: kiosk.message_bar.isVisible())
        QApplication.processEvents()
        _assert_all_visible(kiosk, kiosk.grab().toImage())


async def test_actions_share_rows_on_a_wide_card(open_sized: Opener) -> None:
    async with open_sized(1, 1920, 1080) as kiosk:
        (card,) = kiosk.cards.values()
        assert len(card.button_rows) == 1, card.button_rows  # all six in one row
    async with open_sized(2, 1280, 800) as kiosk:
        for card in kiosk.cards.values():
            assert len(card.button_rows) <= 3, card.button_rows


def _colour_inside(widget: QWidget) -> QColor:
    """The fill a few pixels inside the left edge, half-way down (no text there)."""
    image = widget.grab().toImage()
    return image.pixelColor(8, image.height() // 2)


def _brightest(widget: QWidget) -> int:
    image = widget.grab().toImage()
    return max(
        image.pixelColor(x, y).lightness()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )


def _reddish(colour: QColor) -> bool:
    return colour.red() > 120 and colour.red() - max(colour.green(), colour.blue()) > 60


async def test_states_look_as_they_are(open_sized: Opener) -> None:
    async with open_sized(4, 1920, 1080) as kiosk:
        cards = list(kiosk.cards.values())
        running = next(c for c in cards if c.view.call_running and c.view.is_moderator)
        idle = next(c for c in cards if not c.view.call_running and c.view.is_moderator)
        enabled_end, disabled_end = running.buttons["endCallButton"], idle.buttons["endCallButton"]
        assert enabled_end.isEnabled() and not disabled_end.isEnabled()
        assert _reddish(_colour_inside(enabled_end))
        assert not _reddish(_colour_inside(disabled_end)), "a disabled End call is still red"
        # enabled controls with white text, like every other enabled button; disabled ones dim
        assert kiosk.exit_button.isEnabled() and _brightest(kiosk.exit_button) > 200
        assert _brightest(disabled_end) < 160
        writable = next(c for c in cards if not c.view.read_only and c.view.is_moderator)
        assert writable.read_only_badge.text() == "Writable"
        assert _brightest(writable.read_only_badge) > 200, "'Writable' looks disabled"
        timer = LobbyTimerDialog(kiosk, "Town hall")
        try:
            timer.show()
            cancel = timer.findChild(QPushButton, "lobbyTimerCancelButton")
            assert cancel is not None and _brightest(cancel) > 200, "'Cancel' looks disabled"
        finally:
            timer.reject()


def test_lobby_time_is_set_by_touch(qtbot: QtBot) -> None:
    """- and + buttons move the time in 5 minute steps, no keyboard needed; presets stay."""
    host = QWidget()
    host.setStyleSheet(STYLE_SHEET)  # as on the kiosk window
    qtbot.addWidget(host)
    dialog = LobbyTimerDialog(host, "Town hall")
    chosen: list[object] = []
    dialog.chosen.connect(chosen.append)
    for name in ("lobbyIn15Button", "lobbyIn30Button", "lobbyIn60Button"):
        preset = dialog.findChild(QPushButton, name)
        assert preset is not None and preset.minimumSizeHint().height() >= 56
    start = dialog.picked
    assert start.minute() % 5 == 0
    later = dialog.findChild(QPushButton, "lobbyLaterButton")
    earlier = dialog.findChild(QPushButton, "lobbyEarlierButton")
    assert later is not None and earlier is not None
    assert min(later.sizeHint().height(), earlier.sizeHint().height()) >= 56  # touch-sized
    later.click()
    later.click()
    earlier.click()
    assert dialog.picked == start.addSecs(5 * 60)
    assert dialog.time_label.text() == start.addSecs(5 * 60).toString("HH:mm")
    dialog.step(-(24 * 60))  # round the clock: the same time of day
    assert dialog.picked == start.addSecs(5 * 60)
    at = dialog.findChild(QPushButton, "lobbyAtButton")
    assert at is not None
    at.click()
    assert len(chosen) == 1
    picked = chosen[0]
    assert QTime(picked.hour, picked.minute) == start.addSecs(5 * 60)  # type: ignore[attr-defined]

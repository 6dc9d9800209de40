"""The full-screen kiosk takes the screen back whenever it loses visibility or focus.

Offscreen there is no window manager: the test plays its part, sending the state changes and
events that Super+D, minimising, Alt+Tab or a workspace switch cause.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.kiosk.config import load_config
from app.kiosk.pin import PinGuard
from app.kiosk.window import KioskWindow
from tests.helpers.waiting import wait_until


@pytest.fixture
def kiosk(
    qtbot: QtBot, kiosk_config_path: Path, kiosk_service: TalkService
) -> Iterator[KioskWindow]:
    """The locked (not windowed) kiosk window, shown full screen; no polling needed here."""
    window = KioskWindow(load_config(kiosk_config_path), kiosk_service, pin_guard=PinGuard())
    qtbot.addWidget(window)
    window.showFullScreen()
    qtbot.waitExposed(window)
    yield window
    window._leave()  # the PIN's way out, so teardown may close it


def _back_in_front(window: KioskWindow, before: int) -> bool:
    state = window.windowState()
    return (
        window.returns_to_front > before
        and window.isVisible()
        and bool(state & Qt.WindowState.WindowFullScreen)
        and not state & Qt.WindowState.WindowMinimized
    )


async def test_minimised_it_comes_back_full_screen(kiosk: KioskWindow) -> None:
    before = kiosk.returns_to_front
    kiosk.setWindowState(Qt.WindowState.WindowMinimized)
    await wait_until(lambda: _back_in_front(kiosk, before), message="stayed minimised")


async def test_hidden_without_minimising_it_is_shown_again(kiosk: KioskWindow) -> None:
    before = kiosk.returns_to_front
    kiosk.hide()  # what "show desktop" does to the window
    await wait_until(lambda: _back_in_front(kiosk, before), message="stayed hidden")


async def test_windowed_state_is_full_screen_again(kiosk: KioskWindow) -> None:
    before = kiosk.returns_to_front
    kiosk.setWindowState(Qt.WindowState.WindowNoState)
    await wait_until(lambda: _back_in_front(kiosk, before), message="left full screen")


async def test_losing_the_focus_raises_and_activates_it(kiosk: KioskWindow, qtbot: QtBot) -> None:
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    before = kiosk.returns_to_front
    QApplication.sendEvent(kiosk, QEvent(QEvent.Type.ActivationChange))
    await wait_until(lambda: _back_in_front(kiosk, before), message="not raised")
    await wait_until(lambda: QApplication.activeWindow() is kiosk, message="not activated")


async def test_the_application_going_inactive_brings_it_back(kiosk: KioskWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = kiosk.returns_to_front
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    await wait_until(lambda: _back_in_front(kiosk, before), message="stayed behind")


async def test_windowed_mode_is_left_alone(
    qtbot: QtBot, kiosk_config_path: Path, kiosk_service: TalkService
) -> None:
    window = KioskWindow(
        load_config(kiosk_config_path), kiosk_service, windowed=True, pin_guard=PinGuard()
    )
    qtbot.addWidget(window)
    window.show()
    window.setWindowState(Qt.WindowState.WindowMinimized)
    QApplication.processEvents()
    assert window.returns_to_front == 0
    window._leave()

"""The toolbar: one icon set, every action its own glyph, drawn for the theme, all visible."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QToolButton
from pytestqt.qtbot import QtBot

from app.settings import Theme
from app.ui.action_ids import ALL_ACTIONS
from app.ui.iconset import action_icon, icon
from app.ui.theme import apply_theme
from app.ui.toolbar import LABELLED, LABELS, toolbar_actions
from tests.helpers.waiting import wait_until
from tests.ui.conftest import WindowOpener

SIZE = QSize(22, 22)


def _image(source: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> QImage:
    return source.pixmap(SIZE, mode).toImage().convertToFormat(QImage.Format.Format_ARGB32)


def _ink(image: QImage) -> list[tuple[int, int]]:
    """(lightness, alpha) of the pixels the glyph paints."""
    points = []
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() > 128:
                points.append((colour.lightness(), colour.alpha()))
    return points


@pytest.fixture
def themes(qtbot: QtBot) -> Iterator[None]:
    yield
    apply_theme(Theme.SYSTEM)


def _standard_images() -> list[QImage]:
    style = QApplication.style()
    images = []
    for value in QStyle.StandardPixmap:
        standard = style.standardIcon(value)
        if not standard.isNull():
            images.append(_image(standard))
    return images


def test_every_action_has_its_own_glyph_and_none_is_a_qt_fallback(qtbot: QtBot) -> None:
    standard = _standard_images()
    seen: dict[bytes, object] = {}
    for key in ALL_ACTIONS:
        glyph = action_icon(key)
        assert not glyph.isNull(), key
        image = _image(glyph)
        assert _ink(image), f"{key}: nothing drawn"
        assert image not in standard, f"{key}: a Qt standard icon"
        data = bytes(image.constBits())
        assert data not in seen, f"{key} looks like {seen[data]}"
        seen[data] = key


@pytest.mark.usefixtures("themes")
@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK])
def test_glyphs_are_drawn_in_the_themes_text_colour(qtbot: QtBot, theme: Theme) -> None:
    apply_theme(theme)
    window = QApplication.palette().color(QPalette.ColorRole.Window).lightness()
    for key in toolbar_actions():
        ink = _ink(_image(action_icon(key)))
        darkest = min(lightness for lightness, _ in ink)
        lightest = max(lightness for lightness, _ in ink)
        if theme is Theme.DARK:
            assert lightest - window > 120, f"{key}: too dark on {window}"
        else:
            assert window - darkest > 120, f"{key}: too light on {window}"
    # a selected item draws the glyph in the highlighted-text colour, visible on the selection
    highlight = QApplication.palette().color(QPalette.ColorRole.Highlight).lightness()
    selected = _ink(_image(action_icon(toolbar_actions()[0]), QIcon.Mode.Selected))
    assert max(abs(lightness - highlight) for lightness, _ in selected) > 100


@pytest.mark.parametrize("name", ["guests", "call", "lobby", "owner"])
def test_state_icons_keep_a_light_rim_on_a_selected_row(qtbot: QtBot, name: str) -> None:
    """The green, blue and grey marks would all but vanish on the blue selection."""
    row = QSize(16, 16)  # the lists' small icon size
    normal = _ink(icon(name).pixmap(row).toImage())
    selected = _ink(icon(name).pixmap(row, QIcon.Mode.Selected).toImage())
    assert len(selected) > len(normal)
    light = sum(1 for lightness, _ in selected if lightness > 230)
    assert light >= (len(selected) - len(normal)) // 2  # the rim, less its blended edge


@pytest.mark.usefixtures("themes")
async def test_toolbar_labels_fit_and_follow_a_theme_switch(open_window: WindowOpener) -> None:
    async with open_window() as window:
        window.resize(1280, 760)
        apply_theme(Theme.LIGHT)
        toolbar = window.toolbar
        assert [a.objectName() for a in toolbar.actions() if not a.isSeparator()] == [
            window.registry[key].objectName() for key in toolbar_actions()
        ]
        for key in toolbar_actions():
            button = toolbar.widgetForAction(window.registry[key])
            assert isinstance(button, QToolButton)
            assert button.isVisible(), f"{key} is pushed into the overflow menu"
            assert button.text() == LABELS[key]
            if key in LABELLED:
                assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon
                assert button.width() >= button.fontMetrics().horizontalAdvance(LABELS[key])
            else:
                assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        assert len(LABELLED) >= 8
        first = window.registry[toolbar_actions()[0]]

        def lightest() -> int:
            return max(lightness for lightness, _ in _ink(_image(first.icon())))

        await wait_until(lambda: lightest() < 100, message="dark glyphs on the light theme")
        apply_theme(Theme.DARK)  # Qt tells the window of the new palette by a posted event
        await wait_until(lambda: lightest() > 150, message="light glyphs on the dark theme")

"""Icons drawn from the Material Design Icons font: one glyph, three colours, any size.

The font and its character map come with the ``qtawesome`` package (its ``fonts`` folder),
but the package itself is not imported: it reaches Qt through ``qtpy``, whose star imports
create every QtCore/QtGui/QtWidgets class at once, and it loads all ten of its fonts at the
first icon. Together that was about 0.2 s of every start-up, a quarter of the program's own,
for the one thing used from it: a glyph drawn in a colour. Here the one font is loaded at the
first icon (a few milliseconds) and each icon is a small ``QIconEngine`` that draws its glyph
as qtawesome does (centred, 7/8 of the height: the font's bearing) and keeps what it drew per
size and mode, so repainting a toolbar asks Python for nothing new.
"""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QIconEngine, QPainter, QPixmap

FONTS = {"mdi6": "materialdesignicons6-webfont"}
"""Icon-name prefix -> the font file's stem in the fonts folder (version after a dash)."""
GLYPH_HEIGHT = 0.875
"""The glyph's pixel size for a given icon height: a 16 px icon has a 14 px glyph."""


class UnknownGlyph(KeyError):
    """A name that is not in the font's character map (a typo in a table of icons)."""


def fonts_folder() -> Path:
    """qtawesome's ``fonts`` folder, found without running the package's ``__init__``."""
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the qtawesome package (icon fonts) is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


def _font_files(prefix: str) -> tuple[Path, Path]:
    stem = FONTS[prefix]
    folder = fonts_folder()
    charmaps = sorted(folder.glob(f"{stem}-charmap-*.json"))
    if not charmaps:
        raise FileNotFoundError(f"no character map for {prefix} in {folder}")
    version = charmaps[-1].name.removeprefix(f"{stem}-charmap-").removesuffix(".json")
    return folder / f"{stem}-{version}.ttf", charmaps[-1]


@cache
def charmap(prefix: str) -> dict[str, str]:
    """Glyph name -> its character, for the font of ``prefix`` (needs no QApplication)."""
    _, path = _font_files(prefix)
    raw: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return {name: chr(int(code, 16)) for name, code in raw.items()}


@cache
def _family(prefix: str) -> str:
    """Loads the font into the application's font database once; its family name."""
    path, _ = _font_files(prefix)
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        raise FileNotFoundError(f"Qt could not load the icon font {path}")
    return families[0]


def character(name: str) -> tuple[str, str]:
    """``"mdi6.refresh"`` -> (prefix, character); ``UnknownGlyph`` for a name not in the font."""
    prefix, _, glyph = name.partition(".")
    if prefix not in FONTS:
        raise UnknownGlyph(f"no icon font {prefix!r} (in {name!r})")
    char = charmap(prefix).get(glyph)
    if char is None:
        raise UnknownGlyph(f"no glyph {glyph!r} in {prefix}")
    return prefix, char


class GlyphEngine(QIconEngine):
    """Draws one glyph in the colour of the icon's mode; keeps each pixmap it made."""

    def __init__(self, family: str, char: str, colors: dict[QIcon.Mode, QColor]) -> None:
        super().__init__()
        self._family = family
        self._char = char
        self._colors = colors
        self._pixmaps: dict[tuple[int, int, QIcon.Mode], QPixmap] = {}

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        color = self._colors.get(mode) or self._colors[QIcon.Mode.Normal]
        font = QFont(self._family)
        font.setPixelSize(max(1, round(GLYPH_HEIGHT * rect.height())))
        painter.save()
        painter.setPen(color)
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self._char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        key = (size.width(), size.height(), mode)
        made = self._pixmaps.get(key)
        if made is None:
            made = QPixmap(size)
            made.fill(Qt.GlobalColor.transparent)
            painter = QPainter(made)
            self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
            painter.end()
            self._pixmaps[key] = made
        return made

    def clone(self) -> QIconEngine:
        return GlyphEngine(self._family, self._char, self._colors)


def glyph_icon(name: str, color: str, disabled: str, selected: str) -> QIcon:
    """The icon of glyph ``name`` (``"mdi6.refresh"``): ``color`` normally and when hovered,
    ``disabled`` for a disabled action, ``selected`` on a selected item."""
    prefix, char = character(name)
    normal = QColor(color)
    colors = {
        QIcon.Mode.Normal: normal,
        QIcon.Mode.Active: normal,
        QIcon.Mode.Disabled: QColor(disabled),
        QIcon.Mode.Selected: QColor(selected),
    }
    return QIcon(GlyphEngine(_family(prefix), char, colors))

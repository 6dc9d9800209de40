"""Apply the theme setting (system, light, dark) to the running application.

Qt's colour-scheme hint is honoured only by some platform themes, so light and dark are also
set explicitly: the Fusion style with a light or dark palette. "System" gives the desktop its
style, palette and scheme back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from ..settings import Theme

_SCHEMES = {
    Theme.SYSTEM: Qt.ColorScheme.Unknown,  # Unknown = follow the desktop again
    Theme.LIGHT: Qt.ColorScheme.Light,
    Theme.DARK: Qt.ColorScheme.Dark,
}

_original: tuple[str, QPalette] | None = None
"""The desktop's style name and palette, saved before the first change."""


def dark_palette() -> QPalette:
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colors = {
        role.Window: "#2b2b2b",
        role.WindowText: "#e6e6e6",
        role.Base: "#1e1e1e",
        role.AlternateBase: "#2f2f2f",
        role.ToolTipBase: "#3a3a3a",
        role.ToolTipText: "#e6e6e6",
        role.Text: "#e6e6e6",
        role.Button: "#353535",
        role.ButtonText: "#e6e6e6",
        role.BrightText: "#ff6b6b",
        role.Link: "#5aa9e6",
        role.Highlight: "#2f6ea5",
        role.HighlightedText: "#ffffff",
        role.PlaceholderText: "#8a8a8a",
    }
    for color_role, color in colors.items():
        palette.setColor(color_role, QColor(color))
    for color_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, color_role, QColor("#7a7a7a"))
    return palette


def apply_theme(theme: Theme) -> None:
    """Switch the whole application to ``theme`` at once (open windows repaint)."""
    global _original
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    style = app.style()
    if _original is None:
        _original = (style.name() if style is not None else "", QPalette(app.palette()))
    app.styleHints().setColorScheme(_SCHEMES[theme])
    if theme is Theme.SYSTEM:
        name, palette = _original
        if name:
            app.setStyle(name)
        app.setPalette(palette)
        return
    fusion = QStyleFactory.create("Fusion")
    app.setStyle(fusion)
    app.setPalette(dark_palette() if theme is Theme.DARK else fusion.standardPalette())


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


# ----------------------------------------------------------------- text in a state's colour

TONES: dict[str, tuple[str, str]] = {
    "error": ("#b00020", "#ff8a80"),
    "warning": ("#7d5400", "#f2cc60"),
    "success": ("#176f30", "#7ee2a8"),
}
"""A tone's text colour on a light and on a dark background: each at least 4.5:1 against the
window colour of its theme (the dark-red error text was hard to read on near-black)."""


def tone_colour(tone: str, palette: QPalette | None = None) -> QColor:
    """The text colour of ``tone`` for ``palette`` (default: the application's)."""
    if palette is None:
        app = QApplication.instance()
        palette = app.palette() if isinstance(app, QApplication) else QPalette()
    light, dark = TONES[tone]
    return QColor(dark if is_dark(palette) else light)


class _Tint(QObject):
    """Keeps a widget's text in its tone's colour when the theme changes while it is shown."""

    def __init__(self, widget: QWidget, tone: str, extra: str) -> None:
        super().__init__(widget)
        self._tone = tone
        self._extra = extra
        self._applying = False
        widget.installEventFilter(self)
        self.apply(widget)

    def apply(self, widget: QWidget) -> None:
        sheet = f"color: {tone_colour(self._tone).name()};{self._extra}"
        if widget.styleSheet() == sheet or self._applying:
            return
        self._applying = True
        try:
            widget.setStyleSheet(sheet)
        finally:
            self._applying = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.ApplicationPaletteChange and isinstance(watched, QWidget):
            self.apply(watched)
        return False


def show_in_tone(widget: QWidget, tone: str, *, extra: str = "") -> None:
    """Paint ``widget``'s text in ``tone`` ("error", "warning", "success") for the current
    theme, and again after every theme switch. ``extra`` is more style ("font-weight: bold;")."""
    for old in widget.findChildren(_Tint, options=Qt.FindChildOption.FindDirectChildrenOnly):
        widget.removeEventFilter(old)
        old.deleteLater()
    _Tint(widget, tone, extra)

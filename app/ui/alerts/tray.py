"""The tray icon: the app's icon with the number of people waiting painted on it.

A tray icon cannot carry a number of its own, so the count is drawn as a badge onto the icon
(and said in the tooltip, which screen readers read). Clicking it brings the window forward
with the Waiting panel.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from ..app_icon import app_icon

BADGE_SIZE = 64


def badge_icon(base: QIcon, count: int) -> QIcon:
    """``base`` with ``count`` in a red circle at the top right (``base`` itself for 0)."""
    if count <= 0:
        return base
    pixmap = base.pixmap(BADGE_SIZE, BADGE_SIZE)
    if pixmap.isNull():
        pixmap = QPixmap(BADGE_SIZE, BADGE_SIZE)
        pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    diameter = BADGE_SIZE // 2 + 6
    circle = QRect(BADGE_SIZE - diameter, 0, diameter, diameter)
    painter.setBrush(QColor("#c62828"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(circle)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(diameter * 2 // 3 if count < 10 else diameter // 2)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, str(count) if count < 100 else "99+")
    painter.end()
    return QIcon(pixmap)


class AlertTray(QSystemTrayIcon):
    """The tray icon of one window; ``show_requested`` when the user clicks it."""

    show_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertTray")
        self._base = app_icon()
        self.count = 0
        self.set_waiting(0)
        self.activated.connect(self._on_activated)

    def set_waiting(self, count: int) -> None:
        """Show how many people wait in a lobby right now."""
        self.count = count
        self.setIcon(badge_icon(self._base, count))
        if count:
            self.setToolTip(self.tr("Talk Moderator: %n waiting in a lobby", "", count))
        else:
            self.setToolTip(self.tr("Talk Moderator: nobody is waiting"))

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_requested.emit()

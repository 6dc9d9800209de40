"""The app's icon and desktop identity, set once on the QApplication.

Why: the window icon comes from the PNGs inside the package (so it is there in a checkout, a
wheel and the PyInstaller bundle alike), and the desktop file name lets Wayland compositors and
docks match our windows to ``org.talkmoderator.TalkModerator.desktop`` and its themed icon.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon, QPixmap

from app import APP_ID, APP_NAME
from app.resources import ICON_SIZES, icon_png


def app_icon() -> QIcon:
    """The app icon with every shipped size, so Qt never scales a small one up."""
    icon = QIcon()
    for size in ICON_SIZES:
        resource = icon_png(size)
        if isinstance(resource, Path):
            icon.addFile(str(resource), QSize(size, size))  # loaded lazily by Qt
        else:  # a non-filesystem resource reader: hand Qt the bytes
            pixmap = QPixmap()
            if pixmap.loadFromData(resource.read_bytes(), "PNG"):
                icon.addPixmap(pixmap)
    return icon


def apply_app_identity(app: QGuiApplication) -> None:
    """Set the display name, window icon and desktop file name on the application."""
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())

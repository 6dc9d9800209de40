"""Small SVG icons shipped in ``app/ui/icons/`` (package data, so wheels and bundles keep them).

Loaded once each; a QStyle standard icon stands in for names without an SVG.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

ICON_DIR = Path(__file__).resolve().parent / "icons"

_FALLBACK: dict[str, QStyle.StandardPixmap] = {
    "refresh": QStyle.StandardPixmap.SP_BrowserReload,
    "quit": QStyle.StandardPixmap.SP_DialogCloseButton,
    "about": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "delete": QStyle.StandardPixmap.SP_TrashIcon,
    "new": QStyle.StandardPixmap.SP_FileDialogNewFolder,
    "settings": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "log": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "rename": QStyle.StandardPixmap.SP_FileDialogInfoView,
    "remove": QStyle.StandardPixmap.SP_DialogDiscardButton,
    "add": QStyle.StandardPixmap.SP_DialogYesButton,
    "accounts": QStyle.StandardPixmap.SP_DirHomeIcon,
    "promote": QStyle.StandardPixmap.SP_ArrowUp,
    "demote": QStyle.StandardPixmap.SP_ArrowDown,
    "leave": QStyle.StandardPixmap.SP_MediaStop,
    "end": QStyle.StandardPixmap.SP_MediaStop,
    "join": QStyle.StandardPixmap.SP_MediaPlay,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
}


@cache
def icon(name: str) -> QIcon:
    """The icon ``name`` (``app/ui/icons/<name>.svg`` or a standard style icon)."""
    path = ICON_DIR / f"{name}.svg"
    if path.is_file():
        return QIcon(str(path))
    app = QApplication.instance()
    standard = _FALLBACK.get(name)
    if standard is not None and isinstance(app, QApplication):
        return app.style().standardIcon(standard)
    return QIcon()

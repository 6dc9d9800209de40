"""Small SVG icons shipped in ``app/ui/icons/`` (package data, so wheels and bundles keep them).

Loaded once each; a QStyle standard icon stands in for names without an SVG. Actions find
theirs by their identity (``action_icon(ActionKind.PROMOTE)``): a moderation action's icon is
named after its kind unless ``ACTION_ICONS`` says otherwise.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ..moderation import ActionKind
from .action_ids import ActionId, ActionKey

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


ACTION_ICONS: dict[ActionKey, str] = {
    ActionId.REFRESH: "refresh",
    ActionId.CONVERSATION_SETTINGS: "conversation-settings",
    ActionId.AUDIT_LOG: "log",
    ActionId.SETTINGS: "settings",
    ActionId.ACCOUNTS: "accounts",
    ActionId.ABOUT: "about",
    ActionId.QUIT: "quit",
    ActionKind.CREATE: "new",
    ActionKind.SIP: "phone",
    ActionKind.LOBBY_BYPASS: "lobby",
    ActionKind.JOIN_CALL: "join",
    ActionKind.LEAVE_CALL: "leave",
    ActionKind.END_CALL: "end",
    ActionKind.RING: "call",
    ActionKind.DIAL_OUT: "phone",
    ActionKind.ROOM_PERMISSIONS: "permissions",
}
"""Icon names that differ from the action's kind (``ActionKind.PROMOTE`` uses "promote")."""


def action_icon_name(key: ActionKey) -> str:
    named = ACTION_ICONS.get(key)
    if named is not None:
        return named
    if isinstance(key, ActionKind):
        return key.value
    raise KeyError(f"no icon for {key}")


def has_icon(name: str) -> bool:
    """Whether ``name`` has an SVG or a standard style icon (tests check every action)."""
    return (ICON_DIR / f"{name}.svg").is_file() or name in _FALLBACK


def action_icon(key: ActionKey) -> QIcon:
    """The icon of a QAction, by its identity."""
    return icon(action_icon_name(key))


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

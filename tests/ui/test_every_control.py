"""Every control does something: each QAction placed in a menu or toolbar of the window, as the
app assembles it, has a handler (or is one of the window's own actions with its own slot), and
the words "No handler yet" are nowhere in the app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import SIGNAL
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar
from pytestqt.qtbot import QtBot

from app.accounts import AccountStore
from app.api import TalkService
from app.audit import AuditLog
from app.settings import SettingsStore
from app.ui.action_ids import ALL_ACTIONS, object_name
from app.ui.bootstrap import build_console, show_console
from app.ui.main_window import MainWindow
from tests.helpers.waiting import wait_until
from tests.ui.conftest import FAST

APP = Path(__file__).resolve().parents[2] / "app"

OWN_SLOTS = {
    "actionFind": "focuses the search box",
    "actionShowWaiting": "shows or hides the Waiting panel (the dock's own toggle)",
    "actionShowAlerts": "shows or hides the Alerts panel (the dock's own toggle)",
}
"""The window's own QActions outside the registry: each must be connected to a slot."""


def placed_actions(window: MainWindow) -> list[QAction]:
    """Every action in the menu bar (submenus included) and in every toolbar, once."""
    found: list[QAction] = []

    def walk(actions: list[QAction]) -> None:
        for action in actions:
            if action.isSeparator():
                continue
            menu = action.menu()
            if menu is not None:
                walk(menu.actions())
            elif action not in found:
                found.append(action)

    walk(window.menuBar().actions())
    for bar in window.findChildren(QToolBar):
        walk(bar.actions())
    return found


async def test_every_action_in_a_menu_or_toolbar_has_a_handler(
    qtbot: QtBot, service: TalkService, config_dir: Path, tmp_path: Path
) -> None:
    """The console as the app's composition root builds it: window, moderation, session."""
    console = build_console(
        service,
        "moderator@demo",
        AccountStore(SettingsStore()),
        poll_config=FAST,
        audit=AuditLog(tmp_path / "audit.jsonl"),
    )
    window = console.window
    qtbot.addWidget(window)
    show_console(console)
    try:
        await wait_until(lambda: window.controller.loaded)
        keys = {object_name(key): key for key in ALL_ACTIONS}
        placed = placed_actions(window)
        names = [action.objectName() for action in placed]
        assert "actionCreateRoom" in names and "actionPromote" in names  # the walk works
        without: list[str] = []
        for action in placed:
            name = action.objectName()
            if name in OWN_SLOTS:
                if action.receivers(SIGNAL("triggered(bool)")) == 0:
                    without.append(name)
                continue
            key = keys.get(name)
            if key is None or not window.registry.has_handler(key):
                without.append(name or action.text())
        assert without == [], f"placed in a menu or toolbar without a handler: {without}"
    finally:
        await window.shutdown()
        window.close()


def test_no_handler_yet_is_said_nowhere() -> None:
    hits = [
        str(path.relative_to(APP))
        for path in APP.rglob("*.py")
        if "no handler yet" in path.read_text(encoding="utf-8").lower()
    ]
    assert hits == []

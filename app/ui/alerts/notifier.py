"""Desktop notifications for alerts, through the platform's own notification service.

``desktop-notifier`` (asyncio) speaks the freedesktop notification service over D-Bus, macOS's
and Windows' own; its click callback selects the room and the person. Where it cannot work (no
D-Bus session bus, the library missing) the tray icon's balloon is the fallback, and where
there is no tray either, the Alerts panel alone shows the alert. ``sent`` records every request
and the way it went out, so the path is testable without a desktop.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from app.live.alerts import Alert
from app.qtapp.translations import shown

log = logging.getLogger(__name__)

APP_NAME = "Talk Moderator"
DESKTOP = "desktop"
TRAY = "tray"
PANEL_ONLY = "panel"


def _said(alert: Alert) -> str:
    """The alert's sentence in the user's language."""
    return shown(alert.message) if alert.message is not None else alert.text


@dataclass(frozen=True)
class Sent:
    """One notification asked for: the alert, the way it went, with a sound or not."""

    alert: Alert
    backend: str
    sound: bool


def desktop_service_reachable() -> bool:
    """Whether the platform's notification service can be reached from here at all."""
    if sys.platform.startswith("linux") or sys.platform.startswith("freebsd"):
        return bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS"))
    return sys.platform in ("darwin", "win32")


class AlertNotifier(QObject):
    """Shows one notification per alert; ``clicked(token, attendee_id)`` when one is clicked.

    Args:
        tray: the tray icon (the fallback), or None.
        icon: the app icon's file, shown with each notification.
        use_desktop: force the desktop service on or off (default: when reachable).
    """

    clicked = Signal(str, int)

    def __init__(
        self,
        tray: QSystemTrayIcon | None,
        icon: Path | None = None,
        *,
        use_desktop: bool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tray = tray
        self.sent: list[Sent] = []
        self._last: Alert | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._desktop: Any = None
        wanted = desktop_service_reachable() if use_desktop is None else use_desktop
        if wanted:
            self._desktop = _desktop_notifier(icon)
        if tray is not None:
            tray.messageClicked.connect(self._tray_clicked)

    @property
    def backend(self) -> str:
        if self._desktop is not None:
            return DESKTOP
        if self.tray is not None and self.tray.isVisible() and self.tray.supportsMessages():
            return TRAY
        return PANEL_ONLY

    def notify(self, alert: Alert, *, sound: bool) -> None:
        backend = self.backend
        self.sent.append(Sent(alert, backend, sound))
        self._last = alert
        if backend == DESKTOP:
            task = asyncio.ensure_future(self._send_desktop(alert, sound))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
            return
        if backend == TRAY and self.tray is not None:
            self.tray.showMessage(
                APP_NAME, _said(alert), QSystemTrayIcon.MessageIcon.Information, 10_000
            )
        if sound:
            QApplication.beep()

    async def _send_desktop(self, alert: Alert, sound: bool) -> None:
        from desktop_notifier import DEFAULT_SOUND

        try:
            await self._desktop.send(
                title=APP_NAME,
                message=_said(alert),
                sound=DEFAULT_SOUND if sound else None,
                on_clicked=lambda: self.clicked.emit(alert.token, alert.attendee_id),
            )
        except Exception as exc:  # the service went away: the tray from now on
            log.warning("Desktop notifications failed (%s); using the tray icon", exc)
            self._desktop = None
            self.notify(alert, sound=sound)

    def _tray_clicked(self) -> None:
        if self._last is not None:
            self.clicked.emit(self._last.token, self._last.attendee_id)


def _desktop_notifier(icon: Path | None) -> Any:
    try:
        from desktop_notifier import DesktopNotifier, Icon
    except ImportError:  # an install without it: the tray does the job
        return None
    try:
        return DesktopNotifier(
            app_name=APP_NAME, app_icon=Icon(path=icon) if icon is not None else None
        )
    except Exception as exc:
        log.warning("Desktop notifications are not available here (%s)", exc)
        return None

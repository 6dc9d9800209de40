"""The hidden ``--smoke-test`` mode: exit 0 once the main window shows live data, else 1.

Why: packaging/test-package.sh starts the *installed* program headless (``--demo``, offscreen)
and needs a plain yes/no plus the startup time, without scraping a screen. The check is the one
a person makes: the main window is shown and its conversation list has rows from the server.

Output (stdout, one line, for scripts)::

    smoke-test: ok: window shown with 7 conversations, 1.23 s after process start, language de

(the language whose catalogue was installed: ``en`` when none was, see ``app.qtapp.translations``;
the line itself stays English, it is for scripts)

Environment:
    TALK_MODERATOR_SMOKE_TIMEOUT: seconds to wait before failing (default 30).
    TALK_MODERATOR_SMOKE_SCREENSHOT: if set, a PNG of the window is saved there on success.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QWidget

from app.qtapp.translations import current_language

SMOKE_FLAG = "--smoke-test"
TIMEOUT_ENV = "TALK_MODERATOR_SMOKE_TIMEOUT"
SCREENSHOT_ENV = "TALK_MODERATOR_SMOKE_SCREENSHOT"
POLL_MS = 25

_IMPORTED_AT = time.monotonic()


def seconds_since_process_start() -> float:
    """Wall time since the OS started this process (Linux /proc); elsewhere since this import."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            # Field 22 (starttime, clock ticks after boot); the name field may hold spaces.
            start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as uptime:
            now = float(uptime.read().split()[0])
        return max(0.0, now - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return time.monotonic() - _IMPORTED_AT


def _quit(code: int) -> None:
    QCoreApplication.exit(code)


class SmokeTest(QObject):
    """Watches the window; calls ``finish(0)`` when it shows rows, ``finish(1)`` on time-out.

    Args:
        window: the main window.
        rows: how many conversations the window lists now.
        finish: ends the app with the given exit code (default: QCoreApplication.exit).
        timeout: seconds before giving up (default: $TALK_MODERATOR_SMOKE_TIMEOUT or 30).
    """

    def __init__(
        self,
        window: QWidget,
        rows: Callable[[], int],
        finish: Callable[[int], None] = _quit,
        timeout: float | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._rows = rows
        self._finish = finish
        self._deadline = time.monotonic() + (
            timeout if timeout is not None else float(os.environ.get(TIMEOUT_ENV, "30"))
        )
        self._timer = QTimer(self)
        self._timer.setObjectName("smokeTestTimer")
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._check)
        self._timer.start()

    def _check(self) -> None:
        handle = self._window.windowHandle()
        shown = self._window.isVisible() and handle is not None and handle.isExposed()
        count = self._rows()
        if shown and count > 0:
            self._timer.stop()
            elapsed = seconds_since_process_start()
            screenshot = os.environ.get(SCREENSHOT_ENV)
            if screenshot:
                self._window.grab().save(screenshot, "PNG")
            print(
                f"smoke-test: ok: window shown with {count} conversations, "
                f"{elapsed:.2f} s after process start, language {current_language()}",
                flush=True,
            )
            self._finish(0)
        elif time.monotonic() > self._deadline:
            self._timer.stop()
            print(
                f"smoke-test: FAILED: window shown={shown}, conversations={count} "
                f"after {seconds_since_process_start():.1f} s",
                file=sys.stderr,
                flush=True,
            )
            self._finish(1)

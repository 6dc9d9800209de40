"""No stack trace ever reaches the kiosk screen: errors are logged and a calm line is shown.

Python exceptions escaping a Qt slot go to ``sys.excepthook``; those of asyncio tasks and
callbacks go to the loop's exception handler; those of worker threads to
``threading.excepthook``. All three are routed here. What cannot be caught (a segfault, an
exit) ends the process, and the service manager starts it again (see the systemd unit).
"""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP

log = logging.getLogger("app.kiosk.crash")

CALM_MESSAGE = QT_TRANSLATE_NOOP(
    "KioskWindow", "Something went wrong, but the kiosk keeps running. Details are in the log."
)
"""The calm line, in English; the kiosk window shows it in its language (context
KioskWindow), and says the same when one of its actions fails unexpectedly."""


class CrashGuard:
    """Installs the hooks; ``notify`` shows the calm message (e.g. on the kiosk's message bar).

    Args:
        notify: called on the UI thread with the sentence to show.
    """

    def __init__(self, notify: Callable[[str], None]) -> None:
        self.notify = notify
        self.caught = 0
        self._previous_excepthook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._loop: asyncio.AbstractEventLoop | None = None

    def install(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_hook
        if loop is not None:
            self._loop = loop
            loop.set_exception_handler(self._loop_handler)

    def uninstall(self) -> None:
        sys.excepthook = self._previous_excepthook
        threading.excepthook = self._previous_thread_hook
        if self._loop is not None:
            self._loop.set_exception_handler(None)
            self._loop = None

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException | None,
        tb: TracebackType | None,
        where: str,
        *,
        ui_thread: bool = True,
    ) -> None:
        """Log with the traceback, then tell the screen calmly. Never raises."""
        self.caught += 1
        try:
            log.error("unhandled error in %s", where, exc_info=(exc_type, exc, tb))  # type: ignore[arg-type]
        except Exception:  # logging itself broke: nothing else we can do
            pass
        if not ui_thread:  # widgets belong to the UI thread: hand the message over
            if self._loop is not None and not self._loop.is_closed():
                self._loop.call_soon_threadsafe(self._notify)
            return
        self._notify()

    def _notify(self) -> None:
        try:
            self.notify(CALM_MESSAGE)
        except Exception:
            log.debug("could not show the calm message", exc_info=True)

    def _excepthook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_excepthook(exc_type, exc, tb)
            return
        self.handle(exc_type, exc, tb, "the user interface")

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        exc = args.exc_value
        where = f"thread {args.thread.name if args.thread else '?'}"
        self.handle(args.exc_type, exc, args.exc_traceback, where, ui_thread=False)

    def _loop_handler(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if isinstance(exc, BaseException):
            self.handle(type(exc), exc, exc.__traceback__, str(context.get("message", "a task")))
        else:
            log.error("asyncio: %s", context.get("message", context))

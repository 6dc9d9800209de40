"""What the soak measures about its own process: memory, objects, and every problem reported.

Kept apart from the driving code so each figure is defined once: resident memory as the
kernel counts it (``/proc/self/status``), Python objects as the collector tracks them, Qt
objects as the trees under the application and its top-level widgets, and problems as
whatever reached a log handler, an exception hook or Qt's message handler.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import sys
import threading
from collections import Counter
from collections.abc import Callable
from types import TracebackType
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QMessageLogContext, QObject, QtMsgType
from PySide6.QtCore import qInstallMessageHandler as install_qt_handler
from PySide6.QtWidgets import QApplication

EXPECTED_QT_LINES = ("This plugin does not support",)
"""The offscreen platform says this at every raise/resize/grab: not a problem (as the tests)."""
KEPT_EXAMPLES = 5


def memory_kb() -> dict[str, int]:
    """``VmRSS`` (resident now) and ``VmHWM`` (the peak so far) of this process, in KiB."""
    figures: dict[str, int] = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                figures[key] = int(value.split()[0])
    return figures


def singleton_references() -> dict[str, int]:
    """References held to None and True. Before Python 3.12 they are counted like any
    object's: a C extension that steals them (PySide6 6.12.0 did, from every call) makes the
    count fall until the interpreter aborts ("deallocating None"); from 3.12 on they are
    immortal and the count is a constant."""
    return {"None": sys.getrefcount(None), "True": sys.getrefcount(True)}


def python_objects() -> int:
    """Objects the cyclic collector tracks, after a full collection (so garbage is not
    counted as growth)."""
    gc.collect()
    return len(gc.get_objects())


async def settle_deletions() -> None:
    """Let ``deleteLater`` take effect before counting Qt objects."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        await asyncio.sleep(0.02)


def live_qobjects() -> Counter[str]:
    """QObjects alive in the trees under the QApplication and every top-level widget, by
    Qt class name (``sum(...)`` is the count; the names say what grew)."""
    app = QApplication.instance()
    found: Counter[str] = Counter()
    if app is None:
        return found
    roots: list[QObject] = [app]
    if isinstance(app, QApplication):
        roots += app.topLevelWidgets()  # a dialog is top-level and its window's child: once
    seen: set[int] = set()
    for root in roots:
        for obj in (root, *root.findChildren(QObject)):
            address = shiboken6.getCppPointer(obj)[0]
            if address not in seen:
                seen.add(address)
                found[obj.metaObject().className()] += 1
    return found


def qt_wrappers() -> Counter[str]:
    """Python wrappers of C++ objects that are still valid, by type (a second view on Qt
    leaks: a wrapper kept alive by Python while its QObject lives on)."""
    return Counter(type(wrapper).__name__ for wrapper in shiboken6.getAllValidWrappers())


class Problems(logging.Handler):
    """Counts what went wrong, from every place it can be reported.

    * log records of level WARNING and above, by logger (the first few kept as examples);
      a record with a traceback counts as an exception logged;
    * ``sys.excepthook`` (an exception escaping a Qt slot), ``threading.excepthook`` and the
      asyncio loop's exception handler (a task nobody awaited): unhandled exceptions;
    * Qt's own warnings (``qWarning``, ``qCritical``), the offscreen platform's expected
      lines aside.

    ``install`` chains to the hooks that were there (the kiosk's crash guard stays in charge
    of the screen); ``uninstall`` puts them back.
    """

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.warnings: Counter[str] = Counter()
        self.errors: Counter[str] = Counter()
        self.exceptions_logged = 0
        self.unhandled = 0
        self.qt_warnings = 0
        self.examples: list[str] = []
        self._previous_hook: Callable[..., Any] = sys.excepthook
        self._previous_thread_hook: Callable[..., Any] = threading.excepthook
        self._loop: asyncio.AbstractEventLoop | None = None
        self._loop_handler: Any = None

    # ----------------------------------------------------------------- logging

    def emit(self, record: logging.LogRecord) -> None:
        target = self.errors if record.levelno >= logging.ERROR else self.warnings
        target[record.name] += 1
        if record.exc_info:
            self.exceptions_logged += 1
            self._keep(f"{record.name}: {record.getMessage()} ({record.exc_info[0]})")
        elif record.levelno >= logging.ERROR:
            self._keep(f"{record.name}: {record.getMessage()}")

    def _keep(self, text: str) -> None:
        if len(self.examples) < KEPT_EXAMPLES:
            self.examples.append(text[:300])

    # ----------------------------------------------------------------- hooks

    def install(self, loop: asyncio.AbstractEventLoop) -> None:
        logging.getLogger().addHandler(self)
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_hook
        self._loop = loop
        self._loop_handler = loop.get_exception_handler()
        loop.set_exception_handler(self._on_loop_error)
        install_qt_handler(self._qt_message)

    def uninstall(self) -> None:
        logging.getLogger().removeHandler(self)
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook
        if self._loop is not None and not self._loop.is_closed():
            self._loop.set_exception_handler(self._loop_handler)
        install_qt_handler(None)

    def _excepthook(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        self.unhandled += 1
        self._keep(f"unhandled in a Qt slot: {kind.__name__}: {exc}")
        self._previous_hook(kind, exc, tb)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        self.unhandled += 1
        self._keep(f"unhandled in thread {args.thread}: {args.exc_type.__name__}")
        self._previous_thread_hook(args)

    def _on_loop_error(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        self.unhandled += 1
        self._keep(f"asyncio: {context.get('message')}: {context.get('exception')!r}")
        if self._loop_handler is not None:
            self._loop_handler(loop, context)
        else:
            loop.default_exception_handler(context)

    def _qt_message(self, kind: QtMsgType, _context: QMessageLogContext, text: str) -> None:
        if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
            return
        if any(line in text for line in EXPECTED_QT_LINES):
            return
        self.qt_warnings += 1
        self._keep(f"Qt: {text}")
        print(f"Qt: {text}", file=sys.stderr)

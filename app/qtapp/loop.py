"""One QApplication and one qasync loop, the same for the main window and the kiosk.

Why one module: both front-ends need the same four things around their coroutine, in the same
order: the QApplication (with the program's identity, never quitting because a window closed:
the coroutine decides when the program is done), the chosen language's translators
(``translations``), cyclic garbage collection on the GUI thread
only (``main_thread_gc``), and asyncio running on Qt's event loop (qasync), torn down by
``asyncio.Runner`` so no task is left pending at exit.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable, Coroutine
from typing import Any

import qasync
from PySide6.QtWidgets import QApplication

from app import APP_ID, APP_NAME, __version__

from .main_thread_gc import collect_on_main_thread

APPLICATION_NAME = "talk-moderator"
"""``QCoreApplication.applicationName``: the program's name on the command line."""


def qt_application() -> QApplication:
    """The process's QApplication (made on first use) with the program's identity set."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1] or [APPLICATION_NAME])
    app.setApplicationName(APPLICATION_NAME)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    app.setQuitOnLastWindowClosed(False)  # the coroutine decides when we are done
    return app


def run_qt(
    coroutine_factory: Callable[[], Coroutine[Any, Any, int]],
    *,
    configure: Callable[[QApplication], None] | None = None,
    language: str | None = None,
) -> int:
    """Run ``coroutine_factory()`` on a qasync loop over the QApplication; its exit code.

    Args:
        coroutine_factory: makes the front-end's main coroutine (called once the loop runs).
        configure: more set-up of the application by the front-end (the window's icon).
        language: the language setting (``system``, ``en``, ``de``) to translate into; its
            catalogues are installed before the coroutine builds any window.
    """
    app = qt_application()
    if language is not None:
        from .translations import install_translations

        install_translations(language)
    if configure is not None:
        configure(app)
    with (
        collect_on_main_thread(app),
        asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner,
    ):
        return runner.run(coroutine_factory())

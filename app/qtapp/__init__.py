"""Qt start-up shared by the Qt front-ends (``app.ui``'s window and ``app.kiosk``).

``run_qt(main)`` makes the QApplication, runs ``main()`` on a qasync loop and returns its exit
code; ``collect_on_main_thread`` keeps Python's cyclic garbage collector on the GUI thread.
Neither front-end imports the other: both import this.

The names are loaded on first use: ``app.qtapp.display`` is asked before anything of Qt or
qasync is imported (no display: one line, no toolkit chatter), which importing this package
must not undo.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .loop import qt_application, run_qt
    from .main_thread_gc import collect_on_main_thread

__all__ = ["collect_on_main_thread", "qt_application", "run_qt"]


def __getattr__(name: str) -> Any:
    if name in ("qt_application", "run_qt"):
        from . import loop

        return getattr(loop, name)
    if name == "collect_on_main_thread":
        from . import main_thread_gc

        return main_thread_gc.collect_on_main_thread
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

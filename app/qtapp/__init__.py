"""Qt start-up shared by the Qt front-ends (``app.ui``'s window and ``app.kiosk``).

``run_qt(main)`` makes the QApplication, runs ``main()`` on a qasync loop and returns its exit
code; ``collect_on_main_thread`` keeps Python's cyclic garbage collector on the GUI thread.
Neither front-end imports the other: both import this.
"""

from __future__ import annotations

from .loop import qt_application, run_qt
from .main_thread_gc import collect_on_main_thread

__all__ = ["collect_on_main_thread", "qt_application", "run_qt"]

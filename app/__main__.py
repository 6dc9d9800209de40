"""Entry point: picks the mode once (GUI, kiosk, scripting CLI, demo server), see ``app.modes``.

Only the chosen front-end is imported: the CLI and the demo server never load Qt.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from .modes import Decision, Mode, ModeError, decide


def _log_to_stderr(level: str | None) -> None:
    """The Qt front-ends log to stderr from ``--log-level`` on (default WARNING), redacting."""
    from .logs import setup_logging

    setup_logging(getattr(logging, str(level or "WARNING").upper(), logging.WARNING))


def _without_httpx_cli() -> None:
    """Import httpx without its command-line client.

    Why: ``import httpx`` tries ``httpx._main``, which loads click and, where they are
    installed, rich and pygments (about 50 ms of every start, for a command the app never
    runs). A ``None`` in ``sys.modules`` makes that import fail at once, and httpx then
    defines its stub ``httpx.main`` instead, as when those packages are missing.
    """
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]


@contextmanager
def _no_collections_while_importing() -> Iterator[None]:
    """Within the block the cyclic garbage collector is off, except where the Qt front-end's
    loop runs it (``app.qtapp.main_thread_gc``); as it was afterwards.

    Why: importing the front-end's ~500 modules makes no garbage to speak of, yet crossed the
    collector's thresholds a hundred times (about 10 ms of the start).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def run(decision: Decision) -> int:
    """Run the front-end ``decision`` names; its exit status."""
    options = decision.options
    _without_httpx_cli()
    if decision.mode is Mode.VERSION:
        from . import APP_NAME, __version__

        print(f"{APP_NAME} {__version__}")
        return 0
    if decision.mode is Mode.DEMO_SERVER:
        from .demo_server.cli import main as demo_main

        return demo_main(list(decision.rest))
    if decision.mode is Mode.CLI:
        from .cli import main as cli_main

        return cli_main(list(decision.argv))
    _log_to_stderr(options.log_level)
    with _no_collections_while_importing():
        return _run_qt_front_end(decision)


def _run_qt_front_end(decision: Decision) -> int:
    """The window or the kiosk, on a quicker import check and a certificate store loaded
    beside the imports."""
    options = decision.options
    from .qtapp.pyside_imports import quicken_import_check

    quicken_import_check()  # before the front-end's ~500 modules: see there
    from .api.client import warm_tls_context

    warm_tls_context()
    if decision.mode is Mode.KIOSK:
        from .kiosk import run_kiosk

        return run_kiosk(options.kiosk, windowed=options.windowed)
    from .ui.bootstrap import GuiOptions, run_gui

    return run_gui(GuiOptions.from_namespace(options))


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        decision = decide(args)
    except ModeError as exc:
        print(f"{exc.usage}talk-moderator: error: {exc}", file=sys.stderr)
        return 2
    except SystemExit as exc:  # --help: printed already
        return exc.code if isinstance(exc.code, int) else 0
    return run(decision)


if __name__ == "__main__":
    sys.exit(main())

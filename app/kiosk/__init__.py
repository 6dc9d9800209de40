"""Kiosk mode: a locked full-screen window for event staff, driven by a kiosk.toml.

Entry points:

* ``run_kiosk(config_path, windowed=False)``: run until the exit PIN is entered; returns the
  exit status (0 left with the PIN, 2 unusable configuration or secret, 1 other failure).
* ``main(argv)``: ``talk-moderator --kiosk FILE [--windowed]`` (the GUI bootstrap calls it).
* ``app.kiosk.cli.main(argv)``: ``talk-moderator kiosk hash-pin|set-secret|check``.

Everything but ``window``/``cards``/``dialogs``/``feed`` is Qt-free; importing this package
does not import Qt.
"""

from __future__ import annotations

from collections.abc import Sequence


def run_kiosk(config_path: str, *, windowed: bool = False, dialogs: bool = True) -> int:
    """See ``app.kiosk.app.run_kiosk``."""
    from .app import run_kiosk as run

    return run(config_path, windowed=windowed, dialogs=dialogs)


def main(argv: Sequence[str] | None = None) -> int:
    """See ``app.kiosk.app.main``."""
    from .app import main as app_main

    return app_main(argv)


__all__ = ["main", "run_kiosk"]

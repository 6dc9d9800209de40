"""Kiosk mode: a locked full-screen window for event staff, driven by a kiosk.toml.

Entry points:

* ``run_kiosk(config_path, windowed=False)``: run until the exit PIN is entered; returns the
  exit status (0 left with the PIN, 2 unusable configuration or secret, or no display Qt can
  use, 1 other failure).
  ``talk-moderator --kiosk FILE [--windowed]`` calls it (``app/__main__.py`` picks the mode).
* ``app.kiosk.cli.main(argv)``: ``talk-moderator kiosk hash-pin|set-secret|check``.

Everything but ``window``/``cards``/``dialogs``/``live_views`` is Qt-free; importing this package
does not import Qt.
"""

from __future__ import annotations


def run_kiosk(config_path: str, *, windowed: bool = False, dialogs: bool = True) -> int:
    """See ``app.kiosk.app.run_kiosk``."""
    from .app import run_kiosk as run

    return run(config_path, windowed=windowed, dialogs=dialogs)


__all__ = ["run_kiosk"]

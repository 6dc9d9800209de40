"""What the window's start-up loads, and when (the order ``app.ui.bootstrap`` promises).

The first conversation listing is sent before the window's modules load, so that loading
them overlaps the server's work: that only holds while importing the start-up module does not
pull them in. The action icons come from the icon font without qtawesome's Qt layer (qtpy),
whose import creates every Qt class at once.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

WINDOW_MODULES = ("app.ui.main_window", "app.ui.moderation", "app.ui.alerts", "app.ui.session")


def loaded_after(code: str) -> set[str]:
    """The modules loaded once ``code`` ran in a fresh interpreter."""
    probe = code + "\nimport sys\nprint(' '.join(sorted(sys.modules)))\n"
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return set(done.stdout.split())


def test_the_start_up_module_loads_no_window_module() -> None:
    loaded = loaded_after("import app.ui.bootstrap")
    assert not loaded & set(WINDOW_MODULES)


def test_a_built_window_has_its_icons_without_qtpy() -> None:
    loaded = loaded_after(
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from app.api.service import TalkService\n"
        "from app.ui.bootstrap import build_window\n"
        "service = TalkService('http://127.0.0.1:9', 'moderator1', 'x')\n"
        "window = build_window(service, 'moderator1@test')\n"
        "assert all(not a.icon().isNull() for a in window.registry.actions())\n"
    )
    assert "app.ui.main_window" in loaded
    assert not {"qtpy", "qtawesome"} & loaded

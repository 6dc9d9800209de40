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

WINDOW_MODULES = (
    "app.ui.main_window",
    "app.ui.moderation",
    "app.ui.alerts",
    "app.ui.session",
    "app.moderation",  # the core and what it brings (the signaling client, websockets)
    "websockets",
)


def loaded_after(code: str, config: Path | None = None) -> set[str]:
    """The modules loaded once ``code`` ran in a fresh interpreter (its settings in
    ``config``, a keyring that holds nothing)."""
    probe = code + "\nimport sys\nprint(' '.join(sorted(sys.modules)))\n"
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    if config is not None:
        env.update(
            TALK_MODERATOR_CONFIG_DIR=str(config),
            PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return set(done.stdout.split())


def test_the_start_up_module_loads_no_window_module() -> None:
    """Nor what runs before the first listing: the Qt loop's start and the translations."""
    loaded = loaded_after("import app.ui.bootstrap, app.qtapp.loop, app.qtapp.translations")
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


def test_the_first_listing_is_sent_before_the_window_modules_load(tmp_path: Path) -> None:
    """What ``build_console`` does for every start (--demo, --server, saved accounts)."""
    loaded = loaded_after(
        "import asyncio, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from app.accounts import AccountStore\n"
        "from app.api.service import TalkService\n"
        "from app.demo_server import DemoServer\n"
        "from app.settings import SettingsStore\n"
        "from app.ui.bootstrap import build_console\n"
        "server = DemoServer().start()\n"
        "service = TalkService(server.url, server.moderator.login, server.moderator.app_password)\n"
        "sent = service.rooms.prefetch_list\n"
        "seen = []\n"
        "def noted():\n"
        "    seen.append('app.ui.main_window' in sys.modules)\n"
        "    sent()\n"
        "service.rooms.prefetch_list = noted\n"
        "console = build_console(service, 'moderator1@demo', AccountStore(SettingsStore()))\n"
        "assert seen == [False], seen\n"
        "asyncio.run(service.aclose())\n"
        "server.stop()\n",
        config=tmp_path,
    )
    assert "app.ui.main_window" in loaded


def test_a_console_without_a_signaling_server_loads_neither_websockets_nor_the_keyring(
    tmp_path: Path,
) -> None:
    """Both load on first use (about 25 ms of start-up): a signaling server to follow, an
    account's password to read; ``--server`` with its password given needs neither."""
    loaded = loaded_after(
        "import asyncio\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from app.accounts import AccountStore\n"
        "from app.api.service import TalkService\n"
        "from app.settings import SettingsStore\n"
        "from app.ui.bootstrap import build_console\n"
        "service = TalkService('http://127.0.0.1:9', 'moderator1', 'x')\n"
        "console = build_console(service, 'moderator1@test', AccountStore(SettingsStore()))\n"
        "asyncio.run(service.aclose())\n",
        config=tmp_path,
    )
    assert "app.ui.main_window" in loaded
    assert not {"websockets", "keyring"} & loaded


def test_the_program_loads_httpx_without_its_command_line_client() -> None:
    """``httpx._main`` brings click (and rich and pygments where installed): about 50 ms of
    every start for a command the app never runs."""
    loaded = loaded_after(
        "from app.__main__ import main\n"
        "assert main(['--version']) == 0\n"
        "import httpx\n"
        "import app.ui.bootstrap\n"
        "import sys\n"
        "assert callable(httpx.main) and sys.modules['httpx._main'] is None\n"
    )
    assert "httpx" in loaded
    assert not {"click", "rich", "pygments"} & loaded


def test_the_collector_is_as_before_once_a_front_end_returns() -> None:
    """It is off while the front-end's modules load (``app.__main__``); a window that ends
    early (here: an address it refuses) leaves it switched on as it found it."""
    loaded_after(
        "import gc, os\n"
        "os.environ['TALK_MODERATOR_PASSWORD'] = 'x'\n"
        "from app.__main__ import main\n"
        "assert gc.isenabled()\n"
        "assert main(['--server', 'http://127.0.0.1:99999', '--user', 'u']) == 2\n"
        "assert gc.isenabled()\n"
    )

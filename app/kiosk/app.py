"""Start kiosk mode: check everything that can be wrong *before* going full screen.

Order matters for an unattended screen: the configuration and the app password are checked
first, and a problem ends the program with exit code 2 and a plain message (stderr, plus a
message box when a display exists), so nobody faces a locked full-screen window that cannot
work. Only then the window goes full screen and runs until the exit PIN is entered (exit 0).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import sys
from pathlib import Path
from typing import Any

from platformdirs import user_log_dir

from .. import APP_NAME
from ..api import TalkError, TalkService
from ..api.areas.breakout import is_breakout_room
from ..logs import LOG_FORMAT, PrivateRotatingFileHandler, add_handler
from .config import ConfigError, ConversationEntry, KioskConfig, load_config

log = logging.getLogger(__name__)
file_log = logging.getLogger("app.kiosk.startup")
"""Start-up refusals for the log file only: stderr already got the plain message."""
file_log.propagate = False

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_CONFIG = 2
DEMO_ROOMS = 4
"""Demo mode without [[conversations]] shows this many of the demo server's rooms."""
DEMO_SEED = 1
"""The demo server's data in kiosk demo mode (and in ``kiosk check`` of a demo file)."""


class StartupError(Exception):
    """Kiosk mode cannot start; the message says what to do about it."""


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Log to stderr (the journal, under systemd) and to a rotating file; returns its path."""
    root = logging.getLogger()
    if getattr(root, "_talk_moderator_kiosk", False):
        return None
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    # One line per request, every few seconds, all day: only httpx's warnings are news.
    logging.getLogger("httpx").setLevel(max(logging.WARNING, root.level))
    # add_handler: the one set-up of every mode (no cookie or credential in any log line).
    stream = next((h for h in root.handlers if type(h) is logging.StreamHandler), None)
    add_handler(stream or logging.StreamHandler(), fmt=None if stream else LOG_FORMAT)
    path: Path | None = None
    try:
        path = Path(user_log_dir("talk-moderator", appauthor=False)) / "kiosk.log"
        handler = PrivateRotatingFileHandler(path)  # 0600 in a 0700 folder
        add_handler(handler)
        file_log.addHandler(handler)
    except OSError as exc:
        log.warning("no log file: %s", exc)
        path = None
    root._talk_moderator_kiosk = True  # type: ignore[attr-defined]
    return path


def _has_display() -> bool:
    from ..qtapp.display import display_problem

    return display_problem() is None


def report_startup_error(message: str, *, dialogs: bool) -> None:
    """Say why the kiosk cannot start: stderr always, a message box when possible."""
    print(f"talk-moderator kiosk: {message}", file=sys.stderr)
    file_log.error("kiosk cannot start: %s", message)
    if not dialogs or not _has_display():
        return
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert app is not None
    box = QMessageBox(
        QMessageBox.Icon.Critical, f"{APP_NAME} kiosk", f"Kiosk mode cannot start.\n\n{message}"
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # the reason may quote the server's words
    box.exec()


def read_app_password(config: KioskConfig) -> str:
    """The kiosk account's app password from the OS keyring.

    Raises:
        StartupError: no keyring, or nothing stored for this account.
    """
    from ..secrets import KeyringUnavailable, get_app_password, secret_key

    key = secret_key(config.login, config.server_url)
    try:
        password = get_app_password(key)
    except KeyringUnavailable as exc:
        raise StartupError(f"cannot read the app password: {exc}") from None
    if not password:
        raise StartupError(
            f"no app password stored for {key}. Store it once with:\n"
            f"  talk-moderator kiosk set-secret --server {config.server_url} "
            f"--user {config.login}"
        )
    return password


async def demo_conversations(service: TalkService) -> tuple[ConversationEntry, ...]:
    """Rooms of the demo server a kiosk could show: group or public ones it moderates (not
    breakout rooms: a card titled "Room 2" says nothing at an event desk)."""
    listing = await service.rooms.list()
    rooms = [
        r for r in listing.rooms if r.is_group_like and r.is_moderator and not is_breakout_room(r)
    ]
    rooms.sort(key=lambda r: (not r.lobby_enabled, not r.has_call, r.title.casefold()))
    return tuple(ConversationEntry(token=r.token, label=r.title) for r in rooms[:DEMO_ROOMS])


def make_service(config: KioskConfig, app_password: str, **kwargs: Any) -> TalkService:
    """The kiosk's service: the feed does the retrying, so reads are not retried inside."""
    kwargs.setdefault("timeout", 10.0)
    kwargs.setdefault("read_retries", 0)
    return TalkService(
        config.server_url, config.login, app_password, verify=config.verify_tls, **kwargs
    )


async def _run_window(config: KioskConfig, service: TalkService, windowed: bool) -> int:
    from ..audit import AuditLog
    from ..moderation import ActionRunner
    from ..qtapp.translations import translated
    from .crashguard import CrashGuard
    from .pin import PinGuard
    from .window import KioskWindow

    if config.demo and not config.conversations:
        config = dataclasses.replace(config, conversations=await demo_conversations(service))
    window = KioskWindow(
        config,
        service,
        runner=ActionRunner(service, AuditLog()),
        windowed=windowed,
        pin_guard=PinGuard.for_kiosk(),  # the lock-out outlives a restart of the kiosk
    )
    guard = CrashGuard(lambda text: window.show_message(translated("KioskWindow", text), "error"))
    guard.install(asyncio.get_running_loop())
    done: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def finish() -> None:
        if not done.done():
            done.set_result(None)

    window.exited.connect(finish)
    try:
        window.start()
        log.info("kiosk started: %d conversations on %s", len(window.cards), service.server_url)
        await done
        log.info("kiosk left with the exit PIN")
        return EXIT_OK
    finally:
        await window.shutdown()
        guard.uninstall()
        window.deleteLater()


async def _main(config: KioskConfig, app_password: str, windowed: bool) -> int:
    async with make_service(config, app_password) as service:
        return await _run_window(config, service, windowed)


def run_kiosk(config_path: str, *, windowed: bool = False, dialogs: bool = True) -> int:
    """Run kiosk mode until the exit PIN is entered.

    Args:
        config_path: the kiosk.toml.
        windowed: a normal window instead of locked full screen (trying out a configuration).
        dialogs: show start-up problems in a message box too (not only on stderr).

    Returns:
        0 after a PIN exit, 2 when the configuration, the secret or the display is unusable,
        1 otherwise.
    """
    setup_logging()
    try:
        config = load_config(config_path)
    except ConfigError as exc:
        report_startup_error(str(exc), dialogs=dialogs)
        return EXIT_CONFIG
    from ..qtapp.display import display_problem

    no_display = display_problem()
    if no_display is not None:
        report_startup_error(no_display, dialogs=False)
        return EXIT_CONFIG

    demo = None
    try:
        if config.demo:
            from ..demo_server import DemoServer

            demo = DemoServer(seed=DEMO_SEED)
            demo.start()
            config = dataclasses.replace(config, server_url=demo.url, login=demo.moderator.login)
            app_password = demo.moderator.app_password
        else:
            app_password = read_app_password(config)
    except StartupError as exc:
        report_startup_error(str(exc), dialogs=dialogs)
        return EXIT_CONFIG

    from ..qtapp import run_qt

    try:
        # the demo server runs in this process: run_qt collects garbage on the GUI thread
        return run_qt(lambda: _main(config, app_password, windowed), language=config.language)
    except TalkError as exc:
        report_startup_error(str(exc), dialogs=dialogs)
        return EXIT_FAILURE
    finally:
        if demo is not None:
            demo.stop()

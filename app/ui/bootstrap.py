"""Start the GUI: QApplication + qasync loop, pick the account, show the main window, clean up.

Modes (``talk-moderator [options]``):

* ``--demo``: start an in-process demo server with live activity, sign in as its moderator.
* ``--server URL --user NAME``: the app password comes from ``$TALK_MODERATOR_PASSWORD``.
* otherwise: a saved account (``--account NAME``, else the one used last), or the sign-in
  dialog when there is none (``app.ui.session.run_saved_accounts``).
* ``--kiosk FILE``: hand over to ``app.kiosk.main(args)``.

``open_main_window(service, account_label)`` is the one call that shows the console for a
signed-in service (saved accounts and the sign-in dialog call it too). Quitting stops polling,
cancels running handlers and closes the service before the loop ends, so nothing is left pending.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Callable, Coroutine
from typing import Any
from urllib.parse import urlsplit

import qasync
from PySide6.QtWidgets import QApplication

from app import APP_ID, APP_NAME, __version__
from app.accounts import AccountStore, UnknownAccount
from app.api.service import TalkService
from app.logs import setup_logging
from app.settings import SettingsStore

from .main_thread_gc import collect_on_main_thread
from .main_window import MainWindow
from .polling import PollConfig
from .session import AccountSession, run_saved_accounts

log = logging.getLogger(__name__)

PASSWORD_ENV = "TALK_MODERATOR_PASSWORD"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="talk-moderator", description=f"{APP_NAME} (GUI)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--demo", action="store_true", help="run against a built-in demo server")
    mode.add_argument("--server", metavar="URL", help="Nextcloud server address")
    mode.add_argument("--kiosk", metavar="FILE", help="run the kiosk with this configuration")
    parser.add_argument(
        "--windowed", action="store_true", help="with --kiosk: a window instead of full screen"
    )
    parser.add_argument("--user", metavar="NAME", help=f"login name (password: ${PASSWORD_ENV})")
    parser.add_argument(
        "--account", metavar="NAME", help="a saved account (its name, or LOGIN@HOST)"
    )
    parser.add_argument(
        "--poll-interval",
        type=float,
        default=5.0,
        metavar="SECONDS",
        help="seconds between conversation-list polls (default 5)",
    )
    parser.add_argument("--log-level", default="WARNING", help="DEBUG, INFO, WARNING, ERROR")
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    return parser


def account_label(service: TalkService) -> str:
    """ "login@host" for the status bar."""
    host = urlsplit(service.server_url).netloc or service.server_url
    return f"{service.login}@{host}"


def open_main_window(
    service: TalkService, account_label: str, *, poll_config: PollConfig | None = None
) -> MainWindow:
    """Show the main window for a signed-in service and start polling.

    The caller keeps ownership of ``service``: after the window's ``closed`` signal, await
    ``window.shutdown()`` and then ``service.aclose()``.
    """
    from .moderation import install_moderation

    window = MainWindow(service, account_label, poll_config=poll_config)
    window.moderation = install_moderation(window)  # type: ignore[attr-defined]
    window.show()
    window.start()
    return window


async def run_until_closed(window: MainWindow, *, smoke_test: bool = False) -> int:
    """Wait until the window is closed, then stop its polling and handlers.

    Returns:
        the exit code: 0, or the ``--smoke-test`` verdict (see ``app/ui/smoke.py``).
    """
    closed = asyncio.get_running_loop().create_future()
    code = 0
    if smoke_test:
        from .smoke import SmokeTest

        def finish(result: int) -> None:
            nonlocal code
            code = result
            window.close()

        SmokeTest(window, window.conversation_model.rowCount, finish)

    def on_closed() -> None:
        if not closed.done():
            closed.set_result(None)

    window.closed.connect(on_closed)
    if not window.isVisible():
        on_closed()
    try:
        await closed
    finally:
        await window.shutdown()
    return code


def _poll_config(ns: argparse.Namespace) -> PollConfig:
    interval = max(0.5, ns.poll_interval)
    return PollConfig(rooms_interval=interval, selected_interval=max(0.5, interval * 0.4))


async def _run_demo(ns: argparse.Namespace) -> int:
    from app.demo_server import DemoServer

    loop = asyncio.get_running_loop()
    server = DemoServer(activity=True)
    await loop.run_in_executor(None, server.start)
    try:
        service = TalkService(server.url, server.moderator.login, server.moderator.app_password)
        try:
            window = open_main_window(
                service, f"{account_label(service)} (demo)", poll_config=_poll_config(ns)
            )
            AccountSession(window, AccountStore(SettingsStore()), None)
            return await run_until_closed(window, smoke_test=ns.smoke_test)
        finally:
            await service.aclose()
    finally:
        await loop.run_in_executor(None, server.stop)


async def _run_server(ns: argparse.Namespace) -> int:
    password = os.environ.get(PASSWORD_ENV, "")
    if not ns.user or not password:
        print(
            f"--server needs --user NAME and the app password in ${PASSWORD_ENV}",
            file=sys.stderr,
        )
        return 2
    window = open_server_window(ns.server, ns.user, password, poll_config=_poll_config(ns))
    try:
        return await run_until_closed(window, smoke_test=ns.smoke_test)
    finally:
        await window.service.aclose()


def open_server_window(
    server_url: str, login: str, app_password: str, *, poll_config: PollConfig | None = None
) -> MainWindow:
    """The console for ``--server URL --user NAME``: a new service, window and account session.

    One function for the command line and the tests against a real server, so they build the
    same window. The caller owns ``window.service``: await ``window.shutdown()``, then
    ``window.service.aclose()``.
    """
    service = TalkService(server_url, login, app_password)
    window = open_main_window(service, account_label(service), poll_config=poll_config)
    AccountSession(window, AccountStore(SettingsStore()), None)  # 401: sign in again
    return window


def _run_kiosk(args: list[str]) -> int:
    try:
        from app import kiosk
    except ImportError:
        kiosk_main = None
    else:
        kiosk_main = getattr(kiosk, "main", None)
    if not callable(kiosk_main):
        print("The kiosk is not available in this build", file=sys.stderr)
        return 2
    result = kiosk_main(args)
    return int(result or 0)


def _apply_identity(app: QApplication) -> None:
    app.setApplicationName("talk-moderator")
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    try:  # the packaged app icon, when that module is present
        from .app_icon import apply_app_identity
    except ImportError:
        return
    apply_app_identity(app)


def run_gui(
    coroutine_factory: Callable[[], Coroutine[Any, Any, int]], argv0: str = "talk-moderator"
) -> int:
    """Run ``coroutine_factory()`` on a qasync loop over a (possibly new) QApplication."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([argv0])
    _apply_identity(app)
    app.setQuitOnLastWindowClosed(False)  # the coroutine decides when we are done
    with (
        collect_on_main_thread(app),
        asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner,
    ):
        return runner.run(coroutine_factory())


def main(args: list[str]) -> int:
    parser = build_parser()
    ns = parser.parse_args(args)
    setup_logging(getattr(logging, str(ns.log_level).upper(), logging.WARNING))
    if ns.kiosk:
        return _run_kiosk(args)
    if ns.account and (ns.demo or ns.server):
        print("--account cannot be combined with --demo or --server", file=sys.stderr)
        return 2
    if ns.demo:
        return run_gui(lambda: _run_demo(ns))
    if ns.server:
        return run_gui(lambda: _run_server(ns))
    store = AccountStore(SettingsStore())
    if ns.account:
        try:
            store.find(ns.account)
        except UnknownAccount as exc:
            print(exc, file=sys.stderr)
            return 2
    return run_gui(lambda: run_saved_accounts(store, account=ns.account, smoke_test=ns.smoke_test))

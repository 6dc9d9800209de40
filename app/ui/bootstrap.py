"""The GUI's composition root and start-up: build one account's console, run the window modes.

``build_console(service, label, store, entry)`` is the one place that builds the console of a
signed-in service: the polling controller, the models and the action registry
(``app.ui.parts``), the passive ``MainWindow`` over them, then the moderation dialogs and the
account session attached to the window. Everything that shows a console goes through it:

* ``--demo``: an in-process demo server with live activity, signed in as its moderator;
* ``--server URL --user NAME``: the app password comes from ``$TALK_MODERATOR_PASSWORD``
  (``open_server_window``, also what the real-server tests open);
* otherwise the saved accounts (``run_saved_accounts``): ``--account NAME``, else the one used
  last, or the sign-in dialog when there is none, and a new console after each switch.

``run_gui(options)`` runs one of them on the shared Qt start-up (``app.qtapp.run_qt``); the
mode itself was picked by ``app/__main__.py``. Quitting stops polling, cancels running handlers
and closes the service before the loop ends, so nothing is left pending.

Start-up order: the window's modules (the main window, its models, the moderation dialogs,
the alerts; about a fifth of a second to load) are imported inside ``build_console``, after
it has sent the first conversation listing (``service.rooms.prefetch_list``): the server
builds the answer and the reader decodes it while they load, instead of after.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.accounts import AccountStore, MissingSecret, UnknownAccount
from app.api.address import InvalidAddress, check_server_address
from app.api.login_flow import InsecureAddress, refuse_plain_http
from app.api.service import TalkService
from app.audit import AuditLog
from app.live import PollConfig
from app.live.status import poll_config_every
from app.modes import PASSWORD_ENV
from app.qtapp import run_qt
from app.qtapp.display import display_problem
from app.secrets import KeyringUnavailable
from app.settings import AccountEntry, SettingsStore

if TYPE_CHECKING:  # loaded where first used: see "Start-up order" above
    from .alerts import AlertsUi
    from .dialogs.sign_in import SignInDialog, UrlOpener
    from .main_window import MainWindow
    from .moderation import ModerationController
    from .session import AccountSession

log = logging.getLogger(__name__)

DEFAULT_POLL_INTERVAL = 5.0
"""``--demo`` and ``--server`` without ``--poll-interval`` (saved accounts use the setting)."""


@dataclass(frozen=True)
class GuiOptions:
    """What the command line says about starting the window (see ``app.modes``).

    Args:
        demo: ``--demo``.
        server: ``--server URL``.
        user: ``--user NAME``.
        account: ``--account NAME``.
        poll_interval: ``--poll-interval``; None: the saved setting (or 5 s without accounts).
        allow_http: ``--allow-http``, the consent that ``--server http://<another machine>`` needs.
        smoke_test: the hidden ``--smoke-test`` (``app/ui/smoke.py``).
    """

    demo: bool = False
    server: str | None = None
    user: str | None = None
    account: str | None = None
    poll_interval: float | None = None
    allow_http: bool = False
    smoke_test: bool = False

    @classmethod
    def from_namespace(cls, ns: argparse.Namespace) -> GuiOptions:
        return cls(
            demo=ns.demo,
            server=ns.server,
            user=ns.user,
            account=ns.account,
            poll_interval=ns.poll_interval,
            allow_http=ns.allow_http,
            smoke_test=ns.smoke_test,
        )

    def poll_config(self, base: PollConfig | None = None) -> PollConfig | None:
        """The intervals ``--poll-interval`` asks for; None when it was not given."""
        if self.poll_interval is None:
            return base
        return poll_config_every(self.poll_interval, base)


@dataclass(frozen=True)
class Console:
    """One account's console as the composition root built it.

    Args:
        window: the main window (owns the parts; closing it ends the console).
        moderation: the moderation dialogs attached to the window's actions.
        session: the Accounts and Settings actions and signing in again.
        alerts: the live alerts' panels, tray icon and notifications.
    """

    window: MainWindow
    moderation: ModerationController
    session: AccountSession
    alerts: AlertsUi


def account_label(service: TalkService) -> str:
    """ "login@host" for the status bar."""
    host = urlsplit(service.server_url).netloc or service.server_url
    return f"{service.login}@{host}"


def build_window(
    service: TalkService, account_label: str, *, poll_config: PollConfig | None = None
) -> MainWindow:
    """The bare window over freshly built parts: no moderation, no account session (tests and
    benchmarks that attach their own)."""
    from .main_window import MainWindow
    from .parts import build_parts

    return MainWindow(build_parts(service, account_label, poll_config=poll_config))


def build_console(
    service: TalkService,
    account_label: str,
    store: AccountStore,
    entry: AccountEntry | None = None,
    *,
    poll_config: PollConfig | None = None,
    switchable: bool = False,
    open_url: UrlOpener | None = None,
    sign_in_poll_interval: float = 1.0,
    audit: AuditLog | None = None,
    on_demo: bool = False,
    use_desktop: bool | None = None,
) -> Console:
    """Build the console of a signed-in service (not shown, not polling yet).

    Args:
        service: the signed-in service; the caller keeps ownership (closes it after
            ``window.shutdown()``).
        account_label: the title and status-bar name of the account.
        store: the saved accounts (Accounts, Settings, signing in again).
        entry: the saved account in use; None for ``--demo`` and ``--server`` (then signing
            in again saves one).
        poll_config: polling intervals (default: 5 s list, 2 s selected room).
        switchable: whether the caller replaces the console on ``session.switch_requested``.
        open_url: how the sign-in dialog opens the browser (tests pass their own).
        sign_in_poll_interval: seconds between Login Flow v2 polls of the sign-in dialog.
        audit: the audit log (default: the file in the config directory).
        on_demo: the service is the built-in demo server's (the Accounts window says so).
        use_desktop: desktop notifications on or off (default: where the platform has them).
    """
    service.rooms.prefetch_list()  # the server works on them while the modules below load
    service.account.prefetch_capabilities()
    from .alerts import install_alerts
    from .moderation import install_moderation
    from .session import AccountSession

    window = build_window(service, account_label, poll_config=poll_config)
    moderation = install_moderation(window, audit)
    session = AccountSession(
        window,
        store,
        entry,
        switchable=switchable,
        open_url=open_url,
        poll_interval=sign_in_poll_interval,
        on_demo=on_demo,
    )

    def mute(token: str) -> None:
        notes = store.settings.notifications
        if token not in notes.muted_rooms:
            muted = replace(notes, muted_rooms=(*notes.muted_rooms, token))
            store.settings_store.update(notifications=muted)

    alerts = install_alerts(
        window,
        moderation.runner,
        lambda: store.settings.notifications,
        mute=mute,
        use_desktop=use_desktop,
    )
    return Console(window, moderation, session, alerts)


def show_console(console: Console) -> Console:
    """Show the window and start polling."""
    console.window.show()
    console.window.start()
    return console


def open_server_window(
    server_url: str, login: str, app_password: str, *, poll_config: PollConfig | None = None
) -> Console:
    """The console for ``--server URL --user NAME``: a new service and its shown console.

    One function for the command line and the tests against a real server, so they build the
    same window. The caller owns ``console.window.service``: await ``window.shutdown()``, then
    ``service.aclose()``.
    """
    service = TalkService(server_url, login, app_password)
    console = build_console(
        service, account_label(service), AccountStore(SettingsStore()), poll_config=poll_config
    )
    return show_console(console)


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


async def run_saved_accounts(
    store: AccountStore,
    *,
    account: str | None = None,
    poll_interval: float | None = None,
    base_poll_config: PollConfig | None = None,
    smoke_test: bool = False,
    open_url: UrlOpener | None = None,
    on_window: Callable[[MainWindow, AccountSession], None] | None = None,
    on_sign_in: Callable[[SignInDialog], None] | None = None,
) -> int:
    """Run the console on saved accounts until the last window is closed.

    Args:
        store: the saved accounts.
        account: ``--account NAME``; the active account when None.
        poll_interval: ``--poll-interval``: overrides the saved setting for this run.
        base_poll_config: the other intervals (tests make them short).
        on_window, on_sign_in: called with each new window / sign-in dialog (tests drive them).

    Returns:
        the exit code (0, or the ``--smoke-test`` verdict).
    """
    from .theme import apply_theme

    apply_theme(store.settings.theme)
    entry = store.find(account) if account else store.active
    if entry is None and not store.accounts:  # the very first start: offer the demo too
        from .session import TRY_DEMO, ask_first_start

        choice = await ask_first_start(store, open_url=open_url, on_open=on_sign_in)
        if choice == TRY_DEMO:
            return await run_demo_console(
                store, poll_interval=poll_interval, smoke_test=smoke_test, on_window=on_window
            )
        if choice is None:
            return 0
        assert isinstance(choice, AccountEntry)
        entry = choice
    while True:
        if entry is None:
            from .session import ask_sign_in

            entry = await ask_sign_in(store, open_url=open_url, on_open=on_sign_in)
            if entry is None:
                return 0
        try:
            service = await store.open_service(entry)
        except (MissingSecret, KeyringUnavailable) as exc:
            log.info("cannot use %s yet: %s", entry.key, exc)
            from .session import ask_sign_in

            entry = await ask_sign_in(store, entry, open_url=open_url, on_open=on_sign_in)
            if entry is None:
                return 0
            continue
        config = poll_config_every(store.settings.poll_interval, base_poll_config)
        if poll_interval is not None:
            config = poll_config_every(poll_interval, config)
        requested: list[AccountEntry | None] = []
        try:
            console = build_console(
                service,
                entry.title,
                store,
                entry,
                poll_config=config,
                switchable=True,
                open_url=open_url,
            )
            window, session = console.window, console.session

            def switch(
                next_entry: AccountEntry | None,
                window: MainWindow = window,
                requested: list[AccountEntry | None] = requested,
            ) -> None:
                requested.append(next_entry)
                window.close()

            session.switch_requested.connect(switch)
            show_console(console)
            if on_window is not None:
                on_window(window, session)
            code = await run_until_closed(window, smoke_test=smoke_test)
            await session.wait_idle()
            window.deleteLater()
        finally:
            await service.aclose()
        if not requested:
            return code
        entry = requested[-1]


async def _run_demo(options: GuiOptions) -> int:
    return await run_demo_console(
        AccountStore(SettingsStore()),
        poll_interval=options.poll_interval,
        smoke_test=options.smoke_test,
    )


async def run_demo_console(
    store: AccountStore,
    *,
    poll_interval: float | None = None,
    smoke_test: bool = False,
    on_window: Callable[[MainWindow, AccountSession], None] | None = None,
) -> int:
    """The console on an in-process demo server (``--demo``, or "Try the demo" at the first
    start) until its window is closed; accounts added meanwhile are saved in ``store``."""
    from app.demo_server import DemoServer

    loop = asyncio.get_running_loop()
    server = DemoServer(activity=True)
    await loop.run_in_executor(None, server.start)
    try:
        service = TalkService(server.url, server.moderator.login, server.moderator.app_password)
        try:
            console = build_console(
                service,
                QCoreApplication.translate("Bootstrap", "{account} (demo)").format(
                    account=account_label(service)
                ),
                store,
                poll_config=poll_config_every(poll_interval or DEFAULT_POLL_INTERVAL),
                on_demo=True,
            )
            show_console(console)
            if on_window is not None:
                on_window(console.window, console.session)
            return await run_until_closed(console.window, smoke_test=smoke_test)
        finally:
            await service.aclose()
    finally:
        await loop.run_in_executor(None, server.stop)


async def _run_server(options: GuiOptions) -> int:
    assert options.server is not None and options.user is not None  # check_options
    console = open_server_window(
        options.server,
        options.user,
        os.environ.get(PASSWORD_ENV, ""),
        poll_config=poll_config_every(options.poll_interval or DEFAULT_POLL_INTERVAL),
    )
    try:
        return await run_until_closed(console.window, smoke_test=options.smoke_test)
    finally:
        await console.window.service.aclose()


def _apply_app_icon(app: QApplication) -> None:
    """The packaged window icon, when that module is present."""
    try:
        from .app_icon import apply_app_identity
    except ImportError:
        return
    apply_app_identity(app)


def check_options(options: GuiOptions, store: AccountStore) -> str | None:
    """Why the options cannot start a window (the sentence for stderr), else None."""
    if options.account and (options.demo or options.server):
        return "--account cannot be combined with --demo or --server"
    if options.server and (not options.user or not os.environ.get(PASSWORD_ENV)):
        return f"--server needs --user NAME and the app password in ${PASSWORD_ENV}"
    if options.server:
        try:
            check_server_address(options.server)
        except InvalidAddress as exc:
            return f"--server: {exc}"
        try:
            refuse_plain_http(options.server, allow_http=options.allow_http)
        except InsecureAddress as exc:
            return f"{exc}: add --allow-http to go on anyway"
    if options.account:
        try:
            store.find(options.account)
        except UnknownAccount as exc:
            return str(exc)
    return None


def gui_main(
    options: GuiOptions,
    store: AccountStore,
    *,
    base_poll_config: PollConfig | None = None,
    open_url: UrlOpener | None = None,
    on_window: Callable[[MainWindow, AccountSession], None] | None = None,
) -> Coroutine[Any, Any, int]:
    """The window's main coroutine for checked ``options``: ``--demo``, ``--server`` or the
    saved accounts of ``store``. The hooks are for tests (see ``run_saved_accounts``)."""
    if options.demo:
        return _run_demo(options)
    if options.server:
        return _run_server(options)
    return run_saved_accounts(
        store,
        account=options.account,
        poll_interval=options.poll_interval,
        base_poll_config=base_poll_config,
        smoke_test=options.smoke_test,
        open_url=open_url,
        on_window=on_window,
    )


def run_gui(options: GuiOptions) -> int:
    """Start the window the options ask for; the exit status (2 for unusable options)."""
    store = AccountStore(SettingsStore())
    problem = check_options(options, store) or display_problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 2
    return run_qt(
        lambda: gui_main(options, store),
        configure=_apply_app_icon,
        language=store.settings.language,
    )

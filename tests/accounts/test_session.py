"""The main window's account: start on saved accounts, switch, and a 401 in the middle of work."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.accounts import AccountStore
from app.api import TalkService
from app.demo_server import DemoServer
from app.live import ConnectionState, PollConfig
from app.modes import decide
from app.secrets import SERVICE_NAME
from app.ui.action_ids import ActionId
from app.ui.bootstrap import (
    GuiOptions,
    build_console,
    check_options,
    gui_main,
    run_saved_accounts,
    show_console,
)
from app.ui.dialogs.sign_in import SignInDialog
from app.ui.main_window import MainWindow
from app.ui.session import AccountSession
from tests.accounts.helpers import click
from tests.accounts.test_account_store import other_login, sign_in
from tests.accounts.test_login_flow import grant_in_browser
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.signals import wait_signal
from tests.helpers.waiting import wait_until

FAST = PollConfig(rooms_interval=0.2, selected_interval=0.2)
WIDGETS: list[QWidget] = []


@pytest.fixture(autouse=True)
async def _close_windows() -> AsyncIterator[None]:
    yield
    while WIDGETS:
        widget = WIDGETS.pop()
        if not shiboken6.isValid(widget):  # already closed and deleted by the app
            continue
        if isinstance(widget, MainWindow):
            await widget.shutdown()
        widget.close()
    await asyncio.sleep(0)


@asynccontextmanager
async def saved_accounts_running(
    store: AccountStore,
    opened: list[str],
    windows: list[tuple[MainWindow, AccountSession]],
    dialogs: list[SignInDialog],
) -> AsyncIterator[asyncio.Task[int]]:
    """Run the console on ``store`` as ``--gui`` does; cancel it if the test leaves early.

    Opened URLs, main windows (with their sessions) and sign-in dialogs land in the lists.
    """
    runner = asyncio.ensure_future(
        run_saved_accounts(
            store,
            base_poll_config=FAST,
            open_url=opened.append,
            on_window=lambda w, s: windows.append((w, s)) or WIDGETS.append(w),
            on_sign_in=dialogs.append,
        )
    )
    try:
        yield runner
    finally:
        if not runner.done():
            runner.cancel()
            await asyncio.gather(runner, return_exceptions=True)


async def browser_sign_in(
    qtbot: QtBot, dialog: SignInDialog, opened: list[str], login: str, password: str
) -> None:
    """Continue on the server page, then log in "in the browser" and wait until saved."""
    count = len(opened)
    click(qtbot, dialog, "continueButton")
    await wait_until(
        lambda: len(opened) > count or dialog.error_text, message="the browser was not opened"
    )
    assert not dialog.error_text
    async with wait_signal(dialog.signed_in, timeout=10) as signal:
        await grant_in_browser(opened[-1], login, password)
        await wait_until(lambda: signal.signal_triggered)


async def test_401_mid_session_asks_to_sign_in_again_and_keeps_the_work(
    qtbot: QtBot, store: AccountStore, demo_server: DemoServer, memory_keyring: MemoryKeyring
) -> None:
    moderator = demo_server.moderator
    first = await sign_in(demo_server, moderator.login)
    entry = await store.add(first, label="Town hall")
    service = await store.open_service(entry, read_retries=0)
    opened: list[str] = []
    console = build_console(
        service,
        entry.title,
        store,
        entry,
        poll_config=FAST,
        open_url=opened.append,
        sign_in_poll_interval=0.02,
    )
    window, session = show_console(console).window, console.session
    WIDGETS.append(window)
    try:
        assert "Town hall" in window.windowTitle()
        assert window.account_status_label.text() == "Town hall"
        await wait_until(lambda: window.controller.loaded, message="rooms never loaded")
        room = next(iter(window.controller.rooms.values()))
        assert window.select_room(room.token)
        typed = room.title[:3]
        qtbot.keyClicks(window.search_edit, typed)
        selected = window.current_room()
        assert selected is not None and selected.token == room.token

        # the app password is revoked on the server (by an admin, or in the web interface)
        assert demo_server.state.revoke_app_password(first.login, first.app_password)
        window.refresh_now()
        await wait_until(
            lambda: session.sign_in_dialog is not None and session.sign_in_dialog.isVisible(),
            message="nobody asked to sign in again",
        )
        assert not window.controller.running
        assert window.controller.status.state == ConnectionState.SIGNED_OUT
        dialog = session.sign_in_dialog
        assert dialog is not None
        assert dialog.findChild(QLineEdit, "serverEdit").text() == demo_server.url
        assert "Sign in again" in dialog.intro_label.text()
        assert window.isVisible() and window.search_edit.text() == typed

        async with wait_signal(session.signed_in_again, timeout=10):
            await browser_sign_in(qtbot, dialog, opened, moderator.login, moderator.password)
        await wait_until(
            lambda: (
                window.controller.running
                and window.controller.status.state == ConnectionState.CONNECTED
            ),
            message="polling did not resume",
        )
        # nothing typed or selected was lost, and the new secret is the one in the keyring
        assert window.search_edit.text() == typed
        current = window.current_room()
        assert current is not None and current.token == selected.token
        new_secret = memory_keyring.secrets[(SERVICE_NAME, entry.key)]
        assert new_secret != first.app_password
        rooms = await service.rooms.list()
        assert rooms.rooms
    finally:
        await window.shutdown()
        await service.aclose()


async def test_start_sign_in_switch_and_remove(
    qtbot: QtBot, store: AccountStore, demo_server: DemoServer, memory_keyring: MemoryKeyring
) -> None:
    opened: list[str] = []
    windows: list[tuple[MainWindow, AccountSession]] = []
    dialogs: list[SignInDialog] = []
    async with saved_accounts_running(store, opened, windows, dialogs) as runner:
        # no account yet: the sign-in dialog comes first
        await wait_until(lambda: dialogs, message="no sign-in dialog at start")
        dialog = dialogs[0]
        qtbot.keyClicks(dialog.findChild(QLineEdit, "serverEdit"), demo_server.url)
        qtbot.keyClicks(dialog.findChild(QLineEdit, "accountLabelEdit"), "Moderation")
        moderator = demo_server.moderator
        await browser_sign_in(qtbot, dialog, opened, moderator.login, moderator.password)
        await wait_until(lambda: windows, message="no main window after signing in")
        window, session = windows[0]
        assert window.windowTitle().startswith("Moderation")

        # a second account, added elsewhere; then switch to it from the Accounts action
        second = await store.add(
            await sign_in(demo_server, other_login(demo_server)), activate=False
        )
        window.registry[ActionId.ACCOUNTS].trigger()
        accounts = session.accounts_dialog
        assert accounts is not None and accounts.isVisible()
        accounts.select(second.key)
        click(qtbot, accounts, "useAccountButton")
        await wait_until(lambda: len(windows) == 2, message="no window for the other account")
        assert not shiboken6.isValid(window) or not window.isVisible()  # replaced
        window2, session2 = windows[1]
        assert window2.windowTitle().startswith(second.title)
        assert store.active == second

        # remove the account in use: revoked, and the next account's window replaces it
        window2.registry[ActionId.ACCOUNTS].trigger()
        accounts2 = session2.accounts_dialog
        assert accounts2 is not None
        accounts2.select(second.key)
        click(qtbot, accounts2, "removeAccountButton")
        click(qtbot, accounts2, "confirmRemoveButton")
        await wait_until(lambda: len(windows) == 3, message="no window after removing")
        assert (SERVICE_NAME, second.key) not in memory_keyring.secrets
        window3, _ = windows[2]
        assert window3.windowTitle().startswith("Moderation")

        # Settings from the window's action: the poll interval reaches the running controller
        window3.registry[ActionId.SETTINGS].trigger()
        settings = windows[2][1].settings_dialog
        assert settings is not None
        settings.poll_interval_spin.setValue(42)
        click(qtbot, settings, "saveButton")
        assert window3.controller.config.rooms_interval == 42
        assert settings.result() == QDialog.DialogCode.Accepted

        window3.close()
        assert await asyncio.wait_for(runner, 10) == 0


@pytest.mark.parametrize(("argv", "expected"), [(["--poll-interval", "3"], 3.0), ([], 30.0)])
async def test_poll_interval_option_applies_to_saved_accounts(
    argv: list[str],
    expected: float,
    store: AccountStore,
    demo_server: DemoServer,
    memory_keyring: MemoryKeyring,
) -> None:
    """``--poll-interval`` reaches the window on the saved-accounts path too (it overrides the
    saved setting for this run), through the same parse and start as the command line."""
    await store.add(await sign_in(demo_server, demo_server.moderator.login))
    store.settings_store.save(dataclasses.replace(store.settings, poll_interval=30))
    options = GuiOptions.from_namespace(decide(argv).options)
    assert check_options(options, store) is None
    windows: list[MainWindow] = []
    running = asyncio.ensure_future(
        gui_main(options, store, on_window=lambda w, _s: windows.append(w) or WIDGETS.append(w))
    )
    try:
        await wait_until(lambda: windows, message="no window for the saved account")
        config = windows[0].controller.config
        assert config.rooms_interval == expected
        assert config.selected_interval == pytest.approx(max(0.5, expected * 0.4))
        windows[0].close()
        assert await asyncio.wait_for(running, 10) == 0
    finally:
        if not running.done():
            running.cancel()
            await asyncio.gather(running, return_exceptions=True)


def test_gui_account_option_errors(
    config_dir: Path, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.__main__ import main

    root = logging.getLogger()  # main logs to this test's captured stderr: undone below
    handlers, level = list(root.handlers), root.level
    try:
        assert main(["--account", "nobody"]) == 2
        assert "No account called 'nobody'" in capsys.readouterr().err
        assert main(["--account", "x", "--demo"]) == 2
        assert "cannot be combined" in capsys.readouterr().err
    finally:
        for handler in list(root.handlers):
            if handler not in handlers:
                root.removeHandler(handler)
        root.setLevel(level)


async def test_401_in_server_mode_signs_in_and_saves_the_account(
    qtbot: QtBot, store: AccountStore, demo_server: DemoServer, memory_keyring: MemoryKeyring
) -> None:
    """``--server/--user`` has no saved account: signing in again saves one."""
    moderator = demo_server.moderator
    secret = demo_server.state.create_app_password(moderator.login)
    service = TalkService(demo_server.url, moderator.login, secret, read_retries=0)
    opened: list[str] = []
    console = build_console(
        service,
        "moderator1@demo",
        store,
        poll_config=FAST,
        open_url=opened.append,
        sign_in_poll_interval=0.02,
    )
    window, session = show_console(console).window, console.session
    WIDGETS.append(window)
    try:
        await wait_until(lambda: window.controller.loaded)
        assert demo_server.state.revoke_app_password(moderator.login, secret)
        window.refresh_now()
        await wait_until(
            lambda: session.sign_in_dialog is not None and session.sign_in_dialog.isVisible()
        )
        dialog = session.sign_in_dialog
        assert dialog is not None
        assert dialog.findChild(QLineEdit, "serverEdit").text() == demo_server.url
        async with wait_signal(session.signed_in_again, timeout=10) as again:
            await browser_sign_in(qtbot, dialog, opened, moderator.login, moderator.password)
        entry = again.args[0]
        assert store.accounts == (entry,) and entry.label == "moderator1@demo"
        await wait_until(lambda: window.controller.status.state == ConnectionState.CONNECTED)
    finally:
        await window.shutdown()
        await service.aclose()

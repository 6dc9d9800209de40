"""After a full session, no secret is in the settings, the logs or the audit log.

The session: sign in through the dialog (Login Flow v2), the main window polls, moderation
actions are audited (one sets a room password), the server revokes the app password mid-session
and the user signs in again, a second account is added by typing an app password, the accounts
are switched and both removed. Every secret seen on the way (app passwords, the login-flow poll
token, the login password typed in the browser, the room password) is then searched for in
every file under the test's config and data directories and in every log record, at DEBUG.
"""

from __future__ import annotations

import asyncio
import logging
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app.accounts import AccountStore
from app.audit import AuditLog
from app.demo_server import DEMO_ROOM_PASSWORD, DemoServer
from app.moderation import ActionRunner
from app.moderation import operations as ops
from app.secrets import SecretStore
from app.settings import SettingsStore
from tests.accounts.helpers import click
from tests.accounts.test_login_flow import grant_in_browser
from tests.accounts.test_session import (  # noqa: F401 (fixture)
    _close_windows,
    saved_accounts_running,
)
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.signals import wait_signal
from tests.helpers.waiting import wait_until


def files_under(*roots: Path) -> dict[Path, str]:
    found: dict[Path, str] = {}
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file():
                found[path] = path.read_bytes().decode("utf-8", "replace")
    return found


async def test_no_secret_in_settings_logs_or_audit_log(
    qtbot: QtBot,
    demo_server: DemoServer,
    config_dir: Path,
    memory_keyring: MemoryKeyring,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    store = AccountStore(SettingsStore(), SecretStore())
    moderator = demo_server.moderator
    secrets: set[str] = {moderator.password, moderator.app_password}
    opened: list[str] = []
    windows: list = []
    dialogs: list = []
    async with saved_accounts_running(store, opened, windows, dialogs) as runner_task:
        # 1. sign in through the dialog and the browser
        await wait_until(lambda: dialogs)
        dialog = dialogs[0]
        qtbot.keyClicks(dialog.findChild(QLineEdit, "serverEdit"), demo_server.url)
        click(qtbot, dialog, "continueButton")
        await wait_until(lambda: opened)
        with demo_server.state.lock:
            secrets.update(demo_server.state.login_flows)  # the poll token
        await grant_in_browser(opened[-1], moderator.login, moderator.password)
        await wait_until(lambda: windows, message="no window")
        window, session = windows[0]
        await wait_until(lambda: window.controller.loaded)
        secrets.update(value for value in memory_keyring.secrets.values())

        # 2. moderation actions, audited (one of them carries a room password)
        audit = AuditLog()
        actions = ActionRunner(window.service, audit)
        room = next(r for r in window.controller.rooms.values() if r.is_moderator and r.is_public)
        room_password = "Room-Pass-" + DEMO_ROOM_PASSWORD[::-1] + "-x9"
        secrets.add(room_password)
        await actions.run(ops.set_password(room, room_password))
        await actions.run(ops.rename(room, room.title + " (moderated)"))
        assert len(audit.entries()) == 2

        # 3. the server revokes the app password: sign in again
        for value in list(memory_keyring.secrets.values()):
            demo_server.state.revoke_app_password(moderator.login, value)
        window.refresh_now()
        await wait_until(
            lambda: session.sign_in_dialog is not None and session.sign_in_dialog.isVisible()
        )
        count = len(opened)
        click(qtbot, session.sign_in_dialog, "continueButton")
        await wait_until(lambda: len(opened) > count)
        with demo_server.state.lock:
            secrets.update(demo_server.state.login_flows)
        await grant_in_browser(opened[-1], moderator.login, moderator.password)
        await wait_until(
            lambda: (
                window.controller.running and session.entry is not None and memory_keyring.secrets
            ),
            message="not signed in again",
        )
        await wait_until(lambda: set(memory_keyring.secrets.values()) - secrets)
        secrets.update(memory_keyring.secrets.values())

        # 4. a second account by typing an app password, then switch to it
        other = next(
            u for login, u in sorted(demo_server.users.items()) if login != moderator.login
        )
        secrets.update({other.password, other.app_password})
        session.show_accounts()
        accounts = session.accounts_dialog
        click(qtbot, accounts, "addAccountButton")
        add = accounts.sign_in_dialog
        qtbot.keyClicks(add.findChild(QLineEdit, "serverEdit"), demo_server.url)
        click(qtbot, add, "manualEntryButton")
        qtbot.keyClicks(add.findChild(QLineEdit, "loginEdit"), other.login)
        qtbot.keyClicks(add.findChild(QLineEdit, "appPasswordEdit"), other.app_password)
        async with wait_signal(accounts.account_added, timeout=10) as added:
            click(qtbot, add, "signInButton")
            await wait_until(lambda: added.signal_triggered)
        accounts.select(added.args[0].key)
        click(qtbot, accounts, "useAccountButton")
        await wait_until(lambda: len(windows) == 2, message="no switch")

        # 5. remove both accounts (the one in use last)
        window2, session2 = windows[1]
        await wait_until(lambda: window2.controller.loaded)
        session2.show_accounts()
        accounts2 = session2.accounts_dialog
        for entry in [a for a in store.accounts if a.key != session2.entry.key]:
            accounts2.select(entry.key)
            click(qtbot, accounts2, "removeAccountButton")
            click(qtbot, accounts2, "confirmRemoveButton")
            await accounts2.wait_idle()
        assert len(store.accounts) == 1
        window2.close()
        assert await asyncio.wait_for(runner_task, 10) == 0
        assert memory_keyring.secrets  # the remaining account's secret: in the keyring only

    secrets = {s for s in secrets if s}
    assert len(secrets) >= 7
    roots = [config_dir] + [
        Path(os.environ[v]) for v in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "HOME")
    ]
    written = files_under(*roots)
    assert any(p.name == "settings.json" for p in written)
    assert any(p.name == "audit.jsonl" for p in written)
    logged = "\n".join(f"{r.getMessage()} {r.exc_text or ''} {r.args!r}" for r in caplog.records)
    assert moderator.login in logged  # logging was really captured
    for secret in secrets:
        for path, text in written.items():
            assert secret not in text, f"a secret was written to {path}"
        leaks = sorted(
            {
                f"{r.name}:{r.lineno}"
                for r in caplog.records
                if secret in f"{r.getMessage()} {r.exc_text or ''} {r.args!r}"
            }
        )
        assert not leaks, f"a secret was logged by {leaks}"

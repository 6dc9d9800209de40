"""Accounts dialog (add, switch, remove with revocation) and settings dialog, clicked through."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QSpinBox,
)
from pytestqt.qtbot import QtBot

from app.accounts import AccountStore
from app.api import NotAuthenticated, TalkService
from app.demo_server import DemoServer
from app.secrets import SERVICE_NAME
from app.settings import NotificationOptions, SettingsStore, Theme
from app.ui.dialogs.accounts_dialog import AccountsDialog
from app.ui.dialogs.settings_dialog import SettingsDialog
from app.ui.dialogs.sign_in import SignInDialog
from app.ui.theme import apply_theme, is_dark
from tests.accounts.helpers import _close_dialogs, click, kept, shown  # noqa: F401 (fixture)
from tests.accounts.test_account_store import other_login, sign_in
from tests.accounts.test_login_flow import grant_in_browser
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.signals import wait_signal
from tests.helpers.waiting import wait_until


def accounts_dialog(
    qtbot: QtBot, store: AccountStore, current: str | None, opened: list[str]
) -> AccountsDialog:
    def sign_in_factory(owner: object) -> SignInDialog:
        return kept(qtbot, SignInDialog(store, open_url=opened.append, poll_interval=0.02))

    return shown(qtbot, AccountsDialog(store, current_key=current, sign_in_factory=sign_in_factory))


async def test_add_switch_and_remove(
    qtbot: QtBot, store: AccountStore, demo_server: DemoServer, memory_keyring: MemoryKeyring
) -> None:
    first = await store.add(await sign_in(demo_server, demo_server.moderator.login))
    opened: list[str] = []
    dialog = accounts_dialog(qtbot, store, first.key, opened)
    assert dialog.list.count() == 1 and "(in use)" in dialog.list.item(0).text()
    assert not dialog.use_button.isEnabled()  # already in use

    # add a second account through the sign-in dialog and the browser
    second_user = demo_server.users[other_login(demo_server)]
    async with wait_signal(dialog.account_added, timeout=10) as added:
        click(qtbot, dialog, "addAccountButton")
        sign_in_dialog = dialog.sign_in_dialog
        assert sign_in_dialog is not None
        qtbot.keyClicks(sign_in_dialog.findChild(QLineEdit, "serverEdit"), demo_server.url)
        click(qtbot, sign_in_dialog, "continueButton")
        await wait_until(lambda: bool(opened), message=sign_in_dialog.error_text)
        await grant_in_browser(opened[-1], second_user.login, second_user.password)
        await wait_until(lambda: added.signal_triggered)
    second = added.args[0]
    assert dialog.list.count() == 2 and dialog.selected_key() == second.key

    # switch to it
    async with wait_signal(dialog.account_switched, timeout=5) as switched:
        click(qtbot, dialog, "useAccountButton")
        await wait_until(lambda: switched.signal_triggered)
    assert switched.args[0] == second
    assert SettingsStore().settings.active == second
    assert "(in use)" in dialog.list.currentItem().text()

    # remove the first: asks, then revokes on the server and deletes from the keyring
    dialog.select(first.key)
    first_secret = memory_keyring.secrets[(SERVICE_NAME, first.key)]
    click(qtbot, dialog, "removeAccountButton")
    assert dialog.confirm_panel.isVisible() and first.title in dialog.confirm_label.text()
    click(qtbot, dialog, "cancelRemoveButton")
    assert len(store.accounts) == 2
    click(qtbot, dialog, "removeAccountButton")
    async with wait_signal(dialog.account_removed, timeout=5) as removed:
        click(qtbot, dialog, "confirmRemoveButton")
        await wait_until(lambda: removed.signal_triggered)
    await dialog.wait_idle()
    assert removed.args == [first.key]
    assert "revoked on the server" in dialog.status_label.text()
    assert (SERVICE_NAME, first.key) not in memory_keyring.secrets
    assert [a.key for a in SettingsStore().settings.accounts] == [second.key]
    assert dialog.list.count() == 1
    with pytest.raises(NotAuthenticated):
        async with TalkService(
            demo_server.url, first.login, first_secret, read_retries=0
        ) as service:
            await service.rooms.list()


async def test_remove_without_confirmation_when_prompts_are_off(
    qtbot: QtBot, store: AccountStore, demo_server: DemoServer, memory_keyring: MemoryKeyring
) -> None:
    entry = await store.add(await sign_in(demo_server, demo_server.moderator.login))
    store.settings_store.update(confirm_actions=False)
    dialog = accounts_dialog(qtbot, store, None, [])
    async with wait_signal(dialog.account_removed, timeout=5):
        click(qtbot, dialog, "removeAccountButton")
        await wait_until(lambda: not store.accounts)
    await dialog.wait_idle()
    assert not dialog.confirm_panel.isVisible()
    assert memory_keyring.secrets == {}
    assert json.loads(store.settings_store.path.read_text())["accounts"] == []
    assert entry.key not in store.settings_store.path.read_text()


async def test_settings_dialog_saves_what_was_chosen(
    qtbot: QtBot, config_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    store = SettingsStore()
    stored = NotificationOptions(enabled=False, lobby_waiting=False, call_started=True, sound=True)
    store.update(language="de", notifications=stored)
    dialog = shown(qtbot, SettingsDialog(store))
    await dialog.wait_idle()
    assert "system keyring" in dialog.storage_label.text()
    assert str(store.path) in dialog.storage_label.text()

    spin = dialog.findChild(QSpinBox, "pollIntervalSpin")
    spin.setValue(1)
    assert spin.value() == 2  # the minimum
    spin.setValue(30)
    theme = dialog.findChild(QComboBox, "themeCombo")
    theme.setCurrentIndex(theme.findData("dark"))
    language = dialog.findChild(QComboBox, "languageCombo")
    assert language.currentData() == "de"
    assert "restart" in dialog.findChild(QLabel, "languageNote").text()
    language.setCurrentIndex(language.findData("en"))
    assert dialog.findChild(QCheckBox, "notificationsCheck") is None
    assert "always ask" in dialog.findChild(QLabel, "confirmActionsNote").text()
    dialog.findChild(QCheckBox, "confirmActionsCheck").click()

    async with wait_signal(dialog.settings_changed) as changed:
        click(qtbot, dialog, "saveButton")
    saved = SettingsStore().settings
    assert changed.args[0] == saved
    assert saved.poll_interval == 30
    assert saved.theme is Theme.DARK
    assert saved.confirm_actions is False
    assert saved.language == "en" and saved.notifications == stored
    assert is_dark(QApplication.palette())
    apply_theme(Theme.SYSTEM)  # back to the desktop's choice for the other tests
    assert not is_dark(QApplication.palette())


async def test_settings_dialog_cancel_saves_nothing(
    qtbot: QtBot, config_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    store = SettingsStore()
    dialog = shown(qtbot, SettingsDialog(store))
    dialog.findChild(QSpinBox, "pollIntervalSpin").setValue(99)
    click(qtbot, dialog, "cancelButton")
    assert not store.path.exists()
    assert SettingsStore().settings.poll_interval == 5

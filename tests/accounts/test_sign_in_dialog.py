"""The sign-in dialog, typed and clicked through like a user, against real servers."""

from __future__ import annotations

import asyncio
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app.accounts import AccountStore
from app.api.login_flow import format_fingerprint
from app.demo_server import DemoServer
from app.demo_server.app import TalkApp
from app.demo_server.capabilities import talk_hash
from app.demo_server.routes.common import ServerInfo
from app.secrets import SERVICE_NAME, SecretStore
from app.settings import SettingsStore
from app.ui.dialogs.sign_in import SignInDialog
from tests.accounts.helpers import _close_dialogs, click, shown  # noqa: F401 (fixture)
from tests.accounts.servers import (
    closed_port_url,
    nextcloud_without_talk,
    plain_website,
    self_signed_certificate,
    serve,
)
from tests.accounts.test_login_flow import grant_in_browser
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.signals import wait_signal
from tests.helpers.untranslated import compile_catalogue, language
from tests.helpers.waiting import wait_until


class Browser:
    """Stands in for the system browser: remembers the page and logs in there when told."""

    def __init__(self) -> None:
        self.opened: list[str] = []
        self.tasks: list[asyncio.Task[None]] = []

    def __call__(self, url: str) -> bool:
        self.opened.append(url)
        return True

    def grant(self, login: str, password: str) -> None:
        self.tasks.append(asyncio.ensure_future(grant_in_browser(self.opened[-1], login, password)))

    async def finish(self) -> None:
        """Wait for the browser's own requests (no task may outlive the test's loop)."""
        await asyncio.gather(*self.tasks)


def make_dialog(
    qtbot: QtBot, store: AccountStore, browser: Browser, **kwargs: object
) -> SignInDialog:
    dialog = SignInDialog(store, open_url=browser, poll_interval=0.02, **kwargs)  # type: ignore[arg-type]
    return shown(qtbot, dialog)


def child(dialog: SignInDialog, kind: type, name: str):  # type: ignore[no-untyped-def]
    widget = dialog.findChild(kind, name)
    assert widget is not None, name
    return widget


async def type_server(qtbot: QtBot, dialog: SignInDialog, url: str) -> None:
    edit = child(dialog, QLineEdit, "serverEdit")
    edit.clear()
    qtbot.keyClicks(edit, url)
    click(qtbot, dialog, "continueButton")
    await wait_until(
        lambda: not dialog.busy or dialog.page_name == "waitingPage",
        message=f"the server check did not finish: {dialog.page_name} {dialog.error_text}",
    )


async def test_login_flow_through_the_dialog(
    qtbot: QtBot, store: AccountStore, demo_server: DemoServer, memory_keyring: MemoryKeyring
) -> None:
    browser = Browser()
    dialog = make_dialog(qtbot, store, browser)
    qtbot.keyClicks(child(dialog, QLineEdit, "accountLabelEdit"), "Town hall")
    edit = child(dialog, QLineEdit, "serverEdit")
    qtbot.keyClicks(edit, demo_server.url)
    click(qtbot, dialog, "continueButton")
    await wait_until(lambda: dialog.page_name == "waitingPage", message="no waiting page")
    assert browser.opened and browser.opened[0].startswith(demo_server.url + "/index.php/login")
    assert child(dialog, type(dialog.login_url_label), "loginUrlLabel").text() == browser.opened[0]
    assert "Nextcloud" in dialog.server_info_label.text()

    moderator = demo_server.moderator
    async with wait_signal(dialog.signed_in, timeout=10) as signal:
        browser.grant(moderator.login, moderator.password)
        await wait_until(lambda: signal.signal_triggered, message="never signed in")
    entry = signal.args[0]
    assert entry.login == moderator.login and entry.label == "Town hall"
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    secret = memory_keyring.secrets[(SERVICE_NAME, entry.key)]
    async with await store.open_service(entry, read_retries=0) as service:
        assert (await service.rooms.list()).rooms
    assert secret  # a fresh app password, read back through the keyring
    await browser.finish()


async def test_cancel_waiting_keeps_the_address(
    qtbot: QtBot, store: AccountStore, demo_server: DemoServer
) -> None:
    dialog = make_dialog(qtbot, store, Browser())
    qtbot.keyClicks(child(dialog, QLineEdit, "serverEdit"), demo_server.url)
    click(qtbot, dialog, "continueButton")
    await wait_until(lambda: dialog.page_name == "waitingPage")
    click(qtbot, dialog, "cancelLoginButton")
    assert dialog.page_name == "serverPage"
    assert child(dialog, QLineEdit, "serverEdit").text() == demo_server.url
    assert not dialog.busy
    assert store.accounts == ()


async def test_manual_entry(
    qtbot: QtBot, store: AccountStore, demo_server: DemoServer, memory_keyring: MemoryKeyring
) -> None:
    dialog = make_dialog(qtbot, store, Browser())
    qtbot.keyClicks(child(dialog, QLineEdit, "serverEdit"), demo_server.url)
    click(qtbot, dialog, "manualEntryButton")
    assert dialog.page_name == "manualPage"
    moderator = demo_server.moderator
    qtbot.keyClicks(child(dialog, QLineEdit, "loginEdit"), moderator.login)
    password_edit = child(dialog, QLineEdit, "appPasswordEdit")
    assert password_edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(password_edit, "wrong-password")
    click(qtbot, dialog, "signInButton")
    await wait_until(lambda: not dialog.busy and dialog.error_text)
    assert "did not accept" in dialog.error_text
    assert child(dialog, QLineEdit, "loginEdit").text() == moderator.login  # kept

    password_edit.clear()
    qtbot.keyClicks(password_edit, moderator.app_password)
    async with wait_signal(dialog.signed_in, timeout=10) as signal:
        click(qtbot, dialog, "signInButton")
        await wait_until(lambda: signal.signal_triggered)
    entry = signal.args[0]
    assert memory_keyring.secrets[(SERVICE_NAME, entry.key)] == moderator.app_password
    assert password_edit.text() == ""


@pytest.mark.parametrize(
    ("app", "expected"),
    [
        (plain_website(), "That address answered, but it is not a Nextcloud server"),
        (nextcloud_without_talk("32.0.1"), "Nextcloud 32.0.1 found, but Talk is not installed"),
    ],
    ids=["not-nextcloud", "no-talk"],
)
async def test_wrong_server(qtbot: QtBot, store: AccountStore, app: object, expected: str) -> None:
    browser = Browser()
    dialog = make_dialog(qtbot, store, browser)
    with serve(app) as url:
        await type_server(qtbot, dialog, url)
    assert expected in dialog.error_text
    assert dialog.page_name == "serverPage" and not browser.opened


async def test_unreachable_and_malformed_addresses(qtbot: QtBot, store: AccountStore) -> None:
    dialog = make_dialog(qtbot, store, Browser())
    await type_server(qtbot, dialog, closed_port_url())
    assert "connection was refused" in dialog.error_text
    await type_server(qtbot, dialog, "ftp://files.example.org")
    assert "is not a server address: the scheme must be https:// or http://" in dialog.error_text


async def test_the_server_check_speaks_german(
    qtbot: QtBot, store: AccountStore, tmp_path: Path
) -> None:
    """With the German catalogue installed (Settings > Language = Deutsch), the server check's
    refusals are German sentences in the dialog, not the service's English."""
    with language("de", compile_catalogue(tmp_path)):
        dialog = make_dialog(qtbot, store, Browser())
        url = closed_port_url()
        await type_server(qtbot, dialog, url)
        assert dialog.error_text == (
            f"Unter {url} hat nichts geantwortet: Die Verbindung wurde abgelehnt. "
            "Prüfen Sie die Adresse"
        )
        with serve(nextcloud_without_talk("32.0.1")) as url:
            await type_server(qtbot, dialog, url)
        assert dialog.error_text == "Nextcloud 32.0.1 gefunden, aber Talk ist nicht installiert"
        assert dialog.page_name == "serverPage"


async def test_plain_http_needs_explicit_consent(qtbot: QtBot, store: AccountStore) -> None:
    dialog = make_dialog(qtbot, store, Browser())
    await type_server(qtbot, dialog, "http://cloud.example.invalid")
    assert dialog.http_panel.isVisible()
    assert "unencrypted" in dialog.http_label.text()
    click(qtbot, dialog, "allowHttpButton")  # accepted: now the (unresolvable) server is asked
    await wait_until(lambda: not dialog.busy and dialog.error_text)
    assert "could not be found" in dialog.error_text


async def test_no_keyring_offers_this_run_only(
    qtbot: QtBot, store: AccountStore, demo_server: DemoServer
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        browser = Browser()
        dialog = make_dialog(qtbot, store, browser)
        await type_server(qtbot, dialog, demo_server.url)
        moderator = demo_server.moderator
        browser.grant(moderator.login, moderator.password)
        await wait_until(
            lambda: dialog.page_name == "keyringPage",
            message=f"no keyring page: {dialog.page_name} {dialog.error_text}",
        )
        assert "no keyring backend" in dialog.keyring_label.text()
        assert store.accounts == ()  # nothing saved yet
        async with wait_signal(dialog.signed_in, timeout=10) as signal:
            click(qtbot, dialog, "runOnlyButton")
            await wait_until(lambda: signal.signal_triggered)
        entry = signal.args[0]
        assert store.secrets.is_run_only(entry.key)
        async with await store.open_service(entry, read_retries=0) as service:
            assert (await service.rooms.list()).rooms
        # next start: the account is remembered, the password is not
        assert AccountStore(SettingsStore(), SecretStore()).accounts == (entry,)
        await browser.finish()
    finally:
        keyring.set_keyring(previous)


async def test_trust_a_self_signed_certificate(
    qtbot: QtBot, store: AccountStore, tmp_path: Path, demo_server: DemoServer
) -> None:
    """The demo server's app behind a self-signed certificate: offered, trusted, pinned."""
    state = demo_server.state
    cert = self_signed_certificate(tmp_path)
    moderator = demo_server.moderator
    browser = Browser()
    dialog = make_dialog(qtbot, store, browser)
    with serve(TalkApp(state, ServerInfo(talk_hash=talk_hash(sip=True))), tls=cert) as url:
        await type_server(qtbot, dialog, url)
        assert dialog.certificate_panel.isVisible()
        assert format_fingerprint(cert.sha256) in dialog.fingerprint_label.text()
        assert not browser.opened
        click(qtbot, dialog, "trustCertificateButton")
        await wait_until(
            lambda: dialog.page_name == "waitingPage" or dialog.error_text,
            message="no login flow after trusting",
        )
        assert dialog.page_name == "waitingPage", dialog.error_text
        async with wait_signal(dialog.signed_in, timeout=10) as signal:
            await grant_in_browser(  # the user clicked through the certificate warning
                browser.opened[-1], moderator.login, moderator.password, verify=False
            )
            await wait_until(lambda: signal.signal_triggered)
        entry = signal.args[0]
        assert entry.trusted_sha256 == cert.sha256
        assert SettingsStore().settings.accounts[0].trusted_sha256 == cert.sha256
        async with await store.open_service(entry, read_retries=0) as service:
            assert (await service.rooms.list()).rooms

"""The very first start, with no account: one sentence of what the program is and a "Try the
demo" button that opens the window on the built-in demo server; its Accounts window says why
the demo is not listed."""

from __future__ import annotations

import asyncio

import shiboken6
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from app import APP_NAME
from app.accounts import AccountStore
from app.ui.bootstrap import run_saved_accounts
from app.ui.dialogs.accounts_dialog import AccountsDialog
from app.ui.dialogs.sign_in import SignInDialog
from app.ui.main_window import MainWindow
from app.ui.session import AccountSession
from tests.accounts.test_session import FAST
from tests.helpers.waiting import wait_until


def demo_button(dialog: SignInDialog) -> QPushButton | None:
    return dialog.findChild(QPushButton, "tryDemoButton")


async def test_first_start_offers_the_demo(qtbot: QtBot, store: AccountStore) -> None:
    assert store.accounts == ()
    dialogs: list[SignInDialog] = []
    windows: list[tuple[MainWindow, AccountSession]] = []
    runner = asyncio.ensure_future(
        run_saved_accounts(
            store,
            base_poll_config=FAST,
            open_url=lambda _url: True,
            on_window=lambda w, s: windows.append((w, s)),
            on_sign_in=dialogs.append,
        )
    )
    try:
        await wait_until(lambda: dialogs, message="no sign-in dialog at the first start")
        dialog = dialogs[0]
        assert dialog.windowTitle() == f"Welcome to {APP_NAME}"
        intro = dialog.intro_label.text()
        assert dialog.intro_label.isVisible() and intro.count(".") <= 1  # one sentence
        assert "Nextcloud Talk" in intro and "demo" in intro
        button = demo_button(dialog)
        assert button is not None and button.isVisible() and button.text() == "Try the demo"
        button.click()

        await wait_until(lambda: windows, message="the demo did not open")
        window, session = windows[0]
        assert window.account_label.endswith("(demo)")
        await wait_until(lambda: window.conversation_model.rowCount() > 3)

        session.show_accounts()
        accounts = session.accounts_dialog
        assert isinstance(accounts, AccountsDialog)
        note = accounts.note_label
        assert note.isVisibleTo(accounts) and "built-in demo server" in note.text()
        assert "Add…" in note.text() and accounts.list.count() == 0
        accounts.reject()
        await window.shutdown()
        window.close()
        assert await asyncio.wait_for(runner, 10) == 0
    finally:
        if not runner.done():
            runner.cancel()
            await asyncio.gather(runner, return_exceptions=True)
        for window, _session in windows:
            if shiboken6.isValid(window):
                window.close()


def test_no_demo_offer_but_at_the_first_start(qtbot: QtBot, store: AccountStore) -> None:
    """Adding an account from the Accounts window, or signing in again, offers no demo."""
    dialog = SignInDialog(store)
    qtbot.addWidget(dialog)
    assert demo_button(dialog) is None and not dialog.intro_label.text()
    assert dialog.windowTitle() == "Add an account"


def test_the_accounts_window_on_the_demo_says_why(qtbot: QtBot, store: AccountStore) -> None:
    plain = AccountsDialog(store)
    qtbot.addWidget(plain)
    assert "No account is saved yet" in plain.note_label.text()
    demo = AccountsDialog(store, on_demo=True)
    qtbot.addWidget(demo)
    assert demo.note_label.text().startswith("You are trying the built-in demo server")


def test_the_login_address_is_shown_whole_and_the_manual_form_names_its_server(
    qtbot: QtBot, store: AccountStore
) -> None:
    dialog = SignInDialog(store, open_url=lambda _url: True)
    qtbot.addWidget(dialog)
    dialog.show()
    url = "http://127.0.0.1:8080/index.php/login/v2/flow/" + "AbCdEf0123456789" * 8
    dialog.login_url_label.setText(url)
    dialog.show_page(dialog.waiting_page)
    QApplication.processEvents()
    view = dialog.login_url_label
    assert isinstance(view, QPlainTextEdit) and view.text() == url  # copied as it is
    assert view.verticalScrollBar().maximum() == 0, "the address does not fit"
    assert view.horizontalScrollBar().maximum() == 0
    dialog.server_edit.setText("cloud.example.org")
    dialog.show_page(dialog.manual_page)
    intro = dialog.findChild(QLabel, "manualIntroLabel")
    assert intro is not None and intro.text().startswith("For https://cloud.example.org: ")

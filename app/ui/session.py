"""One main window's account: the Accounts and Settings actions, and signing in again.

``AccountSession`` connects a ``MainWindow`` to the saved accounts. When the server refuses the
app password (the polling controller's ``auth_failed``; polling has stopped by then) it opens
the sign-in dialog over the window, prefilled for the same account. The window, its selection,
the search text and any open dialog stay as they are; after signing in the service gets the new
app password and polling resumes. Switching to another account (or removing the one in use)
asks the caller, through ``switch_requested``, to replace the window.

``ask_sign_in`` shows the sign-in dialog on its own (the start without a usable account; see
``app.ui.bootstrap.run_saved_accounts``).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog

from ..accounts import AccountStore
from ..api import TalkService
from ..live.status import poll_config_every
from ..settings import AccountEntry, Settings
from .action_ids import ActionId
from .dialogs.accounts_dialog import AccountsDialog
from .dialogs.settings_dialog import SettingsDialog
from .dialogs.sign_in import SignInDialog, UrlOpener
from .main_window import MainWindow
from .theme import apply_theme

log = logging.getLogger(__name__)


class AccountSession(QObject):
    """The account side of one main window.

    Args:
        window: the main window (its registry gets the Accounts and Settings handlers).
        store: the saved accounts.
        entry: the account the window uses; None for ``--demo``, or ``--server`` without a
            saved account (then signing in again saves one).
        switchable: whether the caller replaces the window on ``switch_requested``; when not,
            a switch takes effect at the next start.
        open_url: how the sign-in dialog opens the browser (tests pass their own).
        poll_interval: seconds between Login Flow v2 polls.
        on_demo: the window runs on the built-in demo server (the Accounts window says so).

    Signals:
        switch_requested: the ``AccountEntry`` to use instead (None: sign in to a new one).
        signed_in_again: the ``AccountEntry`` after polling resumed with a new app password.
    """

    switch_requested = Signal(object)
    signed_in_again = Signal(object)

    def __init__(
        self,
        window: MainWindow,
        store: AccountStore,
        entry: AccountEntry | None,
        *,
        switchable: bool = False,
        open_url: UrlOpener | None = None,
        poll_interval: float = 1.0,
        on_demo: bool = False,
    ) -> None:
        super().__init__(window)
        self.setObjectName("accountSession")
        self.on_demo = on_demo
        self.window = window
        self.store = store
        self.entry = entry
        self.switchable = switchable
        self.open_url = open_url
        self.poll_interval = poll_interval
        self.sign_in_dialog: SignInDialog | None = None
        self.accounts_dialog: AccountsDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        window.registry.set_handler(ActionId.ACCOUNTS, lambda _ctx: self.show_accounts())
        window.registry.set_handler(ActionId.SETTINGS, lambda _ctx: self.show_settings())
        window.controller.auth_failed.connect(self.sign_in_again)
        apply_theme(store.settings.theme)
        window.confirm_actions = store.settings.confirm_actions

    @property
    def service(self) -> TalkService:
        return self.window.service

    def _spawn(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def wait_idle(self) -> None:
        if self._tasks:
            await asyncio.wait(set(self._tasks))

    def _message(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 15000)

    def _sign_in_dialog(self, account: AccountEntry | None) -> SignInDialog:
        return SignInDialog(
            self.store,
            account=account,
            open_url=self.open_url,
            poll_interval=self.poll_interval,
            parent=self.window,
        )

    # ----------------------------------------------------------------- 401: sign in again

    def sign_in_again(self, message: str = "") -> None:
        """Polling stopped on a 401: ask for a new app password over the open window."""
        if self.sign_in_dialog is not None and self.sign_in_dialog.isVisible():
            return
        account = self.entry or AccountEntry(
            server_url=self.service.server_url,
            login=self.service.login,
            label=self.window.account_label,
        )
        log.info("the server refused the app password of %s; asking to sign in again", account.key)
        dialog = self._sign_in_dialog(account)
        if message:
            dialog.set_intro(
                self.tr(
                    "{reason}. Sign in again as {login}; your open work stays as it is."
                ).format(reason=message, login=account.login)
            )
        dialog.signed_in.connect(lambda entry: self._spawn(self._resume(entry)))
        dialog.finished.connect(lambda _result, d=dialog: self._forget_sign_in(d))
        self.sign_in_dialog = dialog
        dialog.open()

    def _forget_sign_in(self, dialog: SignInDialog) -> None:
        """A closed sign-in dialog goes: one kept per 401 would pile up over a long day."""
        if self.sign_in_dialog is dialog:
            self.sign_in_dialog = None
        dialog.deleteLater()

    async def _resume(self, entry: AccountEntry) -> None:
        secret = await self.store.load_password(entry)
        self.service.set_credentials(entry.login, secret)
        self.entry = entry
        self.window.controller.start()
        self.window.refresh_now()
        self._message(self.tr("Signed in again as {login}.").format(login=entry.login))
        self.signed_in_again.emit(entry)

    # ----------------------------------------------------------------- accounts

    def show_accounts(self) -> None:
        dialog = AccountsDialog(
            self.store,
            current_key=self.entry.key if self.entry else None,
            on_demo=self.on_demo,
            sign_in_factory=lambda owner: SignInDialog(
                self.store, open_url=self.open_url, poll_interval=self.poll_interval, parent=owner
            ),
            parent=self.window,
        )
        dialog.account_switched.connect(self._switch)
        dialog.account_removed.connect(self._removed)
        self.accounts_dialog = dialog
        dialog.open()

    def _switch(self, entry: AccountEntry) -> None:
        if self.switchable:
            if self.accounts_dialog is not None:
                self.accounts_dialog.accept()
            self.switch_requested.emit(entry)
        else:
            self._message(
                self.tr("{account} will be used the next time Talk Moderator starts.").format(
                    account=entry.title
                )
            )

    def _removed(self, key: str) -> None:
        if self.entry is None or key != self.entry.key:
            return
        # the window's own app password was just revoked: it cannot go on polling
        self._spawn(self.window.controller.stop())
        if self.switchable:
            if self.accounts_dialog is not None:
                self.accounts_dialog.accept()
            self.switch_requested.emit(self.store.active)
        else:
            self._message(self.tr("This account was removed; polling stopped."))

    # ----------------------------------------------------------------- settings

    def show_settings(self) -> None:
        titles = {token: room.title for token, room in self.window.controller.rooms.items()}
        dialog = SettingsDialog(self.store.settings_store, parent=self.window, room_titles=titles)
        dialog.settings_changed.connect(self._apply_settings)
        self.settings_dialog = dialog
        dialog.open()

    def _apply_settings(self, settings: Settings) -> None:
        self.window.confirm_actions = settings.confirm_actions
        controller = self.window.controller
        controller.config = poll_config_every(settings.poll_interval, controller.config)
        controller.refresh_now(full=False)


# --------------------------------------------------------------------- start with saved accounts


async def ask_sign_in(
    store: AccountStore,
    account: AccountEntry | None = None,
    *,
    open_url: UrlOpener | None = None,
    poll_interval: float = 1.0,
    on_open: Callable[[SignInDialog], None] | None = None,
) -> AccountEntry | None:
    """Show the sign-in dialog on its own; the saved account, or None when cancelled."""
    dialog = SignInDialog(store, account=account, open_url=open_url, poll_interval=poll_interval)
    if account is not None:
        intro = QCoreApplication.translate(
            "SignInDialog", "Sign in to {account}: its app password is not stored here."
        )
        dialog.set_intro(intro.format(account=account.title))
    await _answer_of(dialog, on_open)
    return dialog.entry


TRY_DEMO = "try-demo"
"""``ask_first_start``'s answer when the user chose the demo instead of signing in."""


async def ask_first_start(
    store: AccountStore,
    *,
    open_url: UrlOpener | None = None,
    poll_interval: float = 1.0,
    on_open: Callable[[SignInDialog], None] | None = None,
) -> AccountEntry | str | None:
    """The first start, with no account saved: the sign-in dialog with one sentence of what the
    program is and a "Try the demo" button. The saved account, ``TRY_DEMO``, or None (cancel)."""
    dialog = SignInDialog(store, open_url=open_url, poll_interval=poll_interval, offer_demo=True)
    await _answer_of(dialog, on_open)
    return TRY_DEMO if dialog.demo_requested else dialog.entry


async def _answer_of(dialog: SignInDialog, on_open: Callable[[SignInDialog], None] | None) -> None:
    """Open ``dialog`` and wait until it is closed; ``dialog.entry`` is set when accepted."""
    finished: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def on_finished(code: int) -> None:
        if not finished.done():
            finished.set_result(code)

    dialog.finished.connect(on_finished)
    dialog.open()
    if on_open is not None:
        on_open(dialog)
    code = await finished
    if code != QDialog.DialogCode.Accepted:
        dialog.entry = None
    dialog.deleteLater()

"""The saved accounts: add one, switch to another, remove one (revoking its app password).

Removing asks first (unless confirmation prompts are off), then revokes the app password on
the server and deletes it from the keyring; when the server cannot be reached the account is
still removed here and the dialog says how to revoke the password by hand.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...accounts import AccountStore
from ...secrets import KeyringUnavailable
from ...settings import AccountEntry
from ...widgets import PlainLabel, plain_tooltip
from ..theme import show_in_tone
from .sign_in import SignInDialog

log = logging.getLogger(__name__)

KEY_ROLE = Qt.ItemDataRole.UserRole


class AccountsDialog(QDialog):
    """List, add, switch and remove accounts.

    Args:
        store: the saved accounts.
        current_key: the key of the account the main window is using now (marked "in use").
        on_demo: the window runs on the built-in demo server (not a saved account, so the
            list says why it does not show it).
        sign_in_factory: builds the sign-in dialog for "Add" (tests pass one with their own
            browser); ``SignInDialog(store, parent=self)`` by default.
        parent: the owning window.

    Signals:
        account_added: an ``AccountEntry`` was signed in and saved.
        account_switched: the user chose to use this ``AccountEntry`` now.
        account_removed: the key of a removed account.
    """

    account_added = Signal(object)
    account_switched = Signal(object)
    account_removed = Signal(str)

    def __init__(
        self,
        store: AccountStore,
        *,
        current_key: str | None = None,
        on_demo: bool = False,
        sign_in_factory: Callable[[QWidget], SignInDialog] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.current_key = current_key
        self.on_demo = on_demo
        self.sign_in_factory = sign_in_factory or (lambda owner: SignInDialog(store, parent=owner))
        self.sign_in_dialog: SignInDialog | None = None
        self._task: asyncio.Task[Any] | None = None
        self._removing: AccountEntry | None = None
        self.setObjectName("accountsDialog")
        self.setWindowTitle(self.tr("Accounts"))
        self.setMinimumWidth(460)

        layout = QVBoxLayout(self)
        self.note_label = self._label("accountsNoteLabel")
        layout.addWidget(self.note_label)
        self.list = QListWidget(self)
        self.list.setObjectName("accountsList")
        self.list.currentItemChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self.use_selected())
        layout.addWidget(self.list)

        row = QHBoxLayout()
        self.add_button = self._button("addAccountButton", self.tr("Add…"), self.add_account)
        self.use_button = self._button(
            "useAccountButton", self.tr("Use this account"), self.use_selected
        )
        self.remove_button = self._button(
            "removeAccountButton", self.tr("Remove…"), self.ask_remove
        )
        for button in (self.add_button, self.use_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

        self.confirm_panel = QWidget(self)
        self.confirm_panel.setObjectName("removeConfirmPanel")
        confirm_layout = QVBoxLayout(self.confirm_panel)
        confirm_layout.setContentsMargins(0, 0, 0, 0)
        self.confirm_label = self._label("removeConfirmLabel")
        show_in_tone(self.confirm_label, "warning", extra=" font-weight: bold;")
        confirm_layout.addWidget(self.confirm_label)
        confirm_row = QHBoxLayout()
        self.confirm_remove_button = self._button(
            "confirmRemoveButton", self.tr("Remove and sign out"), self.confirm_remove
        )
        self.cancel_remove_button = self._button(
            "cancelRemoveButton", self.tr("Keep it"), self._hide_confirm
        )
        confirm_row.addStretch(1)
        confirm_row.addWidget(self.cancel_remove_button)
        confirm_row.addWidget(self.confirm_remove_button)
        confirm_layout.addLayout(confirm_row)
        self.confirm_panel.hide()
        layout.addWidget(self.confirm_panel)

        self.status_label = self._label("statusLabel")
        self.status_label.hide()
        layout.addWidget(self.status_label)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progressBar")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.hide()
        layout.addWidget(self.progress)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeButton")
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _label(self, name: str) -> PlainLabel:
        label = PlainLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # ----------------------------------------------------------------- list

    def refresh(self) -> None:
        """Rebuild the list from the saved accounts, keeping the selection."""
        selected = self.selected_key()
        self.list.clear()
        for entry in self.store.accounts:
            text = entry.title
            if entry.key == self.current_key:
                text += "  " + self.tr("(in use)")
            elif entry.key == self.store.settings.active_account:
                text += "  " + self.tr("(used at start)")
            item = QListWidgetItem(text, self.list)
            item.setData(KEY_ROLE, entry.key)
            pin = entry.trusted_sha256
            where = self.tr("{login} at {server}").format(
                login=entry.login, server=entry.server_url
            )
            if pin:
                where += "\n" + self.tr("Trusted certificate: {pin}…").format(pin=pin[:16])
            item.setToolTip(plain_tooltip(where))
            if entry.key == (selected or self.current_key):
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.note_label.setText(self._note())
        self.note_label.setVisible(bool(self.note_label.text()))
        self._update_buttons()

    def _note(self) -> str:
        """Why the list is empty, or why the window's own server is not in it."""
        if self.on_demo and not self.list.count():
            return self.tr(
                "You are trying the built-in demo server. It is not a saved account, so no "
                "account is listed yet: Add… signs in to your Nextcloud and saves it here."
            )
        if self.on_demo:
            return self.tr("You are trying the built-in demo server: it is not a saved account.")
        if not self.list.count():
            return self.tr(
                "No account is saved yet: Add… signs in to your Nextcloud and saves it here."
            )
        return ""

    def selected_key(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(KEY_ROLE)) if item is not None else None

    def selected(self) -> AccountEntry | None:
        key = self.selected_key()
        return next((a for a in self.store.accounts if a.key == key), None) if key else None

    def select(self, key: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None and item.data(KEY_ROLE) == key:
                self.list.setCurrentItem(item)
                return
        raise KeyError(key)

    def _update_buttons(self) -> None:
        busy = self.busy
        has = self.selected() is not None
        self.add_button.setEnabled(not busy)
        self.use_button.setEnabled(not busy and has and self.selected_key() != self.current_key)
        self.remove_button.setEnabled(not busy and has)
        self.confirm_remove_button.setEnabled(not busy)
        self.cancel_remove_button.setEnabled(not busy)

    # ----------------------------------------------------------------- async plumbing

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def _run(self, coro: Coroutine[Any, Any, None]) -> None:
        if self.busy:
            coro.close()
            return
        self.progress.show()
        self._task = asyncio.ensure_future(self._guarded(coro))
        self._update_buttons()

    async def _guarded(self, coro: Coroutine[Any, Any, None]) -> None:
        try:
            await coro
        except KeyringUnavailable as exc:
            self.show_status(
                self.tr("The keyring refused: {error}").format(
                    error=QCoreApplication.translate("Secrets", str(exc))
                )
            )
        except Exception as exc:
            log.exception("accounts action failed")
            self.show_status(self.tr("Unexpected error: {error}").format(error=repr(exc)))
        finally:
            self._task = None
            self.progress.hide()
            self.refresh()

    async def wait_idle(self) -> None:
        task = self._task
        if task is not None and not task.done():
            await asyncio.wait({task})

    def show_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    # ----------------------------------------------------------------- add / use

    def add_account(self) -> None:
        dialog = self.sign_in_factory(self)
        self.sign_in_dialog = dialog
        dialog.signed_in.connect(self._added)
        dialog.open()

    def _added(self, entry: AccountEntry) -> None:
        self.refresh()
        self.select(entry.key)
        self.show_status(self.tr("Added {name}.").format(name=entry.title))
        self.account_added.emit(entry)

    def use_selected(self) -> None:
        entry = self.selected()
        if entry is None or entry.key == self.current_key or self.busy:
            return
        self._run(self._use(entry))

    async def _use(self, entry: AccountEntry) -> None:
        await self.store.switch_async(entry.key)
        self.current_key = entry.key
        self.show_status(self.tr("Now using {name}.").format(name=entry.title))
        self.account_switched.emit(entry)

    # ----------------------------------------------------------------- remove

    def ask_remove(self) -> None:
        entry = self.selected()
        if entry is None or self.busy:
            return
        if not self.store.settings.confirm_actions:
            self._run(self._remove(entry))
            return
        self._removing = entry
        text = self.tr(
            "Remove {name}? This signs Talk Moderator out of {server}: the app "
            "password is revoked on the server and deleted from this computer."
        ).format(name=entry.title, server=entry.server_url)
        if entry.key == self.current_key:
            text += " " + self.tr("It is the account in use now.")
        self.confirm_label.setText(text)
        self.confirm_panel.show()

    def _hide_confirm(self) -> None:
        self._removing = None
        self.confirm_panel.hide()

    def confirm_remove(self) -> None:
        entry = self._removing
        self._hide_confirm()
        if entry is not None:
            self._run(self._remove(entry))

    async def _remove(self, entry: AccountEntry) -> None:
        outcome = await self.store.remove(entry)
        if outcome.revoked is None and outcome.server_error:
            text = self.tr(
                "Removed {name} here, but the server could not revoke its app password "
                "({error}). Revoke it in the web interface under Settings > "
                "Security > Devices & sessions."
            ).format(name=entry.title, error=outcome.server_error)
        elif outcome.revoked is False:
            text = self.tr("Removed {name} (its app password was already invalid).").format(
                name=entry.title
            )
        else:
            text = self.tr("Removed {name}; its app password was revoked on the server.").format(
                name=entry.title
            )
        self.show_status(text)
        if entry.key == self.current_key:
            self.current_key = None
        self.account_removed.emit(entry.key)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.busy:  # a removal must finish (secret deleted) before the dialog goes
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self.busy:
            return
        super().reject()

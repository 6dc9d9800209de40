"""Saved accounts: settings entries (where, who) joined with their secret (keyring or run-only).

Qt-free; the GUI and the CLI share it. The blocking keyring work runs in a worker thread
(``asyncio.to_thread``), so the async methods are safe to await from the UI thread.

Removing an account revokes its app password on the server first (so a copy of the secret left
anywhere stops working), then forgets it locally whatever the server said: a server that is
gone for good must not keep an account stuck in the list.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, replace
from typing import Any

from .api import TalkError, TalkService
from .api.login_flow import Credentials, revoke_app_password, tls_verify
from .secrets import KeyringUnavailable, Sealed, SecretStore
from .settings import AccountEntry, Settings, SettingsStore

log = logging.getLogger(__name__)


class AccountError(Exception):
    """An account cannot be used as asked; ``str()`` is the sentence to show."""


class UnknownAccount(AccountError):
    """No saved account has that name."""


class MissingSecret(AccountError):
    """The account is saved but its app password is not (run-only last time, or deleted)."""

    def __init__(self, message: str, account: AccountEntry) -> None:
        super().__init__(message)
        self.account = account


@dataclass(frozen=True)
class RemoveOutcome:
    """What removing an account did.

    Args:
        revoked: True revoked on the server, False it was already invalid there, None the
            server could not be asked (``server_error`` says why).
        secret_deleted: a stored password was deleted (keyring or run-only memory).
        server_error: the reason revoking failed, for a notice to the user.
    """

    revoked: bool | None
    secret_deleted: bool
    server_error: str = ""


def default_label(login: str, server_url: str) -> str:
    host = server_url.split("://", 1)[-1].rstrip("/")
    return f"{login} on {host}"


class AccountStore:
    """The saved accounts: list, add, switch, remove, and open a service for one.

    Args:
        settings: where account entries are saved.
        secrets: where app passwords are kept (the keyring, or memory for this run).
    """

    def __init__(self, settings: SettingsStore, secrets: SecretStore | None = None) -> None:
        self.settings_store = settings
        self.secrets = secrets or SecretStore()

    def __repr__(self) -> str:
        return f"AccountStore({len(self.accounts)} accounts)"

    @property
    def settings(self) -> Settings:
        return self.settings_store.settings

    @property
    def accounts(self) -> tuple[AccountEntry, ...]:
        return self.settings.accounts

    @property
    def active(self) -> AccountEntry | None:
        return self.settings.active

    def find(self, name: str) -> AccountEntry:
        """The account called ``name`` (its label, or ``login@host``).

        Raises:
            UnknownAccount: no such account (the message lists the saved ones).
        """
        entry = self.settings.account(name)
        if entry is not None:
            return entry
        known = ", ".join(f"'{a.title}'" for a in self.accounts) or "none saved"
        raise UnknownAccount(f"No account called '{name}' (accounts: {known})")

    def keyring_problem(self) -> str | None:
        """Why passwords cannot be stored permanently here, or None."""
        return self.secrets.problem()

    # ----------------------------------------------------------------- blocking parts

    def save(
        self,
        entry: AccountEntry,
        app_password: str,
        *,
        run_only: bool = False,
        activate: bool = True,
    ) -> AccountEntry:
        """Store the secret, then the entry (blocking; see ``add``).

        Raises:
            KeyringUnavailable: the keyring cannot store it and ``run_only`` was not chosen;
                nothing was saved then.
        """
        self.secrets.set(entry.key, app_password, run_only=run_only)
        self.settings_store.save(self.settings.with_account(entry, activate=activate))
        return entry

    def password(self, entry: AccountEntry) -> str | None:
        """The app password of ``entry`` (blocking; None when there is none)."""
        return self.secrets.get(entry.key)

    def _sealed_password(self, entry: AccountEntry) -> Sealed | None:
        """``password`` for worker threads: the result is logged by some executors."""
        secret = self.password(entry)
        return Sealed(secret) if secret else None

    def _save_sealed(
        self, entry: AccountEntry, secret: Sealed, run_only: bool, activate: bool
    ) -> AccountEntry:
        return self.save(entry, secret.value, run_only=run_only, activate=activate)

    def switch(self, name: str) -> AccountEntry:
        """Make ``name`` the account used at the next start (and by ``--account``-less CLI)."""
        entry = self.find(name)
        self.settings_store.save(self.settings.activated(entry.key))
        return entry

    def rename(self, entry: AccountEntry, label: str) -> AccountEntry:
        renamed = replace(entry, label=label.strip())
        self.settings_store.save(self.settings.with_account(renamed, activate=False))
        return renamed

    # ----------------------------------------------------------------- async API

    async def add(
        self,
        credentials: Credentials,
        *,
        label: str = "",
        trusted_sha256: str | None = None,
        allow_http: bool = False,
        run_only: bool = False,
        activate: bool = True,
    ) -> AccountEntry:
        """Save a signed-in account (keyring work off the calling thread).

        Raises:
            KeyringUnavailable: see ``save``.
        """
        entry = AccountEntry(
            server_url=credentials.server_url,
            login=credentials.login,
            label=label.strip() or default_label(credentials.login, credentials.server_url),
            trusted_sha256=trusted_sha256,
            allow_http=allow_http,
        )
        existing = self.settings.account(entry.key)
        if existing is not None and not label.strip():
            entry = replace(entry, label=existing.label or entry.label)
        return await asyncio.to_thread(
            self._save_sealed, entry, Sealed(credentials.app_password), run_only, activate
        )

    async def load_password(self, entry: AccountEntry) -> str:
        """The app password of ``entry``, read off the calling thread.

        Raises:
            MissingSecret: nothing stored (the UI then asks to sign in again).
            KeyringUnavailable: the keyring cannot be read.
        """
        sealed = await asyncio.to_thread(self._sealed_password, entry)
        if sealed is None:
            raise MissingSecret(
                f"The app password of {entry.title} is not stored: sign in again", entry
            )
        return sealed.value

    async def open_service(self, entry: AccountEntry, **service_options: Any) -> TalkService:
        """A ``TalkService`` signed in as ``entry`` (the caller closes it).

        Raises:
            MissingSecret, KeyringUnavailable: see ``load_password``.
        """
        secret = await self.load_password(entry)
        return TalkService(
            entry.server_url,
            entry.login,
            secret,
            verify=tls_verify(entry.trusted_sha256),
            **service_options,
        )

    async def switch_async(self, name: str) -> AccountEntry:
        return await asyncio.to_thread(self.switch, name)

    async def remove(self, entry: AccountEntry, *, revoke: bool = True) -> RemoveOutcome:
        """Revoke the app password on the server, delete it locally, drop the entry.

        The local part happens even when the server cannot be reached (its answer is in the
        outcome). A keyring that refuses the delete stops the removal, so no secret is orphaned.

        Raises:
            KeyringUnavailable: the keyring refused to delete the stored password.
        """
        revoked: bool | None = None
        server_error = ""
        try:
            sealed = await asyncio.to_thread(self._sealed_password, entry)
        except KeyringUnavailable:
            sealed = None
        secret = sealed.value if sealed is not None else None
        if revoke and secret:
            try:
                revoked = await revoke_app_password(
                    entry.server_url,
                    entry.login,
                    secret,
                    trusted_sha256=entry.trusted_sha256,
                )
            except TalkError as exc:
                server_error = str(exc)
                log.warning("could not revoke the app password of %s: %s", entry.key, exc)
        deleted = await asyncio.to_thread(self.secrets.delete, entry.key)
        await asyncio.to_thread(self._drop, entry.key)
        log.info("removed account %s", entry.key)
        return RemoveOutcome(revoked=revoked, secret_deleted=deleted, server_error=server_error)

    def _drop(self, key: str) -> None:
        self.settings_store.save(self.settings.without_account(key))

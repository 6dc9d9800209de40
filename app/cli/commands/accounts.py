"""``talk-moderator accounts list|add|use|remove``: the saved accounts, from a terminal.

These commands work on the local account list (and, for add/remove, the server's app
passwords) instead of acting through a signed-in service, so they run without a connection.
Secrets never pass through argv: ``add`` either runs Login Flow v2 (it prints the address to
open in a browser and waits) or reads an app password from standard input.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
from collections.abc import Callable, Coroutine
from typing import Any

from app.accounts import AccountStore, UnknownAccount
from app.api.errors import NotAuthenticated
from app.api.login_flow import (
    Credentials,
    InsecureAddress,
    LoginFlow,
    UntrustedCertificate,
    check_server,
    normalize_fingerprint,
    normalize_server_url,
    verify_credentials,
)
from app.secrets import KeyringUnavailable
from app.settings import AccountEntry, SettingsStore

from ..errors import CliError, UsageError
from ..output import Output, render_table
from ..terminal import read_secret_from_stdin, stdin_is_tty

LocalHandler = Callable[[Output, argparse.Namespace], Coroutine[Any, Any, None]]
"""A command that needs no connection (it manages the connections)."""

LOGIN_POLL_INTERVAL = 2.0


def _store() -> AccountStore:
    return AccountStore(SettingsStore())


def _describe(entry: AccountEntry, active: str | None) -> dict[str, Any]:
    return {
        "name": entry.title,
        "key": entry.key,
        "server": entry.server_url,
        "login": entry.login,
        "active": entry.key == active,
        "trustedCertificateSha256": entry.trusted_sha256,
        "allowHttp": entry.allow_http,
    }


def _find(store: AccountStore, name: str) -> AccountEntry:
    try:
        return store.find(name)
    except UnknownAccount as exc:
        raise UsageError(str(exc)) from None


async def list_accounts(out: Output, args: argparse.Namespace) -> None:
    store = _store()
    active = store.settings.active_account
    if out.as_json:
        out.json([_describe(a, active) for a in store.accounts])
        return
    if not store.accounts:
        print("No saved accounts. Add one with: talk-moderator accounts add SERVER")
        return
    rows = [
        (
            "*" if a.key == active else "",
            a.title,
            a.login,
            a.server_url,
            "pinned" if a.trusted_sha256 else "",
        )
        for a in store.accounts
    ]
    print(render_table(("", "NAME", "LOGIN", "SERVER", "CERTIFICATE"), rows))


async def _credentials_by_browser(url: str, trusted: str | None) -> Credentials:
    async with LoginFlow(url, trusted_sha256=trusted) as flow:
        started = await flow.start()
        print(
            f"Open this address in a browser, sign in and grant access:\n  {started.login_url}\n"
            "Waiting (Ctrl-C to give up)...",
            file=sys.stderr,
            flush=True,
        )
        return await flow.wait(LOGIN_POLL_INTERVAL)


def _read_app_password() -> str:
    if stdin_is_tty():
        try:
            secret = getpass.getpass("App password: ")
        except EOFError:
            raise CliError("cancelled") from None
        if not secret:
            raise UsageError("empty app password")
        return secret
    return read_secret_from_stdin("app password")


async def add_account(out: Output, args: argparse.Namespace) -> None:
    try:
        url = normalize_server_url(args.server_address)
        trusted = normalize_fingerprint(args.trust_fingerprint) if args.trust_fingerprint else None
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    allow_http = bool(getattr(args, "allow_http", False))  # a connection option (--allow-http)
    store = _store()
    problem = store.keyring_problem()
    if problem:
        raise UsageError(
            f"cannot save an account: {problem}. Use --server/--user with the app password in "
            "$TALK_MODERATOR_PASSWORD instead"
        )
    try:
        info = await check_server(url, trusted_sha256=trusted, allow_http=allow_http)
    except InsecureAddress as exc:
        raise UsageError(f"{exc} (pass --allow-http to accept)") from None
    except UntrustedCertificate as exc:
        raise CliError(
            f"{exc}. If it matches, run again with --trust-fingerprint {exc.fingerprint}"
        ) from None
    if args.app_password_stdin:
        if not args.login:
            raise UsageError("--app-password-stdin needs --login NAME")
        secret = _read_app_password()
        try:
            await verify_credentials(info.url, args.login, secret, trusted_sha256=trusted)
        except NotAuthenticated as exc:
            raise CliError(str(exc)) from None
        credentials = Credentials(server_url=info.url, login=args.login, app_password=secret)
    else:
        credentials = await _credentials_by_browser(info.url, trusted)
    try:
        entry = await store.add(
            credentials,
            label=args.label or "",
            trusted_sha256=trusted,
            allow_http=allow_http,
            activate=not store.accounts or args.use,
        )
    except KeyringUnavailable as exc:
        raise CliError(f"the app password could not be stored: {exc}") from None
    if out.as_json:
        out.json(_describe(entry, store.settings.active_account))
    else:
        print(f"Added {entry.title} ({info.summary}).")


async def use_account(out: Output, args: argparse.Namespace) -> None:
    store = _store()
    entry = store.switch(_find(store, args.name).key)
    if out.as_json:
        out.json(_describe(entry, entry.key))
    else:
        print(f"{entry.title} is now the account used by default.")


async def remove_account(out: Output, args: argparse.Namespace) -> None:
    store = _store()
    entry = _find(store, args.name)
    try:
        outcome = await store.remove(entry, revoke=not args.keep_on_server)
    except KeyringUnavailable as exc:
        raise CliError(f"the keyring refused to delete the app password: {exc}") from None
    if out.as_json:
        out.json(
            {
                "name": entry.title,
                "revoked": outcome.revoked,
                "secretDeleted": outcome.secret_deleted,
                "serverError": outcome.server_error,
            }
        )
        return
    if outcome.revoked:
        print(f"Removed {entry.title}; its app password was revoked on the server.")
    elif outcome.revoked is False:
        print(f"Removed {entry.title} (its app password was already invalid).")
    elif outcome.server_error:
        print(
            f"Removed {entry.title} here, but revoking its app password failed "
            f"({outcome.server_error}). Revoke it under Settings > Security."
        )
    else:
        print(f"Removed {entry.title} here; its app password was left on the server.")


def add_parser(top: Any, common: argparse.ArgumentParser) -> None:
    """The ``accounts`` command group (added to the CLI's top-level sub-parsers)."""

    def leaf(
        subs: Any, name: str, handler: LocalHandler, summary: str, examples: str = ""
    ) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = subs.add_parser(
            name,
            help=summary,
            description=summary,
            parents=[common],
            epilog=f"examples:\n{examples}" if examples else None,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        parser.set_defaults(local_handler=handler, handler=None)
        return parser

    group = top.add_parser(
        "accounts",
        help="saved accounts (server, login; app password in the keyring)",
        description="Saved accounts: use one with --account NAME.",
        parents=[common],
    )
    subs = group.add_subparsers(title="actions", dest="action", metavar="ACTION")
    subs.required = True
    leaf(subs, "list", list_accounts, "list the saved accounts (* = used by default)")
    add = leaf(
        subs,
        "add",
        add_account,
        "sign in and save an account",
        "  talk-moderator accounts add cloud.example.org --label 'Town hall'\n"
        "  printf '%s\\n' \"$APP_PASSWORD\" | talk-moderator accounts add cloud.example.org "
        "--login mod --app-password-stdin",
    )
    add.add_argument("server_address", metavar="SERVER", help="the Nextcloud address")
    add.add_argument("--label", help="a name for the account (default: LOGIN on HOST)")
    add.add_argument("--login", help="login name (with --app-password-stdin)")
    add.add_argument(
        "--app-password-stdin",
        action="store_true",
        help="read an app password from standard input instead of the browser",
    )
    add.add_argument(
        "--trust-fingerprint",
        metavar="SHA256",
        help="trust this self-signed certificate (its SHA-256 fingerprint)",
    )
    add.add_argument("--use", action="store_true", help="make it the default account")
    use = leaf(subs, "use", use_account, "make an account the default")
    use.add_argument("name", metavar="NAME", help="the account's name or LOGIN@HOST")
    remove = leaf(
        subs,
        "remove",
        remove_account,
        "revoke the app password on the server and forget the account",
    )
    remove.add_argument("name", metavar="NAME", help="the account's name or LOGIN@HOST")
    remove.add_argument(
        "--keep-on-server", action="store_true", help="do not revoke the app password on the server"
    )


def run_local(out: Output, args: argparse.Namespace) -> None:
    """Run an ``accounts`` command (no connection needed)."""
    handler: LocalHandler = args.local_handler
    asyncio.run(handler(out, args))

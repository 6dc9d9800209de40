"""Which server, which login, which app password: resolved once, before any request.

The connection comes from a saved account (``--account NAME`` or ``TALK_MODERATOR_ACCOUNT``:
server, login and trusted certificate from the settings, the app password from the keyring), or
from ``--server URL --user NAME`` (or ``TALK_MODERATOR_SERVER`` /
``TALK_MODERATOR_USER``) plus the app password in ``TALK_MODERATOR_PASSWORD``. The password is
never taken from the command line, where other users could read it in the process list.
Everything else in the CLI only sees a ``Connection``.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from dataclasses import dataclass, field

from .errors import UsageError

ENV_SERVER = "TALK_MODERATOR_SERVER"
ENV_USER = "TALK_MODERATOR_USER"
ENV_PASSWORD = "TALK_MODERATOR_PASSWORD"
ENV_ACCOUNT = "TALK_MODERATOR_ACCOUNT"


@dataclass(frozen=True)
class Connection:
    """Everything needed to build a ``TalkService``.

    Args:
        server_url: base URL of the Nextcloud (scheme and host, maybe a path).
        login: the login name.
        app_password: the app password (never shown by ``repr``).
        origin: where this came from, for log lines ("command line", "account NAME").
        trusted_sha256: a self-signed certificate the user trusted for this server (saved
            accounts only); the connection is pinned to it.
    """

    server_url: str
    login: str
    app_password: str = field(repr=False)
    origin: str = "command line"
    trusted_sha256: str | None = None


def add_connection_arguments(parser: argparse.ArgumentParser) -> None:
    """The connection options, accepted before or after the sub-command.

    Defaults are ``SUPPRESS`` so an option given before the sub-command is not overwritten by
    the sub-parser's default; read them with ``getattr(args, "server", None)``.
    """
    group = parser.add_argument_group("connection")
    group.add_argument(
        "--server",
        metavar="URL",
        default=argparse.SUPPRESS,
        help=f"Nextcloud address, e.g. https://cloud.example.org (or ${ENV_SERVER})",
    )
    group.add_argument(
        "--user",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help=f"login name (or ${ENV_USER}); the app password is read from ${ENV_PASSWORD}",
    )
    group.add_argument(
        "--allow-http",
        action="store_true",
        default=argparse.SUPPRESS,
        help="accept plain http to another machine: the app password travels unencrypted",
    )
    group.add_argument(
        "--account",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help=f"a saved account (see 'accounts list'; or ${ENV_ACCOUNT}); its app password "
        "comes from the keyring",
    )


def normalize_server_url(text: str) -> str:
    """``cloud.example.org`` -> ``https://cloud.example.org``; only http(s) URLs are accepted.

    Raises:
        UsageError: not a usable address.
    """
    from app.api.address import InvalidAddress, check_server_address

    try:
        parts = check_server_address(text)
    except InvalidAddress as exc:
        raise UsageError(str(exc)) from None
    if parts.query or parts.fragment:
        raise UsageError(f"invalid server address '{text}': no query or fragment allowed")
    return parts.geturl().rstrip("/")


def resolve_connection(args: argparse.Namespace, env: Mapping[str, str]) -> Connection:
    """The connection for this run, from the options and the environment.

    Args:
        args: the parsed command line (``server``/``user`` may be absent).
        env: the process environment (``os.environ``), passed in so tests control it.

    Raises:
        UsageError: something is missing or malformed (exit status 2).
    """
    account = getattr(args, "account", None) or env.get(ENV_ACCOUNT, "")
    if account:
        if getattr(args, "server", None) or getattr(args, "user", None):
            raise UsageError("--account names a saved server and login: leave out --server/--user")
        return saved_account_connection(account)
    server = getattr(args, "server", None) or env.get(ENV_SERVER, "")
    user = getattr(args, "user", None) or env.get(ENV_USER, "")
    password = env.get(ENV_PASSWORD, "")
    if not server:
        raise UsageError(f"no server given: pass --server URL or set {ENV_SERVER}")
    if not user:
        raise UsageError(f"no user given: pass --user NAME or set {ENV_USER}")
    if not password:
        raise UsageError(
            f"no app password: set {ENV_PASSWORD} (create one under Settings > Security)"
        )
    url = normalize_server_url(server)
    _refuse_plain_http(url, bool(getattr(args, "allow_http", False)))
    return Connection(server_url=url, login=user, app_password=password)


def _refuse_plain_http(url: str, allow_http: bool) -> None:
    """Sign-in's rule (``refuse_plain_http``), with the CLI's way to consent.

    Raises:
        UsageError: plain http to another machine without ``--allow-http``.
    """
    from app.api.login_flow import InsecureAddress, refuse_plain_http

    try:
        refuse_plain_http(url, allow_http=allow_http)
    except InsecureAddress as exc:
        raise UsageError(f"{exc} (pass --allow-http to accept)") from None


def saved_account_connection(name: str) -> Connection:
    """The connection of the saved account ``name`` (app password read from the keyring).

    Raises:
        UsageError: no such account, or no usable app password stored for it.
    """
    from app.accounts import AccountStore, UnknownAccount
    from app.secrets import KeyringUnavailable
    from app.settings import SettingsStore

    store = AccountStore(SettingsStore())
    try:
        entry = store.find(name)
        secret = store.password(entry)
    except UnknownAccount as exc:
        raise UsageError(str(exc)) from None
    except KeyringUnavailable as exc:
        raise UsageError(f"cannot read the app password of '{name}': {exc}") from None
    if not secret:
        raise UsageError(
            f"no app password stored for '{entry.title}': sign in again with "
            f"'talk-moderator accounts add {entry.server_url}'"
        )
    _refuse_plain_http(entry.server_url, entry.allow_http)  # consent given when it was added
    return Connection(
        server_url=entry.server_url,
        login=entry.login,
        app_password=secret,
        origin=f"account {entry.title}",
        trusted_sha256=entry.trusted_sha256,
    )

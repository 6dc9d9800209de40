"""Which server, which login, which app password: resolved once, before any request.

Today the connection comes from ``--server URL --user NAME`` (or ``TALK_MODERATOR_SERVER`` /
``TALK_MODERATOR_USER``) plus the app password in ``TALK_MODERATOR_PASSWORD``. The password is
never taken from the command line, where other users could read it in the process list.

Extension point: saved accounts (``--account NAME``, secrets in the OS keyring) plug into
``add_connection_arguments`` (the option) and ``resolve_connection`` (the lookup); see the
``account`` comments there. Everything else in the CLI only sees a ``Connection``.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .errors import UsageError

ENV_SERVER = "TALK_MODERATOR_SERVER"
ENV_USER = "TALK_MODERATOR_USER"
ENV_PASSWORD = "TALK_MODERATOR_PASSWORD"


@dataclass(frozen=True)
class Connection:
    """Everything needed to build a ``TalkService``.

    Args:
        server_url: base URL of the Nextcloud (scheme and host, maybe a path).
        login: the login name.
        app_password: the app password (never shown by ``repr``).
        origin: where this came from, for log lines ("command line", later "account NAME").
    """

    server_url: str
    login: str
    app_password: str = field(repr=False)
    origin: str = "command line"


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
    # account: `--account NAME` (a saved account; server, login and keyring secret) goes here.


def normalize_server_url(text: str) -> str:
    """``cloud.example.org`` -> ``https://cloud.example.org``; only http(s) URLs are accepted.

    Raises:
        UsageError: not a usable address.
    """
    candidate = text.strip()
    if "://" not in candidate:
        candidate = "https://" + candidate
    parts = urlsplit(candidate)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(f"invalid server address '{text}': use https://HOST[/PATH]")
    if parts.query or parts.fragment:
        raise UsageError(f"invalid server address '{text}': no query or fragment allowed")
    return candidate.rstrip("/")


def resolve_connection(args: argparse.Namespace, env: Mapping[str, str]) -> Connection:
    """The connection for this run, from the options and the environment.

    Args:
        args: the parsed command line (``server``/``user`` may be absent).
        env: the process environment (``os.environ``), passed in so tests control it.

    Raises:
        UsageError: something is missing or malformed (exit status 2).
    """
    # account: when `args.account` is set, load the saved account here (server, login, and the
    # app password from the keyring) and return Connection(..., origin=f"account {name}");
    # --server/--user given as well should then be a usage error.
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
    return Connection(server_url=normalize_server_url(server), login=user, app_password=password)

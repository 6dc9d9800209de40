"""The scripting CLI: ``talk-moderator rooms|participants|call ...`` over ``TalkService``.

No Qt here: one ``asyncio.run`` per invocation. Every failure becomes one line on stderr,
``talk-moderator: error: <sentence>``, and an exit status scripts can branch on (see
``errors.py``); tracebacks are only logged with ``--log-level debug``.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys

from app.api import TalkService
from app.api.errors import NetworkError, NotAuthenticated, TalkError
from app.api.login_flow import tls_verify
from app.logs import add_handler
from app.modes import ModeError, decide

from .commands.accounts import run_local
from .connection import Connection, resolve_connection
from .context import Context, Handler
from .errors import EXIT_INTERRUPTED, EXIT_OK, EXIT_REFUSED, EXIT_UNREACHABLE, CliError
from .output import Output
from .parser import PROG, build_parser, option
from .terminal import printable_output

log = logging.getLogger(__name__)

__all__ = ["main"]


class _StderrHandler(logging.Handler):
    """Writes to whatever ``sys.stderr`` is at the time (so in-process callers capture it)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(self.format(record) + "\n")
        except Exception:  # logging must never break the command
            self.handleError(record)


def _report(message: str) -> None:
    one_line = " ".join(str(message).split())
    print(f"{PROG}: error: {one_line}", file=sys.stderr)


async def _run(connection: Connection, args: argparse.Namespace, handler: Handler) -> None:
    log.debug(
        "Connecting to %s as %s (%s)", connection.server_url, connection.login, connection.origin
    )
    async with TalkService(
        connection.server_url,
        connection.login,
        connection.app_password,
        verify=tls_verify(connection.trusted_sha256),
    ) as service:
        await handler(Context(service=service, out=Output(as_json=option(args, "json"))), args)


def _execute(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "local_handler", None) is not None:  # accounts: no connection needed
        run_local(Output(as_json=option(args, "json")), args)
        return EXIT_OK
    handler: Handler = args.handler
    connection = resolve_connection(args, os.environ)
    asyncio.run(_run(connection, args, handler))
    return EXIT_OK


def _delegated(argv: list[str]) -> int | None:
    """Sub-commands with their own parser elsewhere (``kiosk``): run them, else None.

    ``app.modes`` finds the command word (the program's one decision about the command line);
    options before ``kiosk`` are ours (``--log-level`` is already applied), the rest is theirs.
    """
    try:
        decision = decide(argv, add_help=False)
    except ModeError:
        return None  # our own parser reports it, in our format
    if decision.command != "kiosk":
        return None
    from app.kiosk.cli import main as kiosk_main  # no Qt there either

    return kiosk_main(list(decision.rest))


def main(argv: list[str]) -> int:
    """Run one CLI command; returns the exit status (never raises, never prints a traceback).

    Whatever it prints (results, errors, log lines, prompts) passes ``terminal.printable``:
    names and messages from the server cannot drive the terminal.

    Args:
        argv: the arguments after the program name, global options anywhere.
    """
    with printable_output():
        return _main(argv)


SIGNED_OUT = (
    "The server did not accept the login name and app password. Check --user (the login name, "
    "e.g. alice, not the display name) and the app password in $TALK_MODERATOR_PASSWORD (from "
    "Settings > Security on the Nextcloud; a revoked one no longer works); for a saved account, "
    "run 'talk-moderator accounts add' again"
)
"""Talk answers a wrong app password and an unknown login alike (401): say what to check."""


def _main(argv: list[str]) -> int:
    root = logging.getLogger()
    previous_level = root.level
    log_handler = add_handler(  # the one set-up of every mode: no cookie in any log line
        _StderrHandler(), level=_log_level(argv), fmt="%(levelname)s %(name)s: %(message)s"
    )
    try:
        delegated = _delegated(argv)
        if delegated is not None:
            return delegated
        return _execute(argv)
    except SystemExit as exc:  # --help
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    except CliError as exc:
        _report(exc.message)
        return exc.exit_code
    except NetworkError as exc:
        log.debug("Network failure", exc_info=True)
        _report(str(exc))
        return EXIT_UNREACHABLE
    except NotAuthenticated as exc:
        log.debug("Not signed in (HTTP %s)", exc.status, exc_info=True)
        _report(SIGNED_OUT)
        return EXIT_REFUSED
    except TalkError as exc:
        log.debug("Refused (HTTP %s, reason %s)", exc.status, exc.reason, exc_info=True)
        _report(str(exc))
        return EXIT_REFUSED
    except KeyboardInterrupt:
        _report("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # e.g. `| head`: nobody reads the rest
        sys.stderr.close()
        return EXIT_REFUSED
    finally:
        root.removeHandler(log_handler)
        root.setLevel(previous_level)


def _log_level(argv: list[str]) -> int:
    """``--log-level`` read before full parsing, so parsing problems can be logged too."""
    level = "error"
    for index, word in enumerate(argv):
        if word == "--log-level" and index + 1 < len(argv):
            level = argv[index + 1]
        elif word.startswith("--log-level="):
            level = word.partition("=")[2]
    levels = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}
    return levels.get(level, logging.ERROR)

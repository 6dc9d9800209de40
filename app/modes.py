"""Which front-end a command line asks for: the GUI, the kiosk, the scripting CLI or the demo
server. One argparse parser decides, once, for ``app/__main__.py`` (and for the CLI, which
hands ``kiosk`` set-up commands on).

Why a module of its own, without Qt and without imports of the front-ends: the decision must be
made before anything heavy is imported (the CLI never loads Qt), and every front-end may ask it.

The parser knows every option of the GUI and the kiosk and the global options the CLI shares
(``--server``, ``--user``, ``--account``, ``--log-level``), so the first word that is none of
them is the command; everything after it belongs to the command. The CLI re-reads its own global
options wherever they stand (before or after its sub-command).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import NoReturn

from . import APP_NAME
from .typos import with_suggestion

PROG = "talk-moderator"
PASSWORD_ENV = "TALK_MODERATOR_PASSWORD"
COMMANDS = {
    "rooms": "list, inspect, create and moderate conversations",
    "participants": "list and moderate the people in a conversation",
    "call": "see, join, leave and end calls; ring people",
    "bans": "who is banned from a conversation; ban; lift a ban",
    "chat": "read a conversation's chat; post; delete a message; clear the history",
    "polls": "create a poll, show its results, close it",
    "recording": "record the running call; stop the recording",
    "breakout": "breakout rooms of a group conversation: set up, assign, start, stop, broadcast",
    "watch": "print what happens in a conversation as it happens, one line per event",
    "accounts": "saved accounts (server, login; app password in the keyring)",
    "kiosk": "kiosk set-up: exit PIN hash, app password in the keyring, checks",
}
"""The scripting CLI's command families, each with its line in ``--help`` (a test checks that
every command of ``app.cli.parser`` is here: one missing would be refused as no command)."""
CLI_COMMANDS = tuple(COMMANDS)
"""Sub-commands of the scripting CLI (no Qt is imported for them)."""
DEMO_SERVER = "demo-server"


class Mode(Enum):
    GUI = "gui"
    KIOSK = "kiosk"
    CLI = "cli"
    DEMO_SERVER = "demo-server"
    VERSION = "version"


class ModeError(Exception):
    """The command line is not valid for any mode (``usage`` says how it would be)."""

    def __init__(self, message: str, usage: str) -> None:
        super().__init__(message)
        self.usage = usage


class _Parser(argparse.ArgumentParser):
    """Raises ``ModeError`` instead of printing and exiting, so callers choose how to report."""

    def error(self, message: str) -> NoReturn:
        raise ModeError(with_suggestion(message), self.format_usage())


@dataclass(frozen=True)
class Decision:
    """The mode and what it needs.

    Args:
        mode: the front-end to run.
        options: the parsed options (GUI and kiosk read theirs from here).
        argv: the whole command line (the CLI parses it again with its own parser).
        rest: the words after the command (``demo-server``'s and ``kiosk``'s own arguments).
    """

    mode: Mode
    options: argparse.Namespace
    argv: tuple[str, ...]
    rest: tuple[str, ...] = ()

    @property
    def command(self) -> str | None:
        command: str | None = self.options.command
        return command


def build_parser(*, add_help: bool = True) -> argparse.ArgumentParser:
    """The program's top-level syntax (``talk-moderator --help``)."""
    parser = _Parser(
        prog=PROG,
        add_help=add_help,
        description=f"{APP_NAME}: moderate Nextcloud Talk conversations.",
        epilog=(
            "Without COMMAND the main window opens: on a saved account (the last one used, or\n"
            "--account NAME), the sign-in dialog when there is none, --demo, or --server URL\n"
            f"--user NAME with the app password in ${PASSWORD_ENV}.\n"
            "commands (each has --help; the scripting CLI, no window):\n"
            + "".join(f"  {name:<14}{line}\n" for name, line in COMMANDS.items())
            + f"  {DEMO_SERVER:<14}run the demo Talk server (tests, trying things out)"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    window = parser.add_argument_group("main window")
    start = window.add_mutually_exclusive_group()
    start.add_argument("--demo", action="store_true", help="run against a built-in demo server")
    start.add_argument("--server", metavar="URL", help="Nextcloud server address")
    start.add_argument("--kiosk", metavar="FILE", help="run the kiosk with this configuration")
    window.add_argument("--user", metavar="NAME", help=f"login name (password: ${PASSWORD_ENV})")
    window.add_argument(
        "--account", metavar="NAME", help="a saved account (its name, or LOGIN@HOST)"
    )
    window.add_argument(
        "--poll-interval",
        type=float,
        default=None,
        metavar="SECONDS",
        help="seconds between conversation-list polls (default: the setting, else 5)",
    )
    window.add_argument(
        "--allow-http",
        action="store_true",
        help="with --server: allow plain http to another machine (the app password travels "
        "unencrypted)",
    )
    window.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    kiosk = parser.add_argument_group("kiosk")
    kiosk.add_argument(
        "--windowed", action="store_true", help="with --kiosk: a window instead of full screen"
    )
    parser.add_argument(
        "--log-level", metavar="LEVEL", help="DEBUG, INFO, WARNING (default), ERROR"
    )
    parser.add_argument(
        "command",
        nargs="?",
        choices=(*CLI_COMMANDS, DEMO_SERVER),
        metavar="COMMAND",
        help="a scripting or set-up command instead of the window (see below)",
    )
    parser.add_argument("arguments", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    return parser


def decide(argv: Sequence[str], *, add_help: bool = True) -> Decision:
    """Pick the mode for ``argv`` (the arguments after the program name).

    Args:
        argv: the command line.
        add_help: whether ``--help`` before any command prints the program's help (the CLI
            asks without, to show its own).

    Raises:
        ModeError: not a valid command line (unknown option without a command, bad value).
        SystemExit: ``--help`` was asked for (the help has been printed).
    """
    words = tuple(argv)
    parser = build_parser(add_help=add_help)
    options, unknown = parser.parse_known_args(list(words))
    if options.version:
        return Decision(Mode.VERSION, options, words)
    rest = tuple(options.arguments)
    if options.command == DEMO_SERVER:
        return Decision(Mode.DEMO_SERVER, options, words, rest)
    if options.command is not None:
        return Decision(Mode.CLI, options, words, rest)
    if unknown:
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    return Decision(Mode.KIOSK if options.kiosk else Mode.GUI, options, words)

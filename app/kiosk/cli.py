"""Set-up commands for kiosk mode: ``talk-moderator kiosk hash-pin|set-secret|check``.

No Qt here: these run over SSH on the kiosk machine before the screen is ever locked.

* ``hash-pin`` reads the exit PIN twice without echo and prints the ``exit_pin = "..."`` line.
* ``set-secret --server URL --user NAME`` reads the app password (prompt or stdin, never argv)
  and stores it in the OS keyring, where ``talk-moderator --kiosk`` looks for it.
* ``check FILE`` validates the configuration, then signs in and looks at every conversation.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from ..api import NetworkError, NotFound, TalkError, TalkService
from ..api.address import InvalidAddress, check_server_address
from ..i18n import LANGUAGE_NAMES, catalogue_built
from .config import ConfigError, KioskConfig, load_config
from .pin import DEFAULT_ITERATIONS, MIN_ITERATIONS, WeakPinError, check_pin_text, hash_pin

PROG = "talk-moderator kiosk"
EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_CONFIG = 2

Prompt = Callable[[str], str]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Prepare a kiosk: exit PIN hash, app password in the keyring, checks.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    pin = sub.add_parser(
        "hash-pin", help="read an exit PIN twice (no echo) and print the line for kiosk.toml"
    )
    pin.add_argument(
        "--iterations",
        type=int,
        default=DEFAULT_ITERATIONS,
        help=f"PBKDF2 iterations (default {DEFAULT_ITERATIONS}; slower is safer)",
    )
    secret = sub.add_parser(
        "set-secret", help="store the kiosk account's app password in the OS keyring"
    )
    secret.add_argument("--server", required=True, metavar="URL", help="the Nextcloud address")
    secret.add_argument("--user", required=True, metavar="NAME", help="the login name")
    check = sub.add_parser("check", help="validate a kiosk.toml and test the connection")
    check.add_argument("config", metavar="FILE", help="the kiosk.toml")
    check.add_argument(
        "--offline", action="store_true", help="only validate the file, do not connect"
    )
    return parser


def _read_secret(prompt: str, stdin: TextIO, ask: Prompt) -> str:
    """From the terminal without echo, or one line of stdin when it is piped."""
    if stdin.isatty():
        return ask(prompt)
    return stdin.readline().rstrip("\r\n")


def cmd_hash_pin(args: argparse.Namespace, stdin: TextIO, out: TextIO, ask: Prompt) -> int:
    if args.iterations < MIN_ITERATIONS:
        print(f"{PROG}: at least {MIN_ITERATIONS} iterations are needed", file=sys.stderr)
        return EXIT_PROBLEM
    pin = _read_secret("Exit PIN (4-12 digits): ", stdin, ask)
    try:
        check_pin_text(pin)
    except WeakPinError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    if stdin.isatty() and ask("Repeat the PIN: ") != pin:
        print(f"{PROG}: the two PINs differ; nothing was printed", file=sys.stderr)
        return EXIT_PROBLEM
    print("# Paste this line into the [kiosk] section of kiosk.toml:", file=sys.stderr)
    print(f'exit_pin = "{hash_pin(pin, iterations=args.iterations)}"', file=out)
    return EXIT_OK


def cmd_set_secret(args: argparse.Namespace, stdin: TextIO, out: TextIO, ask: Prompt) -> int:
    from ..secrets import KeyringUnavailable, keyring_name, secret_key, set_app_password

    try:
        check_server_address(args.server)  # the one check of every way in, before any prompt
    except InvalidAddress as exc:
        print(f"{PROG}: --server: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    server = args.server.strip().rstrip("/")
    if not server.startswith(("https://", "http://")):
        server = "https://" + server
    login = args.user.strip()
    password = _read_secret(f"App password for {login} on {server}: ", stdin, ask).strip()
    if not password:
        print(f"{PROG}: no app password given; nothing stored", file=sys.stderr)
        return EXIT_PROBLEM
    key = secret_key(login, server)
    try:
        set_app_password(key, password)
    except KeyringUnavailable as exc:
        print(f"{PROG}: cannot store the app password: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    print(f"Stored the app password for {key} in the keyring ({keyring_name()}).", file=out)
    print("Check the set-up with: talk-moderator kiosk check kiosk.toml", file=out)
    return EXIT_OK


async def check_connection(config: KioskConfig, service: TalkService, out: TextIO) -> int:
    """Sign in and look at every configured conversation; print one line per finding."""
    status = await service.account.server_status()
    if status.maintenance:
        print(f"! {service.server_url} is in maintenance mode right now", file=out)
    print(f"ok  server: {status.productname or 'Nextcloud'} {status.versionstring}", file=out)
    caps = await service.account.capabilities()
    if not caps.talk_installed:
        print("!!  Talk is not enabled for this account", file=out)
        return EXIT_PROBLEM
    print(
        f"ok  signed in as {config.login}; Talk {caps.talk_version or '(version unknown)'}",
        file=out,
    )
    problems = 0
    for entry in config.conversations:
        name = entry.label or entry.token
        try:
            room = await service.rooms.get(entry.token)
        except NotFound:
            print(f"!!  {name}: not found, or {config.login} is not a member", file=out)
            problems += 1
            continue
        if not room.is_moderator:
            print(f"!!  {name}: {config.login} is not a moderator of '{room.title}'", file=out)
            problems += 1
            continue
        if not room.is_group_like:
            print(f"!!  {name}: '{room.title}' is not a group or public conversation", file=out)
            problems += 1
            continue
        print(f"ok  {name}: '{room.title}'" if name != room.title else f"ok  '{name}'", file=out)
    return EXIT_OK if not problems else EXIT_PROBLEM


def _cards(config: KioskConfig) -> str:
    """How many cards the file asks for, in words ("0 conversations" was untrue in demo mode,
    which then shows some of the demo server's rooms)."""
    count = len(config.conversations)
    if not count and config.demo:
        return "conversations from the demo server"
    return f"{count} conversation{'' if count == 1 else 's'}"


def _check_demo(config: KioskConfig, out: TextIO) -> int:
    """Demo mode: start the built-in demo server as ``--kiosk`` would and check the rooms the
    cards would show (the configured ones, or the demo's own pick) on it."""
    import dataclasses

    from ..demo_server import DemoServer
    from .app import DEMO_SEED, demo_conversations

    print("ok  demo mode: the built-in demo server is used", file=out)
    server = DemoServer(seed=DEMO_SEED)
    server.start()
    try:
        demo = dataclasses.replace(config, server_url=server.url, login=server.moderator.login)

        async def run() -> int:
            async with TalkService(
                server.url, server.moderator.login, server.moderator.app_password
            ) as service:
                entries = demo.conversations or await demo_conversations(service)
                titles = ", ".join(f"'{entry.label}'" for entry in entries)
                if not demo.conversations:
                    print(f"ok  the cards show {len(entries)}: {titles}", file=out)
                return await check_connection(
                    dataclasses.replace(demo, conversations=entries), service, out
                )

        return asyncio.run(run())
    finally:
        server.stop()


def _check_language(config: KioskConfig, out: TextIO) -> None:
    """Say which language the kiosk will show, and when its catalogue was not built."""
    if config.language == "system":
        print('ok  language: the machine\'s locale (kiosk.language = "system")', file=out)
    elif catalogue_built(config.language):
        print(f"ok  language: {LANGUAGE_NAMES[config.language]}", file=out)
    else:
        print(
            f"!   language: {LANGUAGE_NAMES[config.language]} is not built into this install "
            "(scripts/translations.py build); the kiosk shows English",
            file=out,
        )


def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    try:
        config = load_config(args.config)
    except ConfigError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    actions = ", ".join(sorted(a.value for a in config.allowed_actions)) or "none (view only)"
    print(f"ok  {args.config} is valid: {_cards(config)}, actions: {actions}", file=out)
    _check_language(config, out)
    if config.demo and args.offline:
        print("ok  demo mode: the built-in demo server is used", file=out)
        return EXIT_OK
    if config.demo:
        return _check_demo(config, out)
    if args.offline:
        return EXIT_OK
    from .app import StartupError, make_service, read_app_password

    try:
        password = read_app_password(config)
    except StartupError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return EXIT_CONFIG

    async def run() -> int:
        async with make_service(config, password) as service:
            return await check_connection(config, service, out)

    try:
        return asyncio.run(run())
    except NetworkError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except TalkError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return EXIT_PROBLEM


def main(
    argv: Sequence[str],
    *,
    stdin: TextIO | None = None,
    out: TextIO | None = None,
    ask: Prompt = getpass.getpass,
) -> int:
    """Run one kiosk set-up command (argv without the leading ``kiosk``); returns the status."""
    try:
        args = build_parser().parse_args(list(argv))
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    source = stdin or sys.stdin
    target = out or sys.stdout
    try:
        if args.command == "hash-pin":
            return cmd_hash_pin(args, source, target, ask)
        if args.command == "set-secret":
            return cmd_set_secret(args, source, target, ask)
        return cmd_check(args, target)
    except (KeyboardInterrupt, EOFError):
        print(f"\n{PROG}: interrupted", file=sys.stderr)
        return EXIT_PROBLEM

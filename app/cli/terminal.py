"""Talking to the person at the terminal: confirmations and secrets, never via argv.

Reads go through ``sys.stdin`` at call time (not import time), so tests and pipes work the
same way: a pipe is "not a TTY", a terminal is.
"""

from __future__ import annotations

import getpass
import sys

from .errors import CliError, UsageError


def stdin_is_tty() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):  # closed or replaced stdin
        return False


def read_secret_from_stdin(what: str) -> str:
    """The first line of piped stdin (trailing newline removed), for scripts.

    Raises:
        UsageError: stdin is empty.
    """
    line = sys.stdin.readline()
    secret = line.rstrip("\r\n")
    if not secret:
        raise UsageError(f"no {what} on standard input")
    return secret


def prompt_new_secret(what: str) -> str:
    """Ask twice, without echo; both answers must match and not be empty.

    Raises:
        UsageError: empty, or the two answers differ.
        CliError: the prompt was cancelled (Ctrl-D).
    """
    try:
        first = getpass.getpass(f"New {what}: ")
        if not first:
            raise UsageError(f"empty {what}")
        second = getpass.getpass(f"Repeat the new {what}: ")
    except EOFError:
        raise CliError("cancelled") from None
    if first != second:
        raise UsageError(f"the two {what}s differ; nothing was changed")
    return first


def new_secret(what: str) -> str:
    """From a pipe when stdin is not a terminal, else by prompting twice."""
    if stdin_is_tty():
        return prompt_new_secret(what)
    return read_secret_from_stdin(what)


def confirm_by_typing(question: str, expected: str) -> bool:
    """Ask on the terminal; True only when the answer is exactly ``expected``.

    Raises:
        UsageError: there is no terminal to ask on.
    """
    if not stdin_is_tty():
        raise UsageError("refusing without confirmation: no terminal to ask on (pass --yes)")
    print(question, end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline()
    return answer.strip() == expected

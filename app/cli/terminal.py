"""Talking to the person at the terminal: what reaches it, confirmations, secrets (never argv).

Reads go through ``sys.stdin`` at call time (not import time), so tests and pipes work the
same way: a pipe is "not a TTY", a terminal is.

Everything the CLI writes passes ``printable`` on its way out (``printable_output`` wraps
stdout and stderr for the whole run): room and guest names, the server's error messages and
the login address it hands out may hold ESC, BEL or C1 codes that would clear the screen,
retitle the window or rewrite what was printed before. Those characters are shown as visible
stand-ins instead, one for one, so tables stay aligned.
"""

from __future__ import annotations

import contextlib
import getpass
import re
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from .errors import CliError, UsageError

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
"""Control characters but newline and tab; line separators; bidi overrides (they reorder text)."""


def _stand_in(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ESC -> U+241B
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"


def printable(text: str) -> str:
    """``text`` with every character that could drive the terminal replaced by a visible one."""
    return _UNSAFE.sub(_stand_in, text)


def one_line(text: str) -> str:
    """``printable`` and on one line: for table cells, where newline and tab break the layout."""
    return printable(text.replace("\n", "\u2424").replace("\t", "\u2409"))


class PrintableStream:
    """A text stream that writes ``printable(text)`` to the stream it wraps."""

    def __init__(self, target: TextIO) -> None:
        self._target = target

    def write(self, text: str) -> int:
        self._target.write(printable(text))
        return len(text)

    def writelines(self, lines: Iterator[str]) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:  # flush, isatty, fileno, encoding, close...
        return getattr(self._target, name)


@contextlib.contextmanager
def printable_output() -> Iterator[None]:
    """For the duration: whatever is printed to stdout or stderr is ``printable``."""
    out, err = sys.stdout, sys.stderr
    sys.stdout = PrintableStream(out)
    sys.stderr = PrintableStream(err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err


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

"""The CLI's own failures, each with the exit code a script can branch on."""

from __future__ import annotations

EXIT_OK = 0
EXIT_REFUSED = 1
"""The server refused, or a named room or participant does not exist there."""
EXIT_USAGE = 2
"""Bad arguments, bad time format, missing connection settings, no confirmation."""
EXIT_UNREACHABLE = 3
"""No usable answer from the server (connection refused, DNS, TLS, timeout)."""
EXIT_INTERRUPTED = 130


class CliError(Exception):
    """A failure reported as one line on stderr.

    Args:
        message: the sentence shown after ``talk-moderator: error:``.
        exit_code: the process exit status.
    """

    exit_code = EXIT_REFUSED

    def __init__(self, message: str, *, exit_code: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if exit_code is not None:
            self.exit_code = exit_code

    def __str__(self) -> str:
        return self.message


class UsageError(CliError):
    """The command line itself is wrong (or incomplete): exit 2."""

    exit_code = EXIT_USAGE


class LookupFailed(CliError):
    """A room or participant named on the command line is not there, or is ambiguous: exit 1."""

    exit_code = EXIT_REFUSED

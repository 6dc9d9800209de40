"""Logging for every mode (window, CLI, kiosk): one set-up, and no live session in any log.

At DEBUG, httpcore traces every response's headers, ``Set-Cookie: oc_sessionPassphrase=...``
included, and those cookies act as the user without the app password. So:

- ``httpcore`` (and the HTTP/2 libraries) never log below INFO, whatever the app's level:
  their DEBUG lines are wire traces, of no use to a moderator;
- every handler the app installs carries ``RedactSecrets``, which blanks the values of
  cookie and authorization headers (in ``Name: value`` lines and in httpcore's
  ``(b'Name', b'value')`` tuples), session cookies by name, and Basic/Bearer credentials,
  in the message and in the traceback alike, should anything else log them.

Qt-free; ``add_handler`` is the one way a mode attaches a handler.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import re
from pathlib import Path

from .private_files import open_private, private_dir

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

WIRE_LOGGERS = ("httpcore", "hpack", "h2")
"""Libraries whose DEBUG output is the raw HTTP exchange (headers, cookies)."""

REDACTED = "***"

_HEADERS = r"(?:set-cookie|cookie|authorization|proxy-authorization|www-authenticate|x-auth-token)"
_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    # httpcore's header tuples: (b'Set-Cookie', b'oc_sessionPassphrase=...; path=/')
    (
        re.compile(rf"""(\(\s*b?(['"]){_HEADERS}\2\s*,\s*b?)(['"])(?:(?!\3).)*\3""", re.I),
        rf"\1'{REDACTED}'",
    ),
    # dict-style reprs: {'cookie': 'a=b'} or "Authorization": "Basic ..."
    (
        re.compile(rf"""((['"]){_HEADERS}\2\s*:\s*b?)(['"])(?:(?!\3).)*\3""", re.I),
        rf"\1'{REDACTED}'",
    ),
    # header lines: Cookie: a=b; c=d   /   Authorization: Basic abc=
    (re.compile(rf"(\b{_HEADERS}\s*[:=]\s*)[^\r\n'\"]+", re.I), rf"\1{REDACTED}"),
    # credentials and session cookies wherever they appear
    (re.compile(r"\b(Basic|Bearer)\s+[A-Za-z0-9+/=._~-]{4,}", re.I), rf"\1 {REDACTED}"),
    (
        re.compile(r"\b((?:oc[a-z0-9]*|nc_[a-z_]+|oc_sessionPassphrase)=)[^;,\s'\"]+", re.I),
        rf"\1{REDACTED}",
    ),
)


def redact(text: str) -> str:
    """``text`` with cookie/authorization values and session cookies replaced by ``***``."""
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text


class RedactSecrets(logging.Filter):
    """A handler filter: rewrites each record so no session or credential reaches the output.

    On the handler, not a logger: a logger's filters do not see records from its children.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def quiet_wire_loggers() -> None:
    """Keep the raw-HTTP loggers at INFO or above, whatever the root level."""
    for name in WIRE_LOGGERS:
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET or logger.level < logging.INFO:
            logger.setLevel(logging.INFO)


def add_handler(
    handler: logging.Handler,
    *,
    level: int | None = None,
    logger: logging.Logger | None = None,
    fmt: str | None = LOG_FORMAT,
) -> logging.Handler:
    """Attach ``handler`` (redacting, wire loggers quiet) to ``logger`` (the root by default).

    Args:
        level: the level to set on ``logger``; None leaves it.
        fmt: the format for the handler; None keeps the handler's own formatter.

    Returns:
        the handler, to remove it again later (the CLI does, for in-process runs).
    """
    target = logger or logging.getLogger()
    if fmt is not None:
        handler.setFormatter(logging.Formatter(fmt))
    if not any(isinstance(f, RedactSecrets) for f in handler.filters):
        handler.addFilter(RedactSecrets())
    quiet_wire_loggers()
    target.addHandler(handler)
    if level is not None:
        target.setLevel(level)
    return handler


def setup_logging(level: int, *, fmt: str = LOG_FORMAT) -> logging.Handler:
    """The window's and the kiosk's stderr log (what ``basicConfig`` did), redacting.

    Called again (tests run several front-ends in one process), it only sets the level.
    """
    root = logging.getLogger()
    for handler in root.handlers:
        if getattr(handler, "_talk_moderator_stderr", False):
            root.setLevel(level)
            return handler
    handler = logging.StreamHandler()
    handler._talk_moderator_stderr = True  # type: ignore[attr-defined]
    return add_handler(handler, level=level, fmt=fmt)


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log file that is 0600 in a 0700 folder, the rotated files included."""

    def __init__(self, path: Path, *, max_bytes: int = 2_000_000, backups: int = 3) -> None:
        private_dir(path.parent)
        super().__init__(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")

    def _open(self) -> io.TextIOWrapper:
        return open_private(Path(self.baseFilename), "a")

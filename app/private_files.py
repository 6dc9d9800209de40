"""Files only this user may read: the config folder 0700, every file in it 0600.

Settings name the servers and logins, the audit log says who was removed from which room,
``kiosk.log`` records the kiosk's traffic and the PIN lock-out state says how close a visitor is
to the next guess. Under a 0755 home folder, the default umask (0022) would make all of them
readable by every local user, so every per-user file is made through these helpers, which also
tighten files and folders made by older versions (0644 / 0755). Qt-free, used by every mode.

On Windows, where ``chmod`` only toggles the read-only flag, the user's profile folder already
keeps other users out; the helpers then only create.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600

_POSIX = os.name == "posix"


def private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) and make it 0700; returns it.

    Only ``path`` itself is tightened: its parents (``~/.config``) are the user's business.
    """
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if _POSIX:
        os.chmod(path, PRIVATE_DIR_MODE)
    return path


def tighten(path: Path) -> None:
    """Make an existing file 0600, an existing folder 0700 (older versions left 0644 / 0755).

    A missing path is left missing; a path we may not change (not ours) is logged, not raised.
    """
    if not _POSIX or not path.exists():
        return
    mode = PRIVATE_DIR_MODE if path.is_dir() else PRIVATE_FILE_MODE
    try:
        os.chmod(path, mode)
    except OSError as exc:
        log.warning("cannot make %s private (%s)", path, exc)


def write_private_text(path: Path, text: str) -> None:
    """Replace ``path`` atomically with ``text``; the file is 0600 from its first byte on.

    The folder is created 0700 when missing. A crash leaves either the old or the new file.
    """
    private_dir(path.parent)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:  # mkstemp makes it 0600
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def open_private(path: Path, mode: str = "a") -> io.TextIOWrapper:
    """Open ``path`` for writing (``"a"`` or ``"w"``, text, UTF-8), created 0600 if new.

    An existing file is tightened to 0600 first; the folder is created 0700 when missing.
    """
    if mode not in ("a", "w"):
        raise ValueError(f"open_private writes only ('a' or 'w'), not {mode!r}")
    private_dir(path.parent)
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if mode == "a" else os.O_TRUNC)
    fd = os.open(path, flags, PRIVATE_FILE_MODE)
    if _POSIX:
        os.fchmod(fd, PRIVATE_FILE_MODE)
    return io.TextIOWrapper(io.BufferedWriter(io.FileIO(fd, mode)), encoding="utf-8", newline="")

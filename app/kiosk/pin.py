"""The exit PIN: stored only as a salted PBKDF2-SHA256 hash, guarded against guessing.

The configuration file may be readable by anyone at the event desk, so it holds the PIN as
``pbkdf2_sha256$<iterations>$<salt>$<hash>`` (salt and hash in URL-safe base64), never in clear.
``PinGuard`` locks the exit after repeated wrong PINs so that a visitor cannot try all 10,000
four-digit PINs: 5 wrong in a row lock it for 60 s, each further lock doubles that (up to an
hour). The count and the lock survive a restart of the kiosk (``PinGuard.for_kiosk``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from ..private_files import tighten, write_private_text
from ..secrets import Sealed

log = logging.getLogger(__name__)

SCHEME = "pbkdf2_sha256"
DEFAULT_ITERATIONS = 600_000
"""OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about half a second, once per exit attempt."""
MIN_ITERATIONS = 1_000
"""Accepted from a configuration file (tests use cheap hashes); ``hash-pin`` writes the default."""
MIN_PIN_LENGTH = 4
MAX_PIN_LENGTH = 12
SALT_BYTES = 16


class PinFormatError(ValueError):
    """The stored hash string is not one we can verify against."""


class WeakPinError(ValueError):
    """A PIN offered to ``hash_pin`` that a keypad cannot type or that is too short."""


@dataclass(frozen=True)
class PinHash:
    """A parsed ``pbkdf2_sha256$iterations$salt$hash`` line.

    ``repr`` leaves salt and hash out: with both, a four-digit PIN falls to 10,000 tries
    offline, and this object is an argument of the executor call that DEBUG logs show.
    """

    iterations: int
    salt: bytes = field(repr=False)
    digest: bytes = field(repr=False)

    def encode(self) -> str:
        return "$".join((SCHEME, str(self.iterations), _b64(self.salt), _b64(self.digest)))


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def check_pin_text(pin: str) -> None:
    """Reject PINs the kiosk keypad cannot type (digits only) or that are too easy to guess.

    Raises:
        WeakPinError: with a sentence saying what is wrong.
    """
    if not pin.isdigit() or not pin.isascii():
        raise WeakPinError("the PIN must consist of digits only (staff type it on a keypad)")
    if not MIN_PIN_LENGTH <= len(pin) <= MAX_PIN_LENGTH:
        raise WeakPinError(
            f"the PIN must have {MIN_PIN_LENGTH} to {MAX_PIN_LENGTH} digits, not {len(pin)}"
        )


def hash_pin(pin: str, *, iterations: int = DEFAULT_ITERATIONS, salt: bytes | None = None) -> str:
    """The line to paste into ``exit_pin``: a fresh random salt unless one is given.

    Raises:
        WeakPinError: the PIN is not 4 to 12 digits.
    """
    check_pin_text(pin)
    if iterations < MIN_ITERATIONS:
        raise ValueError(f"at least {MIN_ITERATIONS} iterations are needed")
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, iterations)
    return PinHash(iterations, salt, digest).encode()


def parse_pin_hash(text: str) -> PinHash:
    """Parse and sanity-check a stored hash line.

    Raises:
        PinFormatError: with a sentence saying which part is wrong.
    """
    parts = text.strip().split("$")
    if len(parts) != 4 or parts[0] != SCHEME:
        raise PinFormatError(f"expected the form '{SCHEME}$<iterations>$<salt>$<hash>'")
    _, iterations_text, salt_text, digest_text = parts
    if not iterations_text.isdigit():
        raise PinFormatError(f"the iteration count '{iterations_text}' is not a number")
    iterations = int(iterations_text)
    if iterations < MIN_ITERATIONS:
        raise PinFormatError(f"{iterations} iterations is too few (at least {MIN_ITERATIONS})")
    try:
        salt = _unb64(salt_text)
        digest = _unb64(digest_text)
    except (binascii.Error, ValueError) as exc:
        raise PinFormatError("the salt or the hash is not valid base64") from exc
    if len(salt) < 8:
        raise PinFormatError("the salt is too short (at least 8 bytes)")
    if len(digest) != hashlib.sha256().digest_size:
        raise PinFormatError("the hash has the wrong length for PBKDF2-SHA256")
    return PinHash(iterations, salt, digest)


def verify_pin(pin: str | Sealed, stored: PinHash) -> bool:
    """Whether ``pin`` matches (constant-time). Slow on purpose: call it off the UI thread.

    Hand it over ``Sealed``: executors log their callbacks' arguments at DEBUG (qasync does).
    """
    text = pin.value if isinstance(pin, Sealed) else pin
    candidate = hashlib.pbkdf2_hmac("sha256", text.encode("utf-8"), stored.salt, stored.iterations)
    return hmac.compare_digest(candidate, stored.digest)


class PinGuard:
    """Counts wrong PINs and locks the exit for a while after too many.

    An attempt is counted when its check *starts* (``begin_check``), not when the slow key
    derivation ends, and only one check runs at a time: ten PINs typed in quick succession are
    not ten checks racing past the lock. With ``path`` the count and the lock's end time are kept
    on disk (0600) after every change, so killing the window (the unit restarts it) keeps the
    lock; a check cut short by the kill counts as wrong.

    Args:
        max_attempts: wrong PINs in a row that trigger a lock.
        base_lock: seconds of the first lock; every further lock doubles it.
        max_lock: cap on the lock time, so the kiosk stays usable at a long event.
        clock: wall-clock seconds (the end time must survive a restart; tests pass a fake one).
        path: the state file, or None to keep the state in memory only.
    """

    def __init__(
        self,
        *,
        max_attempts: int = 5,
        base_lock: float = 60.0,
        max_lock: float = 3600.0,
        clock: Callable[[], float] = time.time,
        path: Path | None = None,
    ) -> None:
        self.max_attempts = max_attempts
        self.base_lock = base_lock
        self.max_lock = max_lock
        self.path = path
        self._clock = clock
        self._failures = 0
        self._locks = 0
        self._locked_until = 0.0
        self._checking = False
        self._load()

    @classmethod
    def for_kiosk(cls, **kwargs: Any) -> PinGuard:
        """The kiosk's guard, kept in ``kiosk-pin.json`` in the per-user state folder."""
        return cls(path=default_state_path(), **kwargs)

    @property
    def failures(self) -> int:
        """Wrong PINs since the last lock (or the last right PIN), the running check included."""
        return self._failures

    @property
    def checking(self) -> bool:
        return self._checking

    def remaining_lock(self) -> float:
        """Seconds until PINs are accepted again; 0 when not locked.

        Never more than ``max_lock``: a clock set back cannot lock the exit for days.
        """
        return min(self.max_lock, max(0.0, self._locked_until - self._clock()))

    @property
    def locked(self) -> bool:
        return self.remaining_lock() > 0

    def attempts_left(self) -> int:
        return self.max_attempts - self._failures

    def begin_check(self) -> bool:
        """Count an attempt before checking it; False (nothing counted) when locked or busy."""
        if self._checking or self.locked:
            return False
        self._checking = True
        self._failures += 1
        self._save()
        return True

    def finish_check(self, right: bool) -> float:
        """The outcome of the check ``begin_check`` allowed; returns the lock it started."""
        self._checking = False
        if right:
            self.record_success()
            return 0.0
        return self._after_failure()

    def record_failure(self) -> float:
        """Count a wrong PIN; returns the lock time started by it (0 when none)."""
        self._failures += 1
        return self._after_failure()

    def _after_failure(self) -> float:
        if self._failures < self.max_attempts:
            self._save()
            return 0.0
        duration = min(self.max_lock, self.base_lock * (2**self._locks))
        self._locks += 1
        self._failures = 0
        self._locked_until = self._clock() + duration
        self._save()
        return duration

    def record_success(self) -> None:
        self._failures = 0
        self._locks = 0
        self._locked_until = 0.0
        self._save()

    # ------------------------------------------------------------------ on disk

    def _load(self) -> None:
        if self.path is None:
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            failures, locks, until = data["failures"], data["locks"], data["locked_until"]
            if not all(isinstance(v, int | float) for v in (failures, locks, until)):
                raise ValueError("not numbers")
        except FileNotFoundError:
            return
        except (OSError, ValueError, KeyError, TypeError) as exc:
            # A damaged file must not open the exit: start as if one lock had just begun.
            log.warning("kiosk: unreadable PIN lock-out state %s (%s): locking", self.path, exc)
            failures, locks, until = 0, 1, self._clock() + self.base_lock
        tighten(self.path)
        self._failures = max(0, int(failures))
        self._locks = max(0, int(locks))
        self._locked_until = float(until)
        if self._failures >= self.max_attempts:  # killed while checking the last attempt
            self._failures -= 1
            self.record_failure()

    def _save(self) -> None:
        if self.path is None:
            return
        state = {
            "failures": self._failures,
            "locks": self._locks,
            "locked_until": self._locked_until,
        }
        try:
            write_private_text(self.path, json.dumps(state) + "\n")
        except OSError as exc:
            log.error("kiosk: cannot keep the PIN lock-out state in %s: %s", self.path, exc)


def default_state_path() -> Path:
    """``kiosk-pin.json`` in the per-user state folder (``~/.local/state/talk-moderator``)."""
    return Path(platformdirs.user_state_dir("talk-moderator", appauthor=False)) / "kiosk-pin.json"

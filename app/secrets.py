"""App passwords in the OS keyring, and nowhere else.

One job: get, set and delete the app password of an account. Secrets go to the keyring under
the service name ``talk-moderator`` and the key ``<login>@<server>``. When no usable keyring
backend exists (a headless box, a locked-down desktop), ``KeyringUnavailable`` says so and the
caller may keep the password in a ``SecretStore`` for this run only: in memory, never on disk.

All calls here block (D-Bus, a keychain prompt). The UI runs them in an executor, never on the
UI thread; the CLI may call them directly.

``keyring`` is imported on the first call (about 15 ms): a start with the password in the
environment (``--server``) or the demo never asks the keyring.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import TYPE_CHECKING

from .i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import keyring.backend

log = logging.getLogger(__name__)

SERVICE_NAME = "talk-moderator"
"""The keyring "service" every secret of this app is filed under."""


class Sealed:
    """A secret in transit (to and from worker threads): ``repr`` and ``str`` never show it.

    Executors log their callbacks' arguments and results at DEBUG level (qasync does), so a
    plain string handed to a thread would end up in the log.
    """

    __slots__ = ("value",)

    def __init__(self, value: str) -> None:
        self.value = value

    def __repr__(self) -> str:
        return "Sealed(***)"

    __str__ = __repr__


class KeyringUnavailable(Exception):
    """No keyring backend can store secrets here (or it refused): say why, in words."""


def secret_key(login: str, server_url: str) -> str:
    """The keyring user name for an account: ``alice@cloud.example.org/nc``."""
    server = server_url.split("://", 1)[-1].rstrip("/")
    return f"{login}@{server}"


NO_BACKEND = QT_TRANSLATE_NOOP("Secrets", "no keyring backend is available on this system")
"""The reasons are English, marked for translation (context Secrets): the window translates
them where it shows them, the CLI prints them as they are."""


def _keyring() -> ModuleType:
    """The ``keyring`` package, imported on first use (see the module's docstring)."""
    import keyring
    import keyring.errors

    return keyring


def _unusable_reason(backend: keyring.backend.KeyringBackend) -> str | None:
    """Why ``backend`` cannot keep a secret, or None when it can."""
    from keyring.backends import chainer, fail

    if isinstance(backend, fail.Keyring):
        return NO_BACKEND
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return NO_BACKEND
    module = type(backend).__module__
    if module == "keyring.backends.null":
        return QT_TRANSLATE_NOOP("Secrets", "the keyring is switched off (null backend)")
    return None


def keyring_problem() -> str | None:
    """A sentence saying why secrets cannot be stored, or None when the keyring is usable."""
    return _unusable_reason(_keyring().get_keyring())


def keyring_name() -> str:
    """The active backend's name, for the settings dialog and bug reports."""
    backend = _keyring().get_keyring()
    name = getattr(backend, "name", "") or type(backend).__name__
    return str(name)


@contextmanager
def _usable_keyring(verb: str) -> Iterator[None]:
    """Run one keyring call: refuse up front when no usable keyring exists, and turn the
    backend's own errors (locked, denied) into ``KeyringUnavailable`` naming ``verb``.
    """
    problem = keyring_problem()
    if problem:
        raise KeyringUnavailable(problem)
    try:
        yield
    except _keyring().errors.KeyringError as exc:
        raise KeyringUnavailable(f"the keyring refused to {verb} the password ({exc})") from exc


def get_app_password(key: str) -> str | None:
    """The stored app password for ``key``, or None when there is none.

    Raises:
        KeyringUnavailable: there is no usable keyring, or it refused (locked, denied).
    """
    with _usable_keyring("give"):
        password: str | None = _keyring().get_password(SERVICE_NAME, key)
        return password


def set_app_password(key: str, app_password: str) -> None:
    """Store the app password for ``key`` (replacing any older one).

    Raises:
        KeyringUnavailable: there is no usable keyring, or it refused.
    """
    with _usable_keyring("store"):
        _keyring().set_password(SERVICE_NAME, key, app_password)
    log.info("stored the app password of %s in the keyring", key)


def delete_app_password(key: str) -> bool:
    """Remove the app password for ``key``; False when none was stored.

    Raises:
        KeyringUnavailable: there is no usable keyring, or it refused.
    """
    with _usable_keyring("delete"):
        try:
            _keyring().delete_password(SERVICE_NAME, key)
        except _keyring().errors.PasswordDeleteError:
            return False
    log.info("deleted the app password of %s from the keyring", key)
    return True


class SecretStore:
    """The keyring plus passwords kept for this run only (when the user chose that).

    Run-only passwords live in this object's memory and die with the process; they take
    precedence over the keyring so an account signed in "for this run" never reads a stale
    keyring entry. Thread-safe: the UI calls it from executor threads.
    """

    def __init__(self) -> None:
        self._run_only: dict[str, str] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:  # never show secrets
        return f"SecretStore(run_only={len(self._run_only)})"

    def problem(self) -> str | None:
        """Why the keyring cannot be used, or None."""
        return keyring_problem()

    def get(self, key: str) -> str | None:
        """The password for ``key``: run-only first, then the keyring.

        Raises:
            KeyringUnavailable: not kept for this run and the keyring is unusable.
        """
        with self._lock:
            if key in self._run_only:
                return self._run_only[key]
        return get_app_password(key)

    def is_run_only(self, key: str) -> bool:
        with self._lock:
            return key in self._run_only

    def set(self, key: str, app_password: str, *, run_only: bool = False) -> None:
        """Keep the password in the keyring, or (``run_only``) in memory for this run.

        Raises:
            KeyringUnavailable: not ``run_only`` and the keyring cannot store it.
        """
        if run_only:
            with self._lock:
                self._run_only[key] = app_password
            log.info("keeping the app password of %s in memory for this run only", key)
            return
        set_app_password(key, app_password)
        with self._lock:
            self._run_only.pop(key, None)

    def delete(self, key: str) -> bool:
        """Forget the password everywhere; True when one was found somewhere.

        A missing or unusable keyring is not an error here: there is nothing stored in it.
        """
        with self._lock:
            found = self._run_only.pop(key, None) is not None
        if keyring_problem():
            return found
        try:
            return delete_app_password(key) or found
        except KeyringUnavailable:
            log.warning("could not delete the app password of %s from the keyring", key)
            raise

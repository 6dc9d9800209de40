"""Typed preferences and saved accounts, in one JSON file in the platform's config place.

Qt-free, so the CLI reads the same accounts as the GUI. The file lives in
``$TALK_MODERATOR_CONFIG_DIR`` when set, else platformdirs' ``user_config_dir("talk-moderator")``
(``~/.config/talk-moderator`` on Linux). It never holds a secret: app passwords live in the OS
keyring (``app.secrets``); saving refuses anything that looks like one.

The file carries a version; ``upgrade`` brings older files up to ``SETTINGS_VERSION`` step by
step, and a file from a newer version is read as far as we understand it and left unchanged on
disk apart from the fields we know.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

import platformdirs

from .i18n import QT_TRANSLATE_NOOP
from .private_files import tighten, write_private_text

log = logging.getLogger(__name__)

APP_DIR_NAME = "talk-moderator"
ENV_CONFIG_DIR = "TALK_MODERATOR_CONFIG_DIR"
SETTINGS_FILE = "settings.json"
SETTINGS_VERSION = 1

POLL_INTERVAL_MIN = 2
POLL_INTERVAL_MAX = 300
POLL_INTERVAL_DEFAULT = 5

SECRET_WORDS = ("password", "secret", "token", "apppassword")
"""Keys containing these words are never written (a hand-edited file might add them)."""


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


LANGUAGES: dict[str, str] = {
    "system": QT_TRANSLATE_NOOP("Language", "System default"),
    "en": "English",
    "de": "Deutsch",
}
"""Language codes offered in the settings dialog (``system`` follows the desktop), each named
in its own language (the first one translated where it is shown)."""


def config_dir() -> Path:
    """Where settings (and the other per-user files, like the audit log) live."""
    override = os.environ.get(ENV_CONFIG_DIR)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False))


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


@dataclass(frozen=True)
class AccountEntry:
    """A saved account: where and who, never the app password.

    Args:
        server_url: the Nextcloud base URL, normalized (``https://cloud.example.org``).
        login: the login name the server handed back (or the user typed).
        label: what the user calls it; shown in the window title and the accounts list.
        trusted_sha256: a self-signed certificate's SHA-256 fingerprint the user trusted
            explicitly for this server (hex, lower case); None means normal verification.
        allow_http: the user accepted plain http for a non-loopback address.
    """

    server_url: str
    login: str
    label: str = ""
    trusted_sha256: str | None = None
    allow_http: bool = False

    @property
    def key(self) -> str:
        """The stable name: ``login@host[/path]``, also the keyring key."""
        server = self.server_url.split("://", 1)[-1].rstrip("/")
        return f"{self.login}@{server}"

    @property
    def title(self) -> str:
        return self.label or self.key

    def matches(self, name: str) -> bool:
        """Whether ``name`` (label, key, or ``login@url``) names this account."""
        wanted = name.strip()
        return wanted in (self.label, self.key, f"{self.login}@{self.server_url}") and bool(wanted)


@dataclass(frozen=True)
class NotificationOptions:
    """Which alerts raise a desktop notification (every alert still enters the Alerts panel).

    Args:
        enabled: notifications at all.
        lobby_waiting: someone started waiting in a lobby.
        call_started: a call started in a watched conversation.
        sound: a sound with each notification.
        assistance: a breakout room asked for help.
        lobby_opened: a lobby opened at its set time.
        raised_hand: someone raised their hand (seen only over a signaling server).
        quiet_from: the start of the quiet hours ("22:00"), "" for none; no notification
            and no sound then.
        quiet_until: their end ("07:00"); may be earlier than ``quiet_from`` (over midnight).
        muted_rooms: tokens of conversations that never notify.
    """

    enabled: bool = True
    lobby_waiting: bool = True
    call_started: bool = True
    sound: bool = False
    assistance: bool = True
    lobby_opened: bool = True
    raised_hand: bool = True
    quiet_from: str = ""
    quiet_until: str = ""
    muted_rooms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Settings:
    """Everything the user can set, plus the saved accounts."""

    poll_interval: int = POLL_INTERVAL_DEFAULT
    theme: Theme = Theme.SYSTEM
    confirm_actions: bool = True
    notifications: NotificationOptions = field(default_factory=NotificationOptions)
    language: str = "system"
    accounts: tuple[AccountEntry, ...] = ()
    active_account: str | None = None
    version: int = SETTINGS_VERSION
    extra: dict[str, Any] = field(default_factory=dict, compare=False)
    """Keys written by a newer version: kept so saving does not drop them."""

    def account(self, name: str) -> AccountEntry | None:
        """The account called ``name`` (label or key), or None."""
        return next((a for a in self.accounts if a.matches(name)), None)

    @property
    def active(self) -> AccountEntry | None:
        if self.active_account is None:
            return None
        return next((a for a in self.accounts if a.key == self.active_account), None)

    def with_account(self, entry: AccountEntry, *, activate: bool = True) -> Settings:
        """A copy with ``entry`` added (or replacing the one with the same key)."""
        others = tuple(a for a in self.accounts if a.key != entry.key)
        active = entry.key if activate else self.active_account
        return replace(self, accounts=(*others, entry), active_account=active)

    def without_account(self, key: str) -> Settings:
        """A copy without the account ``key``; the first other account becomes active."""
        rest = tuple(a for a in self.accounts if a.key != key)
        active = self.active_account
        if active == key or not any(a.key == active for a in rest):
            active = rest[0].key if rest else None
        return replace(self, accounts=rest, active_account=active)

    def activated(self, key: str) -> Settings:
        if not any(a.key == key for a in self.accounts):
            raise KeyError(key)
        return replace(self, active_account=key)


# ----------------------------------------------------------------------- upgrade steps


def _upgrade_0_to_1(raw: dict[str, Any]) -> dict[str, Any]:
    """Unversioned files (hand-written, pre-release): drop anything secret-looking."""
    scrubbed: dict[str, Any] = _scrub(raw)
    return scrubbed


UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _upgrade_0_to_1}
"""``UPGRADES[n]`` turns a version-n document into a version n+1 document."""


def upgrade(raw: dict[str, Any]) -> dict[str, Any]:
    """Bring a loaded document up to ``SETTINGS_VERSION`` (newer ones are left as they are)."""
    version = raw.get("version", 0)
    if not isinstance(version, int) or version < 0:
        version = 0
    while version < SETTINGS_VERSION:
        raw = UPGRADES[version](dict(raw))
        version += 1
        raw["version"] = version
        log.info("settings upgraded to version %d", version)
    return raw


def _is_secret_key(key: str) -> bool:
    lowered = key.lower().replace("_", "").replace("-", "")
    return any(word in lowered for word in SECRET_WORDS)


def _scrub(value: Any) -> Any:
    """``value`` without any mapping key that looks like it holds a secret."""
    if isinstance(value, dict):
        return {k: _scrub(v) for k, v in value.items() if not _is_secret_key(str(k))}
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    return value


# ----------------------------------------------------------------------- (de)serialization


def _bool(raw: Any, default: bool) -> bool:
    return raw if isinstance(raw, bool) else default


def _account_from(raw: Any) -> AccountEntry | None:
    if not isinstance(raw, dict):
        return None
    server, login = raw.get("server_url"), raw.get("login")
    if not isinstance(server, str) or not isinstance(login, str) or not server or not login:
        return None
    pin = raw.get("trusted_sha256")
    label = raw.get("label")
    return AccountEntry(
        server_url=server,
        login=login,
        label=label if isinstance(label, str) else "",
        trusted_sha256=pin.lower() if isinstance(pin, str) and pin else None,
        allow_http=_bool(raw.get("allow_http"), False),
    )


def from_dict(raw: dict[str, Any]) -> Settings:
    """Settings from a (upgraded) document; bad values fall back to their defaults."""
    known = {f.name for f in fields(Settings)} - {"extra"}
    defaults = Settings()
    interval = raw.get("poll_interval")
    if isinstance(interval, int) and not isinstance(interval, bool):
        interval = min(max(interval, POLL_INTERVAL_MIN), POLL_INTERVAL_MAX)
    else:
        interval = defaults.poll_interval
    try:
        theme = Theme(raw.get("theme", "system"))
    except ValueError:
        theme = Theme.SYSTEM
    notes_raw = raw.get("notifications")
    notes_raw = notes_raw if isinstance(notes_raw, dict) else {}
    notifications = _notifications_from(notes_raw)
    language = raw.get("language")
    accounts_raw = raw.get("accounts")
    accounts: list[AccountEntry] = []
    for item in accounts_raw if isinstance(accounts_raw, list) else []:
        entry = _account_from(item)
        if entry is not None and all(a.key != entry.key for a in accounts):
            accounts.append(entry)
    active = raw.get("active_account")
    if not any(a.key == active for a in accounts):
        active = accounts[0].key if accounts else None
    version = raw.get("version", SETTINGS_VERSION)
    return Settings(
        poll_interval=interval,
        theme=theme,
        confirm_actions=_bool(raw.get("confirm_actions"), defaults.confirm_actions),
        notifications=notifications,
        language=language if isinstance(language, str) and language else "system",
        accounts=tuple(accounts),
        active_account=active,
        version=max(version, SETTINGS_VERSION) if isinstance(version, int) else SETTINGS_VERSION,
        extra={k: v for k, v in raw.items() if k not in known},
    )


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


_CLOCK = re.compile(r"\A([01]?\d|2[0-3]):[0-5]\d\Z")


def clock_time(text: str) -> str:
    """``text`` as "HH:MM" when it is a time of day, else "" (quiet hours off)."""
    text = text.strip()
    if not _CLOCK.match(text):
        return ""
    hours, minutes = text.split(":")
    return f"{int(hours):02d}:{minutes}"


def _notifications_from(raw: dict[str, Any]) -> NotificationOptions:
    base = NotificationOptions()
    values: dict[str, Any] = {}
    for f in fields(NotificationOptions):
        value, default = raw.get(f.name), getattr(base, f.name)
        if isinstance(default, bool):
            values[f.name] = _bool(value, default)
        elif isinstance(default, str):
            values[f.name] = clock_time(value) if isinstance(value, str) else default
        else:
            tokens = value if isinstance(value, list) else []
            values[f.name] = tuple(t for t in tokens if isinstance(t, str) and t)
    return NotificationOptions(**values)


def to_dict(settings: Settings) -> dict[str, Any]:
    """The document written to disk (secret-looking keys never appear)."""
    document: dict[str, Any] = dict(_scrub(settings.extra))
    document.update(
        {
            "version": settings.version,
            "poll_interval": settings.poll_interval,
            "theme": settings.theme.value,
            "confirm_actions": settings.confirm_actions,
            "notifications": {
                f.name: _plain(getattr(settings.notifications, f.name))
                for f in fields(NotificationOptions)
            },
            "language": settings.language,
            "accounts": [
                {
                    "server_url": a.server_url,
                    "login": a.login,
                    "label": a.label,
                    "trusted_sha256": a.trusted_sha256,
                    "allow_http": a.allow_http,
                }
                for a in settings.accounts
            ],
            "active_account": settings.active_account,
        }
    )
    return document


# ----------------------------------------------------------------------- the store


class SettingsStore:
    """Loads and saves ``Settings`` at one path; the only code that touches the file.

    Args:
        path: the JSON file; ``settings_path()`` (honouring ``TALK_MODERATOR_CONFIG_DIR``)
            when None.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self._listeners: list[Callable[[Settings], None]] = []
        self.settings = self._read()

    def __repr__(self) -> str:
        return f"SettingsStore({str(self.path)!r})"

    def _read(self) -> Settings:
        tighten(self.path.parent)  # left 0755 / 0644 by older versions
        tighten(self.path)
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return Settings()
        except OSError as exc:
            log.warning("cannot read %s (%s): using defaults", self.path, exc)
            return Settings()
        try:
            raw = json.loads(text)
        except ValueError as exc:
            log.warning("%s is not valid JSON (%s): using defaults", self.path, exc)
            return Settings()
        if not isinstance(raw, dict):
            log.warning("%s does not hold an object: using defaults", self.path)
            return Settings()
        return from_dict(upgrade(raw))

    def reload(self) -> Settings:
        self.settings = self._read()
        return self.settings

    def subscribe(self, listener: Callable[[Settings], None]) -> None:
        """Call ``listener`` with the new settings after every save."""
        self._listeners.append(listener)

    def save(self, settings: Settings) -> None:
        """Write ``settings`` atomically (temp file + rename): 0600 in a 0700 folder."""
        text = json.dumps(to_dict(settings), indent=2, sort_keys=True) + "\n"
        write_private_text(self.path, text)
        self.settings = settings
        for listener in list(self._listeners):
            listener(settings)

    def update(self, **changes: Any) -> Settings:
        """Save a copy of the current settings with ``changes`` applied."""
        new = replace(self.settings, **changes)
        self.save(new)
        return new

"""kiosk.toml: what the kiosk shows and what staff may do, checked before anything starts.

Qt-free, so ``talk-moderator kiosk check`` can use it on a headless machine. Every problem is
reported as ``ConfigError`` naming the file, the line and the fix, because the person reading
it is setting up an event desk, not debugging Python.

Example::

    [server]
    url = "https://cloud.example.org"
    login = "event-desk"

    [kiosk]
    title = "Spring Conference"
    exit_pin = "pbkdf2_sha256$600000$...$..."
    poll_interval = 5
    language = "de"                  # or "en"; "system" (the default) follows the locale
    allowed_actions = ["lobby", "admit", "end-call"]

    [[conversations]]
    token = "abcd1234"
    label = "Main hall"
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..api.address import InvalidAddress, check_server_address
from ..api.login_flow import InsecureAddress, refuse_plain_http
from ..i18n import LANGUAGE_CODES
from .actions import ACTION_NAMES, KioskAction
from .pin import PinFormatError, PinHash, parse_pin_hash
from .tomlpos import KeyPath, find_line

TOKEN_PATTERN = re.compile(r"^[a-z0-9]{4,30}$")
MIN_POLL_INTERVAL = 0.5
MAX_POLL_INTERVAL = 600.0
DEFAULT_POLL_INTERVAL = 5.0
DEFAULT_MAX_RETRY_DELAY = 60.0
MAX_LABEL_LENGTH = 80

_KNOWN_KEYS: dict[str, frozenset[str]] = {
    "": frozenset({"server", "kiosk", "conversations"}),
    "server": frozenset({"url", "login", "verify_tls", "allow_plain_http"}),
    "kiosk": frozenset(
        {
            "title",
            "exit_pin",
            "poll_interval",
            "max_retry_delay",
            "allowed_actions",
            "demo",
            "chime",
            "language",
        }
    ),
    "conversations": frozenset({"token", "label"}),
}


class ConfigError(Exception):
    """A problem in the configuration file, with the line it is on when known.

    Args:
        message: what is wrong and how to fix it.
        path: the file.
        line: 1-based line number, or None when the problem is not on one line.
        column: 1-based column for syntax errors.
    """

    def __init__(
        self, message: str, *, path: str, line: int | None = None, column: int | None = None
    ) -> None:
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f", line {self.line}"
            if self.column is not None:
                where += f", column {self.column}"
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class ConversationEntry:
    """One conversation shown as a card."""

    token: str
    label: str | None = None


@dataclass(frozen=True)
class KioskConfig:
    """The validated configuration.

    Args:
        server_url: base URL of the Nextcloud; empty in demo mode.
        login: the account the kiosk signs in as; empty in demo mode.
        conversations: the cards, in file order; empty in demo mode means "the demo's rooms".
        allowed_actions: the only actions offered.
        pin: the parsed exit-PIN hash.
        poll_interval: seconds between refreshes while the server answers.
        max_retry_delay: cap of the reconnect backoff, in seconds.
        title: the headline over the cards.
        demo: run against the built-in demo server.
        verify_tls: verify the server's certificate.
        source: the file this came from, for messages.
        chime: a sound when someone starts waiting in a card's lobby.
        language: the kiosk's language: ``system`` (the machine's locale), ``en`` or ``de``.
    """

    server_url: str
    login: str
    conversations: tuple[ConversationEntry, ...]
    allowed_actions: frozenset[KioskAction]
    pin: PinHash
    poll_interval: float = DEFAULT_POLL_INTERVAL
    max_retry_delay: float = DEFAULT_MAX_RETRY_DELAY
    title: str = "Talk Moderator"
    demo: bool = False
    verify_tls: bool = True
    source: str = ""
    chime: bool = True
    language: str = "system"

    def allows(self, action: KioskAction) -> bool:
        return action in self.allowed_actions

    def label_for(self, token: str) -> str | None:
        for entry in self.conversations:
            if entry.token == token:
                return entry.label
        return None


class _Checker:
    """Reads values out of the parsed document, raising ConfigError at the right line."""

    def __init__(self, text: str, path: str) -> None:
        self.text = text
        self.path = path

    def fail(self, where: KeyPath, message: str) -> ConfigError:
        return ConfigError(message, path=self.path, line=find_line(self.text, where))

    @staticmethod
    def name(where: KeyPath) -> str:
        """``conversations[2].token`` style, 1-based like the file reads."""
        text = ""
        for part in where:
            if isinstance(part, int):
                text += f"[{part + 1}]"
            else:
                text += ("." if text else "") + part
        return text

    def table(self, doc: Mapping[str, Any], key: str, *, required: bool) -> Mapping[str, Any]:
        value = doc.get(key)
        if value is None:
            if required:
                raise ConfigError(f"the [{key}] section is missing", path=self.path)
            return {}
        if not isinstance(value, dict):
            raise self.fail((key,), f"'{key}' must be a section: write [{key}] on its own line")
        return value

    def unknown_keys(self, table: Mapping[str, Any], where: KeyPath, kind: str) -> None:
        known = _KNOWN_KEYS[kind]
        for key in table:
            if key not in known:
                close = difflib.get_close_matches(key, sorted(known), n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                section = f"[{self.name(where)}]" if where else "the top level"
                raise self.fail(
                    (*where, key),
                    f"unknown key '{key}' in {section}{hint}; known keys: "
                    + ", ".join(sorted(known)),
                )

    def string(
        self, table: Mapping[str, Any], where: KeyPath, key: str, *, required: bool
    ) -> str | None:
        value = table.get(key)
        if value is None:
            if required:
                section = self.name(where) or "top level"
                raise self.fail(where, f"'{key}' is missing in [{section}]")
            return None
        if not isinstance(value, str):
            raise self.fail((*where, key), f"'{self.name((*where, key))}' must be a text in quotes")
        return value

    def boolean(self, table: Mapping[str, Any], where: KeyPath, key: str, default: bool) -> bool:
        value = table.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(
                (*where, key), f"'{self.name((*where, key))}' must be true or false (no quotes)"
            )
        return value

    def number(
        self,
        table: Mapping[str, Any],
        where: KeyPath,
        key: str,
        default: float,
        low: float,
        high: float,
    ) -> float:
        value = table.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(
                (*where, key), f"'{self.name((*where, key))}' must be a number of seconds"
            )
        if not low <= value <= high:
            raise self.fail(
                (*where, key),
                f"'{self.name((*where, key))}' = {value} is out of range ({low:g} to {high:g})",
            )
        return float(value)


def _check_url(checker: _Checker, url: str, allow_plain_http: bool) -> str:
    where: KeyPath = ("server", "url")
    if "://" not in url:
        raise checker.fail(
            where, f"'{url}' is not a server address; write it like \"https://cloud.example.org\""
        )
    try:
        parts = check_server_address(url)
    except InvalidAddress as exc:
        raise checker.fail(where, str(exc)) from None
    if parts.query or parts.fragment:
        raise checker.fail(where, "the server address must not contain '?' or '#'")
    try:
        refuse_plain_http(url.strip(), allow_http=allow_plain_http)
    except InsecureAddress:
        raise checker.fail(
            where,
            "plain http sends the app password unencrypted; use https, or set "
            "allow_plain_http = true in [server] if this network is trusted",
        ) from None
    return url.strip().rstrip("/")


def _conversations(checker: _Checker, doc: Mapping[str, Any]) -> tuple[ConversationEntry, ...]:
    raw = doc.get("conversations", [])
    if not isinstance(raw, list):
        raise checker.fail(
            ("conversations",),
            "'conversations' must be a list of [[conversations]] sections, one per conversation",
        )
    entries: list[ConversationEntry] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(raw):
        where: KeyPath = ("conversations", index)
        if not isinstance(item, dict):
            raise checker.fail(where, "each conversation must be a [[conversations]] section")
        checker.unknown_keys(item, where, "conversations")
        token = checker.string(item, where, "token", required=True)
        assert token is not None
        if not TOKEN_PATTERN.match(token):
            raise checker.fail(
                (*where, "token"),
                f"'{token}' is not a conversation token (4 to 30 lowercase letters and digits, "
                "the last part of the conversation's link)",
            )
        if token in seen:
            raise checker.fail(
                (*where, "token"),
                f"conversation '{token}' is listed twice (first as conversation {seen[token]})",
            )
        seen[token] = index + 1
        label = checker.string(item, where, "label", required=False)
        if label is not None:
            label = label.strip()
            if not label or len(label) > MAX_LABEL_LENGTH:
                raise checker.fail(
                    (*where, "label"), f"a label must have 1 to {MAX_LABEL_LENGTH} characters"
                )
        entries.append(ConversationEntry(token=token, label=label))
    return tuple(entries)


def _actions(checker: _Checker, kiosk: Mapping[str, Any]) -> frozenset[KioskAction]:
    where: KeyPath = ("kiosk", "allowed_actions")
    raw = kiosk.get("allowed_actions")
    if raw is None:
        raise checker.fail(
            ("kiosk",),
            "'allowed_actions' is missing in [kiosk]; list what staff may do, from: "
            + ", ".join(ACTION_NAMES)
            + " (an empty list [] makes a view-only kiosk)",
        )
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        raise checker.fail(
            where, 'allowed_actions must be a list of names, like ["lobby", "admit"]'
        )
    actions: set[KioskAction] = set()
    for name in raw:
        try:
            actions.add(KioskAction(name))
        except ValueError:
            close = difflib.get_close_matches(name, ACTION_NAMES, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise checker.fail(
                where, f"unknown action '{name}'{hint}; known actions: " + ", ".join(ACTION_NAMES)
            ) from None
    return frozenset(actions)


def parse_config(text: str, path: str = "kiosk.toml") -> KioskConfig:
    """Validate the text of a kiosk.toml.

    Raises:
        ConfigError: the first problem found, with its line.
    """
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _syntax_error(exc, path) from None
    checker = _Checker(text, path)
    checker.unknown_keys(doc, (), "")
    kiosk = checker.table(doc, "kiosk", required=True)
    checker.unknown_keys(kiosk, ("kiosk",), "kiosk")
    demo = checker.boolean(kiosk, ("kiosk",), "demo", False)
    chime = checker.boolean(kiosk, ("kiosk",), "chime", True)
    server = checker.table(doc, "server", required=not demo)
    checker.unknown_keys(server, ("server",), "server")

    server_url = ""
    login = ""
    verify_tls = checker.boolean(server, ("server",), "verify_tls", True)
    if server or not demo:
        allow_http = checker.boolean(server, ("server",), "allow_plain_http", False)
        url = checker.string(server, ("server",), "url", required=not demo)
        if url is not None:
            server_url = _check_url(checker, url, allow_http)
        login_value = checker.string(server, ("server",), "login", required=not demo)
        if login_value is not None:
            login = login_value.strip()
            if not login:
                raise checker.fail(("server", "login"), "'server.login' must not be empty")
        if not demo and bool(server_url) != bool(login):
            raise checker.fail(("server",), "[server] needs both 'url' and 'login'")

    pin_text = checker.string(kiosk, ("kiosk",), "exit_pin", required=True)
    assert pin_text is not None
    try:
        pin = parse_pin_hash(pin_text)
    except PinFormatError as exc:
        raise checker.fail(
            ("kiosk", "exit_pin"),
            f"exit_pin is not a PIN hash: {exc}. Create one with 'talk-moderator kiosk hash-pin'",
        ) from None

    poll = checker.number(
        kiosk,
        ("kiosk",),
        "poll_interval",
        DEFAULT_POLL_INTERVAL,
        MIN_POLL_INTERVAL,
        MAX_POLL_INTERVAL,
    )
    retry = checker.number(
        kiosk, ("kiosk",), "max_retry_delay", max(DEFAULT_MAX_RETRY_DELAY, poll), poll, 3600.0
    )
    title = checker.string(kiosk, ("kiosk",), "title", required=False)
    language = checker.string(kiosk, ("kiosk",), "language", required=False) or "system"
    if language not in LANGUAGE_CODES:
        raise checker.fail(
            ("kiosk", "language"),
            f"'kiosk.language' = \"{language}\" is not a language of the kiosk; use one of "
            + ", ".join(f'"{code}"' for code in LANGUAGE_CODES),
        )
    conversations = _conversations(checker, doc)
    if not conversations and not demo:
        raise ConfigError(
            "no conversations listed; add one [[conversations]] section with a token "
            "for each room of the event",
            path=path,
            line=find_line(text, ("conversations",)),
        )
    return KioskConfig(
        server_url=server_url,
        login=login,
        conversations=conversations,
        allowed_actions=_actions(checker, kiosk),
        pin=pin,
        poll_interval=poll,
        max_retry_delay=retry,
        title=(title or "").strip() or "Talk Moderator",
        demo=demo,
        verify_tls=verify_tls,
        source=path,
        chime=chime,
        language=language,
    )


_POSITION = re.compile(r"^(?P<what>.*?)\s*\(at line (?P<line>\d+), column (?P<col>\d+)\)\s*$")


def _syntax_error(exc: tomllib.TOMLDecodeError, path: str) -> ConfigError:
    """tomllib's message carries the position in its text on Python 3.11-3.13."""
    text = str(exc)
    line = getattr(exc, "lineno", None)
    column = getattr(exc, "colno", None)
    what = getattr(exc, "msg", None)
    match = _POSITION.match(text)
    if match is not None:
        what = what or match["what"]
        line = line or int(match["line"])
        column = column or int(match["col"])
    what = (what or text).rstrip(".")
    return ConfigError(f"not valid TOML: {what}", path=path, line=line, column=column)


def load_config(path: str | Path) -> KioskConfig:
    """Read and validate a kiosk.toml.

    Raises:
        ConfigError: the file is unreadable or invalid.
    """
    name = str(path)
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise ConfigError("the file does not exist", path=name) from None
    except OSError as exc:
        raise ConfigError(f"cannot read the file ({exc.strerror or exc})", path=name) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ConfigError("the file is not UTF-8 text", path=name, line=line) from None
    return parse_config(text, name)

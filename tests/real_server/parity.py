"""The parity runner: play one ``parity_table`` sequence against a server, compare two runs.

A run keeps one HTTP client per actor (users reuse theirs across sequences, so their PHP
session cookie lives on like a desktop client's; guests get fresh ones per sequence, so each
sequence meets a new guest). Placeholders in paths and bodies are filled from the values the
sequence captured so far; ``{attendee:alice}`` looks the attendee id up in the participant
list of ``{token}`` (as ``moderator1``; that lookup is not compared). Answers are compared by
shape (keys and JSON types), by the length of every list of objects (one participant more or
less is a difference even when the shapes agree) and by value only for the keys in
``VALUE_KEYS``, whose values both servers derive from the same requests and accounts: ids,
tokens, timestamps and session ids legitimately differ and are never compared.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from tests.real_server.parity_table import TALK, Sequence, Step

USER_ACTORS = ("admin", "moderator1", "alice", "bob", "carol", "dave")
_PLACEHOLDER = re.compile(r"\{([a-z_0-9]+)(?::([A-Za-z0-9_@./-]+))?\}")
MAX_SHOWN = 2500
VALUE_KEYS = frozenset(
    {
        # who: names the same accounts, groups and requests give on both servers
        "displayName",
        "actorDisplayName",
        "label",
        "name",
        "actorType",
        "source",
        "icon",
        "subline",
        "shareWithDisplayNameUnique",
        # user statuses
        "status",
        "statusIcon",
        "statusMessage",
        "statusClearAt",
        "clearAt",
        # roles, rights and room state
        "type",
        "participantType",
        "permissions",
        "attendeePermissions",
        "callPermissions",
        "defaultPermissions",
        "inCall",
        "participantFlags",
        "callFlag",
        "readOnly",
        "hasPassword",
        "hasCall",
        "canStartCall",
        "lobbyState",
        "listable",
        "sipEnabled",
        "canEnableSIP",
        "canLeaveConversation",
        "canDeleteConversation",
        "notificationLevel",
        "notificationCalls",
        "isFavorite",
        "isArchived",
        "isImportant",
        "isSensitive",
        "recordingConsent",
        "description",
        "systemMessage",
        "message",
        "invitedActorId",
        # bans (the banned guest's id is a hash of its session: not compared)
        "bannedActorType",
        "moderatorActorType",
        "moderatorDisplayName",
        "internalNote",
        # e-mail import results
        "invites",
        "duplicates",
        "invalid",
    }
)
BAN_NAME = "bannedDisplayName"
"""Compared as "the banned actor's id" where a ban has no name of its own (a guest banned
after it left, an address), since guest ids differ between the servers."""


@dataclass(frozen=True)
class Login:
    """One account's credentials on one server."""

    login: str
    password: str
    app_password: str


@dataclass
class Answer:
    """What one step got back (or why it could not be sent)."""

    step: Step
    status: int = 0
    content_type: str = ""
    body: Any = None
    text: str = ""
    skipped: str = ""
    location: str = ""  # a redirect's target, without scheme and host (they differ)

    @property
    def is_json(self) -> bool:
        return "json" in self.content_type

    @property
    def is_ocs(self) -> bool:
        return self.is_json and isinstance(self.body, dict) and "ocs" in self.body

    @property
    def data(self) -> Any:
        return self.body["ocs"].get("data") if self.is_ocs else self.body


@dataclass
class ServerUnderTest:
    """A server plus the logins of the same-named users and the clients talking to it."""

    name: str
    url: str
    logins: Mapping[str, Login]
    clients: dict[str, httpx.Client] = field(default_factory=dict)

    def client(
        self, key: str, auth: tuple[str, str] | None, *, fresh: bool = False
    ) -> httpx.Client:
        if fresh or key not in self.clients:
            old = self.clients.pop(key, None)
            if old is not None:
                old.close()
            self.clients[key] = httpx.Client(
                base_url=self.url, auth=auth, timeout=60.0, follow_redirects=False
            )
        return self.clients[key]

    def close(self) -> None:
        for client in self.clients.values():
            client.close()
        self.clients.clear()


class Unresolved(Exception):
    """A placeholder whose value an earlier (differing) step did not deliver."""


class Player:
    """Plays one sequence on one server."""

    def __init__(self, server: ServerUnderTest, now: int) -> None:
        self.server = server
        self.values: dict[str, Any] = {
            "talk": TALK,
            "future": str(now + 3600),
            "past": str(now - 3600),
            "start": str(now),
        }
        self.attendees: dict[tuple[str, str], int] = {}
        self.tokens: list[str] = []
        self.guest_keys: set[str] = set()

    # ------------------------------------------------------------ placeholders

    def fill(self, template: str) -> str:
        def one(match: re.Match[str]) -> str:
            name, arg = match.group(1), match.group(2)
            if name == "attendee":
                return str(self.attendee(arg or ""))
            if arg is not None or name not in self.values:
                raise Unresolved(match.group(0))
            return str(self.values[name])

        return _PLACEHOLDER.sub(one, template)

    def fill_value(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.fill(value)
        if isinstance(value, list):
            return [self.fill_value(item) for item in value]
        if isinstance(value, dict):
            return {key: self.fill_value(item) for key, item in value.items()}
        return value

    def attendee(self, spec: str) -> int:
        """``alice`` / ``emails/x@y`` / ``alice@token2``: the attendee id in that room."""
        ident, _, room_key = (
            spec.partition("@") if spec.count("@") == 1 and "/" not in spec else (spec, "", "")
        )
        if spec.startswith("emails/"):
            ident, room_key = spec, ""
        token = str(self.values.get(room_key or "token", ""))
        if not token:
            raise Unresolved("{attendee:" + spec + "}")
        cached = self.attendees.get((token, ident))
        if cached is not None:
            return cached
        answer = self.request(
            "moderator1", "app", "GET", f"{TALK}/room/{token}/participants", None, ocs=True
        )
        entries = answer.data if answer.is_ocs and isinstance(answer.data, list) else []
        kind, _, wanted = ident.rpartition("/")
        for entry in entries:
            ids = (entry.get("actorId"), entry.get("invitedActorId"))
            if wanted in ids and (not kind or entry.get("actorType") == kind):
                self.attendees[(token, ident)] = int(entry["attendeeId"])
                return int(entry["attendeeId"])
        raise Unresolved("{attendee:" + spec + "}")

    # ----------------------------------------------------------------- requests

    def _client(self, actor: str, auth: str) -> httpx.Client:
        if actor in USER_ACTORS:
            login = self.server.logins[actor]
            if auth == "app" and not login.app_password:
                auth = "password"  # admin has no app password on the real server
            if auth == "app":
                return self.server.client(actor, (login.login, login.app_password))
            if auth == "password":
                return self.server.client(actor + ":password", (login.login, login.password))
            if auth == "wrong":
                return self.server.client(actor + ":wrong", (login.login, "wrong-Pass-1234"))
            if auth == "empty":
                return self.server.client(actor + ":empty", (login.login, ""))
            secret = self.fill(auth)
            return self.server.client(actor + ":" + auth, (login.login, secret), fresh=True)
        key = f"{actor}#{id(self)}"
        if key not in self.guest_keys:
            self.guest_keys.add(key)
            return self.server.client(key, None, fresh=True)
        return self.server.client(key, None)

    def request(
        self,
        actor: str,
        auth: str,
        method: str,
        path: str,
        body: Any,
        *,
        ocs: bool,
        step: Step | None = None,
        files: Mapping[str, tuple[str, str]] | None = None,
    ) -> Answer:
        headers = {"Accept": "application/json"}
        if ocs:
            headers["OCS-APIRequest"] = "true"
        kwargs: dict[str, Any] = {"headers": headers}
        if body is not None:
            kwargs["params" if method in ("GET", "DELETE") else "data"] = body
        if files is not None:
            kwargs["files"] = {
                field: (name, text.encode("utf-8"), "text/csv")
                for field, (name, text) in files.items()
            }
        response = self._client(actor, auth).request(method, path, **kwargs)
        answer = Answer(
            step=step or Step(actor, method, path),
            status=response.status_code,
            content_type=response.headers.get("content-type", ""),
            text=response.text,
            location=_local(response.headers.get("location", "")),
        )
        if answer.is_json:
            try:
                answer.body = response.json()
            except ValueError:
                answer.content_type = "invalid-json"
        return answer

    def play(self, step: Step) -> Answer:
        try:
            path = self.fill(step.path)
            body = self.fill_value(dict(step.body)) if step.body is not None else None
        except Unresolved as missing:
            return Answer(step=step, skipped=f"unresolved {missing}")
        ocs = step.ocs if step.ocs is not None else path.startswith("/ocs/")
        answer = self.request(
            step.actor, step.auth, step.method, path, body, ocs=ocs, step=step, files=step.files
        )
        for name, key in (step.capture or {}).items():
            value = _dig(answer.data, key)
            if value is not None:
                self.values[name] = value
                if name.startswith("token") and isinstance(value, str):
                    self.tokens.append(value)
        return answer

    def warm_up(self) -> None:
        """List every user's rooms once: the first listing makes the changelog conversation,
        which must not depend on whether another test listed rooms earlier."""
        for actor in USER_ACTORS:
            self.request(actor, "app", "GET", f"{TALK}/room", None, ocs=True)

    def run(self, sequence: Sequence) -> list[Answer]:
        try:
            return [self.play(step) for step in sequence.steps]
        finally:
            self.cleanup()

    def cleanup(self) -> None:
        """Delete the conversations the sequence made (rooms moderator1 cannot delete stay)."""
        for token in self.tokens:
            self.request("moderator1", "app", "DELETE", f"{TALK}/room/{token}", None, ocs=True)
        for key in self.guest_keys:
            client = self.server.clients.pop(key, None)
            if client is not None:
                client.close()


USER_STATUS = "/ocs/v2.php/apps/user_status/api/v1/user_status"


def user_statuses(server: ServerUnderTest) -> dict[str, dict[str, Any] | None]:
    """Every test user's user_status row on ``server`` (``None``: the user has none).

    A status outlives the sequence that made it (joining a call leaves "In a call" behind
    for a user who had no status), so the real server's rows depend on every test that ran
    before; the parity test copies them into the demo server before each sequence.
    """
    player = Player(server, now())
    found: dict[str, dict[str, Any] | None] = {}
    for actor in USER_ACTORS:
        answer = player.request(actor, "app", "GET", USER_STATUS, None, ocs=True)
        found[actor] = answer.data if answer.status == 200 and answer.is_ocs else None
    return found


def _local(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _dig(data: Any, key: str) -> Any:
    for part in key.split("."):
        if isinstance(data, dict):
            data = data.get(part)
        elif isinstance(data, list) and part.isdigit() and int(part) < len(data):
            data = data[int(part)]
        else:
            return None
    return data


# --------------------------------------------------------------------- comparison


def shape(value: Any) -> Any:
    """The JSON type structure of a value: keys and value types, never the values."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        return "str"
    if isinstance(value, list):
        if not value:
            return "[]"
        shapes: list[Any] = []
        for item in value:
            item_shape = shape(item)
            if item_shape not in shapes:
                shapes.append(item_shape)
        return {"[list of]": shapes[0] if len(shapes) == 1 else _merge(shapes)}
    if isinstance(value, dict):
        if not value:
            return "{}"
        return {key: shape(value[key]) for key in sorted(value)}
    return type(value).__name__


def _merge(shapes: list[Any]) -> Any:
    """Elements of different shapes: the union of keys, alternatives listed per key."""
    if all(isinstance(s, dict) and "[list of]" not in s for s in shapes):
        merged: dict[str, Any] = {}
        for item in shapes:
            for key, sub in item.items():
                options = merged.setdefault(key, [])
                if sub not in options:
                    options.append(sub)
        return {
            key: opts[0] if len(opts) == 1 else sorted(opts, key=json.dumps)
            for key, opts in sorted(merged.items())
        }
    return sorted(shapes, key=json.dumps)


def shape_diff(real: Any, demo: Any, path: str = "data") -> Iterator[str]:
    """Human-readable places where the shapes differ (missing keys listed once per object)."""
    if isinstance(real, dict) and isinstance(demo, dict):
        only_real = sorted(set(real) - set(demo))
        only_demo = sorted(set(demo) - set(real))
        if only_real:
            yield f"{path}: keys only real: {', '.join(only_real)}"
        if only_demo:
            yield f"{path}: keys only demo: {', '.join(only_demo)}"
        for key in sorted(set(real) & set(demo)):
            where = f"{path}.{key}" if key != "[list of]" else f"{path}[*]"
            yield from shape_diff(real[key], demo[key], where)
    elif real != demo:
        yield f"{path}: real {_short(real)}, demo {_short(demo)}"


def _short(value: Any) -> str:
    text = json.dumps(value)
    return text if len(text) <= 80 else text[:77] + "..."


def compare(real: Answer, demo: Answer) -> list[str]:
    """Every difference between the two answers to one step (empty: they agree)."""
    if real.skipped or demo.skipped:
        if real.skipped and demo.skipped:
            return []
        return [f"skipped on {'real' if real.skipped else 'demo'}: {real.skipped or demo.skipped}"]
    problems = []
    if real.status != demo.status:
        problems.append(f"HTTP status: real {real.status}, demo {demo.status}")
    if real.location != demo.location:
        problems.append(f"redirect: real {real.location!r}, demo {demo.location!r}")
    if real.is_json != demo.is_json:
        problems.append(f"content type: real {real.content_type!r}, demo {demo.content_type!r}")
        return problems
    if not real.is_json:
        return problems
    if real.is_ocs != demo.is_ocs:
        problems.append("OCS envelope on one side only")
        return problems
    if real.is_ocs:
        real_code = real.body["ocs"]["meta"].get("statuscode")
        demo_code = demo.body["ocs"]["meta"].get("statuscode")
        if real_code != demo_code:
            problems.append(f"ocs.meta.statuscode: real {real_code}, demo {demo_code}")
        real_error = real.data.get("error") if isinstance(real.data, dict) else None
        demo_error = demo.data.get("error") if isinstance(demo.data, dict) else None
        if real_error != demo_error:
            problems.append(f"data.error: real {real_error!r}, demo {demo_error!r}")
    problems.extend(shape_diff(shape(real.data), shape(demo.data)))
    problems.extend(value_diff(real.data, demo.data))
    return problems


_DURATION = re.compile(r"\(Duration [0-9:]+\)")


def _comparable(value: Any) -> Any:
    """A value as compared: a call summary's duration depends on the clock."""
    return _DURATION.sub("(Duration …)", value) if isinstance(value, str) else value


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, str | int | float | bool)


def value_diff(real: Any, demo: Any, path: str = "data") -> Iterator[str]:
    """Places where the two answers disagree in a ``VALUE_KEYS`` value or a list's length.

    Lists of objects are compared item by item (both servers list in the order things were
    made); lists of plain values (features, session ids) only by length.
    """
    if isinstance(real, dict) and isinstance(demo, dict):
        for key in sorted(set(real) & set(demo)):
            where = f"{path}.{key}"
            one, other = real[key], demo[key]
            if key == BAN_NAME:
                one, other = _ban_name(real), _ban_name(demo)
            if (key in VALUE_KEYS or key == BAN_NAME) and _scalar(one) and _scalar(other):
                if _comparable(one) != _comparable(other) or type(one) is not type(other):
                    yield f"{where}: real {_short(one)}, demo {_short(other)}"
            else:
                yield from value_diff(one, other, where)
    elif isinstance(real, list) and isinstance(demo, list):
        if len(real) != len(demo):
            yield f"{path}: real has {len(real)} entries, demo {len(demo)}"
        elif all(isinstance(item, dict) for item in real + demo):
            for index, (one, other) in enumerate(zip(real, demo, strict=True)):
                yield from value_diff(one, other, f"{path}[{index}]")


def _ban_name(ban: dict[str, Any]) -> Any:
    name = ban.get(BAN_NAME)
    return "(the banned actor id)" if name == ban.get("bannedActorId") else name


def _trim(value: Any, depth: int = 0) -> Any:
    """Long lists cut to 2 entries and long strings shortened, for printing."""
    if isinstance(value, list):
        items = [_trim(item, depth + 1) for item in value[:2]]
        return items + [f"... {len(value) - 2} more"] if len(value) > 2 else items
    if isinstance(value, dict):
        return {key: _trim(item, depth + 1) for key, item in value.items()}
    if isinstance(value, str) and len(value) > 60:
        return value[:57] + "..."
    return value


def render(answer: Answer) -> str:
    if answer.skipped:
        return f"(not sent: {answer.skipped})"
    if answer.is_json:
        text = json.dumps(_trim(answer.body), indent=1, ensure_ascii=False)
    else:
        text = f"{answer.content_type}: {answer.text[:200]!r}"
    text = f"HTTP {answer.status}\n{text}"
    return text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN] + "\n... (truncated)"


def report(index: int, real: Answer, demo: Answer, problems: list[str]) -> str:
    step = real.step
    lines = [
        f"step {index}: {step.actor} {step.method} {step.path}"
        + (f" {dict(step.body)}" if step.body else "")
        + (f"  # {step.note}" if step.note else "")
    ]
    lines += [f"  - {problem}" for problem in problems]
    lines += ["  real answer:", _indent(render(real)), "  demo answer:", _indent(render(demo))]
    return "\n".join(lines)


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.splitlines())


def now() -> int:
    return int(time.time())

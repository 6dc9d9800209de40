"""The demo server answers like the real Talk server did: replay ``real-server.md`` against it.

The recording (``../shared/talk-api/real-server.md``) is a sequence of requests made against a
real Nextcloud 32.0.1 / Talk 21.1.7 server. It is replayed, in order, against one fresh
``DemoServer``; for every recorded exchange the demo server must give the same HTTP status, the
same ``ocs.meta.statuscode``, the same ``data.error`` key and the same shape of ``data``
(``null`` vs ``[]`` vs object vs non-empty list).

Tokens, attendee ids and timestamps differ between the two servers, so they are mapped as the
replay goes: a recorded token maps to the live token of the matching create answer; a recorded
attendee id maps through the actor it belongs to (found anywhere in the recording) to the live
attendee of the same actor; timestamps keep their distance to the first created room. Steps the
recording only mentions in passing ("bob, carol and dave were added the same way") are
performed as set-up steps and must succeed.

One HTTP client with its own cookie jar per user (and per guest) mirrors the recording, where
sessions live behind the Nextcloud cookie. The replay is synchronous: the demo server runs in
its own thread, so no event loop is involved.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.demo_server import DemoServer
from tests.helpers import recording
from tests.helpers.openapi import ResponseLog, SyncRecordingTransport
from tests.helpers.recording import RecordedCase, shape

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
"""Same place as ``tests/conftest.py``'s ``SHARED_DIR`` (needed at collection time here)."""

RECORDING = SHARED / "talk-api" / "real-server.md"
RECORDED_MODERATOR = "moderator1"
ROOM_PASSWORD = "Secret-Room-Pass-2024"

AUTH_OVERRIDES: dict[str, tuple[str, bool]] = {
    # title prefix -> (user, send OCS-APIRequest); the recorder logged these as "no auth"
    "App password (moderator1) GET /room": (RECORDED_MODERATOR, True),
    "Without OCS-APIRequest header": (RECORDED_MODERATOR, False),
}

PARTIAL_BODY = {
    "1. Capabilities (spreed part)": "the recording shows only ocs.data.version and the "
    "spreed part, so only status and shape are compared",
}

NOT_REPLAYABLE: dict[str, str] = {}
"""title prefix -> reason; steps that cannot be replayed against the demo server."""

TIMING_ONLY = (
    "Wrong password, attempt",
    "brute-force delay (answered after ~0.7 s on the real server) is not replayed; "
    "status and body are compared",
)


def _load_cases() -> list[RecordedCase]:
    cases = recording.load(RECORDING)
    return cases or []


CASES = _load_cases()


@dataclass
class Outcome:
    """What happened to one recorded exchange during the replay."""

    case: RecordedCase
    live_status: int | None = None
    live_body: Any = None
    problems: list[str] = field(default_factory=list)
    skipped: str | None = None
    note: str | None = None


class Replayer:
    """Replays the recording against ``server`` and compares each answer."""

    def __init__(self, server: DemoServer, log: ResponseLog) -> None:
        self.server = server
        self.log = log
        self.clients: dict[str, httpx.Client] = {}
        self.tokens: dict[str, str] = {}
        self.attendees: dict[int, int] = {}
        self.identities = _recorded_identities(CASES)
        self.time_offset: int | None = None
        self.poll_token: str | None = None
        self.setup_problems: list[str] = []

    # ------------------------------------------------------------------ clients

    def login(self, recorded_user: str) -> str:
        return self.server.moderator.login if recorded_user == RECORDED_MODERATOR else recorded_user

    def client(self, key: str, user: str | None, *, wrong_password: bool = False) -> httpx.Client:
        """One client (cookie jar) per user, per guest and per anonymous purpose."""
        if key not in self.clients:
            auth = None
            if user is not None:
                login = self.login(user)
                secret = self.server.users[login].app_password
                auth = httpx.BasicAuth(login, "wrong-" + secret if wrong_password else secret)
            self.clients[key] = httpx.Client(
                base_url=self.server.url,
                auth=auth,
                transport=SyncRecordingTransport(self.log),
                timeout=10.0,
                follow_redirects=False,
            )
        return self.clients[key]

    def close(self) -> None:
        for client in self.clients.values():
            client.close()

    def _client_for(self, case: RecordedCase) -> tuple[httpx.Client, bool]:
        for prefix, (user, ocs_header) in AUTH_OVERRIDES.items():
            if case.title.startswith(prefix):
                return self.client(f"user:{user}", user), ocs_header
        if case.user is None:
            chapter = case.chapter.split(".")[0]
            return self.client(f"guest:{chapter}:{self._guest_generation}", None), True
        if case.wrong_password:
            return self.client(f"wrong:{case.user}", case.user, wrong_password=True), True
        return self.client(f"user:{case.user}", case.user), True

    _guest_generation = 0

    # ------------------------------------------------------------------ mapping

    def map_token(self, token: str) -> str:
        return self.tokens.get(token, token)

    def map_attendee(self, recorded: int) -> int:
        """The live attendee id for a recorded one, resolved through its actor when needed."""
        if recorded in self.attendees:
            return self.attendees[recorded]
        identity = self.identities.get(recorded)
        if identity is None or identity[1] == "guests":
            return recorded  # unknown in the recording too (e.g. 999999): keep as is
        token, actor_type, actor_id = identity
        live = self.live_attendee(self.map_token(token), actor_type, self._actor(actor_id))
        if live is not None:
            self.attendees[recorded] = live
            return live
        return recorded

    def _actor(self, actor_id: str) -> str:
        return self.login(actor_id) if actor_id == RECORDED_MODERATOR else actor_id

    def live_attendee(self, token: str, actor_type: str, actor_id: str) -> int | None:
        response = self.client(f"user:{RECORDED_MODERATOR}", RECORDED_MODERATOR).get(
            f"/ocs/v2.php/apps/spreed/api/v4/room/{token}/participants", headers=_OCS
        )
        if response.status_code != 200:
            return None
        for person in response.json()["ocs"]["data"]:
            if person.get("actorType") == actor_type and person.get("actorId") == actor_id:
                return int(person["attendeeId"])
        return None

    def map_time(self, value: Any) -> Any:
        if isinstance(value, int | str) and str(value).isdigit() and int(value) > 10**9:
            if self.time_offset is not None:
                return int(value) + self.time_offset
        return value

    def live_path(self, case: RecordedCase) -> str:
        parts = case.path.split("/")
        for index, part in enumerate(parts):
            if part in self.tokens:
                parts[index] = self.tokens[part]
            elif index and parts[index - 1] in ("ring", "dialout") and part.isdigit():
                parts[index] = str(self.map_attendee(int(part)))
        return "/".join(parts)

    def live_form(self, case: RecordedCase) -> dict[str, Any] | None:
        if case.form is None:
            return None
        form: dict[str, Any] = {}
        for key, value in case.form.items():
            if key == "attendeeId" and isinstance(value, int):
                value = self.map_attendee(value)
            elif key == "timer":
                value = self.map_time(value)
            elif key == "token" and value == "<poll token from start>":
                value = self.poll_token
            form[key] = "" if value is None else value
        return form

    def learn(self, case: RecordedCase, live: Any) -> None:
        """Pair tokens and attendee ids that both answers reveal."""
        recorded_data, live_data = _data(case.body), _data(live)
        if _is_room(recorded_data) and _is_room(live_data):
            if recorded_data["token"] not in self.tokens:
                self.tokens[recorded_data["token"]] = live_data["token"]
            if recorded_data["attendeeId"] and live_data["attendeeId"]:
                self.attendees.setdefault(recorded_data["attendeeId"], live_data["attendeeId"])
            if self.time_offset is None and case.method == "POST" and case.status == 201:
                self.time_offset = live_data["lastActivity"] - recorded_data["lastActivity"]
        if isinstance(live, dict) and isinstance(live.get("poll"), dict):
            self.poll_token = live["poll"].get("token")

    # ------------------------------------------------------------------ steps

    def request(
        self, client: httpx.Client, method: str, path: str, form: Any = None, *, ocs: bool = True
    ) -> httpx.Response:
        headers = dict(_OCS) if ocs else {"Accept": "application/json"}
        return client.request(method, path, data=form, headers=headers)

    def setup(self, user: str, method: str, path: str, form: Any = None) -> Any:
        """An unrecorded step the recording mentions; it has to succeed."""
        client = self.client(f"user:{user}", user) if user != "guest" else self._guest()
        response = self.request(client, method, path, form)
        if response.status_code >= 300:
            self.setup_problems.append(
                f"set-up {user} {method} {path} {form}: HTTP {response.status_code} "
                f"{response.text[:200]}"
            )
            return None
        return response.json()["ocs"]["data"]

    def _guest(self) -> httpx.Client:
        return self.client(f"guest:7:{self._guest_generation}", None)

    def before(self, case: RecordedCase) -> None:
        v4 = "/ocs/v2.php/apps/spreed/api/v4"
        if case.title.startswith("…bob (moderator, not owner) leaves"):
            token = self.map_token(_token_of(case.path))
            self.setup(
                RECORDED_MODERATOR,
                "POST",
                f"{v4}/room/{token}/participants",
                {"newParticipant": "bob", "source": "users"},
            )
            bob = self.live_attendee(token, "users", "bob")
            self.setup(
                RECORDED_MODERATOR, "POST", f"{v4}/room/{token}/moderators", {"attendeeId": bob}
            )
        if case.title == "Read-only on":
            # the lobby left on by "Invalid timer (timer=abc)" is off in this recorded answer:
            # the recorder switched it off without logging the request
            token = self.map_token(_token_of(case.path))
            self.setup(RECORDED_MODERATOR, "PUT", f"{v4}/room/{token}/webinar/lobby", {"state": 0})
        if case.title.startswith("Default permissions: permissions=254"):
            # alice appears in this room from here on ("user_added" in the recorded answers)
            token = self.map_token(_token_of(case.path))
            self.setup(
                RECORDED_MODERATOR,
                "POST",
                f"{v4}/room/{token}/participants",
                {"newParticipant": "alice", "source": "users"},
            )

    def after(self, case: RecordedCase) -> None:
        v4 = "/ocs/v2.php/apps/spreed/api/v4"
        token = self.map_token(_token_of(case.path)) if case.path.count("/") >= 7 else ""
        if case.title.startswith("Add a user (alice)"):
            for user in ("bob", "carol", "dave"):
                self.setup(
                    RECORDED_MODERATOR,
                    "POST",
                    f"{v4}/room/{token}/participants",
                    {"newParticipant": user, "source": "users"},
                )
        if case.title.startswith("Password on a (private) group conversation"):
            public = self.map_token(self._recorded_public_token())
            self.setup(
                RECORDED_MODERATOR,
                "PUT",
                f"{v4}/room/{public}/password",
                {"password": ROOM_PASSWORD},
            )
        if case.title.startswith("Join as a guest with the right password"):
            self.setup("bob", "DELETE", f"{v4}/room/{token}/participants/active")
            self.setup("guest", "DELETE", f"{v4}/room/{token}/participants/active")
            self.setup(RECORDED_MODERATOR, "PUT", f"{v4}/room/{token}/password", {"password": ""})
            self._guest_generation += 1

    @staticmethod
    def _recorded_public_token() -> str:
        create = next(c for c in CASES if c.form and c.form.get("roomType") == 3)
        return str(create.body["ocs"]["data"]["token"])

    def replay(self, case: RecordedCase) -> Outcome:
        outcome = Outcome(case)
        for prefix, reason in NOT_REPLAYABLE.items():
            if case.title.startswith(prefix):
                outcome.skipped = reason
                return outcome
        self.before(case)
        client, ocs_header = self._client_for(case)
        path = self.live_path(case)
        params = [(k, str(self.map_time(v))) for k, v in case.query]
        response = client.request(
            case.method,
            path,
            params=params or None,
            data=self.live_form(case),
            headers=dict(_OCS) if ocs_header else {"Accept": "application/json"},
        )
        outcome.live_status = response.status_code
        try:
            outcome.live_body = response.json()
        except ValueError:
            outcome.live_body = None
            outcome.problems.append(f"answer is not JSON: {response.text[:200]!r}")
        self.learn(case, outcome.live_body)
        outcome.problems.extend(compare(case, response.status_code, outcome.live_body))
        self.after(case)
        if case.title in PARTIAL_BODY:
            outcome.note = PARTIAL_BODY[case.title]
        elif case.title.startswith(TIMING_ONLY[0]):
            outcome.note = TIMING_ONLY[1]
        return outcome


_OCS = {"OCS-APIRequest": "true", "Accept": "application/json"}


def _data(body: Any) -> Any:
    try:
        return body["ocs"]["data"]
    except (KeyError, TypeError):
        return None


def _token_of(path: str) -> str:
    """The conversation token in a Talk path (after ``room/``, ``call/`` or ``guest/``)."""
    parts = path.split("/")
    for index, part in enumerate(parts[:-1]):
        if part in ("room", "call", "guest") and index >= 6:
            return parts[index + 1]
    return ""


def _is_room(data: Any) -> bool:
    return isinstance(data, dict) and "token" in data and "attendeeId" in data


def _recorded_identities(cases: list[RecordedCase]) -> dict[int, tuple[str, str, str]]:
    """attendeeId -> (room token, actorType, actorId), from everything the recording shows."""
    found: dict[int, tuple[str, str, str]] = {}
    note = re.compile(r"(\w+)=(\d+)")
    for case in cases:
        data = _data(case.body)
        if _is_room(data) and data["attendeeId"]:
            found[data["attendeeId"]] = (data["token"], data["actorType"], data["actorId"])
        if isinstance(data, list):
            for item in data:
                if isinstance(item, dict) and {"attendeeId", "roomToken"} <= item.keys():
                    found[item["attendeeId"]] = (
                        item["roomToken"],
                        item["actorType"],
                        item["actorId"],
                    )
        for text in case.notes:
            if text.startswith("Attendee ids in this conversation"):
                token = _token_of(case.path)
                for name, number in note.findall(text.split(":", 1)[1]):
                    found[int(number)] = (token, "users", name)
    return found


def compare(case: RecordedCase, status: int, live: Any) -> list[str]:
    """Differences that matter to a client: status, OCS code, error key, data shape."""
    problems = []
    if status != case.status:
        problems.append(f"HTTP status {status}, real server {case.status}")
    if case.body is None:
        return problems
    if case.title in PARTIAL_BODY:
        return problems
    if case.statuscode is None:  # not an OCS document (CSRF refusal, Login Flow)
        if shape(live) != shape(case.body):
            problems.append(f"body shape {shape(live)}, real server {shape(case.body)}")
        elif isinstance(case.body, dict) and set(live) != set(case.body):
            problems.append(f"body keys {sorted(live)}, real server {sorted(case.body)}")
        return problems
    try:
        live_code = live["ocs"]["meta"]["statuscode"]
    except (KeyError, TypeError):
        return [*problems, "answer is not an OCS document"]
    if live_code != case.statuscode:
        problems.append(f"ocs.meta.statuscode {live_code}, real server {case.statuscode}")
    recorded_data, live_data = case.data, _data(live)
    recorded_error = recorded_data.get("error") if isinstance(recorded_data, dict) else None
    live_error = live_data.get("error") if isinstance(live_data, dict) else None
    if recorded_error != live_error:
        problems.append(f"data.error {live_error!r}, real server {recorded_error!r}")
    if shape(live_data) != shape(recorded_data):
        problems.append(f"data shape {shape(live_data)}, real server {shape(recorded_data)}")
    return problems


@pytest.fixture(scope="module")
def replay(openapi_log: ResponseLog) -> Iterator[dict[int, Outcome]]:
    """Run the whole recording once; the tests below look at one exchange each."""
    if not CASES:
        pytest.skip(f"real-server recording not available at {RECORDING} (../shared is absent)")
    server = DemoServer(seed=1, sip=False)  # the recorded server had no SIP bridge configured
    server.start()
    replayer = Replayer(server, openapi_log)
    start = len(openapi_log.verdicts)
    try:
        outcomes = {case.line: replayer.replay(case) for case in CASES}
        outcomes[-1] = Outcome(case=CASES[0], problems=replayer.setup_problems)
        outcomes[-2] = Outcome(
            case=CASES[0],
            problems=[openapi_log.report(openapi_log.since(start))]
            if any(v.errors for v in openapi_log.since(start))
            else [],
        )
        yield outcomes
    finally:
        replayer.close()
        server.stop()


def _ids(case: RecordedCase) -> str:
    return f"L{case.line}-{re.sub(r'[^A-Za-z0-9]+', '-', case.title)[:60].strip('-')}"


@pytest.mark.parametrize("case", CASES or [None], ids=_ids if CASES else None)
def test_demo_server_answers_like_the_real_server(
    case: RecordedCase | None, replay: dict[int, Outcome]
) -> None:
    assert case is not None
    outcome = replay[case.line]
    if outcome.skipped:
        pytest.skip(outcome.skipped)
    assert outcome.problems == [], (
        f"{case.describe()}\nlive answer: {json.dumps(outcome.live_body)[:400]}"
    )


def test_replay_set_up_steps_succeeded(replay: dict[int, Outcome]) -> None:
    assert replay[-1].problems == []


def test_replayed_answers_validate_against_the_openapi_spec(
    replay: dict[int, Outcome], openapi_log: ResponseLog
) -> None:
    if openapi_log.spec is None:
        pytest.skip("Talk OpenAPI spec not available (../shared is absent)")
    assert replay[-2].problems == []


def test_replay_covers_the_recording(replay: dict[int, Outcome]) -> None:
    replayed = [o for key, o in replay.items() if key > 0 and o.live_status is not None]
    assert len(replayed) >= 100, "too few recorded exchanges were replayed"

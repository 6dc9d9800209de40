"""``watch ROOM``: events as they happen, over the demo's signaling server or by pulls.

The CLI runs in a thread (it blocks until ``--count`` events came) while the test changes the
demo server's state the way other people's clients would.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from app.cli import main
from app.demo_server import DemoServer
from app.demo_server.hpb import hub_for
from app.demo_server.models import OWNER
from tests.helpers.moderation import add_guest, connect

from .conftest import Result

Start = Callable[..., "Running"]


class Running:
    """A ``watch`` run in its own thread; ``result()`` waits for it to end."""

    def __init__(self, argv: list[str]) -> None:
        self.code: int | None = None
        self._thread = threading.Thread(target=self._run, args=(argv,), daemon=True)
        self._thread.start()

    def _run(self, argv: list[str]) -> None:
        self.code = main(argv)

    def wait(self, timeout: float = 20.0) -> int:
        self._thread.join(timeout)
        assert not self._thread.is_alive(), "watch did not end"
        assert self.code is not None
        return self.code


@pytest.fixture
def start(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[..., Running]]:
    monkeypatch.delenv("TALK_MODERATOR_SERVER", raising=False)
    monkeypatch.delenv("TALK_MODERATOR_USER", raising=False)
    runs: list[Running] = []

    def run(server: DemoServer, *argv: str, url: str | None = None) -> Running:
        monkeypatch.setenv("TALK_MODERATOR_PASSWORD", server.moderator.app_password)
        capsys.readouterr()
        runs.append(Running(["--server", url or server.url, "--user", "moderator1", *argv]))
        return runs[-1]

    yield run
    for running in runs:
        running.wait()


def _finish(running: Running, capsys: pytest.CaptureFixture[str]) -> Result:
    code = running.wait()
    captured = capsys.readouterr()
    return Result(code, captured.out, captured.err)


def _lines(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.out.splitlines()]


def _room(server: DemoServer, *logins: str) -> str:
    with server.state.lock:
        state = server.state
        room = state.create_room(2, "Town hall")
        state.add_user_to_room(room, "moderator1", OWNER)
        for login in logins:
            state.add_user_to_room(room, login)
        return room.token


def _until(condition: Callable[[], object], message: str) -> None:
    pause = threading.Event()  # a wait that is no time.sleep
    for _ in range(1000):
        if condition():
            return
        pause.wait(0.01)
    raise AssertionError(message)


def _watched(server: DemoServer, token: str) -> None:
    hub = hub_for(server.state)
    _until(lambda: hub.in_room(token), "watch never joined the room's signaling")


def test_with_a_signaling_server_calls_and_hands_are_json_lines(
    hpb_demo_server: DemoServer, start: Start, capsys: pytest.CaptureFixture[str]
) -> None:
    token = _room(hpb_demo_server, "bob")
    running = start(hpb_demo_server, "--json", "watch", token, "--count", "4")
    _watched(hpb_demo_server, token)
    connect(hpb_demo_server, token, "bob", in_call=3)  # bob comes into the call: join, update, chat
    with hpb_demo_server.state.lock:
        room = hpb_demo_server.state.room(token)
        assert room is not None
        bob_session = next(iter(room.call_sessions))
    hub_for(hpb_demo_server.state).simulate_hand(token, bob_session, True)
    result = _finish(running, capsys)
    assert result.code == 0, result.err
    events = _lines(result)
    assert sorted(e["event"] for e in events) == ["chat", "hand", "join", "update"]
    joined = next(e for e in events if e["event"] == "join")["join"][0]
    assert (joined["userid"], joined["virtual"]) == ("bob", True)  # a simulated person
    assert all(e["room"] == token for e in events)
    update = next(e for e in events if e["event"] == "update")
    assert update["users"][0]["actorId"] == "bob" and update["users"][0]["inCall"] == 3
    hand = next(e for e in events if e["event"] == "hand")
    assert hand["sessionid"] == bob_session and hand["state"] is True
    assert "no signaling server" not in result.err


def test_readable_lines_name_the_people(
    hpb_demo_server: DemoServer, start: Start, capsys: pytest.CaptureFixture[str]
) -> None:
    token = _room(hpb_demo_server, "bob")
    connect(hpb_demo_server, token, "bob")  # there before: the watch learns the name
    running = start(hpb_demo_server, "watch", token, "--count", "2")
    _watched(hpb_demo_server, token)
    with hpb_demo_server.state.lock:
        room = hpb_demo_server.state.room(token)
        assert room is not None
        bob = room.find("users", "bob")
        assert bob is not None
        session = next(iter(bob.sessions))
    hub_for(hpb_demo_server.state).simulate_hand(token, session, True)
    result = _finish(running, capsys)
    assert result.code == 0, result.err
    first, second = result.out.splitlines()
    assert first.endswith("Town hall: Bob joined"), first  # who was there: the first list
    assert second.endswith("Town hall: Bob raised a hand"), second


def test_without_a_signaling_server_it_says_so_and_watches_by_pulls(
    real_profile_server: DemoServer, start: Start, capsys: pytest.CaptureFixture[str]
) -> None:
    token = _room(real_profile_server)
    running = start(real_profile_server, "--json", "watch", token, "--count", "2")

    def watching() -> bool:
        with real_profile_server.state.lock:
            room = real_profile_server.state.room(token)
            return room is not None and any(a.sessions for a in room.attendees.values())

    _until(watching, "watch never opened its session")
    guest = add_guest(real_profile_server, token, "Visitor")
    with real_profile_server.state.lock:
        room = real_profile_server.state.room(token)
        assert room is not None
        session = next(iter(room.attendees[guest].sessions.values()))
    seen = {"out": "", "err": ""}

    def printed_join() -> bool:  # the pull answers about a second after the change
        captured = capsys.readouterr()
        seen["out"] += captured.out
        seen["err"] += captured.err
        return '"event":"join"' in seen["out"]

    _until(printed_join, "the guest's join never printed")
    with real_profile_server.state.lock:
        real_profile_server.state.leave_session(room, session)
    result = _finish(running, capsys)
    assert result.code == 0, result.err
    assert "no signaling server" in seen["err"] + result.err
    events = [json.loads(line) for line in (seen["out"] + result.out).splitlines()]
    assert [e["event"] for e in events] == ["join", "leave"]
    assert events[0]["join"][0]["actorType"] == "guests"
    assert events[1]["leave"] == [events[0]["join"][0]["sessionId"]]


def test_an_unreachable_signaling_server_is_said_and_the_participant_list_read(
    hpb_demo_server: DemoServer, start: Start, capsys: pytest.CaptureFixture[str]
) -> None:
    hub_for(hpb_demo_server.state).available = False  # it refuses every websocket
    token = _room(hpb_demo_server, "bob")
    connect(hpb_demo_server, token, "bob")
    result = _finish(start(hpb_demo_server, "--json", "watch", token, "--count", "1"), capsys)
    assert result.code == 0, result.err
    assert "cannot be used now" in result.err and "participant list" in result.err
    (event,) = _lines(result)
    assert event["event"] == "join"
    (entry,) = event["join"]  # bob, not the watch's own session
    assert (entry["actorId"], entry["displayName"]) == ("bob", "Bob") and entry["sessionId"]


def test_timeout_ends_a_quiet_watch_with_nothing_printed(
    hpb_demo_server: DemoServer, start: Start, capsys: pytest.CaptureFixture[str]
) -> None:
    token = _room(hpb_demo_server)
    result = _finish(start(hpb_demo_server, "watch", token, "--timeout", "0.5"), capsys)
    assert (result.code, result.out) == (0, "")


def test_usage_unknown_room_and_unreachable_server_exit_as_other_commands(
    hpb_demo_server: DemoServer, start: Start, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _finish(start(hpb_demo_server, "watch", "x", "--count", "0"), capsys).code == 2
    unknown = _finish(start(hpb_demo_server, "watch", "no-such-room", "--count", "1"), capsys)
    assert unknown.code == 1 and "no-such-room" in unknown.err
    url = "http://127.0.0.1:9"  # the discard port: nobody answers
    gone = _finish(start(hpb_demo_server, "watch", "x", "--count", "1", url=url), capsys)
    assert gone.code == 3, gone.err

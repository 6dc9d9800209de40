"""The CLI's breakout commands against the demo server: a whole session (set up, assign,
start, broadcast, stop, remove) checked on the server's state, what they print for people and
with ``--json`` (the server's field names), and every refusal as one line with the exit status
(1 refused or not found, 2 usage)."""

from __future__ import annotations

from app.demo_server import DemoServer
from app.demo_server.breakout import children
from app.demo_server.breakout_seed import WORKSHOP
from app.demo_server.models import Room

from .conftest import Run


def _room(cli: Run, name: str, *people: str) -> str:
    token: str = cli("--json", "rooms", "create", name).json()["token"]
    for login in people:
        assert cli("participants", "add", token, login).code == 0
    return token


def _members(room: Room) -> set[str]:
    return {a.actor_id for a in room.attendees.values() if not a.is_moderator}


def test_the_seeded_session_is_listed_with_who_is_where(cli: Run) -> None:
    shown = cli("breakout", "list", WORKSHOP)
    assert shown.code == 0, shown.err
    lines = shown.out.splitlines()
    assert lines[0] == f"'{WORKSHOP}': 3 breakout rooms, running."
    assert "Room 2" in lines[3] and "open, asks for help" in lines[3] and "Erin" in lines[3]
    data = cli("--json", "breakout", "list", WORKSHOP).json()
    assert [room["name"] for room in data] == ["Room 1", "Room 2", "Room 3"]
    assert [room["breakoutRoomStatus"] for room in data] == [0, 2, 0]
    assert {p["actorId"] for p in data[2]["participants"]} == {
        "moderator1",
        "grace",
        "ivan",
        "judy",
    }


def test_a_whole_session_from_the_command_line(cli: Run, demo_server: DemoServer) -> None:
    token = _room(cli, "Retro", "alice", "bob", "carol")
    made = cli("--json", "breakout", "setup", token, "--rooms", "2", "--mode", "manual")
    assert made.code == 0, made.err
    rooms = made.json()
    assert [r["name"] for r in rooms] == ["Room 1", "Room 2", "Retro"]
    assert rooms[-1]["breakoutRoomMode"] == 2 and rooms[0]["objectId"] == token

    moved = cli("breakout", "assign", token, "alice", "2")
    assert moved.code == 0, moved.err
    assert moved.out.startswith("Moved Alice to Room 2 of 'Retro'.")
    state = demo_server.state
    parent = state.rooms[token]
    assert [_members(r) for r in children(state, parent)] == [set(), {"alice"}]

    started = cli("breakout", "start", token)
    assert started.code == 0 and "everyone can go to their room" in started.out
    assert parent.breakout_room_status == 1
    sent = cli("breakout", "broadcast", token, "5 minutes left")
    assert sent.code == 0 and sent.out.startswith("Sent to 2 breakout rooms of 'Retro'.")
    for room in children(state, parent):
        assert room.last_message is not None and room.last_message.text_other == "5 minutes left"
    stopped = cli("--json", "breakout", "stop", token)
    assert stopped.code == 0
    assert [r["lobbyState"] for r in stopped.json()[:2]] == [1, 1]
    assert parent.breakout_room_status == 0
    removed = cli("breakout", "remove", token)
    assert removed.code == 0 and removed.out.startswith("Removed the breakout rooms of 'Retro'")
    assert children(state, parent) == [] and parent.breakout_room_mode == 0


def test_refusals_are_one_line(cli: Run) -> None:
    token = _room(cli, "Refusals", "alice")
    public: str = cli("--json", "rooms", "create", "Open day", "--public").json()["token"]

    too_many = cli("breakout", "setup", token, "--rooms", "21")
    assert too_many.code == 2 and "1 to 20 breakout rooms, not 21" in too_many.error
    not_group = cli("breakout", "setup", public, "--rooms", "2")
    assert not_group.code == 1
    assert "only for group conversations; this one is open to guests" in not_group.error
    nothing = cli("breakout", "start", token)
    assert nothing.code == 1 and "no breakout rooms are set up" in nothing.error
    listed = cli("breakout", "list", token)
    assert listed.code == 1 and "No breakout rooms are set up in 'Refusals'" in listed.error
    not_mod = cli("breakout", "setup", token, "--rooms", "2", user="alice")
    assert not_mod.code == 1 and "Only moderators can set up breakout rooms" in not_mod.error

    assert cli("breakout", "setup", token, "--rooms", "2").code == 0
    again = cli("breakout", "setup", token, "--rooms", "2")
    assert again.code == 1 and "has breakout rooms already" in again.error
    moderator = cli("breakout", "assign", token, "moderator1", "1")
    assert moderator.code == 1 and "moderators are in every breakout room" in moderator.error
    no_room = cli("breakout", "assign", token, "alice", "3")
    assert no_room.code == 1 and "there is no Room 3" in no_room.error
    empty = cli("breakout", "broadcast", token, "   ")
    assert empty.code == 2 and "Type the message" in empty.error
    stop = cli("breakout", "stop", token)
    assert stop.code == 1 and "are not running" in stop.error

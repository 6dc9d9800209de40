"""The CLI's polls, attendance list and recording against the demo server: the commands, what
they print for people and with ``--json`` (the server's field names), and every refusal as
one line with the exit status (1 refused or not found, 2 usage)."""

from __future__ import annotations

import asyncio
import stat
import zipfile
from pathlib import Path

from app.demo_server import DemoServer
from tests.helpers.voting import vote

from .conftest import Run


def _room(cli: Run, name: str, *people: str) -> str:
    token: str = cli("--json", "rooms", "create", name).json()["token"]
    for login in people:
        assert cli("participants", "add", token, login).code == 0
    return token


def test_polls_create_show_close(cli: Run, demo_server: DemoServer) -> None:
    token = _room(cli, "Planning", "alice")
    made = cli("polls", "create", token, "Lunch?", "Pizza", "Salad", "--max-votes", "1")
    assert made.code == 0, made.err
    first = made.out.splitlines()[:3]
    assert first[0].startswith("Posted poll ") and first[0].endswith(" in 'Planning'.")
    assert first[1].startswith("Poll ") and first[1].endswith(": Lunch?")
    assert first[2] == "Open; nobody has voted; each person picks one option."
    poll_id = int(first[0].split()[2])

    alice = demo_server.users["alice"]
    asyncio.run(vote(demo_server.url, "alice", alice.app_password, token, poll_id, [1]))
    shown = cli("polls", "show", token, str(poll_id))
    assert shown.code == 0 and "Open; 1 voted" in shown.out
    assert "Close the poll to see the results" in shown.out

    closed = cli("--json", "polls", "close", token, str(poll_id))
    assert closed.code == 0, closed.err
    data = closed.json()
    assert data["status"] == 1 and data["votes"] == {"option-1": 1}
    assert data["details"][0]["actorId"] == "alice" and data["resultMode"] == 0

    again = cli("polls", "close", token, str(poll_id))
    assert again.code == 1
    assert again.error == f"Cannot close poll {poll_id}: it is closed already"
    table = cli("polls", "show", token, str(poll_id)).out
    assert "Closed; 1 voted" in table
    assert table.splitlines()[2:5] == [
        "OPTION  VOTES  VOTED FOR IT",
        "Pizza   0",
        "Salad   1      Alice",
    ]


def test_polls_refusals(cli: Run) -> None:
    token = _room(cli, "Planning")
    one = cli("polls", "create", token, "Lunch?", "Pizza")
    assert one.code == 2 and one.error == "polls create: Give at least two options"
    too_many = cli("polls", "create", token, "Q", "a", "b", "--max-votes", "3")
    assert too_many.code == 2 and "0 (no limit) to 2" in too_many.error
    missing = cli("polls", "show", token, "999")
    assert missing.code == 1 and missing.error == "There is no poll 999 in 'Planning'"
    hidden = cli("--json", "polls", "create", token, "Q", "a", "b", "--hidden")
    assert hidden.code == 0 and hidden.json()["resultMode"] == 1
    assert hidden.json()["maxVotes"] == 0


def test_call_attendance_csv_and_ods(cli: Run, tmp_path: Path) -> None:
    token = _room(cli, "Workshop", "alice")
    target = tmp_path / "list.csv"
    none = cli("call", "attendance", token, "-o", str(target))
    assert none.code == 1
    assert none.error == (
        "Cannot download the attendance list of 'Workshop': there is no call running "
        "(or nobody has joined it yet)"
    )
    assert not target.exists()
    assert cli("call", "join", token, user="alice").code == 0
    saved = cli("call", "attendance", token, "-o", str(target))
    assert saved.code == 0, saved.err
    assert saved.out.strip() == (
        f"Saved the attendance list of the call in 'Workshop' (1 person) as CSV to {target}."
    )
    assert target.read_text() == "name,email,type,identifier\nAlice,alice@example.com,users,alice\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600

    ods = tmp_path / "list.ods"
    data = cli("--json", "call", "attendance", token, "--format", "ods", "-o", str(ods)).json()
    assert data["format"] == "ods" and data["people"] == 1
    assert data["attendees"] == [
        {"name": "Alice", "email": "alice@example.com", "type": "users", "identifier": "alice"}
    ]
    assert data["fileName"].startswith("Workshop ") and data["fileName"].endswith(".csv")
    assert zipfile.ZipFile(ods).namelist()[0] == "mimetype"
    usage = cli("call", "attendance", token, "--format", "xlsx", "-o", str(ods))
    assert usage.code == 2 and "invalid choice: 'xlsx'" in usage.error
    no_file = cli("call", "attendance", token)
    assert no_file.code == 2 and "-o/--output" in no_file.error


def test_recording_start_and_stop(cli: Run) -> None:
    token = _room(cli, "Lecture", "alice")
    early = cli("recording", "start", token)
    assert early.code == 1
    assert early.error == "Cannot start recording in 'Lecture': there is no call running"
    assert cli("call", "join", token, user="alice").code == 0
    started = cli("recording", "start", token, "--audio-only")
    assert started.code == 0, started.err
    assert started.out.strip() == "'Lecture': Recording (audio only)."
    assert cli("--json", "rooms", "show", token).json()["callRecording"] == 2
    stopped = cli("--json", "recording", "stop", token)
    assert stopped.code == 0 and stopped.json()["callRecording"] == 0
    nothing = cli("recording", "stop", token)
    assert nothing.code == 1
    assert nothing.error == "The call in 'Lecture' is not being recorded: nothing to stop"
    user = cli("recording", "start", token, user="alice")
    assert user.code == 1
    assert user.error == (
        "Cannot start recording in 'Lecture': only signed-in moderators can record a call"
    )

"""``rooms ...`` end to end against the demo server: success paths, refusals, --json names."""

from __future__ import annotations

import getpass
import time
from datetime import datetime, timedelta

import pytest

from .conftest import Run


def _create(cli: Run, name: str, *extra: str, stdin: str = "") -> dict:
    result = cli("--json", "rooms", "create", name, *extra, stdin=stdin)
    assert result.code == 0, result.err
    room: dict = result.json()
    return room


def test_create_list_show(cli: Run) -> None:
    room = _create(cli, "Town hall")
    assert room["type"] == 2 and room["displayName"] == "Town hall"
    assert room["participantType"] == 1  # owner

    listing = cli("rooms", "list")
    assert listing.code == 0
    header, *rows = listing.out.splitlines()
    assert header.split() == ["TOKEN", "NAME", "TYPE", "YOUR", "ROLE", "LOBBY", "FLAGS"]
    line = next(row for row in rows if row.startswith(room["token"]))
    assert "Town hall" in line and "group" in line and "owner" in line

    rooms = cli("--json", "rooms", "list").json()
    mine = next(r for r in rooms if r["token"] == room["token"])
    for field in (
        "token",
        "type",
        "lobbyState",
        "lobbyTimer",
        "readOnly",
        "hasPassword",
        "hasCall",
        "participantType",
        "displayName",
    ):
        assert field in mine

    shown = cli("rooms", "show", "Town hall")  # by unique name
    assert shown.code == 0
    assert f"Token:        {room['token']}" in shown.out
    assert "Participants: 1 (1 moderator" in shown.out
    detail = cli("rooms", "show", room["token"], "--json").json()
    assert detail["token"] == room["token"]
    assert [p["actorId"] for p in detail["participants"]] == [room["actorId"]]
    assert detail["participants"][0]["attendeeId"] == room["attendeeId"]


def test_changed_since(cli: Run) -> None:
    old = _create(cli, "Old news")
    since = int(time.time()) + 1
    result = cli("--json", "rooms", "list", "--changed-since", str(since + 3600))
    assert result.code == 0
    assert old["token"] not in [r["token"] for r in result.json()]
    everything = cli("--json", "rooms", "list", "--changed-since", "2000-01-01T00:00")
    assert old["token"] in [r["token"] for r in everything.json()]


def test_unknown_room(cli: Run) -> None:
    result = cli("rooms", "show", "No such room")
    assert result.code == 1
    assert result.error == "no conversation named 'No such room' (see: talk-moderator rooms list)"
    result = cli("rooms", "show", "zzzz9999")
    assert result.code == 1
    assert "zzzz9999" in result.error


def test_ambiguous_room_name(cli: Run) -> None:
    first = _create(cli, "Twin")
    second = _create(cli, "Twin")
    result = cli("rooms", "rename", "Twin", "Solo")
    assert result.code == 1
    assert first["token"] in result.error and second["token"] in result.error
    assert cli("rooms", "rename", first["token"], "Solo").code == 0


def test_create_public_with_password_from_stdin(cli: Run) -> None:
    room = _create(cli, "Open day", "--public", "--password-stdin", stdin="Guest-Pass-2026\n")
    assert room["type"] == 3 and room["hasPassword"] is True
    result = cli("rooms", "create", "Closed", "--password-stdin", stdin="x\n")
    assert result.code == 2 and "--public" in result.error


def test_rename_and_refusal(cli: Run) -> None:
    room = _create(cli, "Draft")
    result = cli("rooms", "rename", room["token"], "Final")
    assert (result.code, result.out.strip()) == (0, "Renamed 'Draft' to 'Final'.")
    result = cli("rooms", "rename", room["token"], "x" * 256)
    assert result.code == 1
    assert result.error == "Cannot rename 'Final': the name must have 1 to 255 characters"


def test_non_moderator_is_refused(cli: Run, demo_server: object) -> None:
    room = _create(cli, "Staff only")
    assert cli("participants", "add", room["token"], "alice").code == 0
    result = cli("rooms", "read-only", room["token"], "on", user="alice")
    assert result.code == 1
    assert "'Staff only'" in result.error and "not allowed" in result.error


def test_delete_confirmation(cli: Run) -> None:
    room = _create(cli, "Scratch")
    token = room["token"]

    refused = cli("rooms", "delete", token)  # stdin is a pipe: nobody to ask
    assert refused.code == 2 and "--yes" in refused.error
    wrong = cli("rooms", "delete", token, stdin="scratch pad\n", tty=True)
    assert wrong.code == 1
    assert "for all 1 participants? This cannot be undone." in wrong.err
    # The prompt has no newline of its own (the terminal echoes the user's Enter).
    assert wrong.err.endswith(
        "Type the conversation name to confirm: "
        "talk-moderator: error: 'Scratch' was not deleted (the name did not match)\n"
    )
    assert cli("rooms", "show", token).code == 0

    confirmed = cli("rooms", "delete", token, stdin="Scratch\n", tty=True)
    assert confirmed.code == 0 and confirmed.out.strip() == "Deleted 'Scratch'."
    assert cli("rooms", "show", token).code == 1

    other = _create(cli, "Scratch 2")
    assert cli("rooms", "delete", other["token"], "--yes").code == 0
    assert other["token"] not in [r["token"] for r in cli("--json", "rooms", "list").json()]


def test_guests_on_off(cli: Run, demo_server: object) -> None:
    room = _create(cli, "Webinar")
    token = room["token"]
    on = cli("rooms", "public", token, "on")
    assert on.code == 0 and f"/call/{token}" in on.out
    assert cli("--json", "rooms", "public", token, "on").json()["type"] == 3  # no-op, like Talk
    off = cli("--json", "rooms", "public", token, "off")
    assert off.code == 0 and off.json()["type"] == 2
    assert cli("participants", "add", token, "alice").code == 0
    refused = cli("rooms", "public", token, "on", user="alice")
    assert refused.code == 1
    assert refused.error.startswith("Cannot allow guests in 'Webinar': you are not allowed")


def test_read_only(cli: Run) -> None:
    token = _create(cli, "Announcements")["token"]
    result = cli("--json", "rooms", "read-only", token, "on")
    assert result.code == 0 and result.json()["readOnly"] == 1
    result = cli("rooms", "read-only", token, "off")
    assert result.out.strip() == "'Announcements' is writable again."
    assert cli("--json", "rooms", "show", token).json()["readOnly"] == 0


def test_read_only_mentions_an_ended_call_only_when_there_was_one(cli: Run) -> None:
    token = _create(cli, "Quiet room")["token"]
    assert cli("rooms", "read-only", token, "on").out.strip() == "'Quiet room' is now read-only."
    rooms = cli("--json", "rooms", "list").json()
    town_hall = next(r for r in rooms if r["displayName"] == "Town Hall")
    assert town_hall["hasCall"]
    result = cli("rooms", "read-only", town_hall["token"], "on")
    assert result.out.strip() == "'Town Hall' is now read-only (its running call was ended)."


def test_password_from_pipe_prompt_and_clear(cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    token = _create(cli, "Vault", "--public")["token"]
    piped = cli("--json", "rooms", "password", token, stdin="Pipe-Pass-123\n")
    assert piped.code == 0 and piped.json()["hasPassword"] is True

    answers = iter(["Typed-Pass-456", "Typed-Pass-456"])
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    typed = cli("rooms", "password", token, tty=True)
    assert typed.code == 0 and typed.out.strip() == "Set the password of 'Vault'."
    assert prompts == ["New password for 'Vault': ", "Repeat the new password for 'Vault': "]

    mismatch = iter(["one-password", "another-one"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(mismatch))
    differ = cli("rooms", "password", token, tty=True)
    assert differ.code == 2 and "differ" in differ.error

    cleared = cli("--json", "rooms", "password", token, "--clear")
    assert cleared.code == 0 and cleared.json()["hasPassword"] is False
    assert cli("rooms", "password", token).code == 2  # empty pipe: no password given

    group = _create(cli, "Members only")["token"]
    refused = cli("rooms", "password", group, stdin="x\n")
    assert refused.code == 1 and "allow guests first" in refused.error


def test_lobby_with_timer(cli: Run) -> None:
    token = _create(cli, "Keynote")["token"]
    before = int(time.time())
    result = cli("--json", "rooms", "lobby", token, "on", "--for", "15m")
    assert result.code == 0
    room = result.json()
    assert room["lobbyState"] == 1
    assert before + 900 <= room["lobbyTimer"] <= int(time.time()) + 900

    opening = (datetime.now() + timedelta(days=1)).replace(second=0, microsecond=0)
    result = cli("rooms", "lobby", token, "on", "--until", opening.strftime("%Y-%m-%dT%H:%M"))
    assert result.code == 0
    assert f"on until {opening:%Y-%m-%d %H:%M}" in result.out
    assert cli("--json", "rooms", "show", token).json()["lobbyTimer"] == int(opening.timestamp())

    past = cli("rooms", "lobby", token, "on", "--until", "2001-01-01T10:00")
    assert past.code == 2 and "not in the future" in past.error

    off = cli("--json", "rooms", "lobby", token, "off")
    assert off.code == 0 and (off.json()["lobbyState"], off.json()["lobbyTimer"]) == (0, 0)


def test_sip_states(cli: Run) -> None:
    token = _create(cli, "Phone-in")["token"]
    result = cli("--json", "rooms", "sip", token, "on")
    assert result.code == 0 and result.json()["sipEnabled"] == 1
    assert cli("--json", "rooms", "sip", token, "nopin").json()["sipEnabled"] == 2
    result = cli("rooms", "sip", token, "off")
    assert result.out.strip() == "SIP dial-in for 'Phone-in' is off."
    again = cli("rooms", "sip", token, "off")
    assert again.code == 1 and "already in that state" in again.error

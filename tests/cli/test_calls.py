"""``call ...`` end to end: each CLI run is its own Talk session."""

from __future__ import annotations

from .conftest import Run


def _room_with(cli: Run, name: str, *users: str) -> str:
    token: str = cli("--json", "rooms", "create", name).json()["token"]
    for user in users:
        assert cli("participants", "add", token, user).code == 0
    return token


def _peers(cli: Run, token: str) -> list[str]:
    result = cli("--json", "call", "list", token)
    assert result.code == 0, result.err
    return sorted(peer["actorId"] for peer in result.json())


def test_join_list_leave(cli: Run, demo_server: object) -> None:
    token = _room_with(cli, "Standup", "alice")
    assert _peers(cli, token) == []
    nobody = cli("call", "list", token)
    assert nobody.out.strip() == "Nobody is in the call."

    joined = cli("call", "join", token, "--silent", user="alice")
    assert joined.code == 0 and joined.out.startswith("Started the call in 'Standup'")
    assert _peers(cli, token) == ["alice"]
    assert cli("--json", "rooms", "show", token).json()["hasCall"] is True

    table = cli("call", "list", token).out
    assert "users/alice" in table and "ATTENDEE" in table

    # The session of that earlier run is out of reach: leave says so instead of pretending.
    stuck = cli("call", "leave", token, user="alice")
    assert stuck.code == 1
    assert stuck.error.startswith("Cannot leave the call in 'Standup' from here")
    assert _peers(cli, token) == ["alice"]

    absent = cli("call", "leave", token)
    assert absent.code == 0
    assert absent.out.strip() == "You are not in the call in 'Standup'; nothing to leave."


def test_join_with_media_flags(cli: Run) -> None:
    token = _room_with(cli, "Media", "alice")
    assert cli("call", "join", token, "--audio", "--no-video", user="alice").code == 0
    people = cli("--json", "participants", "list", token).json()
    alice = next(p for p in people if p["actorId"] == "alice")
    assert alice["inCall"] == 1 | 2
    assert "in call (audio)" in cli("participants", "list", token).out


def test_end_for_everyone(cli: Run) -> None:
    token = _room_with(cli, "All hands", "alice", "bob")
    assert cli("call", "join", token, user="alice").code == 0
    assert cli("call", "join", token, user="bob").code == 0
    assert _peers(cli, token) == ["alice", "bob"]

    ended = cli("call", "end", token)
    assert ended.code == 0 and ended.out.strip() == "Ended the call in 'All hands' for everyone."
    assert _peers(cli, token) == []
    assert cli("--json", "rooms", "show", token).json()["hasCall"] is False

    again = cli("call", "end", token)
    assert again.code == 1
    assert again.error == "Cannot end the call in 'All hands': no call is running"


def test_end_needs_a_moderator(cli: Run) -> None:
    token = _room_with(cli, "Not yours", "alice", "bob")
    assert cli("call", "join", token, user="bob").code == 0
    refused = cli("call", "end", token, user="alice")
    assert refused.code == 1
    assert refused.error == "Cannot end the call in 'Not yours' for everyone: only moderators can"
    assert _peers(cli, token) == ["bob"]


def test_ring(cli: Run) -> None:
    token = _room_with(cli, "Ring ring", "alice", "bob")
    idle = cli("call", "ring", token, "bob")
    assert idle.code == 1 and "no call is running" in idle.error

    assert cli("call", "join", token, user="alice").code == 0
    bob = next(
        p for p in cli("--json", "participants", "list", token).json() if p["actorId"] == "bob"
    )
    rung = cli("call", "ring", token, "bob")
    assert rung.code == 0
    assert rung.out.strip() == f"Ringing {bob['displayName']} for the call in 'Ring ring'."
    assert _peers(cli, token) == ["alice"]  # the ringer joined only for the moment
    # Ringing someone already in the call succeeds on the real server too (parity suite).
    again = cli("call", "ring", token, "alice")
    assert again.code == 0, again.error
    assert _peers(cli, token) == ["alice"]


def test_dialout(cli: Run) -> None:
    token = _room_with(cli, "Phone bridge", "alice")
    added = cli("participants", "add", token, "+4930123456", "--source", "phones")
    assert added.code == 0, added.err
    assert cli("call", "join", token, user="alice").code == 0
    phone = next(
        p for p in cli("--json", "participants", "list", token).json() if p["actorType"] == "phones"
    )
    result = cli("call", "dialout", token, str(phone["attendeeId"]))
    assert result.code == 0 and result.out.startswith("Dialling out to")
    assert _peers(cli, token) == ["+4930123456", "alice"] or "phones" in str(
        cli("--json", "call", "list", token).json()
    )
    not_a_phone = cli("call", "dialout", token, "alice")
    assert not_a_phone.code == 1 and "not a phone participant" in not_a_phone.error

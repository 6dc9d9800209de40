"""``participants ...`` end to end: naming people, moderation actions and their refusals."""

from __future__ import annotations

from app.api.constants import Permission
from app.demo_server import DemoServer

from .conftest import Run


def _room_with(cli: Run, name: str, *users: str) -> str:
    token: str = cli("--json", "rooms", "create", name).json()["token"]
    for user in users:
        result = cli("participants", "add", token, user)
        assert result.code == 0, result.err
    return token


def _by_actor(cli: Run, token: str, actor_id: str) -> dict:
    people = cli("--json", "participants", "list", token).json()
    person: dict = next(p for p in people if p["actorId"] == actor_id)
    return person


def test_list_and_add(cli: Run) -> None:
    token = cli("--json", "rooms", "create", "Team").json()["token"]
    added = cli("participants", "add", token, "alice")
    assert (added.code, added.out.strip()) == (0, "Added alice (users) to 'Team'.")
    new = cli("--json", "participants", "add", token, "bob").json()
    assert [(p["actorType"], p["actorId"]) for p in new] == [("users", "bob")]
    for field in (
        "attendeeId",
        "actorType",
        "actorId",
        "participantType",
        "displayName",
        "inCall",
        "sessionIds",
        "permissions",
    ):
        assert field in new[0]

    table = cli("participants", "list", token)
    header, *rows = table.out.splitlines()
    assert header.split()[:4] == ["ATTENDEE", "NAME", "ACTOR", "ROLE"]
    assert rows[0].split()[-3] == "owner"  # moderators first
    assert any("users/alice" in row and "user" in row for row in rows)
    with_status = cli("participants", "list", token, "--status")
    assert with_status.code == 0 and "STATUS" in with_status.out.splitlines()[0]


def test_add_unknown_user_is_refused(cli: Run) -> None:
    token = _room_with(cli, "Invites")
    result = cli("participants", "add", token, "nobody-here")
    assert result.code == 1
    assert result.error == "Cannot add nobody-here to 'Invites': no such user, group or address"


def test_add_email_makes_room_public(cli: Run) -> None:
    token = _room_with(cli, "Guests welcome")
    result = cli("participants", "add", token, "guest@example.org", "--source", "emails")
    assert result.code == 0 and "made the conversation public" in result.out
    assert cli("--json", "rooms", "show", token).json()["type"] == 3


def test_promote_says_which_refusal_before_sending(cli: Run) -> None:
    """Talk's one 400 stands for "already a moderator" and "a group": the CLI says which."""
    token = _room_with(cli, "Crew", "alice")
    assert cli("participants", "add", token, "testers", "--source", "groups").code == 0
    group = cli("participants", "promote", token, "testers")
    assert group.code == 1
    assert group.error.startswith("Cannot promote Testers in 'Crew': it is a group or team")
    assert "already a moderator" not in group.error
    assert cli("participants", "promote", token, "alice").code == 0
    again = cli("participants", "promote", token, "alice")
    assert again.code == 1 and again.error.endswith("they are already a moderator of 'Crew'")
    assert "group" not in again.error


def test_promote_demote_by_user_id_name_and_attendee_id(cli: Run) -> None:
    token = _room_with(cli, "Board", "alice", "bob")
    bob = _by_actor(cli, token, "bob")

    promoted = cli("--json", "participants", "promote", token, "bob")
    assert promoted.code == 0 and promoted.json()["participantType"] == 2
    again = cli("participants", "promote", token, str(bob["attendeeId"]))
    assert again.code == 1
    assert again.error.startswith(f"Cannot promote {bob['displayName']}: they are already")

    demoted = cli("participants", "demote", token, bob["displayName"])
    assert demoted.code == 0
    assert demoted.out.strip() == f"{bob['displayName']} is no longer a moderator of 'Board'."
    refused = cli("participants", "demote", token, "bob")
    assert refused.code == 1
    name = bob["displayName"]
    assert refused.error == f"Cannot demote {name}: they are not a moderator of 'Board'"


def test_owner_cannot_be_demoted_and_unknown_people(cli: Run, demo_server: object) -> None:
    token = _room_with(cli, "Owners", "alice")
    assert cli("participants", "promote", token, "alice").code == 0
    me = cli("--json", "rooms", "show", token).json()
    result = cli("participants", "demote", token, me["actorId"], user="alice")
    assert result.code == 1 and result.error.startswith("Cannot demote")

    missing = cli("participants", "remove", token, "carol")
    assert missing.code == 1
    assert missing.error == (
        "'carol' is not a participant of 'Owners' (see: talk-moderator participants list)"
    )


def test_ambiguous_display_name(cli: Run, demo_server: DemoServer) -> None:
    alice_name = demo_server.users["alice"].display_name
    demo_server.state.add_user("alice2", display_name=alice_name)
    token = _room_with(cli, "Namesakes", "alice", "alice2")
    first = _by_actor(cli, token, "alice")
    second = _by_actor(cli, token, "alice2")
    assert first["displayName"] == second["displayName"] == alice_name
    result = cli("participants", "promote", token, alice_name)
    assert result.code == 1
    assert f"attendee {first['attendeeId']}" in result.error
    assert f"attendee {second['attendeeId']}" in result.error
    assert cli("participants", "promote", token, "alice2").code == 0  # the user id is unique


def test_remove(cli: Run) -> None:
    token = _room_with(cli, "Cleanup", "alice", "bob")
    bob = _by_actor(cli, token, "bob")
    result = cli("participants", "remove", token, "users/bob")
    assert (result.code, result.out.strip()) == (0, f"Removed {bob['displayName']} from 'Cleanup'.")
    people = cli("--json", "participants", "list", token).json()
    assert "bob" not in [p["actorId"] for p in people]
    again = cli("participants", "remove", token, str(bob["attendeeId"]))
    assert again.code == 1 and "not a participant" in again.error


def test_lobby_bypass(cli: Run) -> None:
    token = _room_with(cli, "Stage", "alice")
    on = cli("--json", "participants", "lobby-bypass", token, "alice", "on")
    assert on.code == 0 and on.json()["permissions"] & Permission.LOBBY_IGNORE
    table = cli("participants", "list", token).out
    assert "bypass" in next(row for row in table.splitlines() if "users/alice" in row)
    off = cli("--json", "participants", "lobby-bypass", token, "alice", "off")
    assert off.code == 0 and not off.json()["permissions"] & Permission.LOBBY_IGNORE

    me = cli("--json", "rooms", "show", token).json()["actorId"]
    refused = cli("participants", "lobby-bypass", token, me, "on")
    assert refused.code == 1 and "moderators always have every permission" in refused.error

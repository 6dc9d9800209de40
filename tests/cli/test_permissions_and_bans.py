"""``rooms permissions``, ``participants permissions``, ``bans ...`` and ``participants remove
--ban`` end to end against the demo server: the server's field names with --json, one-line
errors naming the accepted values, every write audited."""

from __future__ import annotations

from app.audit import AuditLog
from app.demo_server import DemoServer
from tests.helpers.moderation import add_guest

from .conftest import Run

ACCEPTED = "start-call, join-call, lobby-ignore, audio, video, screen, chat"


def _room(cli: Run, name: str, *users: str, public: bool = False) -> str:
    extra = ("--public",) if public else ()
    token: str = cli("--json", "rooms", "create", name, *extra).json()["token"]
    for user in users:
        assert cli("participants", "add", token, user).code == 0
    return token


def _perms(cli: Run, token: str) -> dict[str, int]:
    return {
        p["actorId"]: p["permissions"] for p in cli("--json", "participants", "list", token).json()
    }


def test_room_permissions_default_and_back(cli: Run) -> None:
    token = _room(cli, "Webinar", "alice")
    done = cli("rooms", "permissions", token, "join-call,chat")
    assert done.code == 0, done.err
    assert done.out.strip() == (
        "The default permissions of 'Webinar' are now: join call, chat. Talk reset the "
        "permissions people had of their own."
    )
    assert _perms(cli, token)["alice"] == 133
    room = cli("--json", "rooms", "permissions", token, "default").json()
    assert (room["defaultPermissions"], room["callPermissions"]) == (0, 0)
    assert "attendeePermissions" in room and "permissions" in room
    assert _perms(cli, token)["alice"] == 246


def test_call_permissions_are_gone_since_talk_20(cli: Run) -> None:
    token = _room(cli, "Old habits", "alice")
    result = cli("rooms", "permissions", token, "chat", "--call")
    assert result.code == 1
    assert result.error == (
        "This server has no call permissions any more (Talk 20 removed them): change the "
        "conversation's default permissions instead"
    )


def test_one_persons_permissions_set_add_remove(cli: Run) -> None:
    token = _room(cli, "Panel", "alice", "bob")
    given = cli("participants", "permissions", token, "alice", "audio", "--remove")
    assert given.out.strip() == "Took away audio from Alice in 'Panel'."
    assert _perms(cli, token)["alice"] == 246 & ~16
    person = cli("--json", "participants", "permissions", token, "alice", "audio", "--add").json()
    assert (person["actorId"], person["permissions"]) == ("alice", 246)
    assert "attendeePermissions" in person
    exact = cli("participants", "permissions", token, "bob", "join-call,chat")
    assert exact.out.strip() == "Bob may now do in 'Panel': join call, chat."
    assert _perms(cli, token)["bob"] == 133
    nothing = cli("participants", "permissions", token, "bob", "none")
    assert nothing.code == 0 and _perms(cli, token)["bob"] == 1
    back = cli("participants", "permissions", token, "bob", "default")
    assert back.out.strip() == "Bob may now do in 'Panel': the conversation's permissions."
    assert _perms(cli, token)["bob"] == 246
    entries = AuditLog().entries()
    assert [e.action for e in entries][-5:] == ["permissions"] * 5
    assert entries[-1].detail == "permissions back to the conversation's default for Bob"


def test_everyone_at_once(cli: Run, demo_server: DemoServer) -> None:
    token = _room(cli, "Town hall", "alice", "bob", public=True)
    add_guest(demo_server, token, "Visitor")
    result = cli("participants", "permissions", token, "--everyone", "video,screen", "--remove")
    assert result.code == 0, result.err
    assert result.out.strip() == "Took away video, screen from everyone (3 people) in 'Town hall'."
    people = cli("--json", "participants", "permissions", token, "--everyone", "video", "--add")
    assert {p["displayName"]: p["permissions"] for p in people.json()} == {
        "Alice": 246 & ~64,
        "Bob": 246 & ~64,
        "Visitor": 246 & ~64,
    }


def test_permission_mistakes_are_one_line_naming_the_accepted_values(cli: Run) -> None:
    token = _room(cli, "Typos", "alice")
    wrong = cli("participants", "permissions", token, "alice", "mic")
    assert wrong.code == 2
    assert wrong.error.startswith("PERMS: unknown permission 'mic'; use " + ACCEPTED)
    assert "default or none" in wrong.error
    room = cli("rooms", "permissions", token, "audio,bogus")
    assert room.code == 2 and "unknown permission 'bogus'" in room.error
    add_default = cli("participants", "permissions", token, "alice", "default", "--add")
    assert add_default.code == 2 and "cannot be added or removed" in add_default.error
    both = cli("participants", "permissions", token, "alice", "chat", "--everyone")
    assert both.code == 2 and both.error == "give either WHO or --everyone, not both"
    neither = cli("participants", "permissions", token, "chat")
    assert neither.code == 2 and neither.error == "name a participant (WHO) or pass --everyone"
    exclusive = cli("participants", "permissions", token, "alice", "chat", "--add", "--remove")
    assert exclusive.code == 2
    moderator = cli("participants", "permissions", token, "moderator1", "chat")
    assert moderator.code == 1 and "always have every permission" in moderator.error


def test_bans_list_add_remove(cli: Run, demo_server: DemoServer) -> None:
    token = _room(cli, "Launch", "alice", "bob", public=True)
    guest = add_guest(demo_server, token, "Heckler")
    assert cli("bans", "list", token).out.strip() == "Nobody is banned from 'Launch'."
    banned = cli("bans", "add", token, "Heckler", "--note", "Shouted over the speaker")
    assert banned.code == 0, banned.err
    assert banned.out.startswith("Banned Heckler from 'Launch' (ban ")
    assert str(guest) not in {
        str(p["attendeeId"]) for p in cli("--json", "participants", "list", token).json()
    }
    user = cli("--json", "bans", "add", token, "users/carol").json()
    for field in (
        "id",
        "bannedActorType",
        "bannedActorId",
        "bannedDisplayName",
        "bannedTime",
        "internalNote",
        "moderatorActorId",
        "moderatorDisplayName",
    ):
        assert field in user
    assert (user["bannedActorType"], user["bannedActorId"]) == ("users", "carol")

    table = cli("bans", "list", token)
    header, *rows = table.out.splitlines()
    assert header.split() == ["ID", "NAME", "ACTOR", "BANNED", "BY", "NOTE"]
    assert len(rows) == 2 and "Heckler" in rows[0] and "Shouted over the speaker" in rows[0]
    listed = cli("--json", "bans", "list", token).json()
    assert [b["internalNote"] for b in listed] == ["Shouted over the speaker", ""]

    lifted = cli("bans", "remove", token, str(user["id"]))
    assert lifted.out.strip() == f"Lifted the ban of {user['bannedDisplayName']} in 'Launch'."
    unknown = cli("bans", "remove", token, "999999")
    assert unknown.code == 1
    assert unknown.error == f"'Launch' has no ban 999999 (see: talk-moderator bans list {token})"
    nobody = cli("bans", "add", token, "nobody-here")
    assert nobody.code == 1 and "not a participant of 'Launch'" in nobody.error
    assert [e.action for e in AuditLog().entries()][-3:] == ["ban", "ban", "unban"]


def test_remove_with_ban_and_a_note(cli: Run) -> None:
    token = _room(cli, "Forum", "alice", "bob")
    removed = cli("participants", "remove", token, "bob", "--ban", "--note", "spam")
    assert removed.code == 0, removed.err
    assert removed.out.startswith("Removed and banned Bob from 'Forum' (ban ")
    assert "bob" not in _perms(cli, token)
    again = cli("participants", "add", token, "bob")
    assert again.code == 1 and again.error == "Cannot add bob to 'Forum': they are banned from it"
    note_alone = cli("participants", "remove", token, "alice", "--note", "why")
    assert note_alone.code == 2 and note_alone.error == "--note belongs to a ban: add --ban"
    too_long = cli("participants", "remove", token, "alice", "--ban", "--note", "é" * 2001)
    assert too_long.code == 2
    assert too_long.error == (
        "--note: the note has 4,002 bytes; Talk keeps at most 4,000 (accented letters take "
        "two bytes, emoji four)"
    )
    assert "alice" in _perms(cli, token), "nothing was sent"
    me = cli("participants", "remove", token, "moderator1", "--ban")
    assert me.code == 1 and me.error == "You cannot ban yourself"

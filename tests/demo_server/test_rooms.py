"""Conversation endpoints against the recorded real-server answers (real-server.md §2, §6, §7)."""

from __future__ import annotations

from collections.abc import Callable

from app.demo_server import DemoServer

from .conftest import Talk, fail, ok, room_by_name

RECORDED_ROOM_KEYS = [
    "id",
    "token",
    "type",
    "name",
    "displayName",
    "objectType",
    "objectId",
    "participantType",
    "participantFlags",
    "readOnly",
    "hasPassword",
    "hasCall",
    "callStartTime",
    "callRecording",
    "canStartCall",
    "lastActivity",
    "lastReadMessage",
    "unreadMessages",
    "unreadMention",
    "unreadMentionDirect",
    "isFavorite",
    "canLeaveConversation",
    "canDeleteConversation",
    "notificationLevel",
    "notificationCalls",
    "lobbyState",
    "lobbyTimer",
    "lastPing",
    "sessionId",
    "sipEnabled",
    "actorType",
    "actorId",
    "attendeeId",
    "permissions",
    "attendeePermissions",
    "callPermissions",
    "defaultPermissions",
    "canEnableSIP",
    "attendeePin",
    "description",
    "lastCommonReadMessage",
    "listable",
    "callFlag",
    "messageExpiration",
    "avatarVersion",
    "isCustomAvatar",
    "breakoutRoomMode",
    "breakoutRoomStatus",
    "recordingConsent",
    "mentionPermissions",
    "isArchived",
    "isImportant",
    "isSensitive",
    "lastMessage",
]


def create(mod: Talk, room_type: int = 2, name: str = "Moderation Test Room") -> dict:
    return ok(mod.post("/room", data={"roomType": room_type, "roomName": name}), 201)


def test_create_group_room_has_the_recorded_shape(mod: Talk) -> None:
    room = create(mod)
    assert list(room) == RECORDED_ROOM_KEYS
    assert room["type"] == 2 and room["participantType"] == 1 and room["permissions"] == 254
    assert room["sessionId"] == "0" and room["canDeleteConversation"] is True
    assert room["lastMessage"]["message"] == "You created the conversation"
    assert room["lastMessage"]["systemMessage"] == "conversation_created"
    assert room["lastMessage"]["messageParameters"]["actor"] == {
        "type": "user",
        "id": "moderator1",
        "name": "Moderator1",
        "mention-id": "moderator1",
    }


def test_create_variants(mod: Talk) -> None:
    assert create(mod, 3, "Public Test Room")["type"] == 3
    assert create(mod, 2, "")["name"] == "---"
    fail(mod.post("/room", data={"roomType": 9, "roomName": "x"}), 400, {"error": "type"})
    fail(mod.post("/room", data={"roomType": 1, "invite": "nosuchuser"}), 404, {"error": "invite"})


def test_one_to_one_existing_is_200_new_is_201(mod: Talk) -> None:
    room = ok(mod.post("/room", data={"roomType": 1, "invite": "alice"}), 200)
    assert (room["type"], room["name"], room["displayName"]) == (1, "alice", "Alice")
    assert room["notificationLevel"] == 1 and room["canDeleteConversation"] is False
    created = ok(mod.post("/room", data={"roomType": 1, "invite": "carol"}), 201)
    assert created["name"] == "carol" and created["participantType"] == 1


def test_list_rooms_headers_and_modified_since(server: DemoServer, mod: Talk) -> None:
    answer = mod.get("/room")
    rooms = ok(answer)
    assert len(answer.headers["X-Nextcloud-Talk-Hash"]) == 40
    before = int(answer.headers["X-Nextcloud-Talk-Modified-Before"])
    assert {r["type"] for r in rooms} == {1, 2, 3, 4, 5, 6}
    assert ok(mod.get("/room", params={"modifiedSince": before + 3600})) == []
    created = create(mod, 2, "Fresh")
    changed = ok(mod.get("/room", params={"modifiedSince": before}))
    assert created["token"] in [r["token"] for r in changed]
    assert all(r["lastActivity"] >= before for r in changed)
    no_message = ok(mod.get("/room", params={"includeLastMessage": 0}))
    assert all("lastMessage" not in r for r in no_message)


def test_changelog_and_note_to_self_as_recorded(mod: Talk) -> None:
    rooms = {r["type"]: r for r in ok(mod.get("/room"))}
    changelog, notes = rooms[4], rooms[6]
    assert (changelog["name"], changelog["displayName"]) == ("moderator1", "Talk updates ✅")
    assert changelog["readOnly"] == 1 and changelog["permissions"] == 246
    assert changelog["lastMessage"]["messageParameters"] == []
    assert notes["canLeaveConversation"] is False and notes["canStartCall"] is False
    assert notes["lastMessage"]["message"] == "System created the conversation"


def test_get_rename_delete(client: Callable[..., Talk], mod: Talk) -> None:
    room = create(mod)
    token = room["token"]
    got = mod.get(f"/room/{token}")
    assert ok(got)["token"] == token and "X-Nextcloud-Talk-Hash" in got.headers
    assert (
        ok(mod.put(f"/room/{token}", data={"roomName": "Renamed Moderation Room"}))["displayName"]
        == "Renamed Moderation Room"
    )
    fail(mod.put(f"/room/{token}", data={"roomName": ""}), 400, {"error": "value"})
    fail(mod.put(f"/room/{token}", data={"roomName": "x" * 256}), 400, {"error": "value"})
    one = ok(mod.post("/room", data={"roomType": 1, "invite": "alice"}))["token"]
    fail(mod.put(f"/room/{one}", data={"roomName": "nope"}), 400, {"error": "type"})
    fail(client("alice").delete(f"/room/{token}"), 404, [])
    assert ok(mod.delete(f"/room/{token}")) is None
    fail(mod.get(f"/room/{token}"), 404, [])
    fail(mod.get("/room/zzzzzzzz"), 404, [])
    fail(client(None).get("/room/zzzzzzzz"), 404, [])


def test_lobby_rules(client: Callable[..., Talk], mod: Talk, server: DemoServer) -> None:
    token = create(mod)["token"]
    alice = client("alice")
    ok(mod.post(f"/room/{token}/participants", data={"newParticipant": "alice"}))
    lobby = f"/room/{token}/webinar/lobby"
    assert ok(mod.put(lobby, data={"state": 1}))["lobbyState"] == 1
    timer = server.state.now() + 3600
    assert ok(mod.put(lobby, data={"state": 1, "timer": timer}))["lobbyTimer"] == timer
    seen = ok(alice.get(f"/room/{token}"))
    assert seen["lobbyState"] == 1 and seen["canStartCall"] is False
    assert "lastMessage" not in seen
    for bad_timer in (-5, "abc"):
        assert ok(mod.put(lobby, data={"state": 1, "timer": bad_timer}))["lobbyTimer"] == 0
    fail(mod.put(lobby, data={"state": 5}), 400, {"error": "value"})
    fail(alice.put(lobby, data={"state": 1}), 403, [])
    one = ok(mod.post("/room", data={"roomType": 1, "invite": "alice"}))["token"]
    fail(mod.put(f"/room/{one}/webinar/lobby", data={"state": 1}), 400, {"error": "type"})
    assert ok(mod.put(lobby, data={"state": 0}))["lobbyTimer"] == 0


def test_lobby_timer_expires(mod: Talk, server: DemoServer) -> None:
    token = create(mod)["token"]
    ok(mod.put(f"/room/{token}/webinar/lobby", data={"state": 1, "timer": server.state.now() + 60}))
    server.state.clock_offset = 120
    assert ok(mod.get(f"/room/{token}"))["lobbyState"] == 0


def test_read_only_public_password(client: Callable[..., Talk], mod: Talk) -> None:
    token = create(mod)["token"]
    locked = ok(mod.put(f"/room/{token}/read-only", data={"state": 1}))
    assert locked["readOnly"] == 1
    assert locked["lastMessage"]["message"] == "You locked the conversation"
    assert ok(mod.put(f"/room/{token}/read-only", data={"state": 0}))["readOnly"] == 0
    fail(mod.put(f"/room/{token}/read-only", data={"state": 7}), 400, {"error": "value"})
    assert ok(mod.post(f"/room/{token}/public"))["type"] == 3
    assert ok(mod.post(f"/room/{token}/public"))["type"] == 3
    assert (
        ok(mod.delete(f"/room/{token}/public"))["lastMessage"]["message"] == "You disallowed guests"
    )
    one = ok(mod.post("/room", data={"roomType": 1, "invite": "alice"}))["token"]
    fail(mod.post(f"/room/{one}/public"), 400, {"error": "type"})
    fail(
        mod.put(f"/room/{token}/password", data={"password": "Secret-Room-Pass-2024"}),
        400,
        {"error": "type"},
    )
    public = create(mod, 3, "Public Test Room")["token"]
    path = f"/room/{public}/password"
    assert ok(mod.put(path, data={"password": "Secret-Room-Pass-2024"}))["hasPassword"] is True
    assert ok(mod.put(path, data={"password": ""}))["hasPassword"] is False
    fail(
        mod.put(path, data={"password": "123"}),
        400,
        {
            "error": "value",
            "message": "Password is among the 1,000,000 most common ones. Please make it unique. "
            "Password needs to be at least 10 characters long.",
        },
    )
    fail(
        mod.put(path, data={"password": "password123"}),
        400,
        {
            "error": "value",
            "message": "Password is among the 1,000,000 most common ones. Please make it unique.",
        },
    )
    fail(
        mod.put(path, data={"password": "x7#Kq"}),
        400,
        {"error": "value", "message": "Password needs to be at least 10 characters long."},
    )


def test_sip_rules(client: Callable[..., Talk], mod: Talk) -> None:
    token = create(mod)["token"]
    ok(mod.post(f"/room/{token}/participants", data={"newParticipant": "alice"}))
    fail(client("alice").put(f"/room/{token}/webinar/sip", data={"state": 1}), 403, [])
    room = ok(mod.put(f"/room/{token}/webinar/sip", data={"state": 1}))
    assert room["sipEnabled"] == 1 and room["canEnableSIP"] is True
    assert room["attendeePin"].isdigit()
    fail(mod.put(f"/room/{token}/webinar/sip", data={"state": 1}), 400, {"error": "value"})
    fail(mod.put(f"/room/{token}/webinar/sip", data={"state": 3}), 400, {"error": "value"})
    assert ok(mod.put(f"/room/{token}/webinar/sip", data={"state": 2}))["sipEnabled"] == 2


def test_sip_off_gives_412_config(openapi_log: object) -> None:
    with DemoServer(seed=3, sip=False) as server:
        from tests.helpers.openapi import ResponseLog

        assert isinstance(openapi_log, ResponseLog)
        talk = Talk(server, openapi_log, (server.moderator.login, server.moderator.app_password))
        token = room_by_name(server, "Team Standup")
        fail(talk.put(f"/room/{token}/webinar/sip", data={"state": 1}), 412, {"error": "config"})
        room = ok(talk.get(f"/room/{token}"))
        assert room["canEnableSIP"] is False and room["attendeePin"] == ""
        caps = ok(talk.get("/ocs/v2.php/cloud/capabilities"))
        assert caps["capabilities"]["spreed"]["config"]["call"]["sip-enabled"] is False
        talk.close()


def test_default_permissions(client: Callable[..., Talk], mod: Talk) -> None:
    token = create(mod, 3, "Perm room")["token"]
    path = f"/room/{token}/permissions/default"
    room = ok(mod.put(path, data={"permissions": 254}))
    assert (room["defaultPermissions"], room["permissions"]) == (255, 254)
    assert ok(mod.put(path, data={"permissions": 0}))["defaultPermissions"] == 0
    fail(
        mod.put(f"/room/{token}/permissions/call", data={"permissions": 1}), 400, {"error": "mode"}
    )
    ok(mod.post(f"/room/{token}/participants", data={"newParticipant": "alice"}))
    fail(client("alice").put(path, data={"permissions": 1}), 403, [])


def test_user_settings(client: Callable[..., Talk], mod: Talk) -> None:
    token = create(mod)["token"]
    assert ok(mod.post(f"/room/{token}/favorite"))["isFavorite"] is True
    assert ok(mod.delete(f"/room/{token}/favorite"))["isFavorite"] is False
    assert ok(mod.post(f"/room/{token}/notify", data={"level": 3}))["notificationLevel"] == 3
    fail(mod.post(f"/room/{token}/notify", data={"level": 4}), 400, {"error": "level"})
    assert ok(mod.post(f"/room/{token}/notify-calls", data={"level": 0}))["notificationCalls"] == 0
    fail(mod.post(f"/room/{token}/notify-calls", data={"level": 2}), 400, {"error": "level"})
    answer = client(None).post(f"/room/{token}/favorite")
    assert answer.status == 401 and answer.meta["statuscode"] == 997


def test_description(mod: Talk) -> None:
    token = create(mod)["token"]
    path = f"/room/{token}/description"
    assert ok(mod.put(path, data={"description": "Agenda"}))["description"] == "Agenda"
    fail(mod.put(path, data={"description": "x" * 2001}), 400, {"error": "value"})


def test_json_bodies_are_accepted(mod: Talk) -> None:
    room = ok(
        mod.post(
            "/room",
            json={
                "roomType": 3,
                "roomName": "JSON room",
                "participants": {"users": ["alice", "ghost"]},
            },
        ),
        202,
    )
    assert room["invalidParticipants"] == {"users": ["ghost"]}


def test_public_with_password_answers_the_room_before_the_password(mod: Talk) -> None:
    """Talk 21 stores the password but answers with the room as it was (hasPassword false)."""
    token = create(mod)["token"]
    answer = ok(mod.post(f"/room/{token}/public", data={"password": "Secret-Room-Pass-2024"}))
    assert answer["type"] == 3 and answer["hasPassword"] is False
    assert ok(mod.get(f"/room/{token}"))["hasPassword"] is True


def test_autocomplete_for_a_call_without_item_id_is_a_server_error(mod: Talk) -> None:
    """As on Talk 21: ``itemType=call`` with no ``itemId`` at all is a 500 (996)."""
    answer = mod.http.get(
        "/ocs/v2.php/core/autocomplete/get", params={"search": "dav", "itemType": "call"}
    )
    assert answer.status_code == 500
    assert answer.json()["ocs"]["meta"]["statuscode"] == 996
    fine = mod.http.get(
        "/ocs/v2.php/core/autocomplete/get",
        params={"search": "dav", "itemType": "call", "itemId": ""},
    )
    assert fine.status_code == 200

"""Participant endpoints against the recording (real-server.md §3, §4, §5, §9, §12)."""

from __future__ import annotations

from collections.abc import Callable

from app.demo_server import DemoServer

from .conftest import Talk, attendee_id, fail, ok, room_by_name

INTERNAL_ERROR = {"status": "failure", "statuscode": 996, "message": "Internal Server Error\n"}
INVALID_QUERY = {
    "status": "failure",
    "statuscode": 998,
    "message": "Invalid query, please check the syntax. API specifications are here: "
    "http://www.freedesktop.org/wiki/Specifications/open-collaboration-services.\n",
}
RECORDED_PARTICIPANT_KEYS = [
    "roomToken",
    "inCall",
    "lastPing",
    "sessionIds",
    "participantType",
    "attendeeId",
    "actorId",
    "actorType",
    "displayName",
    "permissions",
    "attendeePermissions",
    "attendeePin",
    "phoneNumber",
    "callId",
]


def moderation_room(
    mod: Talk, users: tuple[str, ...] = ("alice", "bob", "carol", "dave"), room_type: int = 2
) -> str:
    token = ok(mod.post("/room", data={"roomType": room_type, "roomName": "Moderation"}), 201)[
        "token"
    ]
    for login in users:
        assert (
            ok(
                mod.post(
                    f"/room/{token}/participants", data={"newParticipant": login, "source": "users"}
                )
            )
            == []
        )
    return token


def test_add_participants(client: Callable[..., Talk], mod: Talk) -> None:
    token = moderation_room(mod)
    path = f"/room/{token}/participants"
    assert ok(mod.post(path, data={"newParticipant": "alice", "source": "users"})) == []
    fail(
        mod.post(path, data={"newParticipant": "nosuchuser", "source": "users"}),
        404,
        {"error": "new-participant"},
    )
    assert ok(mod.post(path, data={"newParticipant": "testers", "source": "groups"})) == []
    fail(
        mod.post(path, data={"newParticipant": "alice", "source": "bogus"}),
        400,
        {"error": "source"},
    )
    fail(client("alice").post(path, data={"newParticipant": "erin"}), 403, [])
    listed = ok(mod.get(path))
    assert [p["actorId"] for p in listed] == [
        "moderator1",
        "alice",
        "bob",
        "carol",
        "dave",
        "testers",
    ]
    assert list(listed[0]) == RECORDED_PARTICIPANT_KEYS
    assert (listed[0]["permissions"], listed[1]["permissions"]) == (254, 246)
    one = ok(mod.post("/room", data={"roomType": 1, "invite": "alice"}))["token"]
    fail(
        mod.post(f"/room/{one}/participants", data={"newParticipant": "bob"}),
        400,
        {"error": "room-type"},
    )


def test_email_guest_makes_group_public(mod: Talk) -> None:
    token = moderation_room(mod, ())
    path = f"/room/{token}/participants"
    assert ok(mod.post(path, data={"newParticipant": "guest@example.org", "source": "emails"})) == {
        "type": 3
    }
    # The real server answers with the type every time (tests/real_server/test_parity.py).
    assert ok(mod.post(path, data={"newParticipant": "other@example.org", "source": "emails"})) == {
        "type": 3
    }
    emails = [p for p in ok(mod.get(path)) if p["actorType"] == "emails"]
    assert len(emails) == 2 and emails[0]["participantType"] == 4
    assert emails[0]["invitedActorId"] == "guest@example.org"
    # The real server does not check the address.
    assert ok(mod.post(path, data={"newParticipant": "not-an-email", "source": "emails"})) == {
        "type": 3
    }


def test_phones_need_sip_dialout(mod: Talk, openapi_log: object) -> None:
    token = moderation_room(mod, ())
    path = f"/room/{token}/participants"
    assert ok(mod.post(path, data={"newParticipant": "+49 30 1234567", "source": "phones"})) == []
    phone = [p for p in ok(mod.get(path)) if p["actorType"] == "phones"][0]
    assert phone["phoneNumber"] == "+49301234567"
    with DemoServer(seed=2, sip=False) as server:
        from tests.helpers.openapi import ResponseLog

        assert isinstance(openapi_log, ResponseLog)
        talk = Talk(server, openapi_log, (server.moderator.login, server.moderator.app_password))
        other = room_by_name(server, "Team Standup")
        fail(
            talk.post(
                f"/room/{other}/participants",
                data={"newParticipant": "+49301234567", "source": "phones"},
            ),
            501,
            {"error": "sip"},
        )
        talk.close()


def test_include_status(mod: Talk) -> None:
    token = moderation_room(mod)
    answer = mod.get(f"/room/{token}/participants", params={"includeStatus": "true"})
    listed = ok(answer)
    assert answer.headers["X-Nextcloud-Has-User-Statuses"] == "1"
    by_id = {p["actorId"]: p for p in listed}
    assert by_id["moderator1"]["status"] == "offline"
    assert by_id["moderator1"]["statusIcon"] is None
    assert by_id["carol"]["status"] == "dnd"
    assert "X-Nextcloud-Has-User-Statuses" not in mod.get(f"/room/{token}/participants").headers


def test_promote_demote_as_recorded(
    server: DemoServer, client: Callable[..., Talk], mod: Talk
) -> None:
    token = moderation_room(mod)
    alice, bob = attendee_id(server, token, "alice"), attendee_id(server, token, "bob")
    owner = attendee_id(server, token, "moderator1")
    path = f"/room/{token}/moderators"
    assert ok(mod.post(path, data={"attendeeId": alice})) is None
    fail(mod.post(path, data={"attendeeId": alice}), 400, None)
    assert ok(mod.delete(path, data={"attendeeId": alice})) is None
    for method in (mod.post, mod.delete):
        answer = method(path, data={"participant": "alice"})
        assert (answer.status, answer.meta, answer.data) == (500, INTERNAL_ERROR, [])
    fail(mod.post(path, data={"attendeeId": "alice"}), 404, None)
    fail(mod.delete(path, data={"attendeeId": bob}), 400, None)
    fail(client("alice").post(path, data={"attendeeId": bob}), 403, [])
    fail(mod.post(path, data={"attendeeId": owner}), 403, None)
    fail(mod.delete(path, data={"attendeeId": owner}), 403, None)
    fail(mod.post(path, data={"attendeeId": 999999}), 404, None)
    one = ok(mod.post("/room", data={"roomType": 1, "invite": "alice"}))["token"]
    fail(mod.post(f"/room/{one}/moderators", data={"attendeeId": ""}), 404, None)
    assert ok(mod.get(f"/room/{token}/participants"))[1]["participantType"] == 3


def test_old_api_paths_are_998(mod: Talk) -> None:
    for method, path in (
        ("POST", "/ocs/v2.php/apps/spreed/api/v1/room/abcd1234/moderators"),
        ("GET", "/ocs/v2.php/apps/spreed/api/v1/room"),
        ("GET", "/ocs/v2.php/apps/spreed/api/v2/room"),
    ):
        answer = mod.call(method, path, data={"participant": "alice"} if method == "POST" else None)
        assert (answer.status, answer.meta, answer.data) == (404, INVALID_QUERY, [])


def test_remove_attendees_as_recorded(
    server: DemoServer, client: Callable[..., Talk], mod: Talk
) -> None:
    token = moderation_room(mod)
    carol, dave = attendee_id(server, token, "carol"), attendee_id(server, token, "dave")
    owner = attendee_id(server, token, "moderator1")
    path = f"/room/{token}/attendees"
    assert ok(mod.delete(path, data={"attendeeId": carol})) is None
    fail(mod.delete(path, data={"attendeeId": carol}), 404, {"error": "participant"})
    answer = mod.delete(path, data={"participant": "dave"})
    assert (answer.status, answer.meta) == (500, INTERNAL_ERROR)
    fail(client("alice").delete(path, data={"attendeeId": dave}), 403, [])
    fail(mod.delete(path, data={"attendeeId": owner}), 400, {"error": "last-moderator"})
    fail(mod.delete(f"/room/{token}/participants/self"), 400, {"error": "last-moderator"})
    assert ok(mod.delete(path, params={"attendeeId": dave})) is None


def test_last_moderator_leaving(server: DemoServer, client: Callable[..., Talk], mod: Talk) -> None:
    token = moderation_room(mod, ("bob",))
    ok(
        mod.post(
            f"/room/{token}/moderators", data={"attendeeId": attendee_id(server, token, "bob")}
        )
    )
    assert ok(client("bob").delete(f"/room/{token}/participants/self")) is None
    assert ok(mod.delete(f"/room/{token}/participants/self")) is None
    fail(mod.get(f"/room/{token}"), 404, [])
    fail(client("alice").get(f"/room/{token}"), 404, [])


def test_attendee_permissions(server: DemoServer, client: Callable[..., Talk], mod: Talk) -> None:
    token = moderation_room(mod, ("alice",), room_type=3)
    alice, owner = attendee_id(server, token, "alice"), attendee_id(server, token, "moderator1")
    path = f"/room/{token}/attendees/permissions"
    answer = mod.put(path, data={"attendeeId": alice, "method": "set", "permissions": 129})
    [item] = ok(answer)
    assert answer.headers["X-Nextcloud-Has-User-Statuses"] == "1"
    assert (item["permissions"], item["attendeePermissions"]) == (129, 129)
    [item] = ok(mod.put(path, data={"attendeeId": alice, "method": "add", "permissions": 4}))
    assert (item["permissions"], item["attendeePermissions"]) == (133, 133)
    fail(
        mod.put(path, data={"attendeeId": alice, "method": "bogus", "permissions": 4}),
        400,
        {"error": "method"},
    )
    fail(
        mod.put(path, data={"attendeeId": owner, "method": "set", "permissions": 1}),
        403,
        {"error": "moderator"},
    )
    fail(
        mod.put(path, data={"attendeeId": 424242, "method": "set", "permissions": 1}),
        404,
        {"error": "participant"},
    )
    fail(
        client("alice").put(path, data={"attendeeId": owner, "method": "set", "permissions": 1}),
        403,
        [],
    )


def test_adding_to_an_attendee_at_zero_starts_from_the_defaults(
    server: DemoServer, mod: Talk
) -> None:
    token = moderation_room(mod, ("alice",))
    alice = attendee_id(server, token, "alice")
    [item] = ok(
        mod.put(
            f"/room/{token}/attendees/permissions",
            data={"attendeeId": alice, "method": "add", "permissions": 8},
        )
    )
    assert (item["permissions"], item["attendeePermissions"]) == (254, 254)
    [item] = ok(
        mod.put(
            f"/room/{token}/attendees/permissions",
            data={"attendeeId": alice, "method": "remove", "permissions": 128},
        )
    )
    assert item["permissions"] == 126


def test_guest_flow(server: DemoServer, client: Callable[..., Talk], mod: Talk) -> None:
    token = moderation_room(mod, (), room_type=3)
    guest = client(None)
    joined = ok(guest.post(f"/room/{token}/participants/active"))
    assert (joined["participantType"], joined["actorType"]) == (4, "guests")
    assert len(joined["actorId"]) == 40 and len(joined["sessionId"]) == 255
    answer = guest.post(
        f"/ocs/v2.php/apps/spreed/api/v4/guest/{token}/name", data={"displayName": "Guest Gina"}
    )
    assert (answer.status, answer.meta, answer.data) == (404, INVALID_QUERY, [])
    v1 = f"/ocs/v2.php/apps/spreed/api/v1/guest/{token}/name"
    assert ok(guest.post(v1, data={"displayName": "Guest Gina"})) is None
    fail(client("alice").post(v1, data={"displayName": "x"}), 404, [])
    fail(guest.get(f"/room/{token}/participants"), 403, None)
    listed = ok(mod.get(f"/room/{token}/participants"))
    gina = [p for p in listed if p["actorType"] == "guests"][0]
    assert gina["displayName"] == "Guest Gina" and len(gina["sessionIds"]) == 1
    path = f"/room/{token}/moderators"
    assert ok(mod.post(path, data={"attendeeId": gina["attendeeId"]})) is None
    assert ok(mod.delete(path, data={"attendeeId": gina["attendeeId"]})) is None
    assert (
        ok(mod.delete(f"/room/{token}/attendees", data={"attendeeId": gina["attendeeId"]})) is None
    )
    stub = ok(guest.get(f"/room/{token}"))
    assert (stub["name"], stub["attendeeId"], stub["permissions"]) == ("", 0, 1)
    assert stub["notificationLevel"] == 3 and "lastMessage" not in stub


def test_self_joined_user_is_type_5_and_leaves_with_the_session(
    client: Callable[..., Talk], mod: Talk
) -> None:
    token = moderation_room(mod, (), room_type=3)
    bob = client("bob")
    assert ok(bob.post(f"/room/{token}/participants/active"))["participantType"] == 5
    assert ok(bob.delete(f"/room/{token}/participants/active")) is None
    assert [p["actorId"] for p in ok(mod.get(f"/room/{token}/participants"))] == ["moderator1"]


def test_resend_invitations(server: DemoServer, mod: Talk) -> None:
    token = moderation_room(mod, ("alice",))
    ok(
        mod.post(
            f"/room/{token}/participants",
            data={"newParticipant": "x@example.org", "source": "emails"},
        )
    )
    assert ok(mod.post(f"/room/{token}/participants/resend-invitations")) is None
    # Any existing attendee is fine on the real server; only an unknown id is 404.
    assert (
        ok(
            mod.post(
                f"/room/{token}/participants/resend-invitations",
                data={"attendeeId": attendee_id(server, token, "alice")},
            )
        )
        is None
    )

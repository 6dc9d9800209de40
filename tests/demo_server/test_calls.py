"""Sessions, calls, ring and dial-out (real-server.md §7 joins, §8, §12)."""

from __future__ import annotations

from collections.abc import Callable

from app.demo_server import DEMO_ROOM_PASSWORD, DemoServer

from .conftest import Talk, attendee_id, fail, ok, room_by_name


def group_room(mod: Talk, *users: str) -> str:
    token = ok(mod.post("/room", data={"roomType": 2, "roomName": "Call room"}), 201)["token"]
    for login in users:
        ok(mod.post(f"/room/{token}/participants", data={"newParticipant": login}))
    return token


def test_join_call_peers_flags_and_end_for_everyone(server: DemoServer, mod: Talk) -> None:
    token = group_room(mod, "alice")
    joined = ok(mod.post(f"/room/{token}/participants/active", data={"force": "true"}))
    assert len(joined["sessionId"]) == 255 and joined["lastPing"] > 0
    assert ok(mod.post(f"/call/{token}", data={"flags": 7})) is None
    [peer] = ok(mod.get(f"/call/{token}"))
    assert list(peer) == ["actorType", "actorId", "displayName", "token", "lastPing", "sessionId"]
    assert peer["sessionId"] == joined["sessionId"]
    room = ok(mod.get(f"/room/{token}"))
    assert room["hasCall"] is True and room["participantFlags"] == 7 and room["callFlag"] == 7
    assert ok(mod.put(f"/call/{token}", data={"flags": 3})) is None
    assert ok(mod.get(f"/room/{token}"))["participantFlags"] == 3
    alice = attendee_id(server, token, "alice")
    assert ok(mod.post(f"/call/{token}/ring/{alice}")) is None
    fail(mod.post(f"/call/{token}/dialout/{alice}"), 404, None)
    assert ok(mod.delete(f"/call/{token}", data={"all": "true"})) is None
    assert ok(mod.get(f"/call/{token}")) == []
    after = ok(mod.get(f"/room/{token}"))
    assert after["hasCall"] is False and after["callFlag"] == 0
    assert after["lastMessage"]["systemMessage"] == "call_ended_everyone"
    assert ok(mod.delete(f"/room/{token}/participants/active")) is None
    assert ok(mod.get(f"/room/{token}"))["sessionId"] == "0"


def test_call_needs_a_session(server: DemoServer, client: Callable[..., Talk], mod: Talk) -> None:
    token = group_room(mod, "alice", "bob")
    alice = client("alice")
    fail(alice.post(f"/call/{token}", data={"flags": 3}), 404, None)
    fail(alice.delete(f"/call/{token}", data={"all": "true"}), 404, None)
    ok(mod.post(f"/room/{token}/participants/active"))
    ok(mod.post(f"/call/{token}"))
    # bob is not in the call and has no session: ringing still works (start-call permission)
    ok(client("bob").post(f"/call/{token}/ring/{attendee_id(server, token, 'alice')}"))
    # Ringing someone already in the call succeeds too (the parity suite's real answer).
    in_call = ok(mod.get(f"/room/{token}"))["attendeeId"]
    ok(client("bob").post(f"/call/{token}/ring/{in_call}"))
    fresh = client("moderator1")
    fail(fresh.delete(f"/call/{token}", data={"all": "true"}), 404, None)
    ok(fresh.post(f"/room/{token}/participants/active"))
    assert ok(fresh.delete(f"/call/{token}", data={"all": "true"})) is None
    assert ok(mod.get(f"/room/{token}"))["hasCall"] is False


def test_login_password_sessions_are_not_kept(client: Callable[..., Talk], mod: Talk) -> None:
    token = group_room(mod, "alice")
    with_password = client("alice", "password")
    joined = ok(with_password.post(f"/room/{token}/participants/active"))
    assert joined["sessionId"] != "0"
    fail(with_password.post(f"/call/{token}", data={"flags": 3}), 404, None)
    alice = [p for p in ok(mod.get(f"/room/{token}/participants")) if p["actorId"] == "alice"]
    assert (alice[0]["sessionIds"], alice[0]["lastPing"]) == ([], 0)
    with_app_password = client("alice")
    ok(with_app_password.post(f"/room/{token}/participants/active"))
    assert ok(with_app_password.post(f"/call/{token}", data={"flags": 3})) is None


def test_force_false_conflicts_only_with_this_clients_session_in_the_call(
    client: Callable[..., Talk], mod: Talk
) -> None:
    """As Talk 21 does: the 409 is about the session this client's cookie names, in a call."""
    token = group_room(mod, "alice")
    tab = client("alice")
    first = ok(tab.post(f"/room/{token}/participants/active"))
    again = ok(tab.post(f"/room/{token}/participants/active", data={"force": "false"}))
    ok(tab.post(f"/call/{token}", data={"flags": 3}))
    ok(client("alice").post(f"/room/{token}/participants/active", data={"force": "false"}))
    conflict = tab.post(f"/room/{token}/participants/active", data={"force": "false"})
    assert again["sessionId"] != first["sessionId"]
    fail(
        conflict, 409, {"sessionId": again["sessionId"], "inCall": 3, "lastPing": again["lastPing"]}
    )


def test_lobby_drops_non_moderators_from_the_call_but_keeps_sessions(
    client: Callable[..., Talk], mod: Talk
) -> None:
    token = group_room(mod, "alice")
    alice = client("alice")
    ok(alice.post(f"/room/{token}/participants/active"))
    ok(alice.post(f"/call/{token}", data={"flags": 3}))
    ok(mod.put(f"/room/{token}/webinar/lobby", data={"state": 1}))
    entry = [p for p in ok(mod.get(f"/room/{token}/participants")) if p["actorId"] == "alice"][0]
    assert entry["inCall"] == 0 and len(entry["sessionIds"]) == 1
    assert (entry["participantType"], entry["permissions"], entry["attendeePermissions"]) == (
        3,
        246,
        0,
    )
    assert ok(alice.get(f"/room/{token}"))["lobbyState"] == 1
    fail(alice.post(f"/call/{token}"), 412, [])
    fail(alice.get(f"/room/{token}/participants"), 412, [])
    [item] = ok(
        mod.put(
            f"/room/{token}/attendees/permissions",
            data={"attendeeId": entry["attendeeId"], "method": "add", "permissions": 8},
        )
    )
    assert (item["permissions"], item["attendeePermissions"]) == (254, 254)
    assert ok(alice.post(f"/call/{token}", data={"flags": 3})) is None


def test_seeded_lobby_has_people_waiting(server: DemoServer, mod: Talk) -> None:
    token = room_by_name(server, "Product Launch Webinar")
    room = ok(mod.get(f"/room/{token}"))
    assert room["lobbyState"] == 1 and room["lobbyTimer"] > server.state.now()
    waiting = [
        p
        for p in ok(mod.get(f"/room/{token}/participants"))
        if p["sessionIds"] and p["participantType"] not in (1, 2, 6) and not p["permissions"] & 8
    ]
    assert {p["displayName"] for p in waiting} >= {"Erin", "Frank", "Grace", "Lena Lobby"}
    assert all(p["inCall"] == 0 for p in waiting)


def test_seeded_call_has_mixed_flags(server: DemoServer, mod: Talk) -> None:
    token = room_by_name(server, "Town Hall")
    flags = {p["displayName"]: p["inCall"] for p in ok(mod.get(f"/room/{token}/participants"))}
    assert flags["Alice"] == 7 and flags["Bob"] == 3 and flags["Carol"] == 5
    assert flags["Dave"] == 1 and flags["Erin"] == 0 and flags["Guest Gina"] == 3
    assert flags["+4930123456789"] == 11
    assert len(ok(mod.get(f"/call/{token}"))) == 6


def test_dial_out(server: DemoServer, mod: Talk) -> None:
    token = group_room(mod)
    ok(
        mod.post(
            f"/room/{token}/participants",
            data={"newParticipant": "+4915112345678", "source": "phones"},
        )
    )
    phone = [p for p in ok(mod.get(f"/room/{token}/participants")) if p["actorType"] == "phones"][0]
    ok(mod.post(f"/room/{token}/participants/active"))
    fail(mod.post(f"/call/{token}/dialout/{phone['attendeeId']}"), 400, None)
    ok(mod.post(f"/call/{token}"))
    assert ok(mod.post(f"/call/{token}/dialout/{phone['attendeeId']}"), 201) is None
    dialed = [p for p in ok(mod.get(f"/room/{token}/participants")) if p["actorType"] == "phones"][
        0
    ]
    assert dialed["inCall"] & 8 and dialed["callId"]


def test_dial_out_without_sip_is_501(openapi_log: object) -> None:
    from tests.helpers.openapi import ResponseLog

    assert isinstance(openapi_log, ResponseLog)
    with DemoServer(seed=1, sip=False) as server:
        talk = Talk(server, openapi_log, (server.moderator.login, server.moderator.app_password))
        token = room_by_name(server, "Town Hall")
        phone = attendee_id(
            server,
            token,
            server.state.rooms[token]
            .attendees[
                next(
                    a.id
                    for a in server.state.rooms[token].attendees.values()
                    if a.actor_type == "phones"
                )
            ]
            .actor_id,
            "phones",
        )
        ok(talk.post(f"/room/{token}/participants/active"))
        ok(talk.post(f"/call/{token}"))
        answer = talk.post(f"/call/{token}/dialout/{phone}")
        assert answer.status == 501 and answer.data["error"] == "sip"
        assert answer.data["message"]
        talk.close()


def test_password_protected_room_joins(client: Callable[..., Talk], server: DemoServer) -> None:
    token = room_by_name(server, "Board Meeting")
    bob = client("bob")
    fail(bob.post(f"/room/{token}/participants/active"), 403, {"error": "password"})
    fail(
        bob.post(f"/room/{token}/participants/active", data={"password": "wrong"}),
        403,
        {"error": "password"},
    )
    joined = ok(
        bob.post(f"/room/{token}/participants/active", data={"password": DEMO_ROOM_PASSWORD})
    )
    assert joined["participantType"] == 5 and joined["hasPassword"] is True
    assert joined["lastMessage"]["message"] == "{actor} set a password"
    guest = client(None)
    fail(
        guest.post(f"/room/{token}/participants/active", data={"password": "wrong"}),
        403,
        {"error": "password"},
    )
    assert (
        ok(guest.post(f"/room/{token}/participants/active", data={"password": DEMO_ROOM_PASSWORD}))[
            "participantType"
        ]
        == 4
    )


def test_read_only_room_refuses_calls(server: DemoServer, mod: Talk) -> None:
    token = room_by_name(server, "Announcements")
    ok(mod.post(f"/room/{token}/participants/active"))
    fail(mod.post(f"/call/{token}"), 403, [])


def test_session_state(mod: Talk, client: Callable[..., Talk]) -> None:
    token = group_room(mod)
    fail(mod.put(f"/room/{token}/participants/state", data={"state": 0}), 404, None)
    ok(mod.post(f"/room/{token}/participants/active"))
    assert ok(mod.put(f"/room/{token}/participants/state", data={"state": 0}))["token"] == token
    fail(mod.put(f"/room/{token}/participants/state", data={"state": 5}), 400, None)

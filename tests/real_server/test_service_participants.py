"""TalkService against the real server: who is in a conversation and what they may do.

Participants are compared field by field with the raw JSON of the same answer; refusals must be
the right ``TalkError`` subclass with a readable sentence naming the person and the room.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.api import Participant, TalkService
from app.api.constants import Permission
from app.api.errors import BadRequest, Forbidden, LobbyActive, NotFound
from tests.real_server.conftest import ServiceFactory, TappedFactory
from tests.real_server.wire import (
    PARTICIPANT_ABSENT,
    ROOM_ABSENT,
    assert_all_decoded_strictly,
    assert_decoded_strictly,
    assert_readable,
)

pytestmark = pytest.mark.real_server

GOOD_PASSWORD = "Correct-Horse-42-battery"


def by_actor(people: list[Participant]) -> dict[str, Participant]:
    """People keyed by user id, group id or (for e-mail invitees) the address invited."""
    return {p.invited_actor_id or p.actor_id: p for p in people}


async def test_add_users_groups_and_emails_and_list_them_strictly(
    tapped_service_for: TappedFactory, room_name: Callable[[str], str], cleanup_rooms: list[str]
) -> None:
    svc, tap = await tapped_service_for("moderator1")
    room = await svc.rooms.create(2, room_name("people"))
    cleanup_rooms.append(room.token)
    assert await svc.participants.add(room.token, "alice") is None
    assert await svc.participants.add(room.token, "testers", "groups") is None
    # inviting an address opens a group room to guests: the answer says it is public now
    assert await svc.participants.add(room.token, "guest@example.org", "emails") == 3
    people = await svc.participants.list(room.token)
    raws = tap.last("GET", "/participants").data
    email_raw = [w for w in raws if w["actorType"] == "emails"]
    assert [w.get("invitedActorId") for w in email_raw] == ["guest@example.org"]
    assert_all_decoded_strictly(people, raws, may_be_absent=PARTICIPANT_ABSENT)
    found = by_actor(people)
    assert set(found) == {"moderator1", "alice", "bob", "carol", "testers", "guest@example.org"}
    assert found["moderator1"].is_owner and found["moderator1"].title == "Moderator One"
    assert (found["testers"].actor_type, found["guest@example.org"].actor_type) == (
        "groups",
        "emails",
    )

    with_status = await svc.participants.list(room.token, include_status=True)
    raws = tap.last("GET", "/participants").data
    users = [(p, w) for p, w in zip(with_status, raws, strict=True) if p.actor_type == "users"]
    assert_all_decoded_strictly(
        [p for p, _ in users], [w for _, w in users], may_be_absent=("invitedActorId",)
    )
    assert all(p.status for p, _ in users)


async def test_add_refusals(
    real_service: TalkService,
    real_service_for: ServiceFactory,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
) -> None:
    room = await real_service.rooms.create(2, room_name("refusals"))
    cleanup_rooms.append(room.token)
    with pytest.raises(NotFound) as unknown:
        await real_service.participants.add(room.token, "nobody-here")
    assert_readable(unknown.value, mentions="nobody-here")
    with pytest.raises(BadRequest) as source:
        await real_service.participants.add(room.token, "x", "bogus")
    assert_readable(source.value)
    await real_service.participants.add(room.token, "alice")
    alice = await real_service_for("alice")
    await alice.rooms.get(room.token)
    with pytest.raises(Forbidden) as refused:
        await alice.participants.add(room.token, "dave")
    assert_readable(refused.value, mentions=room.title)


async def test_promote_demote_permissions_and_lobby_bypass(
    tapped_service_for: TappedFactory,
    real_service_for: ServiceFactory,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
) -> None:
    svc, tap = await tapped_service_for("moderator1")
    room = await svc.rooms.create(2, room_name("roles"))
    cleanup_rooms.append(room.token)
    for login in ("alice", "bob"):
        await svc.participants.add(room.token, login)
    await svc.participants.add(room.token, "testers", "groups")
    found = by_actor(await svc.participants.list(room.token))
    alice, bob = found["alice"].attendee_id, found["bob"].attendee_id

    await svc.participants.promote(room.token, alice)
    assert by_actor(await svc.participants.list(room.token))["alice"].participant_type == 2
    cases = [
        (svc.participants.promote(room.token, alice), BadRequest, "Alice"),  # already a moderator
        (svc.participants.promote(room.token, found["testers"].attendee_id), BadRequest, "testers"),
        (svc.participants.promote(room.token, 999999), NotFound, room.title),  # not a member
        (
            svc.participants.promote(room.token, found["moderator1"].attendee_id),
            Forbidden,
            "Moderator One",
        ),
        (svc.participants.demote(room.token, bob), BadRequest, "Bob"),  # not a moderator
        (svc.participants.set_permissions(room.token, bob, "bogus", 1), BadRequest, None),
        (svc.participants.set_permissions(room.token, alice, "set", 1), Forbidden, "Alice"),
        (svc.participants.set_permissions(room.token, 999999, "set", 1), NotFound, room.title),
    ]
    for attempt, kind, mentions in cases:
        with pytest.raises(kind) as refused:
            await attempt
        assert_readable(refused.value, mentions=mentions)
    await svc.participants.demote(room.token, alice)
    assert by_actor(await svc.participants.list(room.token))["alice"].participant_type == 3

    changed = await svc.participants.set_permissions(
        room.token, bob, "set", int(Permission.CUSTOM | Permission.CHAT)
    )
    assert_all_decoded_strictly(
        changed,
        tap.last("PUT", "/attendees/permissions").data or [],
        may_be_absent=PARTICIPANT_ABSENT,
    )
    assert by_actor(await svc.participants.list(room.token))["bob"].attendee_permissions == int(
        Permission.CUSTOM | Permission.CHAT
    )

    # the lobby holds bob back until he may bypass it
    await svc.webinar.set_lobby(room.token, True)
    bob_svc = await real_service_for("bob")
    with pytest.raises(LobbyActive):
        await bob_svc.participants.list(room.token)
    await svc.webinar.set_lobby_bypass(room.token, bob, True)
    assert by_actor(await svc.participants.list(room.token))["bob"].ignores_lobby
    assert await bob_svc.participants.list(room.token)
    await svc.webinar.set_lobby_bypass(room.token, bob, False)
    with pytest.raises(LobbyActive) as held:
        await bob_svc.participants.list(room.token)
    assert_readable(held.value)

    alice_svc = await real_service_for("alice")
    await alice_svc.rooms.get(room.token)
    with pytest.raises(Forbidden) as refused:
        await alice_svc.participants.promote(room.token, bob)
    assert_readable(refused.value, mentions=room.title)


async def test_remove_leave_and_resend(
    real_service: TalkService,
    real_service_for: ServiceFactory,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
) -> None:
    svc = real_service
    room = await svc.rooms.create(2, room_name("leave"))
    cleanup_rooms.append(room.token)
    for login in ("alice", "bob", "carol"):
        await svc.participants.add(room.token, login)
    await svc.participants.add(room.token, "guest@example.org", "emails")
    found = by_actor(await svc.participants.list(room.token))

    await svc.participants.resend_invitations(room.token)
    await svc.participants.resend_invitations(room.token, found["guest@example.org"].attendee_id)
    with pytest.raises(NotFound) as unknown:
        await svc.participants.resend_invitations(room.token, 999999)
    assert_readable(unknown.value, mentions=room.title)
    assert "invitation" in str(unknown.value)

    carol = found["carol"].attendee_id
    await svc.participants.remove(room.token, carol)
    assert "carol" not in by_actor(await svc.participants.list(room.token))
    with pytest.raises(NotFound) as removed:  # removed attendee: gone
        await svc.participants.remove(room.token, carol)
    assert_readable(removed.value, mentions="Carol")

    alice = await real_service_for("alice")
    await alice.rooms.get(room.token)
    with pytest.raises(Forbidden) as refused:
        await alice.participants.remove(room.token, found["moderator1"].attendee_id)
    assert_readable(refused.value, mentions=room.title)
    await alice.rooms.leave(room.token)
    with pytest.raises(NotFound) as left:
        await alice.rooms.leave(room.token)
    assert_readable(left.value)
    with pytest.raises(BadRequest) as last:
        await svc.rooms.leave(room.token)  # bob would be left without a moderator
    assert_readable(last.value, mentions=room.title)
    assert last.value.reason == "last-moderator"


async def test_join_with_password_leave_session_and_guest_name(
    tapped_service_for: TappedFactory,
    real_service_for: ServiceFactory,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
) -> None:
    svc, svc_tap = await tapped_service_for("moderator1")
    room = await svc.rooms.create(3, room_name("join"), password=GOOD_PASSWORD)
    cleanup_rooms.append(room.token)
    bob = await real_service_for("bob")
    with pytest.raises(Forbidden) as wrong:
        await bob.sessions.open(room.token, password="not-the-password")
    assert_readable(wrong.value)
    assert wrong.value.reason == "password"
    joined = await bob.sessions.open(room.token, password=GOOD_PASSWORD)
    assert joined.session_id != "0" and bob.sessions.is_open(room.token)
    assert joined.participant_type == 5  # a user joining a public room by link: a "guest user"
    await bob.sessions.close(room.token)
    assert not bob.sessions.is_open(room.token)

    guest, tap = await tapped_service_for("")
    entered = await guest.sessions.open(room.token, password=GOOD_PASSWORD)
    assert_decoded_strictly(
        entered, tap.last("POST", "/participants/active").data, may_be_absent=ROOM_ABSENT
    )
    assert entered.actor_type == "guests" and entered.participant_type == 4
    await guest.participants.set_guest_name(room.token, "Visitor Vera")
    people = await svc.participants.list(room.token)
    assert_all_decoded_strictly(
        people, svc_tap.last("GET", "/participants").data, may_be_absent=PARTICIPANT_ABSENT
    )
    assert [p.title for p in people if p.actor_type == "guests"] == ["Visitor Vera"]
    assert [p.is_guest for p in people if p.actor_type == "guests"] == [True]
    with pytest.raises(Forbidden) as not_guest:
        await svc.participants.set_guest_name(room.token, "Me")
    assert_readable(not_guest.value)
    with pytest.raises(NotFound):
        await guest.participants.set_guest_name("zzzzzzzz", "Visitor Vera")
    await guest.sessions.close(room.token)
    assert tap.last("DELETE", "/participants/active").status == 200
    assert not any(answer.authorized for answer in tap.answers)  # a guest sends no credentials

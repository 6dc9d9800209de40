"""``service.participants`` and ``service.sessions`` on the demo server: success, every refusal."""

from __future__ import annotations

import httpx
import pytest

from app.api import (
    BadRequest,
    Conflict,
    Forbidden,
    NotConfigured,
    NotFound,
    TalkService,
)
from app.api.constants import API_BASE, Permission
from app.demo_server import DemoServer
from tests.api.conftest import ServiceFactory, TownHall

PASSWORD = "Long-Enough-Pass-2026"


async def _join_as_guest(demo_server: DemoServer, token: str, **form: str) -> int:
    """A browser guest opening the public link; returns the guest's attendee id."""
    async with httpx.AsyncClient(base_url=demo_server.url) as guest:
        response = await guest.post(
            f"{API_BASE}/room/{token}/participants/active",
            data=form,
            headers={"OCS-APIRequest": "true", "Accept": "application/json"},
        )
    assert response.status_code == 200, response.text
    return int(response.json()["ocs"]["data"]["attendeeId"])


# ----------------------------------------------------------------- listing


async def test_list_participants(service: TalkService, town_hall: TownHall) -> None:
    people = await service.participants.list(town_hall.token)
    by_actor = {p.actor_id: p for p in people}
    assert {"alice", "bob", service.login} <= by_actor.keys()
    assert by_actor[service.login].is_owner and by_actor[service.login].is_moderator
    assert not by_actor["alice"].is_moderator and not by_actor["alice"].is_online
    assert all(p.status is None for p in people)
    assert service.participants.title(town_hall.token, by_actor["alice"].attendee_id) == (
        by_actor["alice"].title
    )


async def test_list_participants_with_status(service: TalkService, town_hall: TownHall) -> None:
    people = await service.participants.list(town_hall.token, include_status=True)
    users = [p for p in people if p.actor_type == "users"]
    assert users and all(isinstance(p.status, str) for p in users)


async def test_list_participants_unknown_room(service: TalkService) -> None:
    with pytest.raises(NotFound):
        await service.participants.list("zzzzzzzz")


# ----------------------------------------------------------------- add


async def test_add_users_groups_emails_and_phones(
    service: TalkService, town_hall: TownHall
) -> None:
    assert await service.participants.add(town_hall.token, "carol") is None
    assert await service.participants.add(town_hall.token, "carol") is None  # already in: fine
    assert await service.participants.add(town_hall.token, "testers", "groups") is None
    new_type = await service.participants.add(town_hall.token, "visitor@example.org", "emails")
    assert new_type == 3  # an e-mail invitation opens the group conversation to guests
    assert await service.participants.add(town_hall.token, "+4915112345678", "phones") is None
    people = await service.participants.list(town_hall.token)
    kinds = {p.actor_type for p in people}
    assert {"users", "groups", "emails", "phones"} <= kinds
    assert "carol" in {p.actor_id for p in people}
    assert (await service.rooms.get(town_hall.token)).is_public


async def test_add_refusals(service: TalkService, alice: TalkService, town_hall: TownHall) -> None:
    with pytest.raises(NotFound) as unknown:
        await service.participants.add(town_hall.token, "nosuchuser")
    assert unknown.value.reason == "new-participant"
    assert (
        str(unknown.value) == "Cannot add nosuchuser to 'Town hall': no such user, group or address"
    )
    with pytest.raises(BadRequest) as source:
        await service.participants.add(town_hall.token, "alice", "bogus")
    assert str(source.value) == (
        "Cannot add alice: the server does not know that kind of participant"
    )
    one = await service.rooms.create(1, invite="alice")
    with pytest.raises(BadRequest) as one_to_one:
        await service.participants.add(one.token, "carol")
    assert str(one_to_one.value) == (
        "Cannot add carol: people cannot be added to a one-to-one conversation or a note to self"
    )
    await alice.rooms.get(town_hall.token)
    with pytest.raises(Forbidden) as forbidden:
        await alice.participants.add(town_hall.token, "carol")
    assert str(forbidden.value) == "Cannot add carol to 'Town hall': only moderators can add people"


async def test_add_phone_without_sip(
    make_service: ServiceFactory, no_sip_server: DemoServer
) -> None:
    svc = await make_service(no_sip_server.moderator.login, server=no_sip_server)
    room = await svc.rooms.create(2, "No phones")
    with pytest.raises(NotConfigured) as caught:
        await svc.participants.add(room.token, "+4915112345678", "phones")
    assert caught.value.status == 501
    assert str(caught.value) == (
        "Cannot add +4915112345678: phone numbers need SIP dial-out, which is not configured "
        "on this server"
    )


# ----------------------------------------------------------------- remove, leave


async def test_remove_user(service: TalkService, town_hall: TownHall) -> None:
    bob = town_hall.people["bob"]
    await service.participants.remove(town_hall.token, bob.attendee_id)
    assert "bob" not in {p.actor_id for p in await service.participants.list(town_hall.token)}
    with pytest.raises(NotFound) as again:
        await service.participants.remove(town_hall.token, bob.attendee_id)
    assert again.value.reason == "participant"
    assert str(again.value) == f"Cannot remove {bob.title}: they are no longer in 'Town hall'"


async def test_remove_guest(
    service: TalkService, town_hall: TownHall, demo_server: DemoServer
) -> None:
    await service.rooms.set_guests_allowed(town_hall.token, True)
    guest_id = await _join_as_guest(demo_server, town_hall.token)
    people = await service.participants.list(town_hall.token)
    guest = next(p for p in people if p.attendee_id == guest_id)
    assert guest.is_guest and guest.is_online
    await service.participants.remove(town_hall.token, guest_id)
    remaining = await service.participants.list(town_hall.token)
    assert guest_id not in {p.attendee_id for p in remaining}


async def test_remove_refusals(
    service: TalkService, alice: TalkService, town_hall: TownHall
) -> None:
    me = town_hall.people[service.login]
    with pytest.raises(BadRequest) as last:
        await service.participants.remove(town_hall.token, me.attendee_id)
    assert last.value.reason == "last-moderator"
    assert str(last.value) == (
        f"Cannot remove {me.title}: they are the last moderator of 'Town hall'; "
        "promote someone else first"
    )
    await alice.rooms.get(town_hall.token)
    await alice.participants.list(town_hall.token)
    bob = town_hall.people["bob"]
    with pytest.raises(Forbidden) as forbidden:
        await alice.participants.remove(town_hall.token, bob.attendee_id)
    assert str(forbidden.value) == (
        f"Cannot remove {bob.title} from 'Town hall': only moderators can remove people, "
        "and the owner cannot be removed"
    )


async def test_leave_room(service: TalkService, alice: TalkService, town_hall: TownHall) -> None:
    await alice.rooms.get(town_hall.token)
    await alice.rooms.leave(town_hall.token)
    assert town_hall.token not in {r.token for r in (await alice.rooms.list()).rooms}
    with pytest.raises(NotFound) as gone:
        await alice.rooms.leave(town_hall.token)
    assert str(gone.value) == (
        "Cannot leave 'Town hall': 'Town hall' no longer exists, or you are no longer in it"
    )
    with pytest.raises(BadRequest) as last:
        await service.rooms.leave(town_hall.token)
    assert str(last.value) == (
        "Cannot leave 'Town hall': you are its last moderator; promote someone else first"
    )


# ----------------------------------------------------------------- sessions


async def test_join_room_and_leave_session(service: TalkService, town_hall: TownHall) -> None:
    room = await service.sessions.open(town_hall.token)
    assert room.session_id != "0" and service.sessions.is_open(town_hall.token)
    me = next(
        p for p in await service.participants.list(town_hall.token) if p.actor_id == service.login
    )
    assert me.is_online
    await service.sessions.close(town_hall.token)
    assert not service.sessions.is_open(town_hall.token)
    me = next(
        p for p in await service.participants.list(town_hall.token) if p.actor_id == service.login
    )
    assert not me.is_online


async def test_join_with_password(service: TalkService, bob: TalkService) -> None:
    public = await service.rooms.create(3, "Open house", password=PASSWORD)
    with pytest.raises(Forbidden) as missing:
        await bob.sessions.open(public.token)
    assert missing.value.reason == "password"
    assert str(missing.value) == f"Wrong password for '{public.token}'"
    with pytest.raises(Forbidden) as wrong:
        await bob.sessions.open(public.token, password="wrong")
    assert str(wrong.value) == f"Wrong password for '{public.token}'"
    room = await bob.sessions.open(public.token, password=PASSWORD)
    assert room.session_id != "0" and room.title == "Open house"
    await bob.sessions.close(public.token)


async def test_join_conflict_and_unknown(make_service: ServiceFactory, town_hall: TownHall) -> None:
    """Talk 21 refuses a join without force only while this client's own session is in the
    call; another device of the same user joins freely (checked on the real server)."""
    first = await make_service("alice")
    second = await make_service("alice")  # another device: its own cookie jar
    await first.calls.join(town_hall.token)
    await second.sessions.open(town_hall.token, force=False)
    with pytest.raises(Conflict) as caught:
        await first.sessions.open(town_hall.token, force=False)
    assert str(caught.value) == "You are already in the call in 'Town hall' from this session"
    await first.sessions.open(town_hall.token, force=True)
    with pytest.raises(NotFound):
        await second.sessions.open("zzzzzzzz")


# ----------------------------------------------------------------- moderators


async def test_promote_and_demote(service: TalkService, town_hall: TownHall) -> None:
    alice = town_hall.people["alice"]
    await service.participants.promote(town_hall.token, alice.attendee_id)
    people = {p.actor_id: p for p in await service.participants.list(town_hall.token)}
    assert people["alice"].is_moderator
    with pytest.raises(BadRequest) as again:
        await service.participants.promote(town_hall.token, alice.attendee_id)
    assert str(again.value) == (
        f"Cannot promote {alice.title}: they are already a moderator of 'Town hall', "
        "or are a group, which cannot be promoted"
    )
    await service.participants.demote(town_hall.token, alice.attendee_id)
    people = {p.actor_id: p for p in await service.participants.list(town_hall.token)}
    assert not people["alice"].is_moderator


async def test_demote_non_moderator(service: TalkService, town_hall: TownHall) -> None:
    bob = town_hall.people["bob"]
    with pytest.raises(BadRequest) as caught:
        await service.participants.demote(town_hall.token, bob.attendee_id)
    assert (
        str(caught.value) == f"Cannot demote {bob.title}: they are not a moderator of 'Town hall'"
    )


async def test_promote_demote_refusals(
    service: TalkService, alice: TalkService, town_hall: TownHall
) -> None:
    me = town_hall.people[service.login]
    with pytest.raises(Forbidden) as owner:
        await service.participants.promote(town_hall.token, me.attendee_id)
    assert str(owner.value) == (
        f"Cannot promote {me.title} in 'Town hall': only moderators can promote, and neither "
        "the owner's nor your own role can be changed"
    )
    with pytest.raises(Forbidden) as self_demote:
        await service.participants.demote(town_hall.token, me.attendee_id)
    assert str(self_demote.value) == (
        f"Cannot demote {me.title} in 'Town hall': only moderators can demote, and neither the "
        "owner nor you yourself can be demoted"
    )
    with pytest.raises(NotFound) as unknown:
        await service.participants.promote(town_hall.token, 999999)
    assert str(unknown.value) == (
        "Cannot promote attendee 999999: they are not a participant of 'Town hall'"
    )
    with pytest.raises(NotFound):
        await service.participants.demote(town_hall.token, 999999)
    await alice.rooms.get(town_hall.token)
    await alice.participants.list(town_hall.token)
    bob = town_hall.people["bob"]
    with pytest.raises(Forbidden):
        await alice.participants.promote(town_hall.token, bob.attendee_id)


async def test_promote_and_demote_guest(
    service: TalkService, town_hall: TownHall, demo_server: DemoServer
) -> None:
    await service.rooms.set_guests_allowed(town_hall.token, True)
    guest_id = await _join_as_guest(demo_server, town_hall.token)
    await service.participants.promote(town_hall.token, guest_id)
    guest = next(
        p for p in await service.participants.list(town_hall.token) if p.attendee_id == guest_id
    )
    assert guest.participant_type == 6 and guest.is_moderator and guest.is_guest
    await service.participants.demote(town_hall.token, guest_id)


# ----------------------------------------------------------------- permissions


async def test_attendee_permissions(service: TalkService, town_hall: TownHall) -> None:
    alice = town_hall.people["alice"]
    changed = await service.participants.set_permissions(
        town_hall.token, alice.attendee_id, "set", Permission.CUSTOM | Permission.CHAT
    )
    assert [p.attendee_id for p in changed] == [alice.attendee_id]
    assert changed[0].permissions == Permission.CUSTOM | Permission.CHAT
    changed = await service.participants.set_permissions(
        town_hall.token, alice.attendee_id, "add", Permission.JOIN_CALL
    )
    assert changed[0].permissions & Permission.JOIN_CALL


async def test_lobby_bypass(service: TalkService, town_hall: TownHall) -> None:
    alice = town_hall.people["alice"]
    await service.webinar.set_lobby(town_hall.token, True)
    await service.webinar.set_lobby_bypass(town_hall.token, alice.attendee_id, True)
    people = {p.actor_id: p for p in await service.participants.list(town_hall.token)}
    assert people["alice"].ignores_lobby
    await service.webinar.set_lobby_bypass(town_hall.token, alice.attendee_id, False)
    people = {p.actor_id: p for p in await service.participants.list(town_hall.token)}
    assert not people["alice"].ignores_lobby


async def test_attendee_permission_refusals(
    service: TalkService, alice: TalkService, town_hall: TownHall
) -> None:
    target = town_hall.people["alice"]
    with pytest.raises(BadRequest) as method:
        await service.participants.set_permissions(town_hall.token, target.attendee_id, "bogus", 4)
    assert method.value.reason == "method"
    assert str(method.value).endswith("the server does not know that kind of change")
    me = town_hall.people[service.login]
    with pytest.raises(Forbidden) as moderator:
        await service.participants.set_permissions(town_hall.token, me.attendee_id, "set", 1)
    assert str(moderator.value) == (
        f"Cannot change the permissions of {me.title}: moderators always have every permission"
    )
    with pytest.raises(NotFound) as unknown:
        await service.participants.set_permissions(town_hall.token, 999999, "set", 1)
    assert str(unknown.value) == (
        "Cannot change the permissions of attendee 999999: they are not a participant of "
        "'Town hall'"
    )
    await alice.rooms.get(town_hall.token)
    with pytest.raises(Forbidden):
        await alice.webinar.set_lobby_bypass(
            town_hall.token, town_hall.people["bob"].attendee_id, True
        )


# ----------------------------------------------------------------- invitations, guest name


async def test_resend_invitations(
    service: TalkService, alice: TalkService, town_hall: TownHall
) -> None:
    await service.participants.add(town_hall.token, "visitor@example.org", "emails")
    invitee = next(
        p for p in await service.participants.list(town_hall.token) if p.actor_type == "emails"
    )
    await service.participants.resend_invitations(town_hall.token)
    await service.participants.resend_invitations(town_hall.token, invitee.attendee_id)
    with pytest.raises(NotFound):
        await service.participants.resend_invitations(town_hall.token, 999999)
    await alice.rooms.get(town_hall.token)
    with pytest.raises(Forbidden) as caught:
        await alice.participants.resend_invitations(town_hall.token)
    assert str(caught.value) == (
        "Cannot resend invitations for 'Town hall': you are not allowed to "
        "(moderator rights are needed for this in 'Town hall')"
    )


async def test_guest_name_is_for_guests_only(
    service: TalkService, alice: TalkService, demo_server: DemoServer
) -> None:
    public = await service.rooms.create(3, "Open house")
    with pytest.raises(Forbidden) as caught:
        await service.participants.set_guest_name(public.token, "Gina")
    assert str(caught.value) == "Only guests can set a guest display name"
    with pytest.raises(NotFound):
        await alice.participants.set_guest_name(public.token, "Gina")

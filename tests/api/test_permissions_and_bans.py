"""``service.permissions`` and ``service.bans`` on the demo server (which answers like Talk
21.1, checked by the parity suite): success, the answers decoded strictly, every refusal in
words."""

from __future__ import annotations

import pytest

from app.api import BadRequest, Ban, Forbidden, ServerError, TalkService
from app.api.areas.bans import NOTE_MAX_BYTES, note_bytes
from app.api.constants import Permission
from app.demo_server import DemoServer
from tests.api.conftest import ServiceFactory, TownHall
from tests.helpers.moderation import add_guest

LISTEN = int(Permission.CUSTOM | Permission.JOIN_CALL | Permission.CHAT)  # 133


async def test_default_permissions_apply_to_people_and_reset_their_own(
    service: TalkService, alice: TalkService, town_hall: TownHall
) -> None:
    alice_id = town_hall.id_of("alice")
    await service.participants.set_permissions(town_hall.token, alice_id, "add", 8)
    room = await service.permissions.set_default(town_hall.token, LISTEN)
    assert room is not None and room.default_permissions == LISTEN
    assert (await alice.rooms.get(town_hall.token)).permissions == LISTEN
    people = {p.actor_id: p for p in await service.participants.list(town_hall.token)}
    assert people["alice"].attendee_permissions == 0  # her own was reset
    assert people["alice"].permissions == LISTEN
    back = await service.permissions.set_default(town_hall.token, 0)
    assert back is not None and back.default_permissions == 0


async def test_permission_refusals_are_sentences(
    service: TalkService, alice: TalkService, town_hall: TownHall
) -> None:
    with pytest.raises(BadRequest) as call:
        await service.permissions.set_call(town_hall.token, LISTEN)
    assert call.value.reason == "mode" and "Talk 20 removed them" in str(call.value)
    with pytest.raises(BadRequest) as everyone:
        await service.permissions.set_everyone(town_hall.token, "remove", 16)
    assert "Talk 20 removed it" in str(everyone.value)
    assert "everyone in 'Town hall'" in str(everyone.value)
    with pytest.raises(BadRequest) as value:
        await service.permissions.set_default(town_hall.token, 256)
    assert value.value.reason == "value" and "0 to 255" in str(value.value)
    with pytest.raises(Forbidden) as not_mod:
        await alice.permissions.set_default(town_hall.token, LISTEN)
    assert "only moderators" in str(not_mod.value)
    with pytest.raises(Forbidden) as moderator:
        own = town_hall.id_of(service.login)
        await service.participants.set_permissions(town_hall.token, own, "set", 6)
    assert "always have every permission" in str(moderator.value)


async def test_ban_list_unban_a_guest_and_a_user(
    service: TalkService, demo_server: DemoServer, town_hall: TownHall
) -> None:
    public = await service.rooms.create(3, "Webinar")
    await service.participants.add(public.token, "alice")
    guest_id = add_guest(demo_server, public.token, "Heckler")
    people = {p.attendee_id: p for p in await service.participants.list(public.token)}
    guest = people[guest_id]
    assert await service.bans.list(public.token) == []

    note = "Shouted over the speaker; warned once"
    banned = await service.bans.ban(public.token, "guests", guest.actor_id, note, name="Heckler")
    assert isinstance(banned, Ban)
    assert (banned.banned_actor_type, banned.banned_display_name, banned.internal_note) == (
        "guests",
        "Heckler",
        note,
    )
    assert banned.moderator_actor_id == service.login and banned.banned_time > 0
    listed = await service.bans.list(public.token)
    assert listed == [banned] and listed[0].title == "Heckler"
    after = {p.attendee_id for p in await service.participants.list(public.token)}
    assert guest_id not in after, "a ban removes the guest"

    user_ban = await service.bans.ban(public.token, "users", "bob")  # no participant: allowed
    assert user_ban.title == "Bob" or user_ban.banned_actor_id == "bob"
    with pytest.raises(BadRequest) as again:
        await service.participants.add(public.token, "bob")
    assert "banned" in str(again.value)
    await service.bans.unban(public.token, user_ban.id, name="Bob")
    await service.participants.add(public.token, "bob")
    await service.bans.unban(public.token, 999999)  # unknown: no error, as Talk
    assert [b.id for b in await service.bans.list(public.token)] == [banned.id]


async def test_ban_refusals_are_sentences(
    service: TalkService, alice: TalkService, town_hall: TownHall
) -> None:
    token = town_hall.token
    with pytest.raises(Forbidden) as not_mod:
        await alice.bans.list(token)
    assert str(not_mod.value).startswith("Only moderators can see the bans of")
    with pytest.raises(BadRequest) as too_long:
        await service.bans.ban(token, "users", "alice", "é" * 2001, name="Alice")
    assert too_long.value.reason == "internalNote" and "4,000 bytes" in str(too_long.value)
    exactly = "é" * 2000
    assert note_bytes(exactly) == NOTE_MAX_BYTES
    banned = await service.bans.ban(token, "users", "alice", exactly, name="Alice")
    assert banned.internal_note == exactly
    with pytest.raises(ServerError) as twice:
        await service.bans.ban(token, "users", "alice", name="Alice")
    assert "banned already" in str(twice.value)
    with pytest.raises(BadRequest) as self_ban:
        await service.bans.ban(token, "users", service.login)
    assert str(self_ban.value) == "You cannot ban yourself"
    await service.participants.promote(token, town_hall.id_of("bob"))
    with pytest.raises(BadRequest) as moderator:
        await service.bans.ban(token, "users", "bob", name="Bob")
    assert "demote them first" in str(moderator.value)
    with pytest.raises(BadRequest) as group:
        await service.bans.ban(token, "groups", "testers")
    assert "only users, guests" in str(group.value)


async def test_seeded_bans_decode(make_service: ServiceFactory, service: TalkService) -> None:
    rooms = {room.title: room for room in (await service.rooms.list()).rooms}
    bans = await service.bans.list(rooms["Product Launch Webinar"].token)
    assert [(b.banned_actor_type, b.title) for b in bans] == [("guests", "Harry Heckler")]
    assert bans[0].internal_note and bans[0].banned_by

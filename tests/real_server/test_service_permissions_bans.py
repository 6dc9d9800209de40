"""TalkService against the real server: permissions (default, call, one person, everyone) and
bans (v1), every answer decoded strictly, every refusal a sentence naming the room."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.api import BadRequest, Forbidden, ServerError, TalkService
from app.api.areas.bans import NOTE_MAX_BYTES, note_bytes
from app.moderation import ActionRunner
from app.moderation import permissions as perm_ops
from tests.real_server.conftest import ServiceFactory, TappedFactory
from tests.real_server.wire import (
    PARTICIPANT_ABSENT,
    ROOM_ABSENT,
    assert_all_decoded_strictly,
    assert_decoded_strictly,
    assert_readable,
)

pytestmark = pytest.mark.real_server

LISTEN = 1 | 4 | 128  # join the call and chat; no audio, video, screen


async def test_default_permissions_one_person_and_the_removed_levels(
    tapped_service_for: TappedFactory,
    real_service_for: ServiceFactory,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
) -> None:
    svc, tap = await tapped_service_for("moderator1")
    room = await svc.rooms.create(3, room_name("webinar"))
    cleanup_rooms.append(room.token)
    await svc.participants.add(room.token, "alice")
    await svc.participants.add(room.token, "bob")
    people = {p.actor_id: p for p in await svc.participants.list(room.token)}

    bob = people["bob"].attendee_id
    await svc.participants.set_permissions(room.token, bob, "add", 8)
    answer = await svc.permissions.set_default(room.token, LISTEN)
    assert answer is not None and answer.default_permissions == LISTEN
    assert_decoded_strictly(
        answer, tap.last("PUT", "/permissions/default").data, may_be_absent=ROOM_ABSENT
    )
    alice_svc = await real_service_for("alice")
    assert (await alice_svc.rooms.get(room.token)).permissions == LISTEN
    listed = await svc.participants.list(room.token)
    assert_all_decoded_strictly(
        listed, tap.last("GET", "/participants").data, may_be_absent=PARTICIPANT_ABSENT
    )
    now = {p.actor_id: p for p in listed}
    assert now["bob"].attendee_permissions == 0, "a new default resets everyone's own"
    assert now["alice"].permissions == LISTEN

    alice = now["alice"].attendee_id
    changed = await svc.participants.set_permissions(room.token, alice, "add", 16)
    assert [p.permissions for p in changed] == [LISTEN | 16]

    with pytest.raises(BadRequest) as call:
        await svc.permissions.set_call(room.token, LISTEN)
    assert call.value.reason == "mode"
    assert_readable(call.value)
    with pytest.raises(BadRequest) as everyone:
        await svc.permissions.set_everyone(room.token, "remove", 16)
    assert_readable(everyone.value, mentions=room.title)
    with pytest.raises(Forbidden) as not_mod:
        await alice_svc.permissions.set_default(room.token, LISTEN)
    assert_readable(not_mod.value)

    back = await svc.permissions.set_default(room.token, 0)
    assert back is not None and back.default_permissions == 0


async def test_listen_only_and_everyone_through_the_core(
    real_service: TalkService, room_name: Callable[[str], str], cleanup_rooms: list[str]
) -> None:
    """Talk 21 has no call permissions: listen only lands in the default permissions, and
    everyone-at-once is done person by person."""
    room = await real_service.rooms.create(3, room_name("listen"))
    cleanup_rooms.append(room.token)
    for login in ("alice", "bob"):
        await real_service.participants.add(room.token, login)
    runner = ActionRunner(real_service)
    room = await real_service.rooms.get(room.token)
    alice = {p.actor_id: p for p in await real_service.participants.list(room.token)}["alice"]
    await real_service.participants.set_permissions(room.token, alice.attendee_id, "add", 8)
    on = await runner.run(perm_ops.listen_only(room, True))
    assert on.room is not None and perm_ops.room_listens_only(on.room)
    assert on.room.default_permissions == 247 & ~112
    now = {p.actor_id: p for p in await real_service.participants.list(room.token)}
    assert now["alice"].permissions == (247 & ~112) | 8, "let in past the lobby: kept"
    assert now["bob"].permissions == 247 & ~112
    off = await runner.run(perm_ops.listen_only(on.room, False))
    assert off.room is not None and off.room.default_permissions == 0
    everyone = await runner.run(perm_ops.set_everyone(off.room, "remove", 64))
    assert sorted(everyone.answer) == ["Alice", "Bob"]  # type: ignore[arg-type]
    people = await real_service.participants.list(room.token)
    assert {p.actor_id: p.permissions for p in people if not p.is_moderator} == {
        "alice": 254 & ~64,  # still let in past the lobby
        "bob": 246 & ~64,
    }


async def test_ban_list_unban_and_the_note_in_bytes(
    tapped_service_for: TappedFactory,
    real_service_for: ServiceFactory,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
) -> None:
    svc, tap = await tapped_service_for("moderator1")
    room = await svc.rooms.create(3, room_name("bans"))
    cleanup_rooms.append(room.token)
    for login in ("alice", "bob", "carol"):
        await svc.participants.add(room.token, login)
    guest = await real_service_for("")
    entered = await guest.sessions.open(room.token)
    await guest.participants.set_guest_name(room.token, "Heckler")
    assert await svc.bans.list(room.token) == []

    banned = await svc.bans.ban(room.token, "guests", entered.actor_id, "heckled", name="Heckler")
    assert_decoded_strictly(banned, tap.last("POST", f"/ban/{room.token}").data)
    assert (banned.title, banned.internal_note, banned.banned_by) == (
        "Heckler",
        "heckled",
        "Moderator One",
    )
    people = await svc.participants.list(room.token)
    assert entered.actor_id not in {p.actor_id for p in people}, "the ban removed the guest"

    with pytest.raises(BadRequest) as too_long:
        await svc.bans.ban(room.token, "users", "alice", "é" * 2001, name="Alice")
    assert too_long.value.reason == "internalNote"
    assert_readable(too_long.value)
    exactly = "é" * 2000  # 2,000 characters, 4,000 bytes: Talk counts bytes
    assert note_bytes(exactly) == NOTE_MAX_BYTES
    alice_ban = await svc.bans.ban(room.token, "users", "alice", exactly, name="Alice")
    assert alice_ban.internal_note == exactly
    with pytest.raises(ServerError) as twice:
        await svc.bans.ban(room.token, "users", "alice", name="Alice")
    assert_readable(twice.value, mentions="banned already")
    with pytest.raises(BadRequest) as self_ban:
        await svc.bans.ban(room.token, "users", "moderator1")
    assert_readable(self_ban.value)

    listed = await svc.bans.list(room.token)
    assert_all_decoded_strictly(listed, tap.last("GET", f"/ban/{room.token}").data)
    assert [b.id for b in listed] == [banned.id, alice_ban.id]
    bob = await real_service_for("bob")
    with pytest.raises(Forbidden) as not_mod:
        await bob.bans.list(room.token)
    assert_readable(not_mod.value)

    await svc.bans.unban(room.token, alice_ban.id, name="Alice")
    await svc.participants.add(room.token, "alice")  # may be added again
    await svc.bans.unban(room.token, 999999)  # unknown id: 200, as the code says
    assert [b.id for b in await svc.bans.list(room.token)] == [banned.id]

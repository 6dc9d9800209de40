"""TalkService against the real server: calls (join, media flags, peers, ring, end, dial-out).

Sessions exist only for app-password logins, which every test user has. The real server has
no SIP, so dial-out and phone participants answer with the errors checked here.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.api.constants import InCallFlag
from app.api.errors import BadRequest, Conflict, LobbyActive, NotConfigured, NotFound
from tests.real_server.conftest import ServiceFactory, TappedFactory
from tests.real_server.wire import assert_all_decoded_strictly, assert_readable

pytestmark = pytest.mark.real_server


async def test_join_call_flags_peers_ring_and_end_for_everyone(
    tapped_service_for: TappedFactory,
    real_service_for: ServiceFactory,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
) -> None:
    svc, tap = await tapped_service_for("moderator1")
    room = await svc.rooms.create(2, room_name("call"))
    cleanup_rooms.append(room.token)
    for login in ("alice", "bob"):
        await svc.participants.add(room.token, login)
    people = {p.actor_id: p.attendee_id for p in await svc.participants.list(room.token)}
    assert await svc.calls.peers(room.token) == []

    with pytest.raises(BadRequest) as no_call:  # nobody is in a call yet
        await svc.calls.ring(room.token, people["bob"])
    assert_readable(no_call.value, mentions="Bob")
    await svc.calls.join(room.token)
    assert svc.sessions.is_open(room.token)
    alice = await real_service_for("alice")
    await alice.calls.join(room.token, flags=int(InCallFlag.IN_CALL | InCallFlag.WITH_AUDIO))

    peers = await svc.calls.peers(room.token)
    assert_all_decoded_strictly(peers, tap.last("GET", f"/call/{room.token}").data)
    assert sorted(p.actor_id for p in peers) == ["alice", "moderator1"]
    assert {p.token for p in peers} == {room.token}
    assert all(p.session_id and p.last_ping for p in peers)
    assert (await svc.rooms.get(room.token)).has_call

    await alice.calls.update_flags(room.token, int(InCallFlag.IN_CALL))
    in_call = {p.actor_id: p.in_call for p in await svc.participants.list(room.token)}
    assert in_call["alice"] == int(InCallFlag.IN_CALL)
    assert in_call["moderator1"] == int(
        InCallFlag.IN_CALL | InCallFlag.WITH_AUDIO | InCallFlag.WITH_VIDEO
    )

    await svc.calls.ring(room.token, people["bob"])
    with pytest.raises(NotFound) as unknown:
        await svc.calls.ring(room.token, 999999)
    assert_readable(unknown.value, mentions=room.title)
    with pytest.raises(NotFound) as not_phone:  # bob is a user, not a phone attendee
        await svc.calls.dial_out(room.token, people["bob"])
    assert_readable(not_phone.value, mentions="Bob")
    with pytest.raises(NotConfigured) as no_sip:  # no SIP bridge: no phone attendees at all
        await svc.participants.add(room.token, "+4915112345678", "phones")
    assert_readable(no_sip.value)

    await alice.calls.leave(room.token)
    assert [p.actor_id for p in await svc.calls.peers(room.token)] == ["moderator1"]
    await alice.calls.join(room.token)
    await svc.calls.leave(room.token, end_for_everyone=True)
    assert await svc.calls.peers(room.token) == []
    assert not (await svc.rooms.get(room.token)).has_call
    await svc.calls.leave(room.token)  # no call any more: leaving again is harmless


async def test_call_refusals(
    real_service_for: ServiceFactory,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
) -> None:
    svc = await real_service_for("moderator1")
    room = await svc.rooms.create(2, room_name("refused"))
    cleanup_rooms.append(room.token)
    await svc.participants.add(room.token, "alice")
    with pytest.raises(NotFound) as unknown:
        await svc.calls.peers("zzzzzzzz")
    assert_readable(unknown.value)
    with pytest.raises(NotFound) as no_session:  # media flags need a session in the call
        await svc.calls.update_flags(room.token, int(InCallFlag.IN_CALL))
    assert_readable(no_session.value, mentions=room.title)
    await svc.sessions.open(room.token)
    with pytest.raises(BadRequest) as not_in_call:
        await svc.calls.update_flags(room.token, int(InCallFlag.IN_CALL))
    assert_readable(not_in_call.value)
    await svc.sessions.close(room.token)

    await svc.webinar.set_lobby(room.token, True)
    alice = await real_service_for("alice")
    await alice.rooms.get(room.token)
    with pytest.raises(LobbyActive) as held:
        await alice.calls.join(room.token)
    assert_readable(held.value, mentions=room.title)
    dave = await real_service_for("dave")
    with pytest.raises(NotFound) as outsider:
        await dave.calls.peers(room.token)
    assert_readable(outsider.value)


async def test_second_session_and_a_non_moderator_ending_the_call(
    real_service_for: ServiceFactory,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
) -> None:
    svc = await real_service_for("moderator1")
    room = await svc.rooms.create(2, room_name("sessions"))
    cleanup_rooms.append(room.token)
    await svc.participants.add(room.token, "bob")
    bob = await real_service_for("bob")
    await bob.rooms.get(room.token)
    await bob.calls.join(room.token)
    await svc.calls.join(room.token)

    # joining again without force while this session is in the call: Talk refuses (409)
    with pytest.raises(Conflict) as busy:
        await bob.sessions.open(room.token, force=False)
    assert_readable(busy.value, mentions=room.title)
    assert busy.value.status == 409
    # another device (its own cookie jar) gets a session of its own
    other_device = await real_service_for("bob")
    await other_device.sessions.open(room.token, force=False)
    assert other_device.sessions.is_open(room.token)

    # Talk quietly turns "end for everyone" by a non-moderator into leaving the call
    await bob.calls.leave(room.token, end_for_everyone=True)
    assert [p.actor_id for p in await svc.calls.peers(room.token)] == ["moderator1"]
    await svc.calls.leave(room.token, end_for_everyone=True)
    assert await svc.calls.peers(room.token) == []

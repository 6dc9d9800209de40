"""``service.calls`` against the demo server: success and every refusal.

Call actions need a Talk session bound to the service's cookie jar; the service opens one on
demand (``service.sessions.ensure``), which these tests rely on as the console does.
"""

from __future__ import annotations

import pytest

from app.api import (
    BadRequest,
    Forbidden,
    LobbyActive,
    NotConfigured,
    NotFound,
    Participant,
    TalkService,
)
from app.api.constants import InCallFlag
from app.demo_server import DemoServer
from tests.api.conftest import ServiceFactory, TownHall


async def test_join_call_update_flags_and_leave(service: TalkService, town_hall: TownHall) -> None:
    assert await service.calls.peers(town_hall.token) == []
    await service.calls.join(town_hall.token)
    assert service.sessions.is_open(town_hall.token)
    peers = await service.calls.peers(town_hall.token)
    assert [p.actor_id for p in peers] == [service.login]
    assert peers[0].token == town_hall.token and peers[0].session_id
    room = await service.rooms.get(town_hall.token)
    assert room.has_call

    await service.calls.update_flags(town_hall.token, InCallFlag.IN_CALL | InCallFlag.WITH_AUDIO)
    me = next(
        p for p in await service.participants.list(town_hall.token) if p.actor_id == service.login
    )
    assert me.in_call_flags == InCallFlag.IN_CALL | InCallFlag.WITH_AUDIO

    await service.calls.leave(town_hall.token)
    assert await service.calls.peers(town_hall.token) == []


async def test_silent_join(service: TalkService, town_hall: TownHall) -> None:
    await service.calls.join(town_hall.token, silent=True, flags=int(InCallFlag.IN_CALL))
    assert len(await service.calls.peers(town_hall.token)) == 1


async def test_end_call_for_everyone(
    service: TalkService, alice: TalkService, town_hall: TownHall
) -> None:
    await alice.calls.join(town_hall.token)
    await service.calls.join(town_hall.token)
    assert len(await service.calls.peers(town_hall.token)) == 2
    await service.calls.leave(town_hall.token, end_for_everyone=True)
    assert await service.calls.peers(town_hall.token) == []
    assert not (await service.rooms.get(town_hall.token)).has_call


async def test_end_call_needs_only_a_session(
    make_service: ServiceFactory, alice: TalkService, town_hall: TownHall, demo_server: DemoServer
) -> None:
    await alice.calls.join(town_hall.token)
    fresh = await make_service(demo_server.moderator.login)  # a new cookie jar, no session yet
    await fresh.calls.leave(town_hall.token, end_for_everyone=True)  # opens a session first
    assert await fresh.calls.peers(town_hall.token) == []


async def test_update_flags_when_not_in_call(service: TalkService, town_hall: TownHall) -> None:
    await service.sessions.open(town_hall.token)
    with pytest.raises(BadRequest) as caught:
        await service.calls.update_flags(town_hall.token, 3)
    assert str(caught.value) == "Cannot change your media: you are not in the call"


async def test_call_refusals(service: TalkService, alice: TalkService, town_hall: TownHall) -> None:
    await alice.rooms.get(town_hall.token)
    await service.rooms.set_read_only(town_hall.token, True)
    with pytest.raises(Forbidden) as read_only:
        await alice.calls.join(town_hall.token)
    assert str(read_only.value) == "Cannot join the call: 'Town hall' is read-only"
    await service.rooms.set_read_only(town_hall.token, False)

    await service.webinar.set_lobby(town_hall.token, True)
    with pytest.raises(LobbyActive) as lobby:
        await alice.calls.join(town_hall.token)
    assert lobby.value.status == 412
    assert str(lobby.value) == (
        "Cannot join the call in 'Town hall': the lobby of 'Town hall' is on and you are not "
        "a moderator"
    )
    with pytest.raises(NotFound):
        await service.calls.peers("zzzzzzzz")


async def test_ring(service: TalkService, town_hall: TownHall) -> None:
    alice = town_hall.people["alice"]
    await service.participants.list(town_hall.token)
    with pytest.raises(BadRequest) as no_call:
        await service.calls.ring(town_hall.token, alice.attendee_id)
    assert str(no_call.value) == (
        f"Cannot ring {alice.title}: a call must be running and you must be in it, and "
        f"{alice.title} must be a user who is not already in the call"
    )
    await service.calls.join(town_hall.token)
    await service.calls.ring(town_hall.token, alice.attendee_id)
    with pytest.raises(NotFound) as unknown:
        await service.calls.ring(town_hall.token, 999999)
    assert str(unknown.value) == (
        "Cannot ring attendee 999999: they are not a participant of 'Town hall'"
    )


@pytest.fixture
async def phone(service: TalkService, town_hall: TownHall) -> Participant:
    """A phone number added to the town hall, the kind of participant SIP dial-out calls."""
    await service.participants.add(town_hall.token, "+4915112345678", "phones")
    return next(
        p for p in await service.participants.list(town_hall.token) if p.actor_type == "phones"
    )


async def test_dial_out(service: TalkService, town_hall: TownHall, phone: Participant) -> None:
    alice = town_hall.people["alice"]
    await service.calls.join(town_hall.token)
    await service.calls.dial_out(town_hall.token, phone.attendee_id)
    with pytest.raises(NotFound) as not_phone:
        await service.calls.dial_out(town_hall.token, alice.attendee_id)
    assert str(not_phone.value) == (
        f"Cannot dial out to {alice.title}: they are not a phone participant of 'Town hall'"
    )


async def test_dial_out_without_a_call(
    service: TalkService, town_hall: TownHall, phone: Participant
) -> None:
    with pytest.raises(BadRequest) as caught:
        await service.calls.dial_out(town_hall.token, phone.attendee_id)
    assert str(caught.value) == (
        f"Cannot dial out to {phone.title}: a call must be running and you must be in it"
    )


async def test_dial_out_without_sip(
    service: TalkService, town_hall: TownHall, demo_server: DemoServer, phone: Participant
) -> None:
    await service.calls.join(town_hall.token)
    demo_server.state.sip_dialout = False  # the admin switches the SIP bridge's dial-out off
    with pytest.raises(NotConfigured) as caught:
        await service.calls.dial_out(town_hall.token, phone.attendee_id)
    assert caught.value.status == 501
    assert str(caught.value) == "SIP dial-out is not configured on this server"

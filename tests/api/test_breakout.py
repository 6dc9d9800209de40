"""``service.breakout`` on the demo server (which answers like Talk 21.1.7, checked by the
parity suite): set-up in each mode, assignments, start, stop, broadcast, help requests,
switching, removal, the answers decoded strictly and every refusal in words."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.api import BadRequest, Forbidden, TalkError, TalkService
from app.api.areas.breakout import (
    BreakoutMode,
    BreakoutStatus,
    asks_for_assistance,
    is_breakout_room,
    is_started,
    split_answer,
)
from app.demo_server import DemoServer
from app.demo_server.profile import DEMO
from tests.api.conftest import ServiceFactory, TownHall


async def test_manual_set_up_places_people_and_every_moderator_everywhere(
    service: TalkService, town_hall: TownHall
) -> None:
    answer = await service.breakout.configure(
        town_hall.token, BreakoutMode.MANUAL, 2, {town_hall.id_of("alice"): 1}
    )
    parent, rooms = split_answer(answer, town_hall.token)
    assert parent is not None and parent.breakout_room_mode == BreakoutMode.MANUAL
    assert [room.title for room in rooms] == ["Room 1", "Room 2"]
    assert all(is_breakout_room(r) and r.object_id == town_hall.token for r in rooms)
    assert all(room.lobby_state == 1 for room in rooms)  # closed until started
    first = {p.actor_id for p in await service.participants.list(rooms[0].token)}
    second = {p.actor_id for p in await service.participants.list(rooms[1].token)}
    assert first == {"moderator1"}  # bob was not assigned: he stays in the parent only
    assert second == {"moderator1", "alice"}
    listed = await service.breakout.list(town_hall.token)
    assert [room.token for room in listed] == [room.token for room in rooms]
    everyone = await service.breakout.participants(town_hall.token)
    where = {(p.room_token, p.actor_id) for p in everyone}
    assert (rooms[1].token, "alice") in where and (town_hall.token, "bob") in where
    assert (rooms[0].token, "alice") not in where and len(everyone) == 3 + 1 + 2


async def test_automatic_set_up_spreads_everyone(service: TalkService, town_hall: TownHall) -> None:
    answer = await service.breakout.configure(town_hall.token, BreakoutMode.AUTOMATIC, 2)
    _, rooms = split_answer(answer, town_hall.token)
    placed = [
        {p.actor_id for p in await service.participants.list(room.token)} - {"moderator1"}
        for room in rooms
    ]
    assert sorted(len(people) for people in placed) == [1, 1]
    assert placed[0] | placed[1] == {"alice", "bob"}


async def test_start_help_broadcast_stop_and_remove(
    service: TalkService, alice: TalkService, town_hall: TownHall
) -> None:
    token = town_hall.token
    answer = await service.breakout.configure(
        token, BreakoutMode.MANUAL, 2, {town_hall.id_of("alice"): 0, town_hall.id_of("bob"): 1}
    )
    _, rooms = split_answer(answer, token)
    with pytest.raises(BadRequest) as closed:
        await alice.breakout.request_assistance(rooms[0].token)
    assert closed.value.reason == "room" and "not a running breakout room" in str(closed.value)
    started, _ = split_answer(await service.breakout.start(token), token)
    assert started is not None and is_started(started)
    asked = await alice.breakout.request_assistance(rooms[0].token)
    assert asked.breakout_room_status == BreakoutStatus.ASSISTANCE_REQUESTED
    seen = await service.rooms.get(rooms[0].token)
    assert asks_for_assistance(seen)
    sent = await service.breakout.broadcast(token, "5 minutes left")
    assert len(sent) == 3
    last = await service.rooms.get(rooms[1].token)
    assert last.last_activity >= seen.last_activity
    stopped, closed_rooms = split_answer(await service.breakout.stop(token), token)
    assert stopped is not None and not is_started(stopped)
    assert all(room.lobby_state == 1 and not asks_for_assistance(room) for room in closed_rooms)
    parent = await service.breakout.remove(token)
    assert parent.breakout_room_mode == BreakoutMode.NOT_CONFIGURED
    with pytest.raises(TalkError) as gone:
        await service.rooms.get(rooms[0].token)
    assert gone.value.status == 404


async def test_moves_and_their_refusals(
    service: TalkService, alice: TalkService, town_hall: TownHall
) -> None:
    token = town_hall.token
    with pytest.raises(BadRequest) as nothing:
        await service.breakout.assign(token, {town_hall.id_of("alice"): 0})
    assert "No breakout rooms are set up in" in str(nothing.value)
    answer = await service.breakout.configure(
        token, BreakoutMode.MANUAL, 2, {town_hall.id_of("alice"): 0}
    )
    _, rooms = split_answer(answer, token)
    await service.breakout.assign(token, {town_hall.id_of("alice"): 1})
    assert {p.actor_id for p in await service.participants.list(rooms[0].token)} == {"moderator1"}
    with pytest.raises(BadRequest) as no_room:
        await service.breakout.assign(token, {town_hall.id_of("alice"): 2})
    assert "does not exist" in str(no_room.value)
    with pytest.raises(BadRequest) as moderator:
        await service.breakout.assign(token, {town_hall.room.attendee_id: 0})
    assert "they are in every breakout room" in str(moderator.value)
    with pytest.raises(Forbidden):
        await alice.breakout.start(token)
    await service.participants.remove(token, town_hall.id_of("alice"))
    assert {p.actor_id for p in await service.participants.list(rooms[1].token)} == {"moderator1"}
    await service.participants.add(token, "alice")  # back, in no breakout room
    with pytest.raises(BadRequest) as switch:
        await alice.breakout.switch(token, rooms[0].token)
    assert "free choice" in str(switch.value)


async def test_free_choice_switch(
    service: TalkService, alice: TalkService, town_hall: TownHall
) -> None:
    token = town_hall.token
    _, rooms = split_answer(await service.breakout.configure(token, BreakoutMode.FREE, 2), token)
    with pytest.raises(BadRequest) as early:
        await alice.breakout.switch(token, rooms[0].token)
    assert "have not started" in str(early.value)
    await service.breakout.start(token)
    there = await alice.breakout.switch(token, rooms[1].token)
    assert there.token == rooms[1].token
    with pytest.raises(BadRequest) as moderator:
        await service.breakout.switch(token, rooms[0].token)
    assert "Moderators do not switch" in str(moderator.value)


async def test_set_up_refusals(service: TalkService, town_hall: TownHall) -> None:
    public = await service.rooms.create(3, "Open day")
    with pytest.raises(BadRequest) as not_group:
        await service.breakout.configure(public.token, BreakoutMode.AUTOMATIC, 2)
    assert not_group.value.reason == "room" and "group conversation" in str(not_group.value)
    with pytest.raises(BadRequest) as amount:
        await service.breakout.configure(town_hall.token, BreakoutMode.AUTOMATIC, 21)
    assert "1 to 20" in str(amount.value)
    # as on the real server, the refused amount left the mode set: remove before retrying
    with pytest.raises(BadRequest) as again:
        await service.breakout.configure(town_hall.token, BreakoutMode.AUTOMATIC, 2)
    assert again.value.reason == "room"
    await service.breakout.remove(town_hall.token)
    await service.breakout.configure(town_hall.token, BreakoutMode.AUTOMATIC, 2)
    with pytest.raises(TalkError) as long:
        await service.breakout.broadcast(town_hall.token, "x" * 32001)
    assert long.value.status == 413 and "32,000 characters" in str(long.value)


@pytest.fixture
def switched_off() -> Iterator[DemoServer]:
    """A demo server whose administrator switched breakout rooms off."""
    from dataclasses import replace

    server = DemoServer(seed=1, profile=replace(DEMO, breakout_rooms=False)).start()
    try:
        yield server
    finally:
        server.stop()


async def test_switched_off_by_the_admin(
    make_service: ServiceFactory, switched_off: DemoServer
) -> None:
    svc = await make_service("moderator1", server=switched_off)
    caps = await svc.account.capabilities()
    assert caps.has("breakout-rooms-v1") and not caps.breakout_rooms
    room = await svc.rooms.create(2, "Workshop")
    with pytest.raises(BadRequest) as off:
        await svc.breakout.configure(room.token, BreakoutMode.AUTOMATIC, 2)
    assert off.value.reason == "config" and "switched breakout rooms off" in str(off.value)

"""TalkService against the real server: breakout rooms of a group conversation, set up,
assigned, started, asked for help, broadcast to, stopped and removed, and every refusal.

Every room answer is compared field by field with the raw JSON of the same answer; refusals
must be the right ``TalkError`` with a readable sentence.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.api.areas.breakout import (
    BreakoutMode,
    BreakoutStatus,
    asks_for_assistance,
    is_started,
    split_answer,
)
from app.api.errors import BadRequest, Forbidden, TalkError
from tests.real_server.conftest import ServiceFactory, TappedFactory
from tests.real_server.wire import (
    PARTICIPANT_ABSENT,
    ROOM_ABSENT,
    assert_decoded_strictly,
    assert_readable,
)

pytestmark = pytest.mark.real_server


async def test_a_whole_manual_session_decodes_strictly(
    tapped_service_for: TappedFactory,
    real_service_for: ServiceFactory,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
) -> None:
    svc, tap = await tapped_service_for("moderator1")
    alice = await real_service_for("alice")
    made = await svc.rooms.create(2, room_name("workshop"))
    cleanup_rooms.append(made.token)
    for login in ("alice", "bob", "carol"):
        await svc.participants.add(made.token, login)
    ids = {p.actor_id: p.attendee_id for p in await svc.participants.list(made.token)}

    answer = await svc.breakout.configure(
        made.token, BreakoutMode.MANUAL, 2, {ids["alice"]: 0, ids["bob"]: 1}
    )
    raw = tap.last("POST", f"/breakout-rooms/{made.token}").data
    for room, data in zip(answer, raw, strict=True):
        assert_decoded_strictly(room, data, may_be_absent=ROOM_ABSENT)
    parent, rooms = split_answer(answer, made.token)
    assert parent is not None and parent.breakout_room_mode == BreakoutMode.MANUAL
    assert [room.name for room in rooms] == ["Room 1", "Room 2"]
    assert {p.actor_id for p in await svc.participants.list(rooms[0].token)} == {
        "moderator1",
        "alice",
    }

    moved = await svc.breakout.assign(made.token, {ids["carol"]: 0})
    assert len(moved) == 3
    assert "carol" in {p.actor_id for p in await svc.participants.list(rooms[0].token)}
    listed = await svc.breakout.list(made.token)
    assert [room.token for room in listed] == [room.token for room in rooms]
    everyone = await svc.breakout.participants(made.token)
    raw_people = tap.last("GET", "/breakout-rooms/participants").data
    for person, data in zip(everyone, raw_people, strict=True):
        assert_decoded_strictly(person, data, may_be_absent=PARTICIPANT_ABSENT)
    assert (rooms[0].token, "carol") in {(p.room_token, p.actor_id) for p in everyone}

    started, _ = split_answer(await svc.breakout.start(made.token), made.token)
    assert started is not None and is_started(started)
    asked = await alice.breakout.request_assistance(rooms[0].token)
    assert asked.breakout_room_status == BreakoutStatus.ASSISTANCE_REQUESTED
    assert asks_for_assistance(await svc.rooms.get(rooms[0].token))
    sent = await svc.breakout.broadcast(made.token, "5 minutes left")
    assert {room.token for room in sent} == {made.token, rooms[0].token, rooms[1].token}
    reset = await svc.breakout.reset_assistance(rooms[0].token)
    assert_decoded_strictly(
        reset,
        tap.last("DELETE", "/request-assistance").data,
        may_be_absent=ROOM_ABSENT,
    )
    assert not asks_for_assistance(reset)
    stopped, closed = split_answer(await svc.breakout.stop(made.token), made.token)
    assert stopped is not None and not is_started(stopped)
    assert all(room.lobby_state == 1 for room in closed)
    back = await svc.breakout.remove(made.token)
    assert_decoded_strictly(
        back, tap.last("DELETE", f"/breakout-rooms/{made.token}").data, may_be_absent=ROOM_ABSENT
    )
    assert back.breakout_room_mode == BreakoutMode.NOT_CONFIGURED
    with pytest.raises(TalkError) as gone:
        await svc.rooms.get(rooms[0].token)
    assert gone.value.status == 404


async def test_refusals_are_sentences(
    real_service_for: ServiceFactory,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
) -> None:
    svc = await real_service_for("moderator1")
    alice = await real_service_for("alice")
    group = await svc.rooms.create(2, room_name("group"))
    public = await svc.rooms.create(3, room_name("public"))
    cleanup_rooms.extend([group.token, public.token])
    await svc.participants.add(group.token, "alice")

    with pytest.raises(BadRequest) as not_group:
        await svc.breakout.configure(public.token, BreakoutMode.AUTOMATIC, 2)
    assert not_group.value.reason == "room"
    assert_readable(not_group.value, mentions="only a group conversation")
    with pytest.raises(BadRequest) as not_set_up:
        await svc.breakout.start(group.token)
    assert_readable(not_set_up.value, mentions="No breakout rooms are set up in")
    with pytest.raises(Forbidden) as not_moderator:
        await alice.breakout.configure(group.token, BreakoutMode.AUTOMATIC, 2)
    assert_readable(not_moderator.value, mentions="Only moderators can set up breakout rooms")

    _, rooms = split_answer(
        await svc.breakout.configure(group.token, BreakoutMode.AUTOMATIC, 2), group.token
    )
    with pytest.raises(BadRequest) as twice:
        await svc.breakout.configure(group.token, BreakoutMode.AUTOMATIC, 2)
    assert twice.value.reason == "room"
    with pytest.raises(BadRequest) as moderator:
        await svc.breakout.assign(group.token, {group.attendee_id: 1})
    assert_readable(moderator.value, mentions="they are in every breakout room")
    with pytest.raises(BadRequest) as nested:
        await svc.breakout.configure(rooms[0].token, BreakoutMode.AUTOMATIC, 2)
    assert nested.value.reason == "room"
    with pytest.raises(BadRequest) as closed:
        await alice.breakout.list(group.token)
    assert_readable(closed.value, mentions="have not started yet")
    with pytest.raises(BadRequest) as not_free:
        await alice.breakout.switch(group.token, rooms[0].token)
    assert_readable(not_free.value, mentions="free choice")
    with pytest.raises(TalkError) as long:
        await svc.breakout.broadcast(group.token, "x" * 32001)
    assert long.value.status == 413
    assert_readable(long.value, mentions="32,000 characters")


async def test_free_choice_switch(
    real_service_for: ServiceFactory,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
) -> None:
    svc = await real_service_for("moderator1")
    alice = await real_service_for("alice")
    group = await svc.rooms.create(2, room_name("free"))
    cleanup_rooms.append(group.token)
    await svc.participants.add(group.token, "alice")
    _, rooms = split_answer(
        await svc.breakout.configure(group.token, BreakoutMode.FREE, 2), group.token
    )
    await svc.breakout.start(group.token)
    there = await alice.breakout.switch(group.token, rooms[1].token)
    assert there.token == rooms[1].token
    assert "alice" in {p.actor_id for p in await svc.participants.list(rooms[1].token)}
    with pytest.raises(BadRequest) as moderator:
        await svc.breakout.switch(group.token, rooms[0].token)
    assert_readable(moderator.value, mentions="Moderators do not switch")

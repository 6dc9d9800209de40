"""Breakout rooms (Talk's BreakoutRoomController and RoomController::getBreakoutRooms), with
the real server's codes and error keys, as recorded from Talk 21.1.7.

Quirks kept because the real server has them (the parity table checks them): the mode is
stored before the amount is checked, so a refused amount leaves the parent "set up" without
rooms (the next set-up is refused with ``room`` until removed); mode 0 is taken and creates
rooms while the parent stays unconfigured; start and stop answer success when already so; an
empty broadcast is posted. Breakout rooms take only users (no guests) and every moderator of
the parent is put in every room.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.responses import Response

from .. import ocs, views
from ..breakout import (
    ASSISTANCE_REQUESTED,
    AUTOMATIC,
    BREAKOUT,
    FREE,
    LOBBY_NON_MODERATORS,
    LOBBY_NONE,
    MANUAL,
    MAX_ROOMS,
    MESSAGE_MAX,
    MIN_ROOMS,
    NOT_CONFIGURED,
    STARTED,
    STOPPED,
    add_users,
    children,
    close_room,
    create_rooms,
    open_room,
    users,
)
from ..models import GROUP, GUEST, MODERATOR_TYPES, Attendee, Room
from ..state import DemoState, TalkError
from .common import TALK, TALK_V1, TOKEN, Ctx, Route, load_participant, room_response, route

BASE = TALK_V1 + "/breakout-rooms/" + TOKEN


def _rooms_answer(ctx: Ctx, rooms: list[Room], status: int = 200) -> Response:
    """Talk's formatMultipleRooms: each room as the caller sees it, skipping rooms the caller
    is not in."""
    data: list[dict[str, Any]] = []
    for room in rooms:
        attendee, session = ctx.state.participant_for(room, ctx.caller)
        if attendee is not None:
            data.append(views.room_dict(ctx.state, room, attendee, session))
    return ocs.ok(data, status=status)


def _moderated(ctx: Ctx) -> tuple[Room, Attendee]:
    room, attendee, _ = load_participant(ctx, moderator=True)
    return room, attendee


def _parse_map(raw: str, maximum: int) -> dict[int, int]:
    """Talk's parseAttendeeMap: a JSON object of attendee id -> room index (strictly ints)."""
    if raw == "":
        return {}
    try:
        decoded = json.loads(raw)
    except ValueError:
        raise TalkError(400, {"error": "attendeeMap"}) from None
    if isinstance(decoded, list):
        decoded = dict(enumerate(decoded))
    if not isinstance(decoded, dict):
        raise TalkError(400, {"error": "attendeeMap"})
    if not decoded:
        return {}
    result: dict[int, int] = {}
    for key, value in decoded.items():
        number = key if isinstance(key, int) else _int_key(key)
        if number is None or isinstance(value, bool) or not isinstance(value, int):
            raise TalkError(400, {"error": "attendeeMap"})  # PHP's strict int callback
        result[number] = value
    if max(result.values()) >= maximum or min(result.values()) < 0 or min(result) <= 0:
        raise TalkError(400, {"error": "attendeeMap"})
    return result


def _int_key(key: str) -> int | None:
    """PHP turns a decimal-integer string key into an int key; others stay strings."""
    if (
        key == "0"
        or (key[:1] in "123456789" and key.isdigit())
        or (key[:1] == "-" and key[1:2] in "123456789" and key[1:].isdigit())
    ):
        return int(key)
    return None


def configure(ctx: Ctx) -> Response:
    """POST breakout-rooms/{token}: ``mode``, ``amount`` (both required), ``attendeeMap``."""
    parent, actor = _moderated(ctx)
    mode = ctx.params.required_int("mode")
    amount = ctx.params.required_int("amount")
    raw_map = ctx.params.get_str("attendeeMap", "[]")
    state = ctx.state
    if not state.profile.breakout_rooms:
        raise TalkError(400, {"error": "config"})
    if parent.breakout_room_mode != NOT_CONFIGURED:
        raise TalkError(400, {"error": "room"})
    if parent.type != GROUP or parent.object_type == BREAKOUT:
        raise TalkError(400, {"error": "room"})
    if mode not in (NOT_CONFIGURED, AUTOMATIC, MANUAL, FREE):
        raise TalkError(400, {"error": "mode"})
    parent.breakout_room_mode = mode
    state.touch(parent, activity=False)
    if not MIN_ROOMS <= amount <= MAX_ROOMS:
        raise TalkError(400, {"error": "amount"})
    placed = _parse_map(raw_map, amount) if mode == MANUAL else {}
    rooms = create_rooms(state, parent, amount, actor)
    members = users(parent)
    moderators = [a for a in members if a.participant_type in MODERATOR_TYPES]
    for room in rooms:
        add_users(state, room, moderators, actor)
    others = [a for a in members if a.participant_type not in MODERATOR_TYPES]
    if mode == AUTOMATIC:
        state.rng.shuffle(others)
        for index, person in enumerate(others):
            add_users(state, rooms[index % amount], [person], actor)
    elif mode == MANUAL:
        for person in others:
            if person.id in placed:
                add_users(state, rooms[placed[person.id]], [person], actor)
    return _rooms_answer(ctx, [*rooms, parent])


def apply_map(ctx: Ctx) -> Response:
    """POST …/attendees ``attendeeMap``: move the named users; moderators cannot be moved."""
    parent, actor = _moderated(ctx)
    raw_map = ctx.params.required_str("attendeeMap")
    state = ctx.state
    if not state.profile.breakout_rooms:
        raise TalkError(400, {"error": "config"})
    if parent.breakout_room_mode == NOT_CONFIGURED:
        raise TalkError(400, {"error": "mode"})
    rooms = children(state, parent)
    placed = _parse_map(raw_map, len(rooms))
    movers = [a for a in users(parent) if a.id in placed]
    logins = {a.actor_id for a in movers}
    removals: list[tuple[Room, Attendee]] = []
    for room in rooms:
        for attendee in users(room):
            if attendee.actor_id in logins:
                if attendee.is_moderator:
                    raise TalkError(400, {"error": "moderator"})
                removals.append((room, attendee))
    for room, attendee in removals:
        state.remove_attendee(room, attendee)
        state.post_system(room, actor, "user_removed", subject=attendee)
    for person in movers:
        add_users(state, rooms[placed[person.id]], [person], actor)
    return _rooms_answer(ctx, [*rooms, parent])


def start(ctx: Ctx) -> Response:
    parent, actor = _moderated(ctx)
    if parent.breakout_room_mode == NOT_CONFIGURED:
        raise TalkError(400, {"error": "mode"})
    rooms = children(ctx.state, parent)
    for room in rooms:
        if room.lobby_state != LOBBY_NONE:
            open_room(ctx.state, room)
            ctx.state.post_system(room, actor, "breakout_rooms_started")
    if parent.breakout_room_status != STARTED:
        parent.breakout_room_status = STARTED
        ctx.state.touch(parent)
    return _rooms_answer(ctx, [*rooms, parent])


def stop(ctx: Ctx) -> Response:
    parent, actor = _moderated(ctx)
    if parent.breakout_room_mode == NOT_CONFIGURED:
        raise TalkError(400, {"error": "mode"})
    if parent.breakout_room_status != STOPPED:
        parent.breakout_room_status = STOPPED
        ctx.state.touch(parent)
    rooms = children(ctx.state, parent)
    for room in rooms:
        if room.lobby_state != LOBBY_NON_MODERATORS:
            close_room(ctx.state, room)
            ctx.state.post_system(room, actor, "breakout_rooms_stopped")
        if room.breakout_room_status == ASSISTANCE_REQUESTED:
            room.breakout_room_status = STOPPED
            ctx.state.touch(room)
    return _rooms_answer(ctx, [*rooms, parent])


def broadcast(ctx: Ctx) -> Response:
    """POST …/broadcast ``message``: posted in every breakout room by the moderator; 201."""
    parent, actor = _moderated(ctx)
    message = ctx.params.required_str("message")
    if parent.breakout_room_mode == NOT_CONFIGURED:
        raise TalkError(400, {"error": "mode"})
    if len(message) > MESSAGE_MAX:
        raise TalkError(413, {"error": "message"})
    rooms = children(ctx.state, parent)
    for room in rooms:
        ctx.state.post_comment(room, actor.actor_type, actor.actor_id, actor.display_name, message)
    return _rooms_answer(ctx, [*rooms, parent], status=201)


def remove(ctx: Ctx) -> Response:
    """DELETE breakout-rooms/{token}: the rooms go, the parent is no longer set up (200 also
    when nothing was set up)."""
    parent, attendee = _moderated(ctx)
    for room in children(ctx.state, parent):
        ctx.state.delete_room(room)
    parent.breakout_room_mode = NOT_CONFIGURED
    parent.breakout_room_status = STOPPED
    ctx.state.touch(parent, activity=False)
    _, session = ctx.state.participant_for(parent, ctx.caller)
    return room_response(ctx, parent, attendee, session)


def _assistance(ctx: Ctx, status: int) -> Response:
    room, attendee, session = load_participant(ctx)
    if room.object_type != BREAKOUT or room.lobby_state != LOBBY_NONE:
        raise TalkError(400, {"error": "room"})
    if room.breakout_room_status != status:
        room.breakout_room_status = status
    ctx.state.touch(room)
    return room_response(ctx, room, attendee, session)


def request_assistance(ctx: Ctx) -> Response:
    return _assistance(ctx, ASSISTANCE_REQUESTED)


def reset_assistance(ctx: Ctx) -> Response:
    return _assistance(ctx, STOPPED)


def switch(ctx: Ctx) -> Response:
    """POST …/switch ``target``: a participant moves to another room (free mode, started)."""
    parent, attendee, _ = load_participant(ctx)
    target_token = ctx.params.required_str("target")
    if parent.breakout_room_mode != FREE:
        raise TalkError(400, {"error": "mode"})
    if parent.breakout_room_status != STARTED:
        raise TalkError(400, {"error": "status"})
    if attendee.is_moderator:
        raise TalkError(400, {"error": "moderator"})
    rooms = children(ctx.state, parent)
    target = next((room for room in rooms if room.token == target_token), None)
    if target is None:
        raise TalkError(400, {"error": "target"})
    for room in rooms:
        there = room.find(attendee.actor_type, attendee.actor_id)
        if there is not None and room is not target:
            ctx.state.remove_attendee(room, there)
        elif there is None and room is target:
            joined = ctx.state.add_user_to_room(room, attendee.actor_id, attendee.participant_type)
            ctx.state.post_system(
                room, joined, "user_added", subject=joined, variant="user_added_self"
            )
    mine, session = ctx.state.participant_for(target, ctx.caller)
    assert mine is not None
    return room_response(ctx, target, mine, session)


def list_breakout_rooms(ctx: Ctx) -> Response:
    """GET room/{token}/breakout-rooms: all for moderators (and in free mode); otherwise the
    caller's own, once started."""
    parent, attendee, _ = load_participant(ctx)
    if parent.breakout_room_mode == NOT_CONFIGURED:
        raise TalkError(400, {"error": "mode"})
    if not attendee.is_moderator and parent.breakout_room_status != STARTED:
        raise TalkError(400, {"error": "status"})
    every = attendee.is_moderator or parent.breakout_room_mode == FREE
    data: list[dict[str, Any]] = []
    for room in children(ctx.state, parent):
        mine, session = ctx.state.participant_for(room, ctx.caller)
        if mine is not None:
            data.append(views.room_dict(ctx.state, room, mine, session, include_last_message=False))
        elif every:
            data.append(_outsider_view(ctx.state, room))
    return ocs.ok(data)


def list_participants(ctx: Ctx) -> Response:
    """GET room/{token}/breakout-rooms/participants: everyone of the breakout rooms the caller
    may see and of the parent, one entry per room (``roomToken``); guests get 403 ``null``."""
    parent, attendee, _ = load_participant(ctx, lobby=True)
    if attendee.participant_type == GUEST:
        raise TalkError(403, None)
    if parent.breakout_room_mode == NOT_CONFIGURED:
        raise TalkError(400, {"error": "mode"})
    if not attendee.is_moderator and parent.breakout_room_status != STARTED:
        raise TalkError(400, {"error": "status"})
    rooms = children(ctx.state, parent)
    if not attendee.is_moderator and parent.breakout_room_mode != FREE:
        rooms = [r for r in rooms if r.find(attendee.actor_type, attendee.actor_id) is not None]
    found: list[tuple[int, int, dict[str, Any]]] = []  # by room, then attendee (Talk's query)
    for room in [*rooms, parent]:
        viewer = room.find(attendee.actor_type, attendee.actor_id) or attendee
        for person in room.attendees.values():
            if ctx.state.guest_listed(person):
                found.append(
                    (
                        room.id,
                        person.id,
                        views.participant_dict(
                            ctx.state,
                            room,
                            person,
                            viewer_is_mod=viewer.is_moderator,
                            viewer_id=viewer.id,
                            statuses=False,
                        ),
                    )
                )
    return ocs.ok([entry for _, _, entry in sorted(found, key=lambda row: row[:2])])


def _outsider_view(state: DemoState, room: Room) -> dict[str, Any]:
    """A breakout room the caller is not in (free mode): Talk formats it without a
    participant, so with its name and state but no role of the caller."""
    data = views.stub_room(state, room)
    data.update(
        {
            "name": room.name,
            "displayName": room.name,
            "objectType": room.object_type,
            "objectId": room.object_id,
            "lobbyState": room.lobby_state,
            "breakoutRoomMode": room.breakout_room_mode,
            "breakoutRoomStatus": room.breakout_room_status,
        }
    )
    return data


ROUTES: list[Route] = [
    route("POST", BASE, configure, "user"),
    route("DELETE", BASE, remove, "user"),
    route("POST", BASE + "/broadcast", broadcast, "user"),
    route("POST", BASE + "/attendees", apply_map, "user"),
    route("POST", BASE + "/request-assistance", request_assistance, "user"),
    route("DELETE", BASE + "/request-assistance", reset_assistance, "user"),
    route("POST", BASE + "/rooms", start, "user"),
    route("DELETE", BASE + "/rooms", stop, "user"),
    route("POST", BASE + "/switch", switch, "user"),
    route("GET", TALK + "/room/" + TOKEN + "/breakout-rooms", list_breakout_rooms, "user"),
    route("GET", TALK + "/room/" + TOKEN + "/breakout-rooms/participants", list_participants),
]

"""Breakout rooms in the demo's state: finding a parent's rooms, making them, filling them,
opening and closing them (Talk's BreakoutRoomService parts the controllers and the seeded
session share)."""

from __future__ import annotations

from .models import ACTOR_USERS, GROUP, Attendee, Room
from .state import DemoState

NOT_CONFIGURED, AUTOMATIC, MANUAL, FREE = 0, 1, 2, 3
STOPPED, STARTED, ASSISTANCE_REQUESTED = 0, 1, 2
MIN_ROOMS, MAX_ROOMS = 1, 20
MESSAGE_MAX = 32000
BREAKOUT = "room"
LOBBY_NONE, LOBBY_NON_MODERATORS = 0, 1


def children(state: DemoState, parent: Room) -> list[Room]:
    """The breakout rooms of ``parent``, Room 1 first (by id, as Talk sorts them)."""
    return sorted(
        (
            room
            for room in state.rooms.values()
            if room.object_type == BREAKOUT and room.object_id == parent.token
        ),
        key=lambda room: room.id,
    )


def users(room: Room) -> list[Attendee]:
    return [a for a in room.attendees.values() if a.actor_type == ACTOR_USERS]


def add_users(state: DemoState, room: Room, people: list[Attendee], actor: Attendee) -> None:
    """ParticipantService::addUsers: each user with their role from the parent."""
    for person in people:
        if room.find(ACTOR_USERS, person.actor_id) is None:
            by = None if person.actor_id == actor.actor_id else actor  # no message for oneself
            state.add_user_to_room(room, person.actor_id, person.participant_type, actor=by)


def create_rooms(state: DemoState, parent: Room, amount: int, actor: Attendee) -> list[Room]:
    for old in children(state, parent):
        state.delete_room(old)
    rooms = []
    for number in range(1, amount + 1):
        room = state.create_room(
            GROUP,
            f"Room {number}",
            object_type=BREAKOUT,
            object_id=parent.token,
            lobby_state=LOBBY_NON_MODERATORS,
        )
        state.post_system(room, actor, "conversation_created")
        rooms.append(room)
    return rooms


def open_room(state: DemoState, room: Room) -> None:
    """Opening a breakout room posts no lobby message (Talk sets it without one)."""
    room.lobby_state = LOBBY_NONE
    room.lobby_timer = 0
    state.touch(room)


def close_room(state: DemoState, room: Room) -> None:
    """Closing (the lobby on) sends non-moderators out of the call, without a lobby message."""
    room.lobby_state = LOBBY_NON_MODERATORS
    room.lobby_timer = 0
    for session in list(room.call_sessions.values()):
        attendee = room.attendees.get(session.attendee_id)
        if attendee is not None and state.lobby_blocked(room, attendee):
            state.change_in_call(room, session, 0)
    state.touch(room)

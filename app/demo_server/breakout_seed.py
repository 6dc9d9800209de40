"""The demo's running breakout session: a group workshop split into three breakout rooms,
started, with Room 2 asking for help (what the Breakout Rooms dialog and the room list show).

Built with the same code the breakout endpoints run, so it is a state the server itself
could have reached.
"""

from __future__ import annotations

from typing import Protocol

from .breakout import (
    ASSISTANCE_REQUESTED,
    MANUAL,
    STARTED,
    add_users,
    create_rooms,
    open_room,
)
from .models import FLAG_IN_CALL, FLAG_WITH_AUDIO, GROUP, MODERATOR, OWNER, Attendee, Room
from .state import DemoState

WORKSHOP = "Design Workshop"
GROUPS: tuple[tuple[str, ...], ...] = (
    ("bob", "carol", "dave"),
    ("erin", "frank", "heidi"),
    ("ivan", "judy"),
)
"""Who is in Room 1, Room 2 and Room 3."""
HELPER = "grace"
"""A second moderator, in every room like the owner."""


class SeedHelpers(Protocol):
    """What the demo's seeder offers (``seed.Seeder``)."""

    state: DemoState
    now: int

    def _room(self, room_type: int, name: str, age_minutes: int, **fields: object) -> Room: ...

    def _user(self, room: Room, login: str, participant_type: int = ...) -> Attendee: ...

    def _session(
        self, room: Room, attendee: Attendee, in_call: int = ..., ping_age: int = ...
    ) -> None: ...

    def _finish(self, room: Room, last_activity: int, *, call_minutes: int = ...) -> None: ...

    def _created(self, room: Room, owner: Attendee | None) -> None: ...


def seed_workshop(seeder: SeedHelpers, owner_login: str) -> Room:
    """The parent conversation, set up in manual mode and started; returns the parent."""
    state, now = seeder.state, seeder.now
    parent = seeder._room(GROUP, WORKSHOP, 6, description="Breakout groups until 11:00")
    owner = seeder._user(parent, owner_login, OWNER)
    seeder._created(parent, owner)
    seeder._user(parent, HELPER, MODERATOR)
    for group in GROUPS:
        for login in group:
            seeder._user(parent, login)
    parent.breakout_room_mode = MANUAL
    rooms = create_rooms(state, parent, len(GROUPS), owner)
    moderators = [a for a in parent.attendees.values() if a.is_moderator]
    for room, group in zip(rooms, GROUPS, strict=True):
        add_users(state, room, moderators, owner)
        add_users(state, room, [a for a in parent.attendees.values() if a.actor_id in group], owner)
        open_room(state, room)
        state.post_system(room, owner, "breakout_rooms_started")
    parent.breakout_room_status = STARTED
    rooms[1].breakout_room_status = ASSISTANCE_REQUESTED
    erin = rooms[1].find("users", "erin")
    assert erin is not None
    seeder._session(rooms[1], erin, FLAG_IN_CALL | FLAG_WITH_AUDIO)
    for room in rooms:
        seeder._finish(room, now - 4 * 60, call_minutes=4)
    seeder._finish(parent, now - 5 * 60)
    return parent

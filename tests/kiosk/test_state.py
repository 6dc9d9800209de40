"""What a card shows, computed from API objects (no Qt, no server)."""

from __future__ import annotations

from app.api import Participant, Room
from app.api.constants import Permission
from app.kiosk.state import format_age, format_countdown, initial_view


def person(
    aid: int,
    *,
    ptype: int = 3,
    actor: str = "users",
    in_call: int = 0,
    online: bool = True,
    permissions: int = 0,
) -> Participant:
    return Participant(
        attendee_id=aid,
        actor_type=actor,
        actor_id=f"p{aid}",
        participant_type=ptype,
        display_name=f"P{aid}",
        in_call=in_call,
        permissions=permissions,
        session_ids=("s",) if online else (),
    )


def test_view_follows_lobby_call_and_people() -> None:
    view = initial_view("abcd1234", None)
    assert view.title == "abcd1234" and not view.loaded and view.seconds_until_open() is None
    room = Room(
        token="abcd1234",
        type=3,
        display_name="Hall",
        participant_type=1,
        lobby_state=1,
        lobby_timer=1_000_100,
        has_call=True,
        read_only=0,
    )
    people = (
        person(1, ptype=1, in_call=7),  # the owner, in the call
        person(2, actor="guests", ptype=4, in_call=3),  # a guest in the call
        person(3),  # waiting in the lobby
        person(4, permissions=Permission.LOBBY_IGNORE),  # let in already
        person(5, online=False),  # invited, not connected
        person(6, actor="groups", online=False),  # a group: never promoted
    )
    view = view.with_update(room, people)
    assert view.title == "Hall"  # no configured label: follows the room's title
    assert view.lobby_on and view.call_running and view.is_moderator and not view.read_only
    assert [p.attendee_id for p in view.in_call] == [1, 2]
    assert [p.attendee_id for p in view.guests_in_call] == [2]
    assert [p.attendee_id for p in view.waiting] == [2, 3]  # the guest is held back too
    assert [p.attendee_id for p in view.guests] == [2]
    assert [p.attendee_id for p in view.promotable] == [2, 3, 4, 5]
    assert view.seconds_until_open(now=1_000_000) == 100
    assert view.seconds_until_open(now=1_000_500) == 0
    # A poll of the room alone keeps the last participants.
    assert view.with_update(room, None).participants == people


def test_configured_label_wins_and_lobby_off_has_no_countdown() -> None:
    view = initial_view("abcd1234", "Main hall")
    room = Room(token="abcd1234", type=2, display_name="x", lobby_state=0, lobby_timer=5)
    view = view.with_update(room, ())
    assert view.title == "Main hall"
    assert view.lobby_timer == 0 and view.seconds_until_open() is None
    assert not view.is_moderator


def test_formats() -> None:
    assert format_countdown(0) == "0:00"
    assert format_countdown(65) == "1:05"
    assert format_countdown(3 * 3600 + 61) == "3:01:01"
    assert format_age(12.7) == "12 s"
    assert format_age(150) == "2 min"
    assert format_age(7300) == "2 h"

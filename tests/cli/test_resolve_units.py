"""Naming rooms and participants on the command line (matching rules, no server)."""

from __future__ import annotations

import pytest

from app.api.models import Participant, Room
from app.cli.errors import LookupFailed
from app.cli.resolve import match_participant, match_room


def _room(token: str, name: str) -> Room:
    return Room(token=token, type=2, name=name, display_name=name)


def _person(attendee_id: int, actor_id: str, name: str, actor_type: str = "users") -> Participant:
    return Participant(
        attendee_id=attendee_id,
        actor_type=actor_type,
        actor_id=actor_id,
        participant_type=3,
        display_name=name,
    )


ROOMS = [_room("abcd1234", "Town hall"), _room("efgh5678", "Board"), _room("ijkl9012", "board")]
PEOPLE = [
    _person(11, "alice", "Alice Liddell"),
    _person(12, "bob", "Bob"),
    _person(13, "bobby", "Bob"),
    _person(14, "12", "Twelve"),
    _person(15, "staff", "Staff", actor_type="groups"),
    _person(16, "staff", "Staff member"),
]


def test_room_by_token_then_exact_name_then_case() -> None:
    assert match_room(ROOMS, "efgh5678") is ROOMS[1]
    assert match_room(ROOMS, "Board") is ROOMS[1]
    assert match_room(ROOMS, "town HALL") is ROOMS[0]
    assert match_room(ROOMS, "nowhere") is None


def test_ambiguous_room_name_lists_tokens() -> None:
    with pytest.raises(LookupFailed, match="efgh5678.*ijkl9012"):
        match_room(ROOMS, "BOARD")


def test_participant_by_attendee_id_wins_over_user_id() -> None:
    assert match_participant(PEOPLE, "12", "X") is PEOPLE[1]
    assert match_participant(PEOPLE, "11", "X") is PEOPLE[0]


def test_participant_by_user_id_and_unique_display_name() -> None:
    assert match_participant(PEOPLE, "alice", "X") is PEOPLE[0]
    assert match_participant(PEOPLE, "alice liddell", "X") is PEOPLE[0]
    assert match_participant(PEOPLE, "bobby", "X") is PEOPLE[2]


def test_actor_type_prefix_disambiguates() -> None:
    assert match_participant(PEOPLE, "groups/staff", "X") is PEOPLE[4]
    with pytest.raises(LookupFailed, match="matches 2 participants"):
        match_participant(PEOPLE, "staff", "X")


def test_ambiguous_display_name_is_an_error_with_attendee_ids() -> None:
    with pytest.raises(LookupFailed) as caught:
        match_participant(PEOPLE, "Bob", "Town hall")
    message = str(caught.value)
    assert "attendee 12" in message and "attendee 13" in message and "'Town hall'" in message


def test_unknown_participant() -> None:
    with pytest.raises(LookupFailed, match="'carol' is not a participant of 'Town hall'"):
        match_participant(PEOPLE, "carol", "Town hall")
    with pytest.raises(LookupFailed, match="not a participant"):
        match_participant(PEOPLE, "99", "Town hall")

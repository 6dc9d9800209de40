"""Raised hands of a room: in the order they went up, by participant, down when they leave."""

from __future__ import annotations

from app.live.hands import CLOCK_SLACK_S, Hands
from tests.ui.factories import person

NOW = 1_800_000_000.0


def _hands() -> Hands:
    hands = Hands("town", clock=lambda: NOW)
    hands.talk_sessions.update({"sig-a": "talk-a", "sig-b": "talk-b"})
    hands.names["sig-c"] = "Carol (guest)"
    return hands


def test_hands_are_ordered_by_when_they_went_up() -> None:
    hands = _hands()
    people = [
        person(1, display_name="Alice", session_ids=("talk-a",)),
        person(2, display_name="Bob", session_ids=("talk-b",)),
    ]
    assert hands.raised("sig-b", True, int((NOW - 30) * 1000))
    assert hands.raised("sig-a", True, int((NOW - 10) * 1000))
    assert hands.raised("sig-c", True)  # no timestamp: now
    assert not hands.raised("sig-a", True, int(NOW * 1000))  # already up: no news
    ordered = hands.ordered(people)
    assert [h.name for h in ordered] == ["Bob", "Alice", "Carol (guest)"]
    assert [h.since for h in ordered] == [NOW - 30, NOW - 10, NOW]
    assert hands.by_attendee(people) == {2: NOW - 30, 1: NOW - 10}
    hands.raised("sig-b", False)
    assert hands.by_attendee(people) == {1: NOW - 10}


def test_a_clock_far_ahead_counts_as_now_and_leaving_lowers_the_hand() -> None:
    hands = _hands()
    hands.raised("sig-a", True, int((NOW + CLOCK_SLACK_S + 600) * 1000))
    assert hands.ordered([])[0].since == NOW
    assert hands.left(["sig-a"])
    assert not hands.left(["sig-a"])
    assert len(hands) == 0

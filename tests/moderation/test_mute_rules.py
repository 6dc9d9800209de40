"""Muting others: moderators only, a running call, the person in it with a microphone, and a
live signaling connection to the room (the only way forceMute travels)."""

from __future__ import annotations

from collections.abc import Sequence

from app.api.models import Participant, Room
from app.moderation import ActionKind
from app.moderation.rules import RuleContext, evaluate
from tests.ui.factories import person, room

CALL_ROOM = room("mod", participant_type=2, attendee_id=1, has_call=True)
SPEAKING = person(5, in_call=3, session_ids=("s5",))  # in the call with audio
LISTENING = person(6, in_call=1, session_ids=("s6",))  # in the call, no microphone
AWAY = person(7)


def _ctx(
    r: Room = CALL_ROOM, people: Sequence[Participant] = (), signaling: bool = True
) -> RuleContext:
    return RuleContext(room=r, participants=tuple(people), signaling=signaling)


def test_mute_needs_a_signaling_connection_and_says_so() -> None:
    verdict = evaluate(ActionKind.MUTE, _ctx(people=[SPEAKING], signaling=False))
    assert not verdict.enabled
    assert "signaling server" in verdict.reason
    assert not evaluate(ActionKind.MUTE_ALL, _ctx(signaling=False)).enabled
    assert evaluate(ActionKind.MUTE, _ctx(people=[SPEAKING])).enabled
    assert evaluate(ActionKind.MUTE_ALL, _ctx()).enabled


def test_mute_is_for_moderators_during_a_call() -> None:
    user_room = room("usr", participant_type=3, attendee_id=1, has_call=True)
    refused = evaluate(ActionKind.MUTE, _ctx(user_room, [SPEAKING]))
    assert refused.reason == "Only moderators can mute others"
    quiet = room("mod", participant_type=2, attendee_id=1, has_call=False)
    assert evaluate(ActionKind.MUTE_ALL, _ctx(quiet)).reason == "No call is running"


def test_mute_needs_someone_in_the_call_with_a_microphone() -> None:
    assert evaluate(ActionKind.MUTE, _ctx()).reason  # nobody selected
    assert evaluate(ActionKind.MUTE, _ctx(people=[AWAY])).reason == "User 7 is not in the call"
    no_mic = evaluate(ActionKind.MUTE, _ctx(people=[LISTENING]))
    assert no_mic.reason == "User 6 is in the call without a microphone"
    phone = person(8, actor_type="phones", in_call=1 | 8, session_ids=("s8",))
    assert evaluate(ActionKind.MUTE, _ctx(people=[SPEAKING, phone])).enabled
    me = person(1, in_call=3, session_ids=("s1",))
    assert not evaluate(ActionKind.MUTE, _ctx(people=[me])).enabled

"""The pure enable/disable rules: what the server would refuse is disabled, with the reason."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from app.api.capabilities import TalkCapabilities
from app.api.models import Participant, Room
from app.moderation import ActionKind
from app.moderation.rules import RuleContext, evaluate
from tests.ui.factories import person, room

FULL_CAPS = TalkCapabilities(
    features=frozenset(
        {
            "conversation-v4",
            "webinary-lobby",
            "read-only-rooms",
            "favorites",
            "send-call-notification",
            "conversation-permissions",
            "sip-support",
            "sip-support-dialout",
        }
    ),
    config={
        "call": {
            "enabled": True,
            "sip-enabled": True,
            "can-enable-sip": True,
            "sip-dialout-enabled": True,
        },
        "conversations": {"can-create": True},
    },
)
NO_SIP = TalkCapabilities(features=FULL_CAPS.features - {"sip-support", "sip-support-dialout"})

MOD_ROOM = room("mod", participant_type=2, attendee_id=1)
USER_ROOM = room("usr", participant_type=3, attendee_id=1)
ONE_TO_ONE = room("dm", type=1, participant_type=1)


def _ctx(
    r: Room | None = MOD_ROOM,
    people: Sequence[Participant] = (),
    caps: TalkCapabilities | None = FULL_CAPS,
) -> RuleContext:
    return RuleContext(room=r, participants=tuple(people), capabilities=caps)


def test_promote_needs_moderator_rights() -> None:
    verdict = evaluate(ActionKind.PROMOTE, _ctx(USER_ROOM, [person(5)]))
    assert not verdict.enabled
    assert verdict.reason == "Only moderators can promote"
    assert evaluate(ActionKind.PROMOTE, _ctx(MOD_ROOM, [person(5)])).enabled


def test_promote_refuses_self_moderators_and_groups() -> None:
    assert "own role" in evaluate(ActionKind.PROMOTE, _ctx(people=[person(1)])).reason
    mod = person(5, participant_type=2)
    assert "already a moderator" in evaluate(ActionKind.PROMOTE, _ctx(people=[mod])).reason
    group = person(6, actor_type="groups")
    assert "group" in evaluate(ActionKind.PROMOTE, _ctx(people=[group])).reason


def test_demote_only_moderators_not_owner() -> None:
    assert evaluate(ActionKind.DEMOTE, _ctx(people=[person(5, participant_type=2)])).enabled
    owner = person(5, participant_type=1)
    assert "owner" in evaluate(ActionKind.DEMOTE, _ctx(people=[owner])).reason
    assert "not a moderator" in evaluate(ActionKind.DEMOTE, _ctx(people=[person(5)])).reason


def test_participant_actions_need_a_selection() -> None:
    verdict = evaluate(ActionKind.REMOVE, _ctx(people=[]))
    assert not verdict.enabled and "Select one or more participants" in verdict.reason


@pytest.mark.parametrize(
    "action",
    [ActionKind.RENAME, ActionKind.LOBBY, ActionKind.READ_ONLY, ActionKind.ADD],
)
def test_one_to_one_conversations_are_not_moderated(action: ActionKind) -> None:
    verdict = evaluate(action, _ctx(ONE_TO_ONE))
    assert not verdict.enabled
    assert verdict.reason == "Not possible in one-to-one conversations"


def test_delete_one_to_one_has_its_own_reason() -> None:
    assert "cannot be deleted" in evaluate(ActionKind.DELETE, _ctx(ONE_TO_ONE)).reason


def test_sip_needs_server_configuration() -> None:
    verdict = evaluate(ActionKind.SIP, _ctx(caps=NO_SIP))
    assert verdict.reason == "The server has no SIP configured"
    assert evaluate(
        ActionKind.SIP, _ctx(room("s", can_enable_sip=True, participant_type=1))
    ).enabled


def test_no_room_selected() -> None:
    for action in (ActionKind.RENAME, ActionKind.LOBBY, ActionKind.JOIN_CALL, ActionKind.FAVORITE):
        verdict = evaluate(action, RuleContext(capabilities=FULL_CAPS))
        assert verdict == evaluate(action, RuleContext(capabilities=FULL_CAPS))
        assert not verdict.enabled and verdict.reason == "Select a conversation first"


def test_labels_follow_room_state() -> None:
    assert evaluate(ActionKind.READ_ONLY, _ctx()).label == "Make &Read-only"
    locked = room("ro", participant_type=1, read_only=1)
    assert evaluate(ActionKind.READ_ONLY, _ctx(locked)).label == "Make &Writable"
    public = room("pub", type=3, participant_type=1)
    assert evaluate(ActionKind.GUESTS, _ctx(public)).label == "Disallow &Guests"


def test_password_only_for_public_rooms() -> None:
    assert "open to guests" in evaluate(ActionKind.PASSWORD, _ctx()).reason
    assert evaluate(ActionKind.PASSWORD, _ctx(room("pub", type=3, participant_type=1))).enabled


def test_call_actions() -> None:
    idle = room("c", participant_type=1, can_start_call=True)
    assert evaluate(ActionKind.JOIN_CALL, _ctx(idle)).label == "&Start Call"
    assert evaluate(ActionKind.END_CALL, _ctx(idle)).reason == "No call is running"
    assert evaluate(ActionKind.LEAVE_CALL, _ctx(idle)).reason == "You are not in the call"
    running = room("c", participant_type=3, has_call=True)
    assert "Only moderators" in evaluate(ActionKind.END_CALL, _ctx(running)).reason
    in_call = room("c", participant_type=1, has_call=True, participant_flags=3)
    assert evaluate(ActionKind.LEAVE_CALL, _ctx(in_call)).enabled
    assert evaluate(ActionKind.RING, _ctx(in_call, [person(7)])).enabled
    assert "Join the call first" in evaluate(ActionKind.RING, _ctx(running, [person(7)])).reason
    read_only = room("c", participant_type=1, read_only=1, has_call=True)
    assert "read-only" in evaluate(ActionKind.JOIN_CALL, _ctx(read_only)).reason


def test_dial_out_only_phone_attendees() -> None:
    in_call = room("c", participant_type=1, has_call=True, participant_flags=1)
    phone = person(9, actor_type="phones")
    assert evaluate(ActionKind.DIAL_OUT, _ctx(in_call, [phone])).enabled
    assert "phone numbers" in evaluate(ActionKind.DIAL_OUT, _ctx(in_call, [person(8)])).reason
    no_sip = evaluate(ActionKind.DIAL_OUT, _ctx(in_call, [phone], NO_SIP))
    assert no_sip.reason == "The server has no SIP dial-out configured"


def test_lobby_bypass_label_and_rules() -> None:
    lobby = room("l", participant_type=1, lobby_state=1)
    waiting = person(5)
    let_in = person(6, permissions=8)
    assert (
        evaluate(ActionKind.LOBBY_BYPASS, _ctx(lobby, [waiting])).label == "Let In Past the &Lobby"
    )
    assert (
        evaluate(ActionKind.LOBBY_BYPASS, _ctx(lobby, [let_in])).label == "Send Back to the &Lobby"
    )
    assert (
        "lobby of this conversation is off"
        in evaluate(ActionKind.LOBBY_BYPASS, _ctx(people=[waiting])).reason
    )


def test_federated_rooms_refused() -> None:
    remote = room("f", participant_type=1, remote_server="https://other.example")
    assert "another server" in evaluate(ActionKind.RENAME, _ctx(remote)).reason


def test_every_action_has_a_rule() -> None:
    for action in ActionKind:
        evaluate(action, RuleContext())

"""Decoding the signaling server's frames: as nextcloud-spreed-signaling 2.0.2 sent them.

The frames below were recorded from the real server (``run.sh ... --signaling``) with the ids
shortened; they decode into the typed events, and whatever does not fit is refused (the
client logs and skips it) rather than half-read.
"""

from __future__ import annotations

import msgspec
import pytest

from app.api.hpb import (
    ChatRefresh,
    ControlReceived,
    Disinvited,
    HandRaised,
    Joined,
    Left,
    MessageReceived,
    ParticipantsUpdate,
    RoomProperties,
    protocol,
)

ROOM = "wcrkqjr9"


def _events(raw: str) -> list[object]:
    return list(protocol.events_of(protocol.decode(raw), ROOM))


def test_a_join_lists_sessions_with_their_talk_session() -> None:
    (event,) = _events(
        '{"type":"event","event":{"target":"room","type":"join","join":[{"sessionid":"CA-w",'
        '"userid":"alice","user":{"displayname":"Alice"},"roomsessionid":"wAlj"}]}}'
    )
    assert isinstance(event, Joined)
    (session,) = event.join
    assert (session.sessionid, session.userid, session.roomsessionid) == ("CA-w", "alice", "wAlj")
    assert session.display_name == "Alice"


def test_a_participants_update_in_any_key_order() -> None:
    (event,) = _events(
        '{"type":"event","event":{"target":"participants","type":"update","update":{"roomid":'
        '"wcrkqjr9","users":[{"participantType":3,"userId":"alice","actorId":"alice",'
        '"sessionId":"CA-w","participantPermissions":246,"actorType":"users","inCall":3,'
        '"lastPing":1796300277,"nextcloudSessionId":"wAlj"}]}}}'
    )
    assert isinstance(event, ParticipantsUpdate) and not event.all
    (user,) = event.users
    assert (user.session_id, user.nextcloud_session_id, user.in_call) == ("CA-w", "wAlj", 3)
    assert (user.participant_type, user.participant_permissions) == (3, 246)
    assert user.display_name is None  # a call join names nobody
    assert msgspec.to_builtins(event)["users"][0]["inCall"] == 3  # the server's names again


def test_the_call_ended_for_everyone() -> None:
    (event,) = _events(
        '{"type":"event","event":{"target":"participants","type":"update","update":'
        '{"roomid":"wcrkqjr9","incall":0,"all":true}}}'
    )
    assert isinstance(event, ParticipantsUpdate) and event.all and event.incall == 0


def test_messages_hands_controls_chat_and_room_changes() -> None:
    (hand,) = _events(
        '{"type":"message","message":{"sender":{"type":"room","sessionid":"CA-w","userid":'
        '"alice"},"data":{"type":"raiseHand","payload":{"state":true,"timestamp":2}}}}'
    )
    assert isinstance(hand, HandRaised) and (hand.sessionid, hand.state, hand.timestamp) == (
        "CA-w",
        True,
        2,
    )
    (control,) = _events(
        '{"type":"control","control":{"sender":{"type":"session","sessionid":"Yfm2","userid":'
        '"moderator1"},"data":{"action": "forceMute", "peerId": "CA-w"}}}'
    )
    assert isinstance(control, ControlReceived) and control.data["peerId"] == "CA-w"
    (chat,) = _events(
        '{"type":"event","event":{"target":"room","type":"message","message":{"roomid":'
        '"wcrkqjr9","data":{"type":"chat","chat":{"refresh":true}}}}}'
    )
    assert isinstance(chat, ChatRefresh) and chat.chat == {"refresh": True}
    (changed,) = _events(
        '{"type":"event","event":{"target":"roomlist","type":"update","update":{"roomid":'
        '"wcrkqjr9","properties":{"name":"Private conversation","type":2,"lobby-state":0}}}}'
    )
    assert isinstance(changed, RoomProperties) and changed.properties["lobby-state"] == 0
    (left,) = _events('{"type":"event","event":{"target":"room","type":"leave","leave":["CA-w"]}}')
    assert isinstance(left, Left) and left.leave == ("CA-w",)
    (other,) = _events(
        '{"type":"message","message":{"sender":{"sessionid":"CA-w"},'
        '"data":"{\\"type\\": \\"reaction\\", \\"payload\\": {\\"reaction\\": \\"👍\\"}}"}}'
    )
    assert isinstance(other, MessageReceived) and other.data["type"] == "reaction"
    (gone,) = _events(
        '{"type":"event","event":{"target":"roomlist","type":"disinvite","disinvite":'
        '{"roomid":"wcrkqjr9"}}}'
    )
    assert isinstance(gone, Disinvited)


def test_answers_and_other_rooms_are_no_events() -> None:
    assert not _events('{"id":"2","type":"room","room":{"roomid":"wcrkqjr9","properties":{}}}')
    assert not _events(
        '{"type":"event","event":{"target":"roomlist","type":"update","update":{"roomid":'
        '"other","properties":{"name":"x"}}}}'
    )
    assert not _events('{"type":"transient","transient":{"type":"initial","data":{}}}')


@pytest.mark.parametrize(
    "raw",
    [
        "{not json",
        '["a list"]',
        '{"no": "type"}',
        '{"type":"event","event":{"target":"room","type":"join","join":5}}',
    ],
)
def test_what_is_not_a_frame_is_refused_whole(raw: str) -> None:
    with pytest.raises((msgspec.DecodeError, msgspec.ValidationError)):
        protocol.events_of(protocol.decode(raw), ROOM)


def test_a_participant_list_that_is_no_list_is_refused() -> None:
    frame = protocol.decode(
        '{"type":"event","event":{"target":"participants","type":"update","update":'
        '{"roomid":"wcrkqjr9","users":"nobody"}}}'
    )
    with pytest.raises(msgspec.ValidationError):
        protocol.events_of(frame, ROOM)


def test_force_mute_is_the_control_message_talk_s_web_client_sends() -> None:
    assert protocol.force_mute("CA-w") == {
        "type": "control",
        "control": {
            "recipient": {"type": "session", "sessionid": "CA-w"},
            "data": {"action": "forceMute", "peerId": "CA-w"},
        },
    }

"""Turn model records into Talk's JSON objects (TalkRoom, TalkParticipant, TalkCallPeer).

Field order and presence follow the recorded real-server answers; encoded rooms and
participant lists are cached per room version so 5,000 rooms or 10,000 participants encode fast.
"""

from __future__ import annotations

from typing import Any

from . import ocs
from .models import (
    ACTOR_EMAILS,
    ACTOR_GUESTS,
    ACTOR_USERS,
    CHANGELOG,
    FORMER_ONE_TO_ONE,
    GROUP,
    NOTE_TO_SELF,
    ONE_TO_ONE,
    PERM_START_CALL,
    PUBLIC,
    Attendee,
    Message,
    Room,
    Session,
)
from .profile import CONSENT_OPTIONAL, consent_required
from .recording import shown_state
from .state import DemoState

STATUS_LIMIT = 100  # Talk loads user statuses only for lists shorter than this


def render_message(
    state: DemoState, room: Room, message: Message, viewer: Attendee | None
) -> dict[str, Any]:
    """A ``lastMessage`` as the viewer sees it ("You …" when they are the actor)."""
    text = message.text_other
    if viewer is not None:
        is_actor = (viewer.actor_type, viewer.actor_id) == (message.actor_type, message.actor_id)
        if is_actor and message.text_self:
            text = message.text_self
        elif (
            message.text_subject
            and viewer.actor_type == ACTOR_USERS
            and viewer.actor_id == message.subject_id
        ):
            text = message.text_subject
    params: Any = message.parameters if message.parameters is not None else []
    return {
        "id": message.id,
        "token": room.token,
        "actorType": message.actor_type,
        "actorId": message.actor_id,
        "actorDisplayName": message.actor_display_name,
        "timestamp": message.timestamp,
        "message": text,
        "messageParameters": params,
        "systemMessage": message.system_message,
        "messageType": message.message_type,
        "isReplyable": message.is_replyable,
        "referenceId": "",
        "reactions": {},
        "expirationTimestamp": message.expiration_timestamp,
        "markdown": message.markdown,
    }


def _one_to_one_peer(state: DemoState, room: Room, viewer: Attendee) -> tuple[str, str]:
    for login in sorted(room.one_to_one_pair):
        if login != viewer.actor_id:
            account = state.accounts.get(login)
            return login, account.display_name if account else login
    return viewer.actor_id, viewer.display_name


def status_fields(state: DemoState, login: str) -> dict[str, Any]:
    """A user's status as Talk lists it; a user without a status row shows as offline."""
    account = state.accounts.get(login)
    status = account.status if account is not None else None
    if status is None:
        return {
            "status": "offline",
            "statusIcon": None,
            "statusMessage": None,
            "statusClearAt": None,
        }
    return {
        "status": status.shown,
        "statusIcon": status.icon,
        "statusMessage": status.message,
        "statusClearAt": status.clear_at,
    }


def has_status(state: DemoState, login: str) -> bool:
    """Whether ``login`` has a user_status row (set by hand or left by a call)."""
    account = state.accounts.get(login)
    return account is not None and account.status is not None


def one_to_one_peer(state: DemoState, room: Room, viewer: Attendee) -> str | None:
    """The other user of a one-to-one conversation (``None`` for other rooms)."""
    if room.type != ONE_TO_ONE:
        return None
    return _one_to_one_peer(state, room, viewer)[0]


def recording_consent(state: DemoState, room: Room) -> int:
    """The ``recordingConsent`` Talk shows: the conversation's choice where moderators may
    choose (a recording server and the admin setting "optional"), else the server-wide
    requirement (0 without a recording server)."""
    required = consent_required(state.profile)
    return room.recording_consent if required == CONSENT_OPTIONAL else required


def stub_room(state: DemoState, room: Room) -> dict[str, Any]:
    """What a non-member sees of a public/listable room (no attendee, custom permissions);
    a listable room also shows its name, description and state, so it can be found."""
    data = _bare_stub(state, room)
    if room.listable:
        data.update(
            {
                "name": room.name,
                "displayName": room.name,
                "description": room.description,
                "objectType": room.object_type,
                "objectId": room.object_id,
                "readOnly": room.read_only,
                "hasCall": bool(room.call_start_time),
                "lastActivity": room.last_activity,
                "callFlag": room.call_flag,
                "lobbyState": room.lobby_state,
                "lobbyTimer": room.lobby_timer,
                "sipEnabled": room.sip_enabled,
                "listable": room.listable,
                "callStartTime": room.call_start_time,
            }
        )
    return data


def _bare_stub(state: DemoState, room: Room) -> dict[str, Any]:
    return {
        "id": room.id,
        "token": room.token,
        "type": room.type,
        "name": "",
        "displayName": "",
        "objectType": "",
        "objectId": "",
        "participantType": 4,
        "participantFlags": 0,
        "readOnly": 0,
        "hasPassword": bool(room.password),
        "hasCall": False,
        "callStartTime": 0,
        "callRecording": 0,
        "canStartCall": False,
        "lastActivity": 0,
        "lastReadMessage": 0,
        "unreadMessages": 0,
        "unreadMention": False,
        "unreadMentionDirect": False,
        "isFavorite": False,
        "canLeaveConversation": False,
        "canDeleteConversation": False,
        "notificationLevel": 3,
        "notificationCalls": 0,
        "lobbyState": 0,
        "lobbyTimer": 0,
        "lastPing": 0,
        "sessionId": "0",
        "sipEnabled": 0,
        "actorType": "",
        "actorId": "",
        "attendeeId": 0,
        "permissions": 1,
        "attendeePermissions": 1,
        "callPermissions": 1,
        "defaultPermissions": 1,
        "canEnableSIP": False,
        "attendeePin": "",
        "description": "",
        "lastCommonReadMessage": 0,
        "listable": 0,
        "callFlag": 0,
        "messageExpiration": 0,
        "avatarVersion": room.avatar_version,
        "isCustomAvatar": room.is_custom_avatar,
        "breakoutRoomMode": 0,
        "breakoutRoomStatus": 0,
        "recordingConsent": recording_consent(state, room),
        "mentionPermissions": 0,
        "isArchived": False,
        "isImportant": False,
        "isSensitive": False,
    }


def room_dict(
    state: DemoState,
    room: Room,
    attendee: Attendee,
    session: Session | None,
    *,
    include_last_message: bool = True,
    include_status: bool = True,
    offline_fallback: bool = False,
) -> dict[str, Any]:
    """The TalkRoom object for one member.

    In a one-to-one, Talk adds the peer's user status when the peer has one (every answer
    but a room list without ``includeStatus``); a list with statuses shows peers without one
    as offline (``offline_fallback``) once any listed peer has one.
    """
    name = display_name = room.name
    if room.type == ONE_TO_ONE:
        name, display_name = _one_to_one_peer(state, room, attendee)
    elif room.type == CHANGELOG:
        name = attendee.actor_id
    is_mod = attendee.is_moderator
    permissions = state.effective_permissions(room, attendee)
    blocked = state.lobby_blocked(room, attendee)
    can_start = bool(permissions & PERM_START_CALL) and not blocked and room.type != NOTE_TO_SELF
    sip_on = state.sip and bool(room.sip_enabled)
    guest = attendee.actor_type in (ACTOR_GUESTS, ACTOR_EMAILS)
    data: dict[str, Any] = {
        "id": room.id,
        "token": room.token,
        "type": room.type,
        "name": name,
        "displayName": display_name,
        "objectType": room.object_type,
        "objectId": room.object_id,
        "participantType": attendee.participant_type,
        "participantFlags": session.in_call if session else 0,
        "readOnly": room.read_only,
        "hasPassword": bool(room.password),
        "hasCall": bool(room.call_start_time),
        "callStartTime": room.call_start_time,
        "callRecording": shown_state(room, backend=state.profile.recording),
        "canStartCall": can_start,
        "lastActivity": room.last_activity,
        "lastReadMessage": attendee.last_read_message,
        "unreadMessages": attendee.unread_messages,
        "unreadMention": attendee.unread_mention,
        "unreadMentionDirect": attendee.unread_mention_direct,
        "isFavorite": attendee.favorite,
        "canLeaveConversation": room.type != NOTE_TO_SELF and not guest,
        "canDeleteConversation": is_mod
        and room.type not in (ONE_TO_ONE, FORMER_ONE_TO_ONE, CHANGELOG),
        "notificationLevel": attendee.notification_level
        or (3 if guest else 1 if room.type == ONE_TO_ONE else 2),
        "notificationCalls": attendee.notification_calls,
        "lobbyState": room.lobby_state,
        "lobbyTimer": room.lobby_timer,
        "lastPing": session.last_ping if session else 0,
        "sessionId": session.id if session else "0",
        "sipEnabled": room.sip_enabled,
        "actorType": attendee.actor_type,
        "actorId": attendee.actor_id,
        "attendeeId": attendee.id,
        "permissions": permissions,
        "attendeePermissions": attendee.permissions,
        "callPermissions": room.call_permissions,
        "defaultPermissions": room.default_permissions,
        "canEnableSIP": state.sip
        and room.type in (GROUP, PUBLIC)
        and attendee.actor_type == ACTOR_USERS,
        "attendeePin": attendee.pin if sip_on else "",
        "description": room.description,
        "lastCommonReadMessage": room.last_common_read,
        "listable": room.listable,
        "callFlag": room.call_flag,
        "messageExpiration": room.message_expiration,
        "avatarVersion": room.avatar_version,
        "isCustomAvatar": room.is_custom_avatar,
        "breakoutRoomMode": room.breakout_room_mode,
        "breakoutRoomStatus": room.breakout_room_status,
        "recordingConsent": recording_consent(state, room),
        "mentionPermissions": room.mention_permissions,
        "isArchived": attendee.archived,
        "isImportant": attendee.important,
        "isSensitive": attendee.sensitive,
    }
    if (
        include_last_message
        and room.last_message is not None
        and not blocked
        and not attendee.sensitive
    ):
        data["lastMessage"] = render_message(state, room, room.last_message, attendee)
    if include_status and room.type == ONE_TO_ONE:
        peer, _ = _one_to_one_peer(state, room, attendee)
        if offline_fallback or has_status(state, peer):
            data.update(status_fields(state, peer))
    return data


def room_json(
    state: DemoState,
    room: Room,
    attendee: Attendee,
    session: Session | None,
    *,
    include_last_message: bool = True,
    include_status: bool = True,
    offline_fallback: bool = False,
) -> bytes:
    """Encoded TalkRoom, cached per (room version, viewer session state); a one-to-one's
    answer carries the peer's status, which changes without a new room version."""
    if room.type == ONE_TO_ONE:
        return ocs.encode(
            room_dict(
                state,
                room,
                attendee,
                session,
                include_last_message=include_last_message,
                include_status=include_status,
                offline_fallback=offline_fallback,
            )
        )
    key = (room.token, attendee.id, include_last_message)
    stamp = (
        room.version,
        session.id if session else "0",
        session.in_call if session else 0,
        session.last_ping if session else 0,
    )
    cached = state.room_cache.get(key)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    encoded = ocs.encode(
        room_dict(state, room, attendee, session, include_last_message=include_last_message)
    )
    state.room_cache[key] = (stamp, encoded)
    return encoded


def participant_dict(
    state: DemoState,
    room: Room,
    attendee: Attendee,
    *,
    viewer_is_mod: bool,
    viewer_id: int,
    statuses: bool,
    with_sessions: bool = True,
) -> dict[str, Any]:
    """One TalkParticipant entry (``phoneNumber``/``callId`` only for moderators;
    ``with_sessions`` false: as Talk formats an attendee it loaded without its sessions)."""
    sessions = attendee.sessions if with_sessions else {}
    pin = ""
    if state.sip and room.sip_enabled and (viewer_is_mod or attendee.id == viewer_id):
        pin = attendee.pin
    data: dict[str, Any] = {
        "roomToken": room.token,
        "inCall": attendee.in_call if sessions else 0,
        "lastPing": attendee.last_ping if sessions else 0,
        "sessionIds": list(sessions),
        "participantType": attendee.participant_type,
        "attendeeId": attendee.id,
        "actorId": attendee.actor_id,
        "actorType": attendee.actor_type,
        "displayName": attendee.display_name,
        "permissions": state.effective_permissions(room, attendee),
        "attendeePermissions": attendee.permissions,
        "attendeePin": pin,
    }
    if attendee.invited_actor_id and (viewer_is_mod or attendee.id == viewer_id):
        data["invitedActorId"] = attendee.invited_actor_id
    data["phoneNumber"] = attendee.phone_number if viewer_is_mod else ""
    data["callId"] = attendee.call_id if viewer_is_mod else ""
    if statuses and attendee.actor_type == ACTOR_USERS:
        data.update(status_fields(state, attendee.actor_id))
    return data


def participants_json(
    state: DemoState, room: Room, viewer: Attendee, *, include_status: bool
) -> tuple[bytes, bool]:
    """Encoded participant list plus whether user statuses were loaded (for the header).

    Guests who left are not listed (``DemoState.guest_listed``); hiding one makes Talk
    clean the room's unnamed ones up afterwards.
    """
    statuses = include_status and len(room.attendees) < STATUS_LIMIT
    viewer_is_mod = viewer.is_moderator
    listed = [a for a in room.attendees.values() if state.guest_listed(a)]
    hid_guests = len(listed) < len(room.attendees)
    if statuses or hid_guests or (room.sip_enabled and not viewer_is_mod):
        items = [
            participant_dict(
                state, room, a, viewer_is_mod=viewer_is_mod, viewer_id=viewer.id, statuses=statuses
            )
            for a in listed
        ]
        if hid_guests:
            state.clean_guests(room)
        return ocs.encode(items), statuses
    key = (room.token, viewer_is_mod, False)
    cached = state.participants_cache.get(key)
    if cached is not None and cached[0] == room.version:
        return cached[1], False
    encoded = ocs.encode(
        [
            participant_dict(
                state, room, a, viewer_is_mod=viewer_is_mod, viewer_id=viewer.id, statuses=False
            )
            for a in listed
        ]
    )
    state.participants_cache[key] = (room.version, encoded)
    return encoded, False


def call_peers(room: Room) -> list[dict[str, Any]]:
    """TalkCallPeer entries of every session in the call."""
    peers = []
    for session in room.call_sessions.values():
        attendee = room.attendees.get(session.attendee_id)
        if attendee is None:
            continue
        peers.append(
            {
                "actorType": attendee.actor_type,
                "actorId": attendee.actor_id,
                "displayName": attendee.display_name,
                "token": room.token,
                "lastPing": session.last_ping,
                "sessionId": session.id,
            }
        )
    return peers

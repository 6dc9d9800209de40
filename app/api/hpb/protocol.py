"""The signaling server's frames on the wire: decoding what it sends, building what we send.

The protocol is nextcloud-spreed-signaling's "standalone signaling API v1": every frame is
``{"id"?, "type": T, T: {...}}``. Only what a room watcher needs is modelled; unknown fields
are ignored, and a frame that does not decode is the caller's to log and skip
(``decode`` raises ``msgspec.DecodeError`` / ``msgspec.ValidationError``).
"""

from __future__ import annotations

import json
import logging
from typing import Any

import msgspec

from .events import (
    AnyEvent,
    ChatRefresh,
    ControlReceived,
    Disinvited,
    HandRaised,
    Joined,
    JoinedSession,
    Left,
    MessageReceived,
    ParticipantChange,
    ParticipantsUpdate,
    RoomProperties,
    Sender,
)

log = logging.getLogger(__name__)

BACKEND_PATH = "/ocs/v2.php/apps/spreed/api/v3/signaling/backend"
"""Where the signaling server checks a v1 hello (``auth.url``), as Talk's web client sends it."""

FEATURE_HELLO_V2 = "hello-v2"
RAISE_HAND = "raiseHand"
FORCE_MUTE = "forceMute"


class Welcome(msgspec.Struct, frozen=True, kw_only=True):
    version: str = ""
    features: tuple[str, ...] = ()


class _ServerInfo(msgspec.Struct, frozen=True, kw_only=True):
    features: tuple[str, ...] = ()


class HelloAnswer(msgspec.Struct, frozen=True, kw_only=True):
    sessionid: str = ""
    resumeid: str = ""
    userid: str = ""
    version: str = ""
    server: _ServerInfo | None = None


class ErrorBody(msgspec.Struct, frozen=True, kw_only=True):
    code: str = ""
    message: str = ""
    details: Any = None


class RoomAnswer(msgspec.Struct, frozen=True, kw_only=True):
    roomid: str = ""
    properties: dict[str, Any] | None = None


class _RoomMessage(msgspec.Struct, frozen=True, kw_only=True):
    roomid: str = ""
    data: Any = None


class EventBody(msgspec.Struct, frozen=True, kw_only=True):
    target: str = ""
    type: str = ""
    join: tuple[JoinedSession, ...] | None = None
    leave: tuple[str, ...] | None = None
    update: Any = None
    """An object for ``participants`` and ``roomlist`` updates (shapes differ by target)."""
    disinvite: Any = None
    message: _RoomMessage | None = None


class PeerMessage(msgspec.Struct, frozen=True, kw_only=True):
    sender: Sender | None = None
    data: Any = None


class Frame(msgspec.Struct, frozen=True, kw_only=True):
    """One frame from the server; the member named by ``type`` is set."""

    type: str
    id: str = ""
    welcome: Welcome | None = None
    hello: HelloAnswer | None = None
    error: ErrorBody | None = None
    room: RoomAnswer | None = None
    event: EventBody | None = None
    message: PeerMessage | None = None
    control: PeerMessage | None = None


_decoder = msgspec.json.Decoder(Frame)
_encoder = msgspec.json.Encoder()


def decode(raw: str | bytes) -> Frame:
    """The frame in ``raw``; raises ``msgspec.DecodeError``/``ValidationError`` if it is none."""
    return _decoder.decode(raw)


def encode(frame: dict[str, Any]) -> str:
    return _encoder.encode(frame).decode("utf-8")


# ---------------------------------------------------------------------- what we send


def hello_v1(request_id: str, backend_url: str, userid: str | None, ticket: str) -> dict[str, Any]:
    return {
        "id": request_id,
        "type": "hello",
        "hello": {
            "version": "1.0",
            "auth": {"url": backend_url, "params": {"userid": userid, "ticket": ticket}},
        },
    }


def hello_v2(request_id: str, backend_url: str, token: str) -> dict[str, Any]:
    return {
        "id": request_id,
        "type": "hello",
        "hello": {"version": "2.0", "auth": {"url": backend_url, "params": {"token": token}}},
    }


def hello_resume(request_id: str, version: str, resume_id: str) -> dict[str, Any]:
    return {"id": request_id, "type": "hello", "hello": {"version": version, "resumeid": resume_id}}


def join_room(request_id: str, token: str, talk_session_id: str) -> dict[str, Any]:
    return {
        "id": request_id,
        "type": "room",
        "room": {"roomid": token, "sessionid": talk_session_id},
    }


def bye(request_id: str) -> dict[str, Any]:
    return {"id": request_id, "type": "bye", "bye": {}}


def force_mute(session_id: str) -> dict[str, Any]:
    """Talk's "mute this person": a control message whose ``peerId`` is the target itself.

    Talk's web client mutes its microphone when ``peerId`` is its own session (and shows the
    others the target as muted); the server passes it on only from a session with Talk's
    ``control`` permission (moderators) and drops it silently otherwise.
    """
    return {
        "type": "control",
        "control": {
            "recipient": {"type": "session", "sessionid": session_id},
            "data": {"action": FORCE_MUTE, "peerId": session_id},
        },
    }


def raise_hand(state: bool, timestamp_ms: int, recipient: dict[str, str]) -> dict[str, Any]:
    """A ``raiseHand`` message as Talk's web client sends it (``recipient``: room or session)."""
    return {
        "type": "message",
        "message": {
            "recipient": recipient,
            "data": {"type": RAISE_HAND, "payload": {"state": state, "timestamp": timestamp_ms}},
        },
    }


# ---------------------------------------------------------------------- what we receive


def _object(data: Any) -> dict[str, Any]:
    """Message data as an object (Talk's internal signaling sends it as a JSON string)."""
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except ValueError:
            return {}
    return data if isinstance(data, dict) else {}


def events_of(frame: Frame, token: str) -> list[AnyEvent]:
    """The events a frame carries for the watcher of room ``token`` (none for most answers).

    Raises:
        msgspec.ValidationError: a known event whose members are not what the server sends.
    """
    if frame.type == "event" and frame.event is not None:
        return _room_events(frame.event, token)
    if frame.type == "room" and frame.room is not None and not frame.id:
        if frame.room.roomid == token and frame.room.properties is not None:
            return [RoomProperties(room=token, properties=frame.room.properties)]
        return []
    if frame.type in ("message", "control"):
        body = frame.message if frame.type == "message" else frame.control
        if body is None:
            return []
        sender = body.sender or Sender()
        data = _object(body.data)
        if frame.type == "control":
            return [ControlReceived(room=token, sender=sender, data=data)]
        if data.get("type") == RAISE_HAND:
            payload = _object(data.get("payload"))
            timestamp = payload.get("timestamp")
            return [
                HandRaised(
                    room=token,
                    sessionid=sender.sessionid,
                    userid=sender.userid,
                    state=payload.get("state") is True,
                    timestamp=timestamp if isinstance(timestamp, int) else 0,
                )
            ]
        return [MessageReceived(room=token, sender=sender, data=data)]
    return []


def _room_events(event: EventBody, token: str) -> list[AnyEvent]:
    if event.target == "room":
        if event.type == "join":
            return [Joined(room=token, join=event.join or ())]
        if event.type == "leave":
            return [Left(room=token, leave=event.leave or ())]
        if event.type == "message" and event.message is not None:
            data = _object(event.message.data)
            if data.get("type") == "chat" and event.message.roomid in ("", token):
                return [ChatRefresh(room=token, chat=_object(data.get("chat")))]
        return []
    if event.target == "participants" and event.type == "update":
        update = _object(event.update)
        if update.get("roomid", token) != token:
            return []
        users = msgspec.convert(update.get("users") or [], tuple[ParticipantChange, ...])
        incall = update.get("incall")
        return [
            ParticipantsUpdate(
                room=token,
                users=users,
                all=update.get("all") is True,
                incall=incall if isinstance(incall, int) else None,
            )
        ]
    if event.target == "roomlist":
        if event.type == "update":
            update = _object(event.update)
            properties = update.get("properties")
            if update.get("roomid") == token and isinstance(properties, dict):
                return [RoomProperties(room=token, properties=properties)]
        elif event.type == "disinvite":
            disinvite = _object(event.disinvite)
            if disinvite.get("roomid") == token:
                return [Disinvited(room=token)]
    return []

"""Talk's high-performance signaling server (the "HPB"): live events of a room, no Qt.

``RoomSignaling`` watches one room over one websocket (the signaling server allows one room
per session); the events are the typed structs of ``events``. See ``watch`` for how the
connection is kept and when the caller falls back to polling.
"""

from .events import (
    AnyEvent,
    ChatRefresh,
    ControlReceived,
    Disinvited,
    HandRaised,
    HpbEvent,
    Joined,
    JoinedSession,
    Left,
    MessageReceived,
    ParticipantChange,
    ParticipantsUpdate,
    RoomProperties,
    Sender,
    State,
    StateChanged,
)
from .watch import (
    HpbError,
    NoSignalingServer,
    NotConnected,
    RoomSignaling,
    SignalingRefused,
    UnknownSession,
    websocket_url,
)

__all__ = [
    "AnyEvent",
    "ChatRefresh",
    "ControlReceived",
    "Disinvited",
    "HandRaised",
    "HpbError",
    "HpbEvent",
    "Joined",
    "JoinedSession",
    "Left",
    "MessageReceived",
    "NoSignalingServer",
    "NotConnected",
    "ParticipantChange",
    "ParticipantsUpdate",
    "RoomProperties",
    "RoomSignaling",
    "Sender",
    "SignalingRefused",
    "State",
    "StateChanged",
    "UnknownSession",
    "websocket_url",
]

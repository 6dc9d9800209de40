"""The Talk OCS API (v4) without any Qt: service, typed models, errors."""

from .capabilities import TalkCapabilities
from .errors import (
    BadRequest,
    Conflict,
    Forbidden,
    LobbyActive,
    MalformedResponse,
    NetworkError,
    NotAuthenticated,
    NotConfigured,
    NotFound,
    PreconditionFailed,
    RateLimited,
    ServerError,
    TalkError,
)
from .models import Ban, CallPeer, Participant, Room, RoomList, ServerStatus, Suggestion, to_wire
from .service import TalkService

__all__ = [
    "BadRequest",
    "Ban",
    "CallPeer",
    "Conflict",
    "Forbidden",
    "LobbyActive",
    "MalformedResponse",
    "NetworkError",
    "NotAuthenticated",
    "NotConfigured",
    "NotFound",
    "Participant",
    "PreconditionFailed",
    "RateLimited",
    "Room",
    "RoomList",
    "ServerError",
    "ServerStatus",
    "Suggestion",
    "TalkCapabilities",
    "TalkError",
    "TalkService",
    "to_wire",
]

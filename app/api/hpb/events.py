"""What the signaling server tells a watcher of one room, as typed events.

Each event is a frozen msgspec Struct tagged by ``event``, with the room's token and the
server's own field names, so ``msgspec.to_builtins(event)`` is already the JSON line a script
reads (``{"event": "join", "room": "abc123", "join": [...]}``). Attribute names are
snake_case where the server's are camelCase (``ParticipantChange.in_call`` is ``inCall``).
"""

from __future__ import annotations

import enum
from typing import Any

import msgspec


class State(enum.StrEnum):
    """Where a room's signaling connection is; while not ``CONNECTED`` the app polls."""

    CONNECTING = "connecting"
    CONNECTED = "connected"
    """Hello done and the room joined: events arrive as they happen."""
    RECONNECTING = "reconnecting"
    """The websocket dropped; resuming the session (or starting a new one)."""
    UNAVAILABLE = "unavailable"
    """The last attempt failed (unreachable, refused); retrying with backoff."""
    CLOSED = "closed"


class JoinedSession(msgspec.Struct, frozen=True, kw_only=True, omit_defaults=True, gc=False):
    """A session in the room, as a ``join`` event lists it (the server's lowercase names)."""

    sessionid: str
    """The signaling session id (what messages and forceMute are addressed to)."""
    userid: str = ""
    """Empty for guests."""
    user: dict[str, Any] = msgspec.field(default_factory=dict)
    """What Talk said about the user (``displayname``)."""
    roomsessionid: str = ""
    """The Talk session id: one of the participant's ``sessionIds`` in the REST lists."""
    features: tuple[str, ...] = ()
    federated: bool = False
    virtual: bool = False
    """A session without a websocket of its own (a phone bridge's; the demo's simulated
    people): its signaling session id is its Talk session id."""

    @property
    def display_name(self) -> str:
        name = self.user.get("displayname") if isinstance(self.user, dict) else None
        return name if isinstance(name, str) else ""


class ParticipantChange(
    msgspec.Struct, frozen=True, kw_only=True, rename="camel", omit_defaults=True, gc=False
):
    """One session whose flags changed, as a ``participants`` ``update`` lists it."""

    session_id: str = ""
    """The signaling session id (Talk's own for a session without websocket)."""
    nextcloud_session_id: str = ""
    """The Talk session id; sent only while the session is in the call."""
    actor_type: str = ""
    actor_id: str = ""
    user_id: str = ""
    display_name: str | None = None
    """Not in every update (a promotion lists every session with names; a call join does not)."""
    in_call: int = 0
    """Talk's flags: 1 in call, 2 audio, 4 video, 8 phone; 0 not in the call."""
    participant_permissions: int = 0
    participant_type: int = 0
    last_ping: int = 0


class Sender(msgspec.Struct, frozen=True, kw_only=True, gc=False):
    """Who sent a message or control message (``type`` is how it was addressed)."""

    type: str = ""
    sessionid: str = ""
    userid: str = ""


class HpbEvent(msgspec.Struct, frozen=True, kw_only=True, tag_field="event", gc=False):
    """Base of every event: the room (conversation token) it is about."""

    room: str


class Joined(HpbEvent, frozen=True, kw_only=True, tag="join", gc=False):
    """Sessions joined the room (after our own join: everyone already there, us included)."""

    join: tuple[JoinedSession, ...] = ()


class Left(HpbEvent, frozen=True, kw_only=True, tag="leave", gc=False):
    """Sessions left the room (signaling session ids)."""

    leave: tuple[str, ...] = ()


class ParticipantsUpdate(HpbEvent, frozen=True, kw_only=True, tag="update", gc=False):
    """In-call flags, permissions or participant types changed.

    With ``all`` set, every participant's in-call flags became ``incall`` (the call ended for
    everyone) and ``users`` is empty.
    """

    users: tuple[ParticipantChange, ...] = ()
    all: bool = False
    incall: int | None = None


class HandRaised(HpbEvent, frozen=True, kw_only=True, tag="hand", gc=False):
    """Someone raised (``state`` true) or lowered their hand (Talk's ``raiseHand`` message)."""

    sessionid: str
    """The sender's signaling session id."""
    userid: str = ""
    state: bool = False
    timestamp: int = 0
    """When, in milliseconds since the epoch on the sender's clock (0 if not sent)."""


class ChatRefresh(HpbEvent, frozen=True, kw_only=True, tag="chat", gc=False):
    """New chat messages (``{"refresh": true}``, or the message itself as ``comment``)."""

    chat: dict[str, Any] = msgspec.field(default_factory=dict)


class RoomProperties(HpbEvent, frozen=True, kw_only=True, tag="properties", gc=False):
    """The room's properties changed (name, type, lobby, read-only, ...: Talk's names)."""

    properties: dict[str, Any] = msgspec.field(default_factory=dict)


class ControlReceived(HpbEvent, frozen=True, kw_only=True, tag="control", gc=False):
    """A moderator's control message to us (e.g. ``{"action": "forceMute", "peerId": ...}``)."""

    sender: Sender = Sender()
    data: dict[str, Any] = msgspec.field(default_factory=dict)


class MessageReceived(HpbEvent, frozen=True, kw_only=True, tag="message", gc=False):
    """Another peer message to us or the room (reactions, nick changes, call signaling)."""

    sender: Sender = Sender()
    data: dict[str, Any] = msgspec.field(default_factory=dict)


class Disinvited(HpbEvent, frozen=True, kw_only=True, tag="disinvite", gc=False):
    """We were removed from the conversation (or it was deleted): the watch cannot go on."""


class StateChanged(HpbEvent, frozen=True, kw_only=True, tag="state", gc=False):
    """The connection's state changed.

    ``CONNECTED`` with ``resumed`` false follows a new session: events may have been missed
    while it was down, so whoever keeps lists re-reads them by REST.
    """

    state: str
    reason: str = ""
    resumed: bool = False


AnyEvent = (
    Joined
    | Left
    | ParticipantsUpdate
    | HandRaised
    | ChatRefresh
    | RoomProperties
    | ControlReceived
    | MessageReceived
    | Disinvited
    | StateChanged
)

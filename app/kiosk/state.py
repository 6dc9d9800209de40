"""What one card shows, computed from the API objects (no Qt, so it is tested on its own)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from ..api import Participant, Room
from ..api.constants import ActorType, InCallFlag, ParticipantType
from ..moderation.permissions import room_listens_only


@dataclass(frozen=True)
class RoomView:
    """One conversation as the kiosk knows it right now.

    Args:
        token: the conversation token from the configuration.
        label: the configured label, else the conversation's title once known.
        room: the room object; None until the first successful poll or when it is unavailable.
        participants: the attendees, as of the last poll.
        problem: a sentence when the room cannot be shown (not found, no moderator rights).
        label_fixed: the label came from the configuration (else it follows the room's title).
        people_loaded: the participants were read at least once (until then the figures are
            unknown, not zero).
        hands: the raised hands, first raised first: (name, since ``time.time()``); only a
            signaling server's connection tells them.
        live: the room's signaling-server connection is up (muting needs it).
    """

    token: str
    label: str
    room: Room | None = None
    participants: tuple[Participant, ...] = field(default=())
    problem: str | None = None
    label_fixed: bool = False
    people_loaded: bool = False
    hands: tuple[tuple[str, float], ...] = ()
    live: bool = False

    @property
    def title(self) -> str:
        return self.label

    @property
    def loaded(self) -> bool:
        return self.room is not None

    @property
    def lobby_on(self) -> bool:
        return self.room is not None and self.room.lobby_enabled

    @property
    def lobby_timer(self) -> int:
        """Unix time the lobby opens by itself; 0 when no timer is set (or the lobby is off)."""
        if self.room is None or not self.room.lobby_enabled:
            return 0
        return self.room.lobby_timer

    def seconds_until_open(self, now: float | None = None) -> int | None:
        """Countdown to the lobby opening; None without a timer; 0 once it is due."""
        timer = self.lobby_timer
        if not timer:
            return None
        current = time.time() if now is None else now
        return max(0, int(timer - current))

    @property
    def read_only(self) -> bool:
        return self.room is not None and self.room.is_read_only

    @property
    def call_running(self) -> bool:
        return self.room is not None and self.room.has_call

    @property
    def listens_only(self) -> bool:
        """Attendees may neither speak, show video nor share ("listen only" is on)."""
        return self.room is not None and room_listens_only(self.room)

    @property
    def is_moderator(self) -> bool:
        """Whether the kiosk account moderates this room (else no action can work)."""
        return self.room is not None and self.room.is_moderator

    @property
    def in_call(self) -> tuple[Participant, ...]:
        return tuple(p for p in self.participants if p.in_call & InCallFlag.IN_CALL)

    @property
    def guests_in_call(self) -> tuple[Participant, ...]:
        return tuple(p for p in self.in_call if p.is_guest)

    @property
    def waiting(self) -> tuple[Participant, ...]:
        """People connected but held back by the lobby."""
        lobby = self.lobby_on
        return tuple(p for p in self.participants if p.waiting_in_lobby(lobby))

    @property
    def guests(self) -> tuple[Participant, ...]:
        """Guests who can be removed: people without an account, not moderators."""
        return tuple(
            p
            for p in self.participants
            if p.actor_type == ActorType.GUESTS and p.participant_type == ParticipantType.GUEST
        )

    @property
    def promotable(self) -> tuple[Participant, ...]:
        """Participants who could be made moderator (speaker): users and guests, not groups."""
        kinds = (ParticipantType.USER, ParticipantType.GUEST, ParticipantType.USER_SELF_JOINED)
        return tuple(
            p
            for p in self.participants
            if p.participant_type in kinds and p.actor_type in (ActorType.USERS, ActorType.GUESTS)
        )

    def with_update(self, room: Room, participants: tuple[Participant, ...] | None) -> RoomView:
        """The next view after a successful poll (participants kept when not re-read)."""
        return RoomView(
            token=self.token,
            label=self.label if self.label_fixed else room.title,
            room=room,
            participants=self.participants if participants is None else participants,
            problem=None,
            label_fixed=self.label_fixed,
            people_loaded=self.people_loaded or participants is not None,
            hands=self.hands,
            live=self.live,
        )


def initial_view(token: str, label: str | None) -> RoomView:
    """The card before the first poll: the label from the file, or the token."""
    return RoomView(token=token, label=label or token, label_fixed=label is not None)


def format_countdown(seconds: int) -> str:
    """``1:05:09`` / ``4:59`` style, readable at a glance."""
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def format_age(seconds: float) -> str:
    """``12 s`` / ``3 min`` / ``2 h`` for the staleness banner."""
    if seconds < 60:
        return f"{int(seconds)} s"
    if seconds < 3600:
        return f"{int(seconds // 60)} min"
    return f"{int(seconds // 3600)} h"

"""Raised hands of one room, as data: who raised a hand, since when, in which order.

No REST endpoint shows raised hands: only a signaling server's websocket carries them (Talk's
``raiseHand`` message from the person's client). ``Hands`` keeps them by signaling session, as
they arrive (``HandRaised`` events), and says which participant each belongs to, through the
Talk session id the server gave for each signaling session when it joined. No Qt, no I/O.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from app.api.models import Participant

CLOCK_SLACK_S = 60.0
"""A hand's timestamp is the sender's clock: one further ahead than this is taken as now."""


@dataclass(frozen=True)
class RaisedHand:
    """One raised hand: whose (as far as known) and since when (``time.time()`` seconds)."""

    token: str
    session_id: str
    since: float
    attendee_id: int = 0
    name: str = ""


class Hands:
    """The raised hands of one room, by signaling session id.

    Args:
        token: the room.
        clock: the time (tests pass their own).
    """

    def __init__(self, token: str, clock: Callable[[], float] = time.time) -> None:
        self.token = token
        self.clock = clock
        self._since: dict[str, float] = {}
        self.talk_sessions: dict[str, str] = {}
        """Signaling session id -> Talk session id (the ``sessionIds`` of the REST lists)."""
        self.names: dict[str, str] = {}
        """Signaling session id -> the display name the server gave when it joined."""

    def __len__(self) -> int:
        return len(self._since)

    def raised(self, session_id: str, up: bool, timestamp_ms: int = 0) -> bool:
        """A hand went up (``up``) or down; True when it went up now (news: an alert)."""
        if not up:
            self._since.pop(session_id, None)
            return False
        if session_id in self._since:
            return False
        now = self.clock()
        since = timestamp_ms / 1000 if timestamp_ms > 0 else now
        self._since[session_id] = since if since <= now + CLOCK_SLACK_S else now
        return True

    def left(self, session_ids: Iterable[str]) -> bool:
        """Sessions left the room: their hands go down. True if any was up."""
        sessions = list(session_ids)
        gone = [self._since.pop(s, None) for s in sessions]
        for session_id in sessions:
            self.talk_sessions.pop(session_id, None)
            self.names.pop(session_id, None)
        return any(g is not None for g in gone)

    def clear(self) -> None:
        """Forget every hand (a new signaling session: whoever still has a hand up sends it
        again when they lower it; a hand seen before the drop may be down by now)."""
        self._since.clear()

    def person_of(self, session_id: str, people: Sequence[Participant]) -> Participant | None:
        talk = self.talk_sessions.get(session_id, "")
        for person in people:
            if session_id in person.session_ids or (talk and talk in person.session_ids):
                return person
        return None

    def ordered(self, people: Sequence[Participant]) -> list[RaisedHand]:
        """Every raised hand, first raised first, with the participant where known."""
        hands: list[RaisedHand] = []
        for session_id, since in sorted(self._since.items(), key=lambda item: item[1]):
            person = self.person_of(session_id, people)
            name = person.title if person is not None else self.names.get(session_id, "")
            attendee = person.attendee_id if person is not None else 0
            hands.append(RaisedHand(self.token, session_id, since, attendee, name))
        return hands

    def by_attendee(self, people: Sequence[Participant]) -> dict[int, float]:
        """Attendee id -> since when their hand is up (their earliest, with two devices)."""
        result: dict[int, float] = {}
        for hand in self.ordered(people):
            if hand.attendee_id and hand.attendee_id not in result:
                result[hand.attendee_id] = hand.since
        return result

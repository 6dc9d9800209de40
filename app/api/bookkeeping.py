"""What the service has learnt while talking to the server, kept in one place for every area.

Titles make error messages readable ("Cannot promote Bob in 'Town hall'" rather than two ids):
every read or write that returns rooms or participants records their names here. Talk sessions
(opened by joining a conversation, needed by every call action) are tracked here too, so that
any area can ask whether one is open and the app can close them all on quit. The last answer of
each polled read is kept here too (``answers``), so an unchanged answer is not decoded again.

Remembering costs the poll nothing: a poll's list of people is kept as it is (one reference) and
only looked through when a name is asked for (an action's message), not 10,000 times a poll.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from .answer_cache import AnswerCache
from .models import Participant, Room


class Bookkeeping:
    """Known room and attendee titles, and the conversations with an open Talk session."""

    def __init__(self) -> None:
        self._room_titles: dict[str, str] = {}
        self._attendee_titles: dict[tuple[str, int], str] = {}
        self._unread_people: dict[str, Sequence[Participant]] = {}
        """Per room the newest list of people not yet folded into ``_attendee_titles``."""
        self.answers = AnswerCache()
        self._remembered_rooms: tuple[Room, ...] = ()
        self._sessions: set[str] = set()
        self._session_locks: dict[str, asyncio.Lock] = {}

    # ----------------------------------------------------------------- titles

    def room_title(self, token: str) -> str:
        """The last known title of a room, for messages; the token when never seen."""
        return self._room_titles.get(token, token)

    def attendee_title(self, token: str, attendee_id: int) -> str:
        """The last known name of an attendee of a room; "attendee <id>" when never seen."""
        people = self._unread_people.pop(token, None)
        if people is not None:
            self._attendee_titles.update(
                ((token, person.attendee_id), person.title) for person in people
            )
        return self._attendee_titles.get((token, attendee_id), f"attendee {attendee_id}")

    def remember_rooms(self, rooms: Sequence[Room]) -> None:
        if rooms is self._remembered_rooms:
            return  # an unchanged listing (``answers``): its titles are known already
        if isinstance(rooms, tuple):
            self._remembered_rooms = rooms
        for room in rooms:
            self._room_titles[room.token] = room.title

    def remember_room_title(self, token: str, title: str) -> None:
        """A rename the server may not have answered with the room: the new name is known."""
        self._room_titles[token] = title

    def remember_participants(self, token: str, people: Sequence[Participant]) -> None:
        """Keep ``people`` (not copied: the sequence must not change) for ``attendee_title``;
        names of people who left since stay known, as before."""
        self._unread_people[token] = people

    # ----------------------------------------------------------------- Talk sessions

    @property
    def session_tokens(self) -> frozenset[str]:
        return frozenset(self._sessions)

    def has_session(self, token: str) -> bool:
        return token in self._sessions

    def session_opened(self, token: str) -> None:
        self._sessions.add(token)

    def session_closed(self, token: str) -> None:
        self._sessions.discard(token)

    def forget_sessions(self) -> None:
        """After signing in again: sessions opened with the old password are not ours any more."""
        self._sessions.clear()

    def session_lock(self, token: str) -> asyncio.Lock:
        """The lock that makes concurrent "join once" callers wait for the one join in flight."""
        return self._session_locks.setdefault(token, asyncio.Lock())

"""Optional live activity for ``--demo``/``--activity``: every couple of seconds someone joins
or leaves a call, toggles audio/video, a guest drops in or leaves, a chat message arrives,
someone votes in an open poll, or (with the demo's signaling server) someone in a call raises
or lowers a hand.
Off by default and in tests.
"""

from __future__ import annotations

import asyncio
import random

from .hpb import hub_for
from .models import (
    ACTOR_GUESTS,
    FLAG_DISCONNECTED,
    FLAG_IN_CALL,
    FLAG_WITH_AUDIO,
    FLAG_WITH_VIDEO,
    GUEST,
    PUBLIC,
    Room,
)
from .polls import random_vote
from .seed import CHATTER, FIRST_NAMES
from .state import DemoState

DEFAULT_INTERVAL = 2.0


class LiveActivity:
    """Random but plausible changes to rooms that already have calls or guests."""

    def __init__(self, state: DemoState, seed: int = 0) -> None:
        self.state = state
        self.rng = random.Random(seed + 4242)
        self.poll_rng = random.Random(seed + 4343)
        self.hand_rng = random.Random(seed + 4444)

    def _lively_rooms(self) -> list[Room]:
        return [
            room
            for room in self.state.rooms.values()
            if room.call_start_time or room.type == PUBLIC
        ]

    def step(self) -> str:
        """Apply one random change; returns a short description (for logs and tests)."""
        with self.state.lock:
            rooms = self._lively_rooms()
            if not rooms:
                return "idle"
            # Open polls get votes now and then (their own dice: without polls the rest of
            # the activity is as it always was).
            if self.poll_rng.random() < 0.5:
                voted = random_vote(self.state, self.poll_rng)
                if voted is not None:
                    return voted
            # hands too have their own dice (and only where a signaling server carries them)
            if self.state.profile.hpb and self.hand_rng.random() < 0.25:
                hand = self._hand()
                if hand is not None:
                    return hand
            room = self.rng.choice(sorted(rooms, key=lambda r: r.id))
            action = self.rng.choice(["flags", "call", "call", "guest", "chat"])
            return getattr(self, "_" + action)(room)

    def _hand(self) -> str | None:
        """Someone in a call raises a hand, or someone whose hand is up lowers it."""
        calls = sorted(
            (r for r in self.state.rooms.values() if r.call_sessions), key=lambda r: r.id
        )
        if not calls:
            return None
        room = self.hand_rng.choice(calls)
        session_id = self.hand_rng.choice(sorted(room.call_sessions))
        hub = hub_for(self.state)
        raised = not hub.hands.get((room.token, hub.signaling_id(session_id)), (False, 0))[0]
        hub.simulate_hand(room.token, session_id, raised)
        return f"{'raised' if raised else 'lowered'} hand {room.token}"

    def _sessions(self, room: Room) -> list[tuple[int, str]]:
        return [(a.id, sid) for a in room.attendees.values() for sid in a.sessions]

    def _flags(self, room: Room) -> str:
        sessions = list(room.call_sessions.values())
        if not sessions:
            return self._call(room)
        session = self.rng.choice(sessions)
        attendee = room.attendees[session.attendee_id]
        flags = FLAG_IN_CALL | self.rng.choice(
            [0, FLAG_WITH_AUDIO, FLAG_WITH_VIDEO, FLAG_WITH_AUDIO | FLAG_WITH_VIDEO]
        )
        self.state.change_in_call(room, session, self.state.mask_call_flags(room, attendee, flags))
        return f"flags {room.token}"

    def _call(self, room: Room) -> str:
        candidates = self._sessions(room)
        if not candidates:
            return self._guest(room)
        attendee_id, session_id = self.rng.choice(candidates)
        attendee = room.attendees[attendee_id]
        session = attendee.sessions[session_id]
        if session.in_call:
            self.state.change_in_call(room, session, FLAG_DISCONNECTED)
            return f"left call {room.token}"
        if self.state.lobby_blocked(room, attendee):
            return "lobby"
        flags = self.state.mask_call_flags(
            room, attendee, FLAG_IN_CALL | FLAG_WITH_AUDIO | FLAG_WITH_VIDEO
        )
        self.state.change_in_call(room, session, flags, actor=attendee)
        return f"joined call {room.token}"

    def _guest(self, room: Room) -> str:
        if room.type != PUBLIC:
            return "idle"
        guests = [
            a
            for a in room.attendees.values()
            if a.actor_type == ACTOR_GUESTS and a.participant_type == GUEST and a.sessions
        ]
        if guests and self.rng.random() < 0.4:
            guest = self.rng.choice(guests)
            for session in list(guest.sessions.values()):
                self.state.leave_session(room, session)
            return f"guest left {room.token}"
        session_id = self.state.new_session_id()
        guest = self.state.add_attendee(
            room,
            ACTOR_GUESTS,
            self.state.guest_actor_id(session_id),
            self.rng.choice(FIRST_NAMES),
            GUEST,
        )
        self.state.add_session(room, guest, session_id=session_id)
        return f"guest joined {room.token}"

    def _chat(self, room: Room) -> str:
        speakers = [a for a in room.attendees.values() if a.actor_type in ("users", "guests")]
        if not speakers:
            return "idle"
        speaker = self.rng.choice(speakers)
        self.state.post_comment(
            room,
            speaker.actor_type,
            speaker.actor_id,
            speaker.display_name,
            self.rng.choice(CHATTER),
        )
        return f"chat {room.token}"

    async def run(self, interval: float = DEFAULT_INTERVAL) -> None:
        """Run until cancelled."""
        while True:
            await asyncio.sleep(interval)
            self.step()

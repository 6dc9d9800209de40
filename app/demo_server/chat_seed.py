"""Seeded chat for the demo rooms: a conversation worth moderating, with one obvious spam
message to delete (the workshop scenario's last step).

The seeded lines are history the moderator has read: posting them must not leave unread
counters behind that the rest of the seed did not ask for.
"""

from __future__ import annotations

from .models import Attendee, Room
from .state import DemoState

SPAM = "FREE crypto giveaway!!! Send 0.1 BTC to claim 10 BTC -> http://free-btc.example/claim"
"""The Town Hall's spam message (from an anonymous guest)."""


def seed_chat(
    state: DemoState, room: Room, lines: list[tuple[Attendee, str, int]], now: int
) -> None:
    """Post ``(author, text, seconds ago)`` lines, oldest first, as already read."""
    unread = {a.id: (a.unread_messages, a.last_read_message) for a in room.attendees.values()}
    for author, text, ago in lines:
        state.post_comment(
            room,
            author.actor_type,
            author.actor_id,
            author.display_name,
            text,
            timestamp=now - ago,
            markdown=True,
        )
    for attendee in room.attendees.values():
        attendee.unread_messages, attendee.last_read_message = unread[attendee.id]


def town_hall_lines(
    owner: Attendee, alice: Attendee, bob: Attendee, gina: Attendee, anonymous: Attendee
) -> list[tuple[Attendee, str, int]]:
    """The Town Hall's chat: welcome, questions, the spam, and a reaction to it."""
    return [
        (owner, "Welcome to the quarterly town hall! Slides are in the shared folder.", 900),
        (alice, "Agenda: results, roadmap, then open questions.", 780),
        (gina, "Hi all, joining from the partner office. Is the recording shared later?", 600),
        (bob, "Yes, the link to the recording will follow.", 480),
        (anonymous, SPAM, 300),
        (alice, "Can a moderator remove that spam, please?", 200),
    ]

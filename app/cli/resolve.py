"""Turn what the user typed (a token, a name, an attendee id, a user id) into server objects.

Rooms are matched against the user's own room list (never by probing tokens: unknown tokens
are brute-force throttled by Talk). Participants are matched against the room's participant
list, which also teaches the service their names for its error messages. The matching itself
is pure (``match_room``, ``match_participant``) and tested without a server.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from app.api import TalkService
from app.api.constants import ActorType
from app.api.errors import NotFound
from app.api.models import Participant, Room

from .errors import LookupFailed
from .output import person_actor_text

TOKEN_PATTERN = re.compile(r"^[a-z0-9]{4,30}$")
T = TypeVar("T")


def _first_unique(
    rules: Sequence[list[T]], ambiguous: Callable[[list[T]], LookupFailed]
) -> T | None:
    """The one match of the first rule that matches anything; None when no rule does.

    Rules come in order of precedence. Several matches under the deciding rule are an error
    (``ambiguous`` words it), never a guess.
    """
    for found in rules:
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise ambiguous(found)
    return None


def _describe_room(room: Room) -> str:
    return f"'{room.title}' (token {room.token})"


def match_room(rooms: Sequence[Room], wanted: str) -> Room | None:
    """The room with token ``wanted``, else the one whose name is exactly ``wanted``.

    A name is tried case-sensitively first, then ignoring case. Returns None when nothing
    matches.

    Raises:
        LookupFailed: the name fits several rooms.
    """
    for room in rooms:
        if room.token == wanted:
            return room

    def ambiguous(found: list[Room]) -> LookupFailed:
        listing = ", ".join(_describe_room(room) for room in found)
        return LookupFailed(
            f"'{wanted}' names {len(found)} conversations: {listing}; use the token"
        )

    return _first_unique(
        [
            [room for room in rooms if room.title == wanted],
            [room for room in rooms if room.title.casefold() == wanted.casefold()],
        ],
        ambiguous,
    )


async def find_room(service: TalkService, wanted: str) -> Room:
    """The room named by token or unique display name, fresh from the server.

    Raises:
        LookupFailed: no such conversation, or the name is ambiguous.
        TalkError: the server refused to list or open it.
    """
    listing = await service.rooms.list()
    room = match_room(listing.rooms, wanted)
    if room is not None:
        return room
    if TOKEN_PATTERN.match(wanted):
        # Not in the list, but shaped like a token: one direct look-up (e.g. a public room the
        # user has not joined). A 404 there means the word is neither a name nor a token we
        # can open; the service's sentence for it ("no longer exists") assumes it once did.
        try:
            return await service.rooms.get(wanted)
        except NotFound:
            raise LookupFailed(
                f"no conversation named '{wanted}', and no conversation you can open has that "
                "token (see: talk-moderator rooms list)"
            ) from None
    raise LookupFailed(f"no conversation named '{wanted}' (see: talk-moderator rooms list)")


def _describe_participant(person: Participant) -> str:
    return f"{person.title} ({person_actor_text(person)}, attendee {person.attendee_id})"


def _same_address(person: Participant, text: str) -> bool:
    """An e-mail guest invited at ``text`` (addresses are compared ignoring case)."""
    return bool(person.email) and person.email.casefold() == text.casefold()


def match_participant(people: Sequence[Participant], wanted: str, room_title: str) -> Participant:
    """The participant named by attendee id, ``type/id``, actor id, address or display name.

    Order of precedence: attendee id (digits), ``actorType/actorId`` (``emails/`` also takes
    the address), actor id (e.g. the user id ``alice``), an e-mail guest's address (their
    actor id is a hash), exact display name, display name ignoring case. The first rule that
    matches anyone decides; several matches under that rule are an error, not a guess.

    Raises:
        LookupFailed: nobody matches, or several do.
    """
    text = wanted.strip()
    rules: list[list[Participant]] = []
    if text.isdigit():
        rules.append([p for p in people if p.attendee_id == int(text)])
    if "/" in text:
        actor_type, _, actor_id = text.partition("/")
        rules.append(
            [
                p
                for p in people
                if (p.actor_type, p.actor_id) == (actor_type, actor_id)
                or (actor_type == ActorType.EMAILS and _same_address(p, actor_id))
            ]
        )
    rules.append([p for p in people if p.actor_id == text])  # user id
    rules.append([p for p in people if _same_address(p, text)])  # an e-mail guest's address
    rules.append([p for p in people if p.display_name == text])
    rules.append([p for p in people if p.display_name.casefold() == text.casefold()])

    def ambiguous(found: list[Participant]) -> LookupFailed:
        listing = "; ".join(_describe_participant(p) for p in found)
        return LookupFailed(
            f"'{wanted}' matches {len(found)} participants of '{room_title}': {listing}. "
            "Name one by attendee id"
        )

    person = _first_unique(rules, ambiguous)
    if person is not None:
        return person
    raise LookupFailed(
        f"'{wanted}' is not a participant of '{room_title}' (see: talk-moderator participants list)"
    )


async def find_participant(service: TalkService, room: Room, wanted: str) -> Participant:
    """List the room's participants and pick the one named ``wanted``.

    Raises:
        LookupFailed: nobody or several match.
        TalkError: the server refused the listing.
    """
    people = await service.participants.list(room.token)
    return match_participant(people, wanted, room.title)

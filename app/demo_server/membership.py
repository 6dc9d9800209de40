"""Adding members by source: users, groups and teams (with their members), e-mail guests and
phone numbers. Shared by room creation and ``POST …/participants``.
"""

from __future__ import annotations

import re

from .bans import find_ban
from .models import (
    ACTOR_CIRCLES,
    ACTOR_EMAILS,
    ACTOR_GROUPS,
    ACTOR_PHONES,
    GUEST,
    USER,
    Attendee,
    Room,
)
from .state import DemoState

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_RE = re.compile(r"^\+[1-9]\d{5,14}$")


def normalize_phone(number: str) -> str | None:
    """E.164 form of a phone number (spaces, dashes, brackets removed) or ``None``."""
    cleaned = re.sub(r"[\s()\-./]", "", number)
    if cleaned.startswith("00"):
        cleaned = "+" + cleaned[2:]
    return cleaned if PHONE_RE.match(cleaned) else None


def add_members(
    state: DemoState, room: Room, kind: str, ident: str, actor: Attendee | None
) -> Attendee:
    """Add one member of ``kind`` (groups, circles, emails, phones); the caller validated it.

    Groups and teams add an attendee for the group itself plus every member user.
    """
    if kind in ("groups", "circles"):
        actor_type = ACTOR_GROUPS if kind == "groups" else ACTOR_CIRCLES
        pool = state.groups if kind == "groups" else state.teams
        group = pool[ident]
        attendee = room.find(actor_type, ident)
        if attendee is None:
            attendee = state.add_attendee(room, actor_type, ident, group.display_name, USER)
            if actor is not None:
                state.post_system(room, actor, "group_added", subject=attendee)
        for login in group.members:
            if (
                login in state.accounts
                and room.find("users", login) is None
                and find_ban(room, "users", login) is None  # Talk skips banned members
            ):
                state.add_user_to_room(room, login, actor=actor)
        return attendee
    if kind == "emails":
        actor_id = state.email_actor_id(ident)
        attendee = room.find(ACTOR_EMAILS, actor_id)
        if attendee is None:
            attendee = state.add_attendee(
                room, ACTOR_EMAILS, actor_id, "", GUEST, invited_actor_id=ident
            )
        return attendee
    if kind == "phones":
        actor_id = state.new_token() + state.new_token()
        return state.add_attendee(room, ACTOR_PHONES, actor_id, ident, USER, phone_number=ident)
    raise ValueError(kind)

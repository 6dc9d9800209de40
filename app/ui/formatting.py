"""Words for Talk's numbers: room types, roles, presence, relative times. Pure, no Qt.

Kept apart from the models so the kiosk, the CLI and tests share one wording.
"""

from __future__ import annotations

from app.api.constants import ActorType, ConversationType, InCallFlag, ParticipantType
from app.api.timestamps import local_time

ROOM_TYPES: dict[int, str] = {
    ConversationType.ONE_TO_ONE: "One-to-one",
    ConversationType.GROUP: "Group",
    ConversationType.PUBLIC: "Public",
    ConversationType.CHANGELOG: "Changelog",
    ConversationType.FORMER_ONE_TO_ONE: "Former one-to-one",
    ConversationType.NOTE_TO_SELF: "Note to self",
}

ROLES: dict[int, str] = {
    ParticipantType.OWNER: "Owner",
    ParticipantType.MODERATOR: "Moderator",
    ParticipantType.USER: "User",
    ParticipantType.GUEST: "Guest",
    ParticipantType.USER_SELF_JOINED: "User (joined by link)",
    ParticipantType.GUEST_MODERATOR: "Guest moderator",
}

KINDS: dict[str, str] = {
    ActorType.USERS: "User",
    ActorType.GUESTS: "Guest",
    ActorType.EMAILS: "E-mail",
    ActorType.GROUPS: "Group",
    ActorType.CIRCLES: "Team",
    ActorType.FEDERATED_USERS: "Federated user",
    ActorType.PHONES: "Phone",
}


def room_type(value: int) -> str:
    return ROOM_TYPES.get(value, f"Type {value}")


def role(value: int) -> str:
    return ROLES.get(value, f"Role {value}")


def kind(actor_type: str) -> str:
    return KINDS.get(actor_type, actor_type.replace("_", " ").capitalize() or "Unknown")


def duration(seconds: float) -> str:
    """A short human duration: "45 s", "14 min", "3 h 5 min", "2 days"."""
    seconds = max(0, int(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes = seconds // 60
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    days = hours // 24
    return "1 day" if days == 1 else f"{days} days"


def lobby_text(lobby_state: int, lobby_timer: int, now: float) -> str:
    """The lobby column: "", "On", "opens in 14 min", "opens at 11:30", "opens 4 Dec",
    "opening now": beside the lobby icon, under the column's title "Lobby" (the word "Lobby"
    again only cost the countdown its room); an hour or more away the clock time says more
    than "1 h 5 min" and is no longer (the column is sized for "opens in 14 min").
    """
    if not lobby_state:
        return ""
    if not lobby_timer:
        return "On"
    remaining = lobby_timer - now
    if remaining <= 0:
        return "opening now"
    if remaining < 3600:
        return f"opens in {duration(remaining)}"
    if remaining < 20 * 3600:
        return f"opens at {local_time(lobby_timer, '%H:%M')}"
    return f"opens {local_time(lobby_timer, '%d %b').lstrip('0')}"  # %-d is not portable


def last_seen(last_ping: int, now: float) -> str:
    """ "just now", "5 min ago", "never" from a Unix timestamp."""
    if last_ping <= 0:
        return "never"
    ago = now - last_ping
    if ago < 60:
        return "just now"
    return f"{duration(ago)} ago"


def call_flags(in_call: int) -> str:
    """ "In call (audio, video, phone)" or "" when not in the call."""
    flags = InCallFlag(in_call & 0xF)
    if not flags & InCallFlag.IN_CALL:
        return ""
    media = [
        word
        for bit, word in (
            (InCallFlag.WITH_AUDIO, "audio"),
            (InCallFlag.WITH_VIDEO, "video"),
            (InCallFlag.WITH_PHONE, "phone"),
        )
        if flags & bit
    ]
    return f"In call ({', '.join(media)})" if media else "In call (no media)"


def presence(status: str | None, online: bool, in_call: int) -> str:
    """Presence in words: in-call flags first, then the user status, then sessions."""
    call = call_flags(in_call)
    if call:
        return call
    if status in ("online", "away", "dnd", "busy"):
        return {"online": "Online", "away": "Away", "dnd": "Do not disturb", "busy": "Busy"}[status]
    if online:
        return "Online"
    return "Offline"


def count_of(number: int, noun: str, plural: str | None = None) -> str:
    """``1 suggestion``, ``31 actions``, ``0 entries`` (``plural`` when not noun + "s")."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"

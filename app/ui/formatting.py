"""Words for Talk's numbers: room types, roles, presence, relative times, in the user's
language.

Kept apart from the models so the lists and the dialogs share one wording. The tables are
marked with QT_TRANSLATE_NOOP (context ``Words``) and translated when a cell asks; the texts
with numbers are numerus texts of the ``Words`` context (``Words.tr("%n day(s)", "", n)``),
so German gets its own plural forms and English "1 day", "2 days".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from app.api.constants import ActorType, ConversationType, InCallFlag, ParticipantType
from app.api.timestamps import local_time
from app.i18n import QT_TRANSLATE_NOOP


class Words:
    """The translation context "Words": ``Words.tr("Text")`` and ``Words.tr("%n day(s)", "",
    n)`` are what pyside6-lupdate extracts under that context (numerus texts too), and
    translate at run time like a QObject's ``tr``."""

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        if not -(2**31) <= n < 2**31:  # beyond Qt's int: the number in words, no plural form
            return text.replace("%n", str(n)).replace("(s)", "s")
        return QCoreApplication.translate("Words", text, disambiguation, n)


def _word(text: str) -> str:
    return QCoreApplication.translate("Words", text)


ROOM_TYPES: dict[int, str] = {
    ConversationType.ONE_TO_ONE: QT_TRANSLATE_NOOP("Words", "One-to-one"),
    ConversationType.GROUP: QT_TRANSLATE_NOOP("Words", "Group"),
    ConversationType.PUBLIC: QT_TRANSLATE_NOOP("Words", "Public"),
    ConversationType.CHANGELOG: QT_TRANSLATE_NOOP("Words", "Changelog"),
    ConversationType.FORMER_ONE_TO_ONE: QT_TRANSLATE_NOOP("Words", "Former one-to-one"),
    ConversationType.NOTE_TO_SELF: QT_TRANSLATE_NOOP("Words", "Note to self"),
}

ROLES: dict[int, str] = {
    ParticipantType.OWNER: QT_TRANSLATE_NOOP("Words", "Owner"),
    ParticipantType.MODERATOR: QT_TRANSLATE_NOOP("Words", "Moderator"),
    ParticipantType.USER: QT_TRANSLATE_NOOP("Words", "User"),
    ParticipantType.GUEST: QT_TRANSLATE_NOOP("Words", "Guest"),
    ParticipantType.USER_SELF_JOINED: QT_TRANSLATE_NOOP("Words", "User (joined by link)"),
    ParticipantType.GUEST_MODERATOR: QT_TRANSLATE_NOOP("Words", "Guest moderator"),
}

KINDS: dict[str, str] = {
    ActorType.USERS: QT_TRANSLATE_NOOP("Words", "User"),
    ActorType.GUESTS: QT_TRANSLATE_NOOP("Words", "Guest"),
    ActorType.EMAILS: QT_TRANSLATE_NOOP("Words", "E-mail"),
    ActorType.GROUPS: QT_TRANSLATE_NOOP("Words", "Group"),
    ActorType.CIRCLES: QT_TRANSLATE_NOOP("Words", "Team"),
    ActorType.FEDERATED_USERS: QT_TRANSLATE_NOOP("Words", "Federated user"),
    ActorType.PHONES: QT_TRANSLATE_NOOP("Words", "Phone"),
}


STATUSES: dict[str, str] = {
    "online": QT_TRANSLATE_NOOP("Words", "Online"),
    "away": QT_TRANSLATE_NOOP("Words", "Away"),
    "dnd": QT_TRANSLATE_NOOP("Words", "Do not disturb"),
    "busy": QT_TRANSLATE_NOOP("Words", "Busy"),
}


def room_type(value: int) -> str:
    known = ROOM_TYPES.get(value)
    return _word(known) if known else Words.tr("Type {number}").format(number=value)


def role(value: int) -> str:
    known = ROLES.get(value)
    return _word(known) if known else Words.tr("Role {number}").format(number=value)


def kind(actor_type: str) -> str:
    known = KINDS.get(actor_type)
    if known:
        return _word(known)
    return actor_type.replace("_", " ").capitalize() or Words.tr("Unknown")


def duration(seconds: float) -> str:
    """A short human duration: "45 s", "14 min", "3 h 5 min", "2 days"."""
    seconds = max(0, int(seconds))
    if seconds < 60:
        return Words.tr("{seconds} s").format(seconds=seconds)
    minutes = seconds // 60
    if minutes < 60:
        return Words.tr("{minutes} min").format(minutes=minutes)
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        if minutes:
            return Words.tr("{hours} h {minutes} min").format(hours=hours, minutes=minutes)
        return Words.tr("{hours} h").format(hours=hours)
    return Words.tr("%n day(s)", "", hours // 24)


def lobby_text(lobby_state: int, lobby_timer: int, now: float) -> str:
    """The lobby column: "", "On", "opens in 14 min", "opens at 11:30", "opens 4 Dec",
    "opening now": beside the lobby icon, under the column's title "Lobby" (the word "Lobby"
    again only cost the countdown its room); an hour or more away the clock time says more
    than "1 h 5 min" and is no longer (the column is sized for "opens in 14 min").
    """
    if not lobby_state:
        return ""
    if not lobby_timer:
        return Words.tr("On")
    remaining = lobby_timer - now
    if remaining <= 0:
        return Words.tr("opening now")
    if remaining < 3600:
        return Words.tr("opens in {time}").format(time=duration(remaining))
    if remaining < 20 * 3600:
        return Words.tr("opens at {time}").format(time=local_time(lobby_timer, "%H:%M"))
    # %-d is not portable; the month's name in the user's language
    day = QLocale().toString(QDateTime.fromSecsSinceEpoch(lobby_timer).date(), "d MMM")
    return Words.tr("opens {date}").format(date=day)


def last_seen(last_ping: int, now: float) -> str:
    """ "just now", "5 min ago", "never" from a Unix timestamp."""
    if last_ping <= 0:
        return Words.tr("never")
    ago = now - last_ping
    if ago < 60:
        return Words.tr("just now")
    return Words.tr("{time} ago").format(time=duration(ago))


def call_flags(in_call: int) -> str:
    """ "In call (audio, video, phone)" or "" when not in the call."""
    flags = InCallFlag(in_call & 0xF)
    if not flags & InCallFlag.IN_CALL:
        return ""
    media = [
        word
        for bit, word in (
            (InCallFlag.WITH_AUDIO, Words.tr("audio")),
            (InCallFlag.WITH_VIDEO, Words.tr("video")),
            (InCallFlag.WITH_PHONE, Words.tr("phone")),
        )
        if flags & bit
    ]
    if not media:
        return Words.tr("In call (no media)")
    return Words.tr("In call ({media})").format(media=", ".join(media))


def presence(status: str | None, online: bool, in_call: int) -> str:
    """Presence in words: in-call flags first, then the user status, then sessions."""
    call = call_flags(in_call)
    if call:
        return call
    if status in STATUSES:
        return _word(STATUSES[status])
    return Words.tr("Online") if online else Words.tr("Offline")


def count_of(number: int, noun: str, plural: str | None = None) -> str:
    """``1 participant``, ``31 items`` in the user's language for the nouns in ``COUNTED``;
    any other noun in English (``plural`` when not noun + "s")."""
    counted = COUNTED.get(noun)
    if counted is not None:
        return counted(number)
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


COUNTED: dict[str, Callable[[int], str]] = {
    "participant": lambda n: Words.tr("%n participant(s)", "", n),
    "item": lambda n: Words.tr("%n item(s)", "", n),
    "action": lambda n: Words.tr("%n action(s)", "", n),
    "suggestion": lambda n: Words.tr("%n suggestion(s)", "", n),
    "conversation": lambda n: Words.tr("%n conversation(s)", "", n),
}
"""The counted nouns, each a numerus text (German has its own plural forms)."""

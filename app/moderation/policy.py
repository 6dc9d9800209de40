"""A conversation's policy as data: its values and their words, and how each change is sent.

Moderators set the description, who may find the conversation (listable), how long messages
live, who may mention @all and whether joining the call needs recording consent; everyone sets
their own notifications. The window's Conversation Settings dialog and the CLI's ``rooms ...``
commands share the words and the values here; ``settings`` turns a dialog's input into the
operations for what changed. No Qt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..api import Room, TalkService
from ..api.capabilities import TalkCapabilities
from ..api.constants import ConversationType, NotificationLevel
from ..api.kinds import ActionKind
from ..i18n import QT_TRANSLATE_NOOP, Text, text
from .operation import OPERATIONS, Operation, Send, for_room

DESCRIPTION_MAX = 2000
"""Talk 21 keeps at most 2,000 characters of description (500 before)."""

MINUTE, HOUR, DAY, WEEK = 60, 3600, 86400, 7 * 86400


def trimmed(description: str) -> str:
    """The description as the server keeps it: without spaces, tabs and newlines around."""
    return description.strip(" \t\n\r\0\x0b")


@dataclass(frozen=True)
class Choice:
    """One value of a setting: what Talk stores, the CLI's word, the window's label."""

    value: int
    name: str
    label: str


LISTABLE = (
    Choice(0, "none", QT_TRANSLATE_NOOP("Policy", "Participants only")),
    Choice(1, "users", QT_TRANSLATE_NOOP("Policy", "Users of this server")),
    Choice(2, "everyone", QT_TRANSLATE_NOOP("Policy", "Everyone, guest accounts too")),
)
"""Who may find and join the conversation without being invited (Talk's listable scope)."""

MENTIONS = (
    Choice(0, "everyone", QT_TRANSLATE_NOOP("Policy", "Everyone")),
    Choice(1, "moderators", QT_TRANSLATE_NOOP("Policy", "Moderators only")),
)
"""Who may mention @all."""

NOTIFICATIONS = (
    Choice(int(NotificationLevel.ALWAYS), "always", QT_TRANSLATE_NOOP("Policy", "All messages")),
    Choice(
        int(NotificationLevel.MENTION), "mentions", QT_TRANSLATE_NOOP("Policy", "@-mentions only")
    ),
    Choice(int(NotificationLevel.NEVER), "never", QT_TRANSLATE_NOOP("Policy", "Off")),
)
"""Your own notification level (0, the server's default, is shown but cannot be chosen)."""

RECORDING_CONSENT = (
    Choice(0, "off", QT_TRANSLATE_NOOP("Policy", "Not required")),
    Choice(1, "required", QT_TRANSLATE_NOOP("Policy", "Required before joining the call")),
)
"""What a conversation can ask for; "optional" is the server's mode that lets it choose."""

CONSENT_OPTIONAL = 2
"""The server's ``recording-consent`` mode in which each conversation's moderators decide."""

EXPIRATION_PRESETS = (0, HOUR, 8 * HOUR, DAY, WEEK, 4 * WEEK)
"""The expiration times Talk's own clients offer (0: messages are kept)."""

EXPIRATION_EXAMPLES = "off, 1h, 8h, 1d, 7d, 28d"


def choice(choices: Sequence[Choice], value: int) -> Choice | None:
    return next((c for c in choices if c.value == value), None)


def named(choices: Sequence[Choice], name: str) -> Choice | None:
    return next((c for c in choices if c.name == name), None)


def names(choices: Sequence[Choice]) -> tuple[str, ...]:
    return tuple(c.name for c in choices)


def label(choices: Sequence[Choice], value: int) -> str:
    """The window's label of ``value``, or the number when the server sent an unknown one."""
    found = choice(choices, value)
    return found.label if found is not None else f"value {value}"


def label_text(choices: Sequence[Choice], value: int, *, lower: bool = False) -> Text:
    """``label`` kept translatable (context Policy); ``lower``: in lower case in English (a
    label inside a sentence), as the translation has it in other languages."""
    found = choice(choices, value)
    if found is None:
        return text("Policy", QT_TRANSLATE_NOOP("Policy", "value {value}"), value=str(value))
    return Text("Policy", found.label, english_lower=lower)


# ----------------------------------------------------------------- message expiration

_UNITS = (("week", WEEK), ("day", DAY), ("hour", HOUR), ("minute", MINUTE), ("second", 1))
_DURATION = re.compile(r"(\d+)([smhdw])")
_UNIT_SECONDS = {"s": 1, "m": MINUTE, "h": HOUR, "d": DAY, "w": WEEK}


def expiration_text(seconds: int) -> str:
    """The time in words (off, 1 hour, 8 hours, 1 day, 4 weeks, 90 minutes): the largest
    unit that divides it evenly."""
    return str(expiration_words(seconds))


_UNIT_WORDS = {
    "week": (
        QT_TRANSLATE_NOOP("Policy", "{count} week"),
        QT_TRANSLATE_NOOP("Policy", "{count} weeks"),
    ),
    "day": (
        QT_TRANSLATE_NOOP("Policy", "{count} day"),
        QT_TRANSLATE_NOOP("Policy", "{count} days"),
    ),
    "hour": (
        QT_TRANSLATE_NOOP("Policy", "{count} hour"),
        QT_TRANSLATE_NOOP("Policy", "{count} hours"),
    ),
    "minute": (
        QT_TRANSLATE_NOOP("Policy", "{count} minute"),
        QT_TRANSLATE_NOOP("Policy", "{count} minutes"),
    ),
    "second": (
        QT_TRANSLATE_NOOP("Policy", "{count} second"),
        QT_TRANSLATE_NOOP("Policy", "{count} seconds"),
    ),
}
"""One and more of each unit (whole counts: one form for 1, the other for 2 and up)."""


def expiration_words(seconds: int) -> Text:
    """``expiration_text`` kept translatable (context Policy)."""
    if seconds <= 0:
        return Text("Policy", QT_TRANSLATE_NOOP("Policy", "off"))
    for name, size in _UNITS:
        if seconds % size == 0:
            count = seconds // size
            one, more = _UNIT_WORDS[name]
            return text("Policy", one if count == 1 else more, count=str(count))
    return text("Policy", _UNIT_WORDS["second"][1], count=str(seconds))  # not reached


def parse_expiration(text: str) -> int:
    """``off`` (or 0) or a duration such as ``1h``, ``8h``, ``1d``, ``7d``, ``28d``, ``4w``,
    ``1h30m``; the seconds to send.

    Raises:
        ValueError: anything else, with a sentence naming what is accepted.
    """
    compact = text.strip().lower().replace(" ", "")
    if compact in ("off", "0"):
        return 0
    seconds = sum(int(n) * _UNIT_SECONDS[unit] for n, unit in _DURATION.findall(compact))
    if not compact or _DURATION.sub("", compact) or seconds <= 0:
        raise ValueError(
            f"unknown expiration '{text}': use off or a duration such as {EXPIRATION_EXAMPLES} "
            "(units s, m, h, d, w)"
        )
    return seconds


# ----------------------------------------------------------------- notifications


def default_notification_level(room: Room) -> int:
    """What level 0 means: every message in one-to-one conversations, mentions elsewhere."""
    if room.type == ConversationType.ONE_TO_ONE:
        return int(NotificationLevel.ALWAYS)
    return int(NotificationLevel.MENTION)


def notification_text(room: Room) -> str:
    return str(notification_words(room))


def notification_words(room: Room) -> Text:
    """``notification_text`` kept translatable (context Policy)."""
    level = room.notification_level
    if level == NotificationLevel.DEFAULT:
        default = label_text(NOTIFICATIONS, default_notification_level(room), lower=True)
        return text("Policy", QT_TRANSLATE_NOOP("Policy", "default ({level})"), level=default)
    return label_text(NOTIFICATIONS, level, lower=True)


# ----------------------------------------------------------------- recording consent


def consent_mode_text(caps: TalkCapabilities) -> str:
    """The server's recording-consent mode, in words (it decides what a conversation may)."""
    if not caps.recording:
        return "the server has no recording server, so no call asks for consent"
    if caps.recording_consent == 1:
        return "the server asks for recording consent in every call"
    if caps.recording_consent == CONSENT_OPTIONAL:
        return "the moderators of each conversation decide"
    return "the server's administrator turned recording consent off"


def consent_refusal(caps: TalkCapabilities | None, room: Room) -> str | None:
    """Why this conversation's recording consent cannot be changed now; None when it can.

    Only where the server leaves it to each conversation (mode "optional") is it a
    conversation's setting; and Talk does not start asking for it in a running call.
    """
    if caps is None:
        return QT_TRANSLATE_NOOP("Rules", "Waiting for the server's capabilities")
    if not caps.has("recording-consent"):
        return QT_TRANSLATE_NOOP("Rules", "The server does not support recording consent")
    if not caps.recording or caps.recording_consent != CONSENT_OPTIONAL:
        text = consent_mode_text(caps)
        return text[0].upper() + text[1:]
    if room.has_call and not room.recording_consent:
        return QT_TRANSLATE_NOOP(
            "Rules", "Recording consent cannot be asked for once a call has started"
        )
    return None


def needs_recording_consent(room: Room, caps: TalkCapabilities | None = None) -> bool:
    """Whether joining the call here needs consent to its recording.

    The room's ``recordingConsent`` already mirrors the server's mode where the server
    decides; the capabilities are checked too, since the room may have been read earlier.
    """
    if room.recording_consent == 1:
        return True
    return caps is not None and caps.recording and caps.recording_consent == 1


CONSENT_WARNING = QT_TRANSLATE_NOOP("Policy", "The call might be recorded.")
CONSENT_TEXT = QT_TRANSLATE_NOOP(
    "Policy",
    "The recording might include your voice, video from camera, and screen share. Your "
    "consent is required before joining the call.",
)
CONSENT_CHECKBOX = QT_TRANSLATE_NOOP("Policy", "Give consent to the recording of this call")
"""Talk's own wording when a call asks for consent (its web client's join dialog)."""


# ----------------------------------------------------------------- operations


def set_description(room: Room, description: str) -> Operation:
    description = trimmed(description)
    detail = Text(
        OPERATIONS,
        QT_TRANSLATE_NOOP("Operations", "description changed")
        if description
        else QT_TRANSLATE_NOOP("Operations", "description removed"),
    )
    return for_room(ActionKind.DESCRIPTION, room, detail, description=description)


async def _description(service: TalkService, op: Operation) -> Room | None:
    return await service.rooms.set_description(op.room_token, op.text("description"))


def set_listable(room: Room, scope: int) -> Operation:
    detail = text(
        OPERATIONS,
        QT_TRANSLATE_NOOP("Operations", "who can find it: {choice}"),
        choice=label_text(LISTABLE, scope, lower=True),
    )
    return for_room(ActionKind.LISTABLE, room, detail, scope=int(scope))


async def _listable(service: TalkService, op: Operation) -> Room | None:
    return await service.policy.set_listable(op.room_token, op.number("scope"))


def set_message_expiration(room: Room, seconds: int) -> Operation:
    detail = (
        Text(OPERATIONS, QT_TRANSLATE_NOOP("Operations", "message expiration off"))
        if seconds <= 0
        else text(
            OPERATIONS,
            QT_TRANSLATE_NOOP("Operations", "messages expire after {duration}"),
            duration=expiration_words(seconds),
        )
    )
    return for_room(ActionKind.MESSAGE_EXPIRATION, room, detail, seconds=max(0, int(seconds)))


async def _message_expiration(service: TalkService, op: Operation) -> Room | None:
    return await service.policy.set_message_expiration(op.room_token, op.number("seconds"))


def set_mention_permissions(room: Room, value: int) -> Operation:
    detail = text(
        OPERATIONS,
        QT_TRANSLATE_NOOP("Operations", "who may mention @all: {choice}"),
        choice=label_text(MENTIONS, value, lower=True),
    )
    return for_room(ActionKind.MENTION_PERMISSIONS, room, detail, value=int(value))


async def _mention_permissions(service: TalkService, op: Operation) -> Room | None:
    return await service.policy.set_mention_permissions(op.room_token, op.number("value"))


def set_recording_consent(room: Room, required: bool) -> Operation:
    detail = "recording consent required" if required else "recording consent not required"
    return for_room(ActionKind.RECORDING_CONSENT, room, detail, required=required)


async def _recording_consent(service: TalkService, op: Operation) -> Room | None:
    return await service.policy.set_recording_consent(op.room_token, int(op.flag("required")))


def set_notification_level(room: Room, level: int) -> Operation:
    detail = text(
        OPERATIONS,
        QT_TRANSLATE_NOOP("Operations", "your notifications: {choice}"),
        choice=label_text(NOTIFICATIONS, level, lower=True),
    )
    return for_room(ActionKind.NOTIFICATIONS, room, detail, level=int(level))


async def _notifications(service: TalkService, op: Operation) -> Room | None:
    return await service.rooms.set_notification_level(op.room_token, op.number("level"))


def set_call_notifications(room: Room, enabled: bool) -> Operation:
    detail = Text(
        OPERATIONS,
        QT_TRANSLATE_NOOP("Operations", "your call notifications on")
        if enabled
        else QT_TRANSLATE_NOOP("Operations", "your call notifications off"),
    )
    return for_room(ActionKind.CALL_NOTIFICATIONS, room, detail, enabled=enabled)


async def _call_notifications(service: TalkService, op: Operation) -> Room | None:
    return await service.rooms.set_call_notifications(op.room_token, op.flag("enabled"))


SENDERS: dict[ActionKind, Send] = {
    ActionKind.DESCRIPTION: _description,
    ActionKind.LISTABLE: _listable,
    ActionKind.MESSAGE_EXPIRATION: _message_expiration,
    ActionKind.MENTION_PERMISSIONS: _mention_permissions,
    ActionKind.RECORDING_CONSENT: _recording_consent,
    ActionKind.NOTIFICATIONS: _notifications,
    ActionKind.CALL_NOTIFICATIONS: _call_notifications,
}
"""How each policy kind is sent (part of ``operations.DISPATCH``)."""

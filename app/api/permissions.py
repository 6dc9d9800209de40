"""Talk's permission bits by name: one table for the window, the kiosk and the CLI.

A permission value is a bit set (talk-api/README.md section 6): 2 start a call, 4 join it,
8 skip the lobby, 16 publish audio, 32 video, 64 share the screen, 128 chat. 0 is no value of
its own ("use the default": the attendee falls back to the call's, then the conversation's,
then Talk's built-in permissions) and 1 marks a value as custom, so "nothing at all" is 1,
not 0. The CLI spells the rights ``start-call, join-call, lobby-ignore, audio, video, screen,
chat`` (comma-separated), or ``default`` / ``none``; the window shows one checkbox per right.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import QT_TRANSLATE_NOOP
from .constants import Permission


@dataclass(frozen=True)
class Right:
    """One permission bit.

    Args:
        name: the CLI's name ("audio").
        bit: the bit.
        label: the window's checkbox text ("Publish audio").
        words: the right in a sentence ("audio").

    Both are English, marked for translation (context Permissions): the window translates
    them where it shows them, the CLI prints them as they are.
    """

    name: str
    bit: int
    label: str
    words: str


RIGHTS: tuple[Right, ...] = (
    Right(
        "start-call",
        int(Permission.START_CALL),
        QT_TRANSLATE_NOOP("Permissions", "Start a call"),
        QT_TRANSLATE_NOOP("Permissions", "start call"),
    ),
    Right(
        "join-call",
        int(Permission.JOIN_CALL),
        QT_TRANSLATE_NOOP("Permissions", "Join the call"),
        QT_TRANSLATE_NOOP("Permissions", "join call"),
    ),
    Right(
        "lobby-ignore",
        int(Permission.LOBBY_IGNORE),
        QT_TRANSLATE_NOOP("Permissions", "Skip the lobby"),
        QT_TRANSLATE_NOOP("Permissions", "skip lobby"),
    ),
    Right(
        "audio",
        int(Permission.PUBLISH_AUDIO),
        QT_TRANSLATE_NOOP("Permissions", "Speak (publish audio)"),
        QT_TRANSLATE_NOOP("Permissions", "audio"),
    ),
    Right(
        "video",
        int(Permission.PUBLISH_VIDEO),
        QT_TRANSLATE_NOOP("Permissions", "Show video"),
        QT_TRANSLATE_NOOP("Permissions", "video"),
    ),
    Right(
        "screen",
        int(Permission.PUBLISH_SCREEN),
        QT_TRANSLATE_NOOP("Permissions", "Share the screen"),
        QT_TRANSLATE_NOOP("Permissions", "screen"),
    ),
    Right(
        "chat",
        int(Permission.CHAT),
        QT_TRANSLATE_NOOP("Permissions", "Chat, react and share"),
        QT_TRANSLATE_NOOP("Permissions", "chat"),
    ),
)
"""Every right, in the order the window and the help list them."""

NAMES: tuple[str, ...] = tuple(right.name for right in RIGHTS)
DEFAULT = "default"
NONE = "none"
ALL_RIGHTS = sum(right.bit for right in RIGHTS)
"""254: every right (what moderators always have)."""
CUSTOM = int(Permission.CUSTOM)
PUBLISHING = int(Permission.PUBLISH_AUDIO | Permission.PUBLISH_VIDEO | Permission.PUBLISH_SCREEN)
"""What "listen only" takes away: audio, video and screen."""
BUILT_IN_DEFAULT = ALL_RIGHTS & ~int(Permission.LOBBY_IGNORE)
"""246: what a non-moderator has when neither attendee, call nor conversation set anything."""

ACCEPTED = ", ".join(NAMES) + f" (comma-separated), or {DEFAULT} or {NONE}"


class PermissionsError(ValueError):
    """What was typed is not a permission list; the message names the accepted values."""


def parse(text: str, *, allow_default: bool = True) -> int:
    """``"audio,video"`` -> 48; ``"default"`` -> 0; ``"none"`` -> 1 (custom, no rights).

    Names are case-insensitive; spaces around commas are ignored; a name twice is fine.

    Raises:
        PermissionsError: an unknown or missing name, or ``default``/``none`` mixed with
            rights (or ``default`` where ``allow_default`` is False).
    """
    words = [word.strip().lower() for word in text.split(",")]
    if not any(words):
        raise PermissionsError(f"no permissions given; use {ACCEPTED}")
    if DEFAULT in words or NONE in words:
        if len(set(words)) > 1:
            raise PermissionsError(
                f"'{DEFAULT}' and '{NONE}' stand alone, not in a list with rights"
            )
        if words[0] == DEFAULT:
            if not allow_default:
                raise PermissionsError(
                    f"'{DEFAULT}' cannot be added or removed; use rights: " + ", ".join(NAMES)
                )
            return 0
        return CUSTOM
    bits = 0
    by_name = {right.name: right.bit for right in RIGHTS}
    for word in words:
        if word not in by_name:
            shown = word or "(empty)"
            raise PermissionsError(f"unknown permission '{shown}'; use {ACCEPTED}")
        bits |= by_name[word]
    return bits


def rights_of(bits: int) -> tuple[Right, ...]:
    """The rights set in ``bits`` (the custom marker is no right)."""
    return tuple(right for right in RIGHTS if bits & right.bit)


def names_of(bits: int) -> str:
    """The CLI's spelling of ``bits``: ``"join-call,chat"``, ``"default"``, ``"none"``."""
    if bits == 0:
        return DEFAULT
    rights = rights_of(bits)
    return ",".join(right.name for right in rights) if rights else NONE


def describe(bits: int) -> str:
    """``bits`` in words: "join call, chat"; "the default" for 0; "nothing" for 1."""
    if bits == 0:
        return "the default"
    rights = rights_of(bits)
    return ", ".join(right.words for right in rights) if rights else "nothing"


def as_custom(bits: int) -> int:
    """The value to *set* for exactly these rights: with no right left it is 1 (custom,
    nothing), never 0, which would mean "back to the default"."""
    return (bits & ALL_RIGHTS) | CUSTOM


def listens_only(bits: int) -> bool:
    """A set value (not the default) that lets people neither speak, show video nor share."""
    return bits != 0 and not bits & PUBLISHING

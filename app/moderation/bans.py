"""Ban actions as data, and how to send them: ban (with an internal note), lift a ban.

A ban removes the person from the conversation and keeps them out (a guest of a public
conversation cannot rejoin by the link). Talk removes the banned attendee itself; should a
server leave them listed, the sender removes them as well, so "ban" always means "out".
"""

from __future__ import annotations

import logging

from ..api import Ban, Participant, Room, TalkError, TalkService
from ..api.areas.bans import NOTE_MAX_BYTES, note_bytes
from ..api.constants import ActorType
from ..api.kinds import ActionKind
from ..i18n import QT_TRANSLATE_NOOP
from .operation import Operation, for_person

log = logging.getLogger(__name__)

BANNABLE = ("users", "guests", "emails", "ip")
"""What Talk can ban: accounts, guests, e-mail guests, addresses (and ranges)."""


class NoteTooLong(ValueError):
    """The internal note is over Talk's limit (in bytes)."""


def check_note(note: str) -> str:
    """The note as it will be sent.

    Raises:
        NoteTooLong: more than ``NOTE_MAX_BYTES`` bytes of UTF-8.
    """
    used = note_bytes(note)
    if used > NOTE_MAX_BYTES:
        raise NoteTooLong(
            f"the note has {used:,} bytes; Talk keeps at most {NOTE_MAX_BYTES:,} "
            "(accented letters take two bytes, emoji four)"
        )
    return note


def consequence(room: Room, person: Participant) -> str:
    """What banning this person does, in words for the window and the kiosk (a guest of a
    public conversation: its link no longer lets them in). English, marked for translation
    (context Bans): the Qt front-ends translate it where they show it."""
    if person.actor_type == ActorType.GUESTS and room.is_public:
        return QT_TRANSLATE_NOOP(
            "Bans",
            "They are removed at once. As a guest of a public conversation they cannot rejoin "
            "by its link: Talk also bans the address they come back from.",
        )
    if person.actor_type == ActorType.EMAILS:
        return QT_TRANSLATE_NOOP(
            "Bans", "They are removed at once, and their invitation no longer lets them in."
        )
    return QT_TRANSLATE_NOOP(
        "Bans", "They are removed at once and cannot be added again until the ban is lifted."
    )


def _noted(detail: str, note: str) -> str:
    return detail + (" (with a note)" if note else "")


def ban(room: Room, person: Participant, note: str = "") -> Operation:
    """Ban a participant (they are removed and cannot come back)."""
    kind = "guest " if person.is_guest else ""
    return for_person(
        ActionKind.BAN,
        room,
        person,
        _noted(f"ban {kind}{person.title}", note),
        actor_type=person.actor_type,
        actor_id=person.actor_id,
        note=check_note(note),
    )


def ban_actor(room: Room, actor_type: str, actor_id: str, note: str = "") -> Operation:
    """Ban someone who is no participant (now): ``users/bob``, ``ip/192.0.2.0/24``."""
    return Operation(
        ActionKind.BAN,
        _noted(f"ban {actor_type}/{actor_id}", note),
        room.token,
        room.title,
        participant=f"{actor_type}/{actor_id}",
        params={"actor_type": actor_type, "actor_id": actor_id, "note": check_note(note)},
    )


async def _ban(service: TalkService, op: Operation) -> Ban:
    banned = await service.bans.ban(
        op.room_token,
        op.text("actor_type"),
        op.text("actor_id"),
        op.text("note"),
        name=op.participant,
    )
    if op.attendee_id:
        await _make_sure_removed(service, op)
    return banned


async def _make_sure_removed(service: TalkService, op: Operation) -> None:
    """One read: still listed (a server that bans without removing)? Then remove them."""
    try:
        people = await service.participants.list(op.room_token)
        if any(person.attendee_id == op.attendee_id for person in people):
            await service.participants.remove(op.room_token, op.attendee_id)
    except TalkError as exc:  # banned they are; the listing catches up
        log.warning("Banned %s, but could not check they left: %s", op.participant, exc)


def unban(room: Room, banned: Ban) -> Operation:
    """Lift a ban: the person may be added again, or rejoin by the link."""
    return Operation(
        ActionKind.UNBAN,
        f"lift the ban of {banned.title}",
        room.token,
        room.title,
        participant=banned.title,
        params={"ban_id": banned.id},
    )


async def _unban(service: TalkService, op: Operation) -> None:
    await service.bans.unban(op.room_token, op.number("ban_id"), name=op.participant)

"""Muting others: the moderation actions that travel over a room's signaling connection.

No REST endpoint mutes someone: a moderator's client sends the ``forceMute`` control message
over the signaling server's websocket, in the room, to the session whose microphone should go
off. So these senders need the room's live connection. Whoever holds one (the live layer's
signaling watch for every watched room; the CLI for the one request) lends it here with
``lend(service, token, link)`` and takes it back with ``withdraw``; the rules are told whether
a room has one (``RuleContext.signaling``), and the sender refuses in words when there is none
any more (the connection dropped between the click and the send).

Keyed by service (weakly), so two accounts' windows never mute through each other's links.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol
from weakref import WeakKeyDictionary

from ..api import Participant, Room, TalkError, TalkService
from ..api.constants import InCallFlag
from ..api.errors import worded
from ..api.hpb import UnknownSession
from ..api.kinds import ActionKind
from ..i18n import QT_TRANSLATE_NOOP, Text, text
from .operation import OPERATIONS, Operation, Send, for_person, for_room


class MuteLink(Protocol):
    """What muting needs of a room's signaling connection (``app.api.hpb.RoomSignaling``),
    lent only while it is connected and joined to the room."""

    async def send_force_mute(self, session_id: str) -> object:
        """Ask the client of ``session_id`` (a Talk or signaling session id) to mute itself."""
        ...

    async def mute_everyone(self, sessions: Iterable[str] | None = None) -> list[str]:
        """Ask each of ``sessions`` (Talk or signaling ids) but ours to mute itself; the
        sessions asked."""
        ...


_LINKS: WeakKeyDictionary[TalkService, dict[str, MuteLink]] = WeakKeyDictionary()


class NoSignaling(TalkError):
    """The room has no live signaling connection: nothing can be muted (nothing was sent)."""


def lend(service: TalkService, token: str, link: MuteLink) -> None:
    """``link`` is ``service``'s live connection to ``token`` from now on."""
    _LINKS.setdefault(service, {})[token] = link


def withdraw(service: TalkService, token: str, link: MuteLink | None = None) -> None:
    """The connection to ``token`` is gone (only ``link``'s, when given)."""
    links = _LINKS.get(service)
    if links is None:
        return
    if link is None or links.get(token) is link:
        links.pop(token, None)


def link(service: TalkService, token: str) -> MuteLink | None:
    """The live connection to ``token``, if one is lent now."""
    return _LINKS.get(service, {}).get(token)


def has_link(service: TalkService, token: str) -> bool:
    return link(service, token) is not None


def speaks(person: Participant) -> bool:
    """In the call with a microphone (audio, or a phone line)."""
    flags = person.in_call
    return bool(flags & InCallFlag.IN_CALL) and bool(
        flags & (InCallFlag.WITH_AUDIO | InCallFlag.WITH_PHONE)
    )


# ----------------------------------------------------------------- builders


def mute(room: Room, person: Participant) -> Operation:
    """Mute one person; their sessions as last seen (a person may be in from two devices)."""
    detail = text(OPERATIONS, QT_TRANSLATE_NOOP("Operations", "mute {name}"), name=person.title)
    return for_person(ActionKind.MUTE, room, person, detail, sessions=tuple(person.session_ids))


def mute_all(room: Room) -> Operation:
    """Mute everyone in the call but us (who is in it is read when sending)."""
    detail = Text(OPERATIONS, QT_TRANSLATE_NOOP("Operations", "mute everyone in the call"))
    return for_room(ActionKind.MUTE_ALL, room, detail, own_attendee=room.attendee_id)


# ----------------------------------------------------------------- senders


def _link_or_refuse(service: TalkService, op: Operation) -> MuteLink:
    found = link(service, op.room_token)
    if found is None:
        if op.kind is ActionKind.MUTE:
            template = QT_TRANSLATE_NOOP(
                "Operations",
                "Cannot mute {name} in '{title}': there is no signaling-server connection to it "
                "(muting travels only over one)",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Operations",
                "Cannot mute everyone in the call in '{title}': there is no signaling-server "
                "connection to it (muting travels only over one)",
            )
        raise worded(
            NoSignaling, text(OPERATIONS, template, name=op.participant, title=op.room_title)
        )
    return found


async def _send_mutes(link_: MuteLink, sessions: Iterable[str]) -> int:
    """Each session once; one the signaling server does not know (a device gone since the
    list was read) is skipped. Raises ``UnknownSession`` when none was known."""
    count = 0
    unknown: UnknownSession | None = None
    for session_id in dict.fromkeys(sessions):  # once each, in order
        try:
            await link_.send_force_mute(session_id)
        except UnknownSession as exc:
            unknown = exc
            continue
        count += 1
    if not count and unknown is not None:
        raise unknown
    return count


async def _mute(service: TalkService, op: Operation) -> int:
    """The number of sessions asked to mute."""
    link_ = _link_or_refuse(service, op)
    sessions = op.params.get("sessions") or ()
    if not sessions:
        said = text(
            OPERATIONS,
            QT_TRANSLATE_NOOP(
                "Operations", "Cannot mute {name}: {name} has no session in the call"
            ),
            name=op.participant,
        )
        raise worded(NoSignaling, said)
    return await _send_mutes(link_, sessions)


async def _mute_all(service: TalkService, op: Operation) -> int:
    """Everyone in the call with a microphone but us: who is in it is read once (the
    signaling server tells only the changes since our connection joined), then each of
    their sessions is asked to mute; the number asked."""
    link_ = _link_or_refuse(service, op)
    people = await service.participants.list(op.room_token, include_status=False)
    own = op.number("own_attendee")
    sessions = [
        session_id
        for person in people
        if speaks(person) and person.attendee_id != own
        for session_id in person.session_ids
    ]
    return len(await link_.mute_everyone(sessions))


SENDERS: dict[ActionKind, Send] = {
    ActionKind.MUTE: _mute,
    ActionKind.MUTE_ALL: _mute_all,
}

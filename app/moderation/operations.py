"""The catalogue of moderation actions: for each ``ActionKind``, how to build its operation
(data, with the audit wording) and how to send it (the service call behind it).

Builders take the room and person as the caller last saw them and never touch the network;
``DISPATCH`` maps each kind to its sender, which ``ActionRunner`` calls once. Adding an action
means: its ``ActionKind``, a builder and a sender here, a rule in ``rules``, and the front-end
bits (a menu entry, a CLI command). Permissions and bans have their builders and senders in
``moderation.permissions`` and ``moderation.bans``; their senders are listed here too.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime

from ..api import Forbidden, NotFound, Participant, Room, TalkError, TalkService
from ..api.constants import ConversationType, InCallFlag, SipState
from ..api.errors import worded
from ..api.kinds import ActionKind
from ..i18n import QT_TRANSLATE_NOOP, Text, text
from . import bans, permissions
from .attendance import SENDERS as ATTENDANCE_SENDERS
from .breakout import SENDERS as BREAKOUT_SENDERS
from .chat import SENDERS as CHAT_SENDERS
from .invitations import SENDERS as INVITATION_SENDERS
from .operation import OPERATIONS, Operation, Send, for_person, for_room
from .policy import SENDERS as POLICY_SENDERS
from .polls import SENDERS as POLL_SENDERS
from .recording import SENDERS as RECORDING_SENDERS
from .signaling import SENDERS as SIGNALING_SENDERS

log = logging.getLogger(__name__)


async def _close_session(service: TalkService, op: Operation) -> None:
    """Best effort: the action already succeeded; a stale session only times out later."""
    try:
        await service.sessions.close(op.room_token)
    except TalkError as exc:
        log.warning("Could not close the session in '%s': %s", op.room_title, exc)


# ----------------------------------------------------------------- participants


def promote(room: Room, person: Participant) -> Operation:
    detail = text(
        OPERATIONS,
        QT_TRANSLATE_NOOP("Operations", "promote {name} to moderator"),
        name=person.title,
    )
    return for_person(ActionKind.PROMOTE, room, person, detail)


async def _promote(service: TalkService, op: Operation) -> None:
    await service.participants.promote(op.room_token, op.attendee_id)


def demote(room: Room, person: Participant) -> Operation:
    detail = text(
        OPERATIONS,
        QT_TRANSLATE_NOOP("Operations", "demote {name} to participant"),
        name=person.title,
    )
    return for_person(ActionKind.DEMOTE, room, person, detail)


async def _demote(service: TalkService, op: Operation) -> None:
    await service.participants.demote(op.room_token, op.attendee_id)


_REMOVE_WORDS = {
    "guest": QT_TRANSLATE_NOOP("Operations", "remove guest {name}"),
    "user": QT_TRANSLATE_NOOP("Operations", "remove user {name}"),
    "group": QT_TRANSLATE_NOOP("Operations", "remove group {name}"),
    "circle": QT_TRANSLATE_NOOP("Operations", "remove circle {name}"),
    "email": QT_TRANSLATE_NOOP("Operations", "remove email {name}"),
    "federated_user": QT_TRANSLATE_NOOP("Operations", "remove federated_user {name}"),
    "phone": QT_TRANSLATE_NOOP("Operations", "remove phone {name}"),
    "participant": QT_TRANSLATE_NOOP("Operations", "remove participant {name}"),
}
"""The removal's detail by the actor type's singular as the audit words it ("remove
federated_user Bob": its English stays the audit's)."""


def remove(room: Room, person: Participant) -> Operation:
    kind = "guest" if person.is_guest else person.actor_type.rstrip("s") or "participant"
    template = _REMOVE_WORDS.get(kind)
    if template is None:  # an actor type we have no words for says itself
        detail: str | Text = f"remove {kind} {person.title}"
    else:
        detail = text(OPERATIONS, template, name=person.title)
    return for_person(ActionKind.REMOVE, room, person, detail)


async def _remove(service: TalkService, op: Operation) -> None:
    await service.participants.remove(op.room_token, op.attendee_id)


def lobby_bypass(room: Room, person: Participant, allowed: bool) -> Operation:
    template = (
        QT_TRANSLATE_NOOP("Operations", "let {name} in past the lobby")
        if allowed
        else QT_TRANSLATE_NOOP("Operations", "send {name} back to the lobby")
    )
    detail = text(OPERATIONS, template, name=person.title)
    return for_person(ActionKind.LOBBY_BYPASS, room, person, detail, allowed=allowed)


async def _lobby_bypass(service: TalkService, op: Operation) -> None:
    await service.webinar.set_lobby_bypass(op.room_token, op.attendee_id, op.flag("allowed"))


ADD_WORDS = {"users": "user", "groups": "group", "emails": "e-mail guest"}


def add_participant(room: Room, who: str, source: str) -> Operation:
    kind = ADD_WORDS.get(source, source)
    return Operation(
        ActionKind.ADD,
        f"add {kind} {who}",
        room.token,
        room.title,
        participant=who,
        params={"who": who, "source": source},
    )


async def _add(service: TalkService, op: Operation) -> int | None:
    return await service.participants.add(op.room_token, op.text("who"), op.text("source"))


def ring(room: Room, person: Participant, *, join_briefly: bool = False) -> Operation:
    """Ring someone into the call; ``join_briefly`` joins silently for it and leaves again
    (Talk lets only call members ring; the CLI is not in the call)."""
    return for_person(
        ActionKind.RING, room, person, f"ring {person.title}", join_briefly=join_briefly
    )


async def _ring(service: TalkService, op: Operation) -> None:
    async with _briefly_in_call(service, op):
        await service.calls.ring(op.room_token, op.attendee_id)


def dial_out(room: Room, person: Participant, *, join_briefly: bool = False) -> Operation:
    return for_person(
        ActionKind.DIAL_OUT,
        room,
        person,
        f"dial out to {person.title} by phone",
        join_briefly=join_briefly,
    )


async def _dial_out(service: TalkService, op: Operation) -> None:
    async with _briefly_in_call(service, op):
        await service.calls.dial_out(op.room_token, op.attendee_id)


@asynccontextmanager
async def _briefly_in_call(service: TalkService, op: Operation) -> AsyncIterator[None]:
    """With ``join_briefly``: join the call silently without media, then leave it again.

    Ringing and dial-out go on without us: the call keeps running with the others in it.
    """
    if not op.flag("join_briefly"):
        yield
        return
    await service.calls.join(op.room_token, flags=int(InCallFlag.IN_CALL), silent=True)
    try:
        yield
    finally:
        try:
            await service.calls.leave(op.room_token)
        except TalkError as exc:
            log.warning("Could not leave the call in '%s' again: %s", op.room_title, exc)
        await _close_session(service, op)


# ----------------------------------------------------------------- conversations


def create_room(name: str, *, public: bool = False, password: str | None = None) -> Operation:
    """A new group (or public, optionally with a guest password) conversation."""
    kind = "public conversation" if public else "conversation"
    detail = f"create {kind} '{name}'" + (" with a password" if password else "")
    room_type = ConversationType.PUBLIC if public else ConversationType.GROUP
    return Operation(
        ActionKind.CREATE,
        detail,
        "",
        name,
        params={"name": name, "room_type": int(room_type), "password": password or ""},
    )


async def _create(service: TalkService, op: Operation) -> Room:
    return await service.rooms.create(
        op.number("room_type"), op.text("name"), password=op.text("password") or None
    )


def describe_lobby(enabled: bool, opens_at: datetime | None) -> Text:
    """The lobby's detail: "lobby off", "lobby on", "lobby on, opens 2026-12-04 15:00 CET"."""
    if not enabled:
        return Text(OPERATIONS, QT_TRANSLATE_NOOP("Operations", "lobby off"))
    if opens_at is None:
        return Text(OPERATIONS, QT_TRANSLATE_NOOP("Operations", "lobby on"))
    return text(
        OPERATIONS,
        QT_TRANSLATE_NOOP("Operations", "lobby on, opens {time}"),
        time=f"{opens_at.astimezone():%Y-%m-%d %H:%M %Z}",
    )


def set_lobby(room: Room, enabled: bool, opens_at: datetime | None = None) -> Operation:
    """Lobby on (optionally until ``opens_at``, an aware datetime) or off."""
    timer = opens_at if enabled else None
    return for_room(
        ActionKind.LOBBY, room, describe_lobby(enabled, timer), enabled=enabled, opens_at=timer
    )


async def _lobby(service: TalkService, op: Operation) -> Room | None:
    return await service.webinar.set_lobby(op.room_token, op.flag("enabled"), op.time("opens_at"))


def set_read_only(room: Room, read_only: bool) -> Operation:
    detail = Text(
        OPERATIONS,
        QT_TRANSLATE_NOOP("Operations", "read-only on")
        if read_only
        else QT_TRANSLATE_NOOP("Operations", "read-only off"),
    )
    return for_room(ActionKind.READ_ONLY, room, detail, read_only=read_only)


async def _read_only(service: TalkService, op: Operation) -> Room | None:
    return await service.rooms.set_read_only(op.room_token, op.flag("read_only"))


def set_guests_allowed(room: Room, allowed: bool) -> Operation:
    detail = Text(
        OPERATIONS,
        QT_TRANSLATE_NOOP("Operations", "guests allowed")
        if allowed
        else QT_TRANSLATE_NOOP("Operations", "guests not allowed"),
    )
    return for_room(ActionKind.GUESTS, room, detail, allowed=allowed)


async def _guests(service: TalkService, op: Operation) -> Room | None:
    return await service.rooms.set_guests_allowed(op.room_token, op.flag("allowed"))


def set_password(room: Room, password: str) -> Operation:
    """Set, change or remove (empty string) the password. The audit text never holds it."""
    if not password:
        words = QT_TRANSLATE_NOOP("Operations", "password removed")
    elif room.has_password:
        words = QT_TRANSLATE_NOOP("Operations", "password changed")
    else:
        words = QT_TRANSLATE_NOOP("Operations", "password set")
    return for_room(ActionKind.PASSWORD, room, Text(OPERATIONS, words), password=password)


async def _password(service: TalkService, op: Operation) -> Room | None:
    return await service.rooms.set_password(op.room_token, op.text("password"))


def rename(room: Room, name: str) -> Operation:
    detail = text(
        OPERATIONS,
        QT_TRANSLATE_NOOP("Operations", "rename '{title}' to '{name}'"),
        title=room.title,
        name=name,
    )
    return for_room(ActionKind.RENAME, room, detail, name=name)


async def _rename(service: TalkService, op: Operation) -> Room | None:
    return await service.rooms.rename(op.room_token, op.text("name"))


def delete(room: Room) -> Operation:
    detail = text(OPERATIONS, QT_TRANSLATE_NOOP("Operations", "delete '{title}'"), title=room.title)
    return for_room(ActionKind.DELETE, room, detail)


async def _delete(service: TalkService, op: Operation) -> None:
    await service.rooms.delete(op.room_token)


SIP_WORDS = {
    SipState.DISABLED: QT_TRANSLATE_NOOP("Operations", "SIP dial-in off"),
    SipState.ENABLED_WITH_PIN: QT_TRANSLATE_NOOP("Operations", "SIP dial-in on (with PIN)"),
    SipState.ENABLED_NO_PIN: QT_TRANSLATE_NOOP("Operations", "SIP dial-in on (without PIN)"),
}
"""The SIP states in words (the audit's detail, English; the window translates them where it
shows them, context Operations)."""


def set_sip(room: Room, state: int) -> Operation:
    words = SIP_WORDS.get(SipState(state))
    detail = Text(OPERATIONS, words) if words is not None else f"SIP state {state}"
    return for_room(ActionKind.SIP, room, detail, state=int(state))


async def _sip(service: TalkService, op: Operation) -> Room | None:
    return await service.webinar.set_sip(op.room_token, op.number("state"))


def set_favorite(room: Room, favorite: bool) -> Operation:
    """Mark (or unmark) the conversation as a favorite of the signed-in account."""
    detail = Text(
        OPERATIONS,
        QT_TRANSLATE_NOOP("Operations", "added to favorites")
        if favorite
        else QT_TRANSLATE_NOOP("Operations", "removed from favorites"),
    )
    return for_room(ActionKind.FAVORITE, room, detail, favorite=favorite)


async def _favorite(service: TalkService, op: Operation) -> Room:
    """Talk answers the favorite flag with nothing: the room is read back to show it."""
    await service.rooms.set_favorite(op.room_token, op.flag("favorite"))
    return await service.rooms.get(op.room_token)


# ----------------------------------------------------------------- calls


def join_call(
    room: Room,
    *,
    flags: int | None = None,
    silent: bool = False,
    recording_consent: bool = False,
) -> Operation:
    """Join (or start) the call; ``flags`` are the media flags (the service's default: audio);
    ``recording_consent``: consent to the call's recording, which some calls ask for."""
    detail = "join the call" + (" silently" if silent else "")
    if recording_consent:
        detail += ", consenting to its recording"
    return for_room(
        ActionKind.JOIN_CALL,
        room,
        detail,
        flags=flags,
        silent=silent,
        recording_consent=recording_consent,
    )


async def _join_call(service: TalkService, op: Operation) -> None:
    flags = op.params.get("flags")
    consent = op.flag("recording_consent")
    if flags is None:
        await service.calls.join(op.room_token, silent=op.flag("silent"), recording_consent=consent)
    else:
        await service.calls.join(
            op.room_token,
            flags=op.number("flags"),
            silent=op.flag("silent"),
            recording_consent=consent,
        )


def leave_call(room: Room, *, close_session: bool = False) -> Operation:
    """Leave the call; ``close_session`` also ends this client's Talk session (the CLI)."""
    return for_room(ActionKind.LEAVE_CALL, room, "leave the call", close_session=close_session)


async def _leave_call(service: TalkService, op: Operation) -> None:
    await service.calls.leave(op.room_token)
    if op.flag("close_session"):
        await _close_session(service, op)


def end_call(room: Room, *, close_session: bool = False) -> Operation:
    """End the call for everyone, then check it really ended (see ``_end_call``)."""
    detail = Text(OPERATIONS, QT_TRANSLATE_NOOP("Operations", "end the call for everyone"))
    return for_room(ActionKind.END_CALL, room, detail, close_session=close_session)


async def _end_call(service: TalkService, op: Operation) -> Room:
    """End the call for everyone and answer the room read back.

    A server answers 200 to a non-moderator's "end for everyone" and only makes them leave,
    so success is confirmed by reading the room back (a read, not a retry of the write).
    After a server restart our Talk session is gone and the server answers 404 without having
    done anything; then the session is opened again and the request sent once more.
    """
    try:
        await service.calls.leave(op.room_token, end_for_everyone=True)
    except NotFound:
        await service.sessions.open(op.room_token)
        await service.calls.leave(op.room_token, end_for_everyone=True)
    if op.flag("close_session"):
        await _close_session(service, op)
    after = await service.rooms.get(op.room_token)
    if after.has_call:
        said = text(
            OPERATIONS,
            QT_TRANSLATE_NOOP(
                "Operations",
                "The call in '{title}' is still running: the server only let you leave it "
                "(ending it for everyone needs moderator rights)",
            ),
            title=op.room_title,
        )
        raise worded(Forbidden, said, status=403)
    return after


DISPATCH: dict[ActionKind, Send] = {
    ActionKind.CREATE: _create,
    ActionKind.RENAME: _rename,
    ActionKind.DELETE: _delete,
    ActionKind.GUESTS: _guests,
    ActionKind.READ_ONLY: _read_only,
    ActionKind.PASSWORD: _password,
    ActionKind.LOBBY: _lobby,
    ActionKind.SIP: _sip,
    ActionKind.FAVORITE: _favorite,
    ActionKind.ADD: _add,
    ActionKind.REMOVE: _remove,
    ActionKind.PROMOTE: _promote,
    ActionKind.DEMOTE: _demote,
    ActionKind.LOBBY_BYPASS: _lobby_bypass,
    ActionKind.PERMISSIONS: permissions._permissions,
    ActionKind.BAN: bans._ban,
    ActionKind.UNBAN: bans._unban,
    ActionKind.JOIN_CALL: _join_call,
    ActionKind.LEAVE_CALL: _leave_call,
    ActionKind.END_CALL: _end_call,
    ActionKind.RING: _ring,
    ActionKind.DIAL_OUT: _dial_out,
    ActionKind.LISTEN_ONLY: permissions._listen_only,
    ActionKind.ROOM_PERMISSIONS: permissions._room_permissions,
    **POLICY_SENDERS,
    **INVITATION_SENDERS,
    **BREAKOUT_SENDERS,
    **CHAT_SENDERS,
    **POLL_SENDERS,
    **RECORDING_SENDERS,
    **ATTENDANCE_SENDERS,
    **SIGNALING_SENDERS,
}
"""The sender of every kind: the only place the moderation core calls the service's writes."""

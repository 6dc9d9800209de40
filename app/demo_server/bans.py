"""Talk's BanService: banning users, guests, e-mail guests and IP addresses from a room.

A ban removes the banned actor from the room and keeps them out: a banned user cannot be
added again (400 ``ban``) and is skipped when their group is added; a banned user or guest
who tries to join meets 403 ``ban``. A guest is recognised by the guest id their browser
session joined the room with; when a banned guest comes back, Talk also bans the address
the request came from, so a new browser session from there is refused as well (that copied
IP ban stays after the guest's own ban is lifted).
"""

from __future__ import annotations

import ipaddress

from .models import (
    ACTOR_EMAILS,
    ACTOR_GUESTS,
    ACTOR_USERS,
    GROUP,
    PUBLIC,
    Attendee,
    Ban,
    Room,
)
from .state import Caller, DemoState, InternalError, TalkError

ACTOR_IP = "ip"
BANNABLE = (ACTOR_USERS, ACTOR_GUESTS, ACTOR_EMAILS, ACTOR_IP)
NOTE_MAX_BYTES = 4000  # Ban::NOTE_MAX_LENGTH, checked with PHP's strlen (bytes)


def ban_json(ban: Ban) -> dict[str, object]:
    """``Ban::jsonSerialize``: a missing name is shown as the banned actor id."""
    return {
        "id": ban.id,
        "moderatorActorType": ban.moderator_actor_type,
        "moderatorActorId": ban.moderator_actor_id,
        "moderatorDisplayName": ban.moderator_display_name,
        "bannedActorType": ban.banned_actor_type,
        "bannedActorId": ban.banned_actor_id,
        "bannedDisplayName": (
            ban.banned_display_name if ban.banned_display_name is not None else ban.banned_actor_id
        ),
        "bannedTime": ban.banned_time,
        "internalNote": ban.internal_note,
    }


def _valid_ip_or_range(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
        return True
    except ValueError:
        pass
    try:
        ipaddress.ip_network(value, strict=False)
        return "/" in value
    except ValueError:
        return False


def find_ban(room: Room, actor_type: str, actor_id: str) -> Ban | None:
    for ban in room.bans:
        if ban.banned_actor_type == actor_type and ban.banned_actor_id == actor_id:
            return ban
    return None


def create_ban(
    state: DemoState,
    room: Room,
    moderator: Attendee,
    actor_type: str,
    actor_id: str,
    note: str,
) -> Ban:
    """``BanService::createBan``: checks in Talk's order, then removes the banned actor.

    Raises:
        TalkError: 400 with ``room``, ``bannedActor``, ``internalNote``, ``self`` or
            ``moderator``.
        InternalError: the actor is banned already (the unique index fails: 500).
    """
    if room.type not in (GROUP, PUBLIC):
        raise TalkError(400, {"error": "room"})
    if actor_type not in BANNABLE or not actor_id:
        raise TalkError(400, {"error": "bannedActor"})
    if actor_type == ACTOR_IP and not _valid_ip_or_range(actor_id):
        raise TalkError(400, {"error": "bannedActor"})
    if len(note.encode("utf-8")) > NOTE_MAX_BYTES:
        raise TalkError(400, {"error": "internalNote"})
    if (actor_type, actor_id) == (moderator.actor_type, moderator.actor_id):
        raise TalkError(400, {"error": "self"})
    name: str | None = None
    target = room.find(actor_type, actor_id) if actor_type != ACTOR_IP else None
    if target is not None:
        name = target.display_name
        if target.is_moderator:
            raise TalkError(400, {"error": "moderator"})
    elif actor_type == ACTOR_USERS and actor_id in state.accounts:
        name = state.accounts[actor_id].display_name
    if find_ban(room, actor_type, actor_id) is not None:
        raise InternalError("duplicate ban")
    ban = Ban(
        id=state.next_ban_id(),
        moderator_actor_type=moderator.actor_type,
        moderator_actor_id=moderator.actor_id,
        moderator_display_name=moderator.display_name,
        banned_actor_type=actor_type,
        banned_actor_id=actor_id,
        banned_display_name=name or actor_id,
        banned_time=state.now(),
        internal_note=note,
    )
    if target is not None:
        state.remove_attendee(room, target)
        if target.actor_type == ACTOR_USERS:
            state.post_system(room, moderator, "user_removed", subject=target)
    room.bans.append(ban)
    return ban


def unban(room: Room, ban_id: int) -> None:
    """Delete the ban with this id in this room; an unknown id is no error."""
    room.bans[:] = [ban for ban in room.bans if ban.id != ban_id]


def _copy_for_address(state: DemoState, room: Room, ban: Ban, address: str) -> None:
    """A banned guest came back: ban the address they came from too (once)."""
    if find_ban(room, ACTOR_IP, address) is not None:
        return
    room.bans.append(
        Ban(
            id=state.next_ban_id(),
            moderator_actor_type=ban.moderator_actor_type,
            moderator_actor_id=ban.moderator_actor_id,
            moderator_display_name=ban.moderator_display_name,
            banned_actor_type=ACTOR_IP,
            banned_actor_id=address,
            banned_display_name=None,
            banned_time=ban.banned_time,
            internal_note=ban.internal_note,
        )
    )


def _address_banned(room: Room, address: str) -> bool:
    try:
        remote = ipaddress.ip_address(address)
    except ValueError:
        return False
    for ban in room.bans:
        if ban.banned_actor_type != ACTOR_IP:
            continue
        if ban.banned_actor_id == address:
            return True
        if "/" in ban.banned_actor_id:
            try:
                if remote in ipaddress.ip_network(ban.banned_actor_id, strict=False):
                    return True
            except (ValueError, TypeError):
                continue
    return False


def is_banned(state: DemoState, room: Room, caller: Caller, address: str) -> bool:
    """``BanService::throwIfActorIsBanned``: the user, or the guest this browser joined as,
    or (for guests) the address the request comes from."""
    if not room.bans:
        return False
    if caller.login is not None:
        return find_ban(room, ACTOR_USERS, caller.login) is not None
    guest_id = caller.php.guest_actors.get(room.token) if caller.php is not None else None
    if guest_id is not None:
        ban = find_ban(room, ACTOR_GUESTS, guest_id)
        if ban is not None:
            _copy_for_address(state, room, ban, address)
            return True
    return _address_banned(room, address)

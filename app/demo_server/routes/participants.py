"""Participant endpoints: list, add, remove, leave, join/leave sessions, session state,
promote/demote, attendee permissions and the v1 guest display name.
"""

from __future__ import annotations

from starlette.responses import Response

from .. import ocs, views
from ..bans import find_ban, is_banned
from ..membership import add_members, normalize_phone
from ..models import (
    ACTOR_CIRCLES,
    ACTOR_GROUPS,
    ACTOR_GUESTS,
    ACTOR_USERS,
    FORMER_ONE_TO_ONE,
    GROUP,
    GUEST,
    GUEST_MODERATOR,
    MODERATOR,
    NOTE_TO_SELF,
    ONE_TO_ONE,
    OWNER,
    PERM_CUSTOM,
    PERM_DEFAULT,
    PERM_MAX_CUSTOM,
    PUBLIC,
    USER,
    USER_SELF_JOINED,
    Attendee,
    Room,
    Session,
)
from ..state import TalkError
from .common import (
    TALK,
    TALK_V1,
    TOKEN,
    Ctx,
    Route,
    load_participant,
    load_room,
    room_response,
    route,
)

NO_MEMBERS_TYPES = (ONE_TO_ONE, FORMER_ONE_TO_ONE, NOTE_TO_SELF)


def list_participants(ctx: Ctx) -> Response:
    """GET …/participants: 412 in the lobby, 403 ``null`` for guests."""
    room, attendee, _ = load_participant(ctx, lobby=True)
    if attendee.participant_type == GUEST:
        raise TalkError(403, None)
    data, statuses = views.participants_json(
        ctx.state, room, attendee, include_status=ctx.params.get_bool("includeStatus")
    )
    headers = {"X-Nextcloud-Has-User-Statuses": "1"} if statuses else None
    return ocs.OcsResponse(200, data_json=data, headers=headers)


def add_participant(ctx: Ctx) -> Response:
    """POST …/participants with ``newParticipant`` + ``source``."""
    state = ctx.state
    room, actor, _ = load_participant(ctx, moderator=True)
    ident = ctx.params.required_str("newParticipant").strip()
    if room.type in NO_MEMBERS_TYPES:
        raise TalkError(400, {"error": "room-type"})
    source = ctx.params.get_str("source") or "users"
    if source == "users":
        if ident not in state.accounts:
            raise TalkError(404, {"error": "new-participant"})
        if find_ban(room, ACTOR_USERS, ident) is not None:
            raise TalkError(400, {"error": "ban"})
        state.add_user_to_room(room, ident, actor=actor)
        return ocs.ok(ocs.EMPTY_LIST)
    if source in ("groups", "circles", "teams"):
        kind = "groups" if source == "groups" else "circles"
        if ident not in (state.groups if kind == "groups" else state.teams):
            raise TalkError(404, {"error": "new-participant"})
        add_members(state, room, kind, ident, actor)
        return ocs.ok(ocs.EMPTY_LIST)
    if source == "emails":
        # The real server takes any string here (no address check) and always answers with
        # the conversation type, which an e-mail guest makes public.
        add_members(state, room, "emails", ident, actor)
        if room.type == GROUP:
            state.set_type(room, PUBLIC, actor)
        return ocs.ok({"type": room.type})
    if source == "phones":
        if not state.sip_dialout:
            raise TalkError(501, {"error": "sip"})
        number = normalize_phone(ident)
        if number is None:
            raise TalkError(400, {"error": "new-participant"})
        add_members(state, room, "phones", number, actor)
        return ocs.ok(ocs.EMPTY_LIST)
    if source == "federated_users":
        raise TalkError(501, {"error": "federation"})
    raise TalkError(400, {"error": "source"})


def _remove_self(ctx: Ctx, room: Room, attendee: Attendee) -> Response:
    """Talk's removeSelfFromRoomLogic: last moderator may not leave others behind."""
    state = ctx.state
    if room.type == NOTE_TO_SELF:
        raise TalkError(400, {"error": "participant"})
    if (
        room.type != ONE_TO_ONE
        and attendee.participant_type in (OWNER, MODERATOR)
        and state.users_count(room) > 1
        and state.moderators_count(room) == 1
    ):
        raise TalkError(400, {"error": "last-moderator"})
    if room.type not in (ONE_TO_ONE, FORMER_ONE_TO_ONE) and state.users_count(room) <= 1:
        state.delete_room(room)
        return ocs.ok(None)
    state.remove_attendee(room, attendee)
    if room.type == ONE_TO_ONE and not state.users_count(room):
        state.delete_room(room)
    return ocs.ok(None)


def _member(room: Room, attendee_id: int) -> Attendee:
    """The attendee a moderator acts on; conversations without members refuse first (400)."""
    if room.type in NO_MEMBERS_TYPES:
        raise TalkError(400, {"error": "room-type"})
    target = room.attendees.get(attendee_id)
    if target is None:
        raise TalkError(404, {"error": "participant"})
    return target


def remove_attendee(ctx: Ctx) -> Response:
    """DELETE …/attendees (``attendeeId`` is a required int: missing → 500/996)."""
    state = ctx.state
    room, actor, _ = load_participant(ctx, moderator=True)
    attendee_id = ctx.params.required_int("attendeeId")
    target = _member(room, attendee_id)
    if target.id == actor.id:
        return _remove_self(ctx, room, target)
    if target.participant_type == OWNER and actor.participant_type != OWNER:
        raise TalkError(403, {"error": "owner"})
    state.remove_attendee(room, target)
    if target.actor_type in (ACTOR_GROUPS, ACTOR_CIRCLES):
        _remove_group_members(ctx, room, target)
    if target.actor_type in (ACTOR_USERS, ACTOR_GROUPS, ACTOR_CIRCLES):
        key = "user_removed" if target.actor_type == ACTOR_USERS else "group_removed"
        state.post_system(room, actor, key, subject=target)
    return ocs.ok(None)


def _remove_group_members(ctx: Ctx, room: Room, group: Attendee) -> None:
    """Removing a group removes its members too, except moderators (as the real server)."""
    state = ctx.state
    pool = state.groups if group.actor_type == ACTOR_GROUPS else state.teams
    members = pool[group.actor_id].members if group.actor_id in pool else []
    for login in members:
        member = room.find(ACTOR_USERS, login)
        if member is not None and not member.is_moderator:
            state.remove_attendee(room, member)


def remove_self(ctx: Ctx) -> Response:
    room = load_room(ctx)
    attendee, _ = ctx.state.participant_for(room, ctx.caller)
    if attendee is None:
        raise TalkError(404, ocs.EMPTY_LIST)
    return _remove_self(ctx, room, attendee)


def join_room(ctx: Ctx) -> Response:
    """POST …/participants/active: password for non-members, 409 without ``force`` in a call.

    Sessions are only kept for app-password logins and guests (as recorded: with the login
    password the join answers 200 but the session does not survive the request).
    """
    state, caller = ctx.state, ctx.caller
    found = state.room(ctx.token)
    if found is None:
        raise TalkError(404, None)  # unlike the other routes: null, not []
    room = found
    attendee, previous = state.participant_for(room, caller)
    if attendee is None:
        open_room = room.type == PUBLIC or (
            caller.login is not None and room.listable and room.type == GROUP
        )
        if not open_room:
            raise TalkError(404, None)
    if is_banned(state, room, caller, ctx.remote_address):
        raise TalkError(403, {"error": "ban"})
    if room.password and (
        attendee is None or attendee.participant_type in (GUEST, USER_SELF_JOINED)
    ):
        if ctx.params.get_str("password") != room.password:
            raise TalkError(403, {"error": "password"})
    if not ctx.params.get_bool("force", True) and previous is not None and previous.in_call:
        # Talk warns only about this client's own session (the one its cookie names) while it
        # is in the call; sessions of the same user in other clients do not count.
        raise TalkError(
            409,
            {"sessionId": previous.id, "inCall": previous.in_call, "lastPing": previous.last_ping},
        )
    if previous is not None:
        state.remove_session(room, previous)
    session_id = state.new_session_id()
    if attendee is None:
        if caller.login is not None:
            account = state.accounts[caller.login]
            attendee = state.add_attendee(
                room,
                ACTOR_USERS,
                caller.login,
                account.display_name,
                USER_SELF_JOINED if room.type == PUBLIC else USER,
            )
        else:
            # the new attendee is answered as created, before the database default of
            # notificationCalls (1) applies: 0 in this answer only
            attendee = state.add_attendee(
                room, ACTOR_GUESTS, state.guest_actor_id(session_id), "", GUEST
            )
            attendee.notification_calls = 0
            new_session = state.add_session(room, attendee, session_id=session_id)
            state.bind_session(caller, room, new_session)
            state.ensure_php_session(caller).guest_actors[room.token] = attendee.actor_id
            answer = room_response(ctx, room, attendee, new_session)
            attendee.notification_calls = 1
            state.touch(room, activity=False)  # later answers must not reuse this one
            return answer
    if caller.kind == "password":
        session = Session(
            id=session_id, attendee_id=attendee.id, room_token=room.token, last_ping=state.now()
        )
    else:
        session = state.add_session(room, attendee, session_id=session_id)
        state.bind_session(caller, room, session)
    return room_response(ctx, room, attendee, session)


def leave_room(ctx: Ctx) -> Response:
    """DELETE …/participants/active: always 200 ``null``."""
    room = ctx.state.room(ctx.token)
    if room is not None:
        _, session = ctx.state.participant_for(room, ctx.caller)
        if session is not None:
            ctx.state.leave_session(room, session)
        if ctx.caller.php is not None:
            ctx.caller.php.talk_sessions.pop(room.token, None)
    return ocs.ok(None)


def set_session_state(ctx: Ctx) -> Response:
    room, attendee, session = load_participant(ctx)
    value = ctx.params.required_int("state")
    if session is None:
        raise TalkError(404, None)
    if value not in (0, 1):
        raise TalkError(400, None)
    session.state = value
    ctx.state.touch(room, activity=False)
    return room_response(ctx, room, attendee, session)


def _change_type(ctx: Ctx, promote: bool) -> Response:
    """Talk's changeParticipantType; every failure answers ``data: null``."""
    state = ctx.state
    room, actor, _ = load_participant(ctx, moderator=True)
    attendee_id = ctx.params.required_int("attendeeId")
    target = room.attendees.get(attendee_id)
    if target is None:
        raise TalkError(404, None)
    if target.actor_type in (ACTOR_GROUPS, ACTOR_CIRCLES):
        raise TalkError(400, None)
    if (target.actor_type, target.actor_id) == (actor.actor_type, actor.actor_id):
        raise TalkError(403, None)
    if promote:
        new_type = {USER: MODERATOR, USER_SELF_JOINED: MODERATOR, GUEST: GUEST_MODERATOR}.get(
            target.participant_type
        )
    else:
        new_type = {MODERATOR: USER, GUEST_MODERATOR: GUEST}.get(target.participant_type)
    if new_type is None:
        raise TalkError(400, None)
    target.participant_type = new_type
    state.people_changed(room)
    guest = target.actor_type != ACTOR_USERS
    key = ("guest_" if guest else "") + ("moderator_promoted" if promote else "moderator_demoted")
    state.post_system(room, actor, key, subject=target)
    state.enforce_permissions(room)
    return ocs.ok(None)


def promote(ctx: Ctx) -> Response:
    return _change_type(ctx, True)


def demote(ctx: Ctx) -> Response:
    return _change_type(ctx, False)


def set_attendee_permissions(ctx: Ctx) -> Response:
    """PUT …/attendees/permissions; ``add``/``remove`` on an attendee at 0 start from the
    permissions they effectively had (so adding 8 to a default user gives 254)."""
    state = ctx.state
    room, _, _ = load_participant(ctx, moderator=True)
    attendee_id = ctx.params.required_int("attendeeId")
    method = ctx.params.required_str("method")
    permissions = ctx.params.required_int("permissions")
    # ParticipantService::updatePermissions' order: attendee, one-to-one, moderator, group,
    # value, method (a note-to-self's only member is its moderator: 403)
    target = room.attendees.get(attendee_id)
    if target is None:
        raise TalkError(404, {"error": "participant"})
    if room.type in (ONE_TO_ONE, FORMER_ONE_TO_ONE):
        raise TalkError(400, {"error": "room-type"})
    if target.is_moderator:
        raise TalkError(403, {"error": "moderator"})
    if target.actor_type in (ACTOR_GROUPS, ACTOR_CIRCLES):
        raise TalkError(400, {"error": "type"})
    if not 0 <= permissions <= PERM_MAX_CUSTOM:
        raise TalkError(400, {"error": "value"})
    if method not in ("set", "add", "remove"):
        raise TalkError(400, {"error": "method"})
    base = target.permissions or state.effective_permissions(room, target)
    if method == "set":
        # Talk marks every non-default value as custom
        target.permissions = permissions | PERM_CUSTOM if permissions else PERM_DEFAULT
    elif method == "add":
        target.permissions = base | permissions
    else:
        target.permissions = base & ~permissions
    if target.participant_type == USER_SELF_JOINED:
        target.participant_type = USER  # custom permissions make a self-joined user a member
    state.enforce_permissions(room)
    state.touch(room)
    state.people_changed(room)
    # Talk answers with the attendee formatted as a participant list, without its sessions:
    # a plain guest then counts as gone and is left out (and unnamed gone guests cleaned)
    if not state.guest_listed_without_sessions(target):
        state.clean_guests(room)
        return ocs.ok(ocs.EMPTY_LIST, headers={"X-Nextcloud-Has-User-Statuses": "1"})
    item = views.participant_dict(
        state, room, target, viewer_is_mod=True, viewer_id=0, statuses=True, with_sessions=False
    )
    return ocs.ok([item], headers={"X-Nextcloud-Has-User-Statuses": "1"})


def set_all_permissions(ctx: Ctx) -> Response:
    """PUT …/attendees/permissions/all: removed with call permissions in Talk 20; a
    moderator's request (with both required arguments) always answers 400 ``null``."""
    load_participant(ctx, moderator=True)
    ctx.params.required_str("method")
    ctx.params.required_int("permissions")
    raise TalkError(400, None)


def set_guest_name(ctx: Ctx) -> Response:
    """POST api/v1/guest/{token}/name: only for guests with a session in the room."""
    room = load_room(ctx)
    attendee, _ = ctx.state.participant_for(room, ctx.caller)
    if attendee is None:
        raise TalkError(404, ocs.EMPTY_LIST)
    name = ctx.params.required_str("displayName").strip()[:64]
    if attendee.actor_type != ACTOR_GUESTS:
        raise TalkError(403, None)
    attendee.display_name = name
    ctx.state.touch(room)
    return ocs.ok(None)


ROUTES: list[Route] = [
    route("GET", TALK + "/room/" + TOKEN + "/participants", list_participants),
    route("POST", TALK + "/room/" + TOKEN + "/participants", add_participant, "user"),
    route("DELETE", TALK + "/room/" + TOKEN + "/attendees", remove_attendee),
    route("DELETE", TALK + "/room/" + TOKEN + "/participants/self", remove_self, "user"),
    route("POST", TALK + "/room/" + TOKEN + "/participants/active", join_room),
    route("DELETE", TALK + "/room/" + TOKEN + "/participants/active", leave_room),
    route("PUT", TALK + "/room/" + TOKEN + "/participants/state", set_session_state),
    route("POST", TALK + "/room/" + TOKEN + "/moderators", promote),
    route("DELETE", TALK + "/room/" + TOKEN + "/moderators", demote),
    route("PUT", TALK + "/room/" + TOKEN + "/attendees/permissions", set_attendee_permissions),
    route("PUT", TALK + "/room/" + TOKEN + "/attendees/permissions/all", set_all_permissions),
    route("POST", TALK_V1 + "/guest/" + TOKEN + "/name", set_guest_name),
]

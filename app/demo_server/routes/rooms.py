"""Conversation endpoints (Talk's RoomController part about rooms): list, create, get,
rename, delete, public/private, read-only, password, favourites, notifications, lobby, SIP,
default permissions, description.
"""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from .. import ocs, views
from ..membership import add_members
from ..models import (
    CHANGELOG,
    FORMER_ONE_TO_ONE,
    GROUP,
    NOTE_TO_SELF,
    ONE_TO_ONE,
    OWNER,
    PUBLIC,
    USER,
    Attendee,
    Room,
)
from ..passwords import policy_message
from ..seed import CHANGELOG_TEXT
from ..state import TalkError
from .common import (
    TALK,
    TOKEN,
    Ctx,
    Handler,
    Route,
    load_participant,
    load_room,
    room_response,
    route,
)

MAX_NAME = 255
MAX_DESCRIPTION = 2000


def _policy(ctx: Ctx, password: str) -> str | None:
    profile = ctx.state.profile
    return policy_message(
        password,
        common=profile.common_passwords,
        unlisted_lengths=profile.common_unlisted_lengths,
    )


def _hash_header(ctx: Ctx) -> dict[str, str]:
    return {"X-Nextcloud-Talk-Hash": ctx.server.talk_hash}


def list_rooms(ctx: Ctx) -> Response:
    """GET /room: the caller's rooms, filtered by ``modifiedSince`` (lastActivity >= value)."""
    state, params = ctx.state, ctx.params
    login = ctx.caller.login or ""
    now = state.now()
    modified_since = params.get_int("modifiedSince", 0)
    include_status = params.get_bool("includeStatus")
    include_last = params.get_bool("includeLastMessage", True)
    if state.profile.lazy_first_listing and login not in state.first_listing_made:
        _first_listing(ctx, login)
    rooms = sorted(state.rooms_of_user(login), key=lambda r: r.id)
    listed = []
    for room in rooms:
        if room.last_activity < modified_since:
            continue
        attendee, session = state.participant_for(room, ctx.caller)
        if attendee is not None:
            listed.append((room, attendee, session))
    # Talk loads the statuses of every listed one-to-one peer at once; when any has one,
    # the peers without one are listed as offline.
    offline_fallback = include_status and any(
        views.has_status(state, peer)
        for room, attendee, _ in listed
        if (peer := views.one_to_one_peer(state, room, attendee)) is not None
    )
    parts: list[bytes] = []
    for room, attendee, session in listed:
        parts.append(
            views.room_json(
                state,
                room,
                attendee,
                session,
                include_last_message=include_last,
                include_status=include_status,
                offline_fallback=offline_fallback,
            )
        )
    headers = _hash_header(ctx)
    headers["X-Nextcloud-Talk-Modified-Before"] = str(now)
    return ocs.OcsResponse(200, data_json=b"[" + b",".join(parts) + b"]", headers=headers)


def _first_listing(ctx: Ctx, login: str) -> None:
    """What Talk's listeners of a user's first room listing make, in their order: the
    changelog's "Talk updates", then the "Note to self", whose creation message names
    "System" (it was not the user's doing), unless the user already asked for it."""
    state = ctx.state
    state.first_listing_made.add(login)
    room = state.create_room(CHANGELOG, "Talk updates ✅", read_only=1, avatar_version="7daeb333")
    state.add_user_to_room(room, login, USER)
    state.post_comment(room, "bots", "changelog", "Talk updates ✅", CHANGELOG_TEXT, markdown=True)
    if _own_note_to_self(ctx, login) is None:
        _make_note_to_self(ctx, login, by_system=True)


def _own_note_to_self(ctx: Ctx, login: str) -> Room | None:
    return next((r for r in ctx.state.rooms_of_user(login) if r.type == NOTE_TO_SELF), None)


def _make_note_to_self(ctx: Ctx, login: str, *, by_system: bool) -> Room:
    state = ctx.state
    room = state.create_room(
        NOTE_TO_SELF,
        "Note to self",
        object_type="note_to_self",
        object_id=login,
        avatar_version="jpg2tkoimieKK4cE",
        is_custom_avatar=True,
        description="A place for your private notes, thoughts and ideas",
    )
    owner = state.add_user_to_room(room, login, OWNER)
    owner.favorite = True
    created = state.post_system(room, None if by_system else owner, "conversation_created")
    owner.last_read_message = created.id  # the creator has read it, whoever wrote it
    return room


def get_room(ctx: Ctx) -> Response:
    """GET /room/{token}: members get their view, others a stub of public/listable rooms."""
    state = ctx.state
    room = load_room(ctx)
    attendee, session = state.participant_for(room, ctx.caller)
    if attendee is None:
        if room.type == PUBLIC or (room.listable and ctx.caller.login is not None):
            return ocs.ok(views.stub_room(state, room), headers=_hash_header(ctx))
        raise TalkError(404, ocs.EMPTY_LIST)
    return room_response(ctx, room, attendee, session, headers=_hash_header(ctx))


def note_to_self(ctx: Ctx) -> Response:
    """GET /room/note-to-self: the caller's note-to-self room, created on first use."""
    state = ctx.state
    login = ctx.caller.login or ""
    room = _own_note_to_self(ctx, login) or _make_note_to_self(ctx, login, by_system=False)
    attendee, session = state.participant_for(room, ctx.caller)
    assert attendee is not None
    return room_response(ctx, room, attendee, session, headers=_hash_header(ctx))


# ------------------------------------------------------------------------- create


def _create_one_to_one(ctx: Ctx) -> Response:
    state = ctx.state
    login = ctx.caller.login or ""
    invite = ctx.params.get_str("invite")
    if invite not in state.accounts:
        raise TalkError(404, {"error": "invite"})
    if invite == login:
        raise TalkError(403, {"error": "invite"})
    pair = frozenset({login, invite})
    for room in list(state.rooms.values()):
        if room.type == ONE_TO_ONE and room.one_to_one_pair == pair:
            attendee = state.add_user_to_room(room, login, OWNER)
            _, session = state.participant_for(room, ctx.caller)
            return room_response(ctx, room, attendee, session)
    # As recorded on the real server: the invited user only joins once the conversation is
    # used; until then the creator is its only participant.
    room = state.create_room(
        ONE_TO_ONE, ",".join(sorted(pair)), one_to_one_pair=pair, avatar_version="ccb4805c"
    )
    owner = state.add_user_to_room(room, login, OWNER)
    state.post_system(room, owner, "conversation_created")
    return room_response(ctx, room, owner, None, status=201)


def _int_choice(ctx: Ctx, name: str, allowed: range, error: str) -> int:
    value = ctx.params.get_int(name, 0)
    if value not in allowed:
        raise TalkError(400, {"error": error})
    return value


def create_room(ctx: Ctx) -> Response:
    """POST /room (legacy ``invite``/``source`` and the ``conversation-creation-all`` fields)."""
    state, params = ctx.state, ctx.params
    room_type = params.get_int("roomType", GROUP)
    if room_type == ONE_TO_ONE:
        return _create_one_to_one(ctx)
    if room_type not in (GROUP, PUBLIC):
        raise TalkError(400, {"error": "type"})
    name = params.get_str("roomName").strip()
    if len(name) > MAX_NAME:
        raise TalkError(400, {"error": "name"})
    password = params.get_str("password") if room_type == PUBLIC else ""
    if password:
        message = _policy(ctx, password)
        if message:
            raise TalkError(400, {"error": "password", "message": message})
    description = params.get_str("description")
    if len(description) > MAX_DESCRIPTION:
        raise TalkError(400, {"error": "description"})
    read_only = _int_choice(ctx, "readOnly", range(2), "read-only")
    listable = _int_choice(ctx, "listable", range(3), "listable")
    lobby_state = _int_choice(ctx, "lobbyState", range(2), "lobby")
    lobby_timer = max(params.get_int("lobbyTimer", 0), 0)
    sip_enabled = _int_choice(ctx, "sipEnabled", range(3), "sip-enabled")
    permissions = _int_choice(ctx, "permissions", range(256), "permissions")
    expiration = params.get_int("messageExpiration", 0)
    if expiration < 0:
        raise TalkError(400, {"error": "message-expiration"})
    consent = _int_choice(ctx, "recordingConsent", range(2), "recording-consent")
    mentions = _int_choice(ctx, "mentionPermissions", range(2), "mention-permissions")

    invite, source = params.get_str("invite"), params.get_str("source") or "groups"
    group_members: list[tuple[str, str]] = []
    if invite:
        kind = "circles" if source in ("circles", "teams") else "groups"
        pool = state.teams if kind == "circles" else state.groups
        if invite not in pool:
            raise TalkError(404, {"error": "invite"})
        group_members.append((kind, invite))

    room = state.create_room(
        room_type,
        name or "---",
        description=description,
        read_only=read_only,
        listable=listable,
        avatar_version="9a7ea085" if room_type == PUBLIC else "bd567261",
        message_expiration=expiration,
        recording_consent=consent,
        mention_permissions=mentions,
        password=password,
    )
    login = ctx.caller.login or ""
    owner = state.add_user_to_room(room, login, OWNER)
    state.post_system(room, owner, "conversation_created")
    if permissions:
        room.default_permissions = permissions | 1
    if sip_enabled and state.sip:  # without SIP configured Talk ignores the value
        state.set_sip(room, sip_enabled)
    if lobby_state:
        room.lobby_state, room.lobby_timer = 1, lobby_timer
    for kind, ident in group_members:
        add_members(state, room, kind, ident, actor=owner)
    invalid = _add_initial_participants(ctx, room, params.raw("participants"))
    state.touch(room)
    if invalid:
        data: dict[str, Any] = views.room_dict(state, room, owner, None)
        data["invalidParticipants"] = invalid
        return ocs.ok(data, status=202)
    return room_response(ctx, room, owner, None, status=201)


def _add_initial_participants(ctx: Ctx, room: Room, value: Any) -> dict[str, list[str]]:
    """``participants`` of ``conversation-creation-all``; returns the invalid ones by source."""
    if not isinstance(value, dict):
        return {}
    state = ctx.state
    invalid: dict[str, list[str]] = {}
    pools: dict[str, dict[str, Any]] = {
        "users": state.accounts,
        "groups": state.groups,
        "teams": state.teams,
    }
    for source, ids in value.items():
        for ident in ids if isinstance(ids, list) else [ids]:
            ident = str(ident)
            if source == "users" and ident in state.accounts:
                state.add_user_to_room(room, ident)
            elif source in ("groups", "teams") and ident in pools[source]:
                add_members(
                    state, room, "groups" if source == "groups" else "circles", ident, actor=None
                )
            elif source == "emails" and "@" in ident:
                add_members(state, room, "emails", ident, actor=None)
            else:
                invalid.setdefault(source, []).append(ident)
    return invalid


# ------------------------------------------------------------------- moderation


def _moderated(ctx: Ctx) -> tuple[Room, Attendee]:
    room, attendee, _ = load_participant(ctx, moderator=True)
    return room, attendee


def _respond(ctx: Ctx, room: Room, attendee: Attendee) -> Response:
    _, session = ctx.state.participant_for(room, ctx.caller)
    return room_response(ctx, room, attendee, session)


def rename_room(ctx: Ctx) -> Response:
    room, attendee = _moderated(ctx)
    name = ctx.params.required_str("roomName").strip()
    if room.type in (ONE_TO_ONE, FORMER_ONE_TO_ONE):
        raise TalkError(400, {"error": "type"})
    if not name or len(name) > MAX_NAME:
        raise TalkError(400, {"error": "value"})
    if name != room.name:
        old, room.name = room.name, name
        ctx.state.post_system(
            room, attendee, "conversation_renamed", extra={"old": old, "new": name}
        )
    return _respond(ctx, room, attendee)


def set_description(ctx: Ctx) -> Response:
    room, attendee = _moderated(ctx)
    description = ctx.params.required_str("description").strip(" \t\n\r\0\x0b")
    # RoomService::setDescription: an unchanged value returns first, then length, then type
    if description != room.description:
        if len(description) > MAX_DESCRIPTION:
            raise TalkError(400, {"error": "value"})
        if room.type in (ONE_TO_ONE, FORMER_ONE_TO_ONE):
            raise TalkError(400, {"error": "type"})
        room.description = description
        ctx.state.post_system(
            room, attendee, "description_set" if description else "description_removed"
        )
    return _respond(ctx, room, attendee)


def delete_room(ctx: Ctx) -> Response:
    room, _ = _moderated(ctx)
    if room.type in (ONE_TO_ONE, FORMER_ONE_TO_ONE):
        raise TalkError(400, None)
    ctx.state.delete_room(room)
    return ocs.ok(None)


def make_public(ctx: Ctx) -> Response:
    room, attendee = _moderated(ctx)
    if room.type not in (GROUP, PUBLIC):
        raise TalkError(400, {"error": "type"})
    password = ctx.params.get_str("password")
    if password:
        message = _policy(ctx, password)
        if message:
            raise TalkError(400, {"error": "password", "message": message})
    ctx.state.set_type(room, PUBLIC, attendee)
    if password:
        ctx.state.post_system(room, attendee, "password_set")
    # Talk answers with the room as it was before the password (hasPassword still false),
    # but with the password's system message as its last message
    answer = _respond(ctx, room, attendee)
    if password:
        room.password = password
        ctx.state.touch(room, activity=False)
    return answer


def make_private(ctx: Ctx) -> Response:
    room, attendee = _moderated(ctx)
    if room.type not in (GROUP, PUBLIC):
        raise TalkError(400, {"error": "type"})
    ctx.state.set_type(room, GROUP, attendee)
    return _respond(ctx, room, attendee)


def set_read_only(ctx: Ctx) -> Response:
    room, attendee = _moderated(ctx)
    state_value = ctx.params.required_int("state")
    if state_value not in (0, 1):
        raise TalkError(400, {"error": "value"})
    if room.type not in (GROUP, PUBLIC):
        raise TalkError(400, {"error": "type"})
    if state_value != room.read_only:
        ctx.state.set_read_only(room, state_value, attendee)
    return _respond(ctx, room, attendee)


def set_password(ctx: Ctx) -> Response:
    room, attendee = _moderated(ctx)
    password = ctx.params.required_str("password")
    if room.type != PUBLIC:
        raise TalkError(400, {"error": "type"})
    if password:
        message = _policy(ctx, password)
        if message:
            raise TalkError(400, {"error": "value", "message": message})
    room.password = password
    ctx.state.post_system(room, attendee, "password_set" if password else "password_removed")
    return _respond(ctx, room, attendee)


def set_lobby(ctx: Ctx) -> Response:
    """PUT webinar/lobby: invalid/negative timers silently become 0 (as recorded)."""
    room, attendee = _moderated(ctx)
    state_value = ctx.params.required_int("state")
    if room.type not in (GROUP, PUBLIC):
        raise TalkError(400, {"error": "type"})
    if state_value not in (0, 1):
        raise TalkError(400, {"error": "value"})
    timer = max(ctx.params.get_int("timer", 0), 0)
    ctx.state.set_lobby(room, state_value, timer, attendee)
    return _respond(ctx, room, attendee)


def set_sip(ctx: Ctx) -> Response:
    room, attendee = _moderated(ctx)
    state_value = ctx.params.required_int("state")
    if not ctx.state.sip:
        raise TalkError(412, {"error": "config"})
    if state_value not in (0, 1, 2):
        raise TalkError(400, {"error": "value"})
    if room.type not in (GROUP, PUBLIC):
        raise TalkError(400, {"error": "type"})
    if state_value == room.sip_enabled:
        raise TalkError(400, {"error": "value"})
    ctx.state.set_sip(room, state_value)
    return _respond(ctx, room, attendee)


def set_permissions(ctx: Ctx) -> Response:
    """PUT permissions/{mode}: only ``default`` is still supported (``call`` → 400 mode)."""
    room, attendee = _moderated(ctx)
    permissions = ctx.params.required_int("permissions")
    if ctx.path.get("mode") != "default":
        raise TalkError(400, {"error": "mode"})
    if room.type in (ONE_TO_ONE, FORMER_ONE_TO_ONE, NOTE_TO_SELF):
        raise TalkError(400, {"error": "type"})
    if not 0 <= permissions <= 255:
        raise TalkError(400, {"error": "value"})
    ctx.state.set_default_permissions(room, permissions | 1 if permissions else 0)
    return _respond(ctx, room, attendee)


# --------------------------------------------------------------- per-user settings


def _own(ctx: Ctx) -> tuple[Room, Attendee]:
    room, attendee, _ = load_participant(ctx)
    return room, attendee


def _setting(attr: str, value: bool) -> Handler:
    """A handler flipping one per-user flag (favorite, archived, important, sensitive)."""

    def handler(ctx: Ctx) -> Response:
        room, attendee = _own(ctx)
        setattr(attendee, attr, value)
        ctx.state.touch(room)
        return _respond(ctx, room, attendee)

    return handler


def set_notification_level(ctx: Ctx) -> Response:
    room, attendee = _own(ctx)
    level = ctx.params.required_int("level")
    if level not in (1, 2, 3):  # 0 ("default") can be shown but not chosen
        raise TalkError(400, {"error": "level"})
    attendee.notification_level = level
    ctx.state.touch(room)
    return _respond(ctx, room, attendee)


def set_notification_calls(ctx: Ctx) -> Response:
    room, attendee = _own(ctx)
    level = ctx.params.required_int("level")
    if level not in (0, 1):
        raise TalkError(400, {"error": "level"})
    attendee.notification_calls = level
    ctx.state.touch(room)
    return _respond(ctx, room, attendee)


ROUTES: list[Route] = [
    route("GET", TALK + "/room", list_rooms, "user"),
    route("POST", TALK + "/room", create_room, "user"),
    route("GET", TALK + "/room/note-to-self", note_to_self, "user"),
    route("GET", TALK + "/room/" + TOKEN, get_room),
    route("PUT", TALK + "/room/" + TOKEN, rename_room),
    route("DELETE", TALK + "/room/" + TOKEN, delete_room),
    route("PUT", TALK + "/room/" + TOKEN + "/description", set_description),
    route("POST", TALK + "/room/" + TOKEN + "/public", make_public),
    route("DELETE", TALK + "/room/" + TOKEN + "/public", make_private),
    route("PUT", TALK + "/room/" + TOKEN + "/read-only", set_read_only),
    route("PUT", TALK + "/room/" + TOKEN + "/password", set_password),
    route("PUT", TALK + "/room/" + TOKEN + "/webinar/lobby", set_lobby),
    route("PUT", TALK + "/room/" + TOKEN + "/webinar/sip", set_sip, "user"),
    route("PUT", TALK + "/room/" + TOKEN + r"/permissions/(?P<mode>call|default)", set_permissions),
    route("POST", TALK + "/room/" + TOKEN + "/favorite", _setting("favorite", True), "user"),
    route("DELETE", TALK + "/room/" + TOKEN + "/favorite", _setting("favorite", False), "user"),
    route("POST", TALK + "/room/" + TOKEN + "/archive", _setting("archived", True), "user"),
    route("DELETE", TALK + "/room/" + TOKEN + "/archive", _setting("archived", False), "user"),
    route("POST", TALK + "/room/" + TOKEN + "/important", _setting("important", True), "user"),
    route("DELETE", TALK + "/room/" + TOKEN + "/important", _setting("important", False), "user"),
    route("POST", TALK + "/room/" + TOKEN + "/sensitive", _setting("sensitive", True), "user"),
    route("DELETE", TALK + "/room/" + TOKEN + "/sensitive", _setting("sensitive", False), "user"),
    route("POST", TALK + "/room/" + TOKEN + "/notify", set_notification_level, "user"),
    route("POST", TALK + "/room/" + TOKEN + "/notify-calls", set_notification_calls, "user"),
]

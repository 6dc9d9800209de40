"""Call endpoints: peers, join/update/leave (``all`` ends it for everyone), ring, SIP dial-out.

Everything but the peer list needs the Talk session bound to the caller's cookie; without
it the answer is 404 ``null``.
"""

from __future__ import annotations

import secrets

from starlette.responses import Response

from .. import ocs, views
from ..attendance import attendance_csv, attendance_rows
from ..attendance import file_name as attendance_file_name
from ..models import (
    ACTOR_PHONES,
    ACTOR_USERS,
    FLAG_DISCONNECTED,
    FLAG_IN_CALL,
    FLAG_WITH_AUDIO,
    FLAG_WITH_PHONE,
    FLAG_WITH_VIDEO,
    PERM_JOIN_CALL,
    PERM_START_CALL,
    Attendee,
    Room,
    Session,
)
from ..profile import CONSENT_OPTIONAL, CONSENT_REQUIRED, consent_required
from ..state import TalkError
from .common import TALK, TOKEN, Ctx, Route, load_participant, route

DEFAULT_FLAGS = FLAG_IN_CALL | FLAG_WITH_AUDIO | FLAG_WITH_VIDEO
DIALOUT_OFF = {"error": "sip", "message": "SIP dial-out is not configured on the server"}


def _call_participant(ctx: Ctx) -> tuple[Room, Attendee, Session | None]:
    """RequireParticipant + RequireModeratorOrNoLobby + RequireReadWriteConversation."""
    room, attendee, session = load_participant(ctx, lobby=True)
    if room.read_only:
        raise TalkError(403, ocs.EMPTY_LIST)
    return room, attendee, session


def _session(session: Session | None) -> Session:
    if session is None:
        raise TalkError(404, None)
    return session


def get_peers(ctx: Ctx) -> Response:
    room, _, _ = _call_participant(ctx)
    return ocs.ok(views.call_peers(room))


def _needs_consent(ctx: Ctx, room: Room) -> bool:
    """CallController::validateRecordingConsent, checked before anything else of the join:
    consent is needed where the server requires it, or lets moderators choose and this
    conversation asks for it; without a recording server never."""
    required = consent_required(ctx.state.profile)
    if required == CONSENT_REQUIRED:
        return True
    return required == CONSENT_OPTIONAL and room.recording_consent == CONSENT_REQUIRED


def join_call(ctx: Ctx) -> Response:
    state, params = ctx.state, ctx.params
    room, attendee, session = _call_participant(ctx)
    if not params.get_bool("recordingConsent") and _needs_consent(ctx, room):
        raise TalkError(400, {"error": "consent"})
    current = _session(session)
    permissions = state.effective_permissions(room, attendee)
    if not permissions & PERM_JOIN_CALL:
        raise TalkError(403, ocs.EMPTY_LIST)
    if not room.call_start_time and not permissions & PERM_START_CALL:
        raise TalkError(400, {"error": "permissions"})
    flags = params.get_int("flags", DEFAULT_FLAGS) if params.has("flags") else DEFAULT_FLAGS
    flags = state.mask_call_flags(room, attendee, flags | FLAG_IN_CALL)
    state.change_in_call(room, current, flags, actor=attendee)
    return ocs.ok(None)


def update_call(ctx: Ctx) -> Response:
    state = ctx.state
    room, attendee, session = _call_participant(ctx)
    flags = ctx.params.required_int("flags")
    current = _session(session)
    if not current.in_call or not flags & FLAG_IN_CALL:
        raise TalkError(400, None)
    state.change_in_call(room, current, state.mask_call_flags(room, attendee, flags))
    return ocs.ok(None)


def leave_call(ctx: Ctx) -> Response:
    state = ctx.state
    room, attendee, session = _call_participant(ctx)
    current = _session(session)
    if ctx.params.get_bool("all") and attendee.is_moderator:
        state.end_call_for_everyone(room, attendee)
    elif current.in_call:
        state.change_in_call(room, current, FLAG_DISCONNECTED, actor=attendee)
    return ocs.ok(None)


def _require_active_call(room: Room, session: Session | None, error: object) -> None:
    if not room.call_start_time:
        raise TalkError(400, error)
    if session is not None and not session.in_call:
        raise TalkError(400, error)


def ring(ctx: Ctx) -> Response:
    """POST /call/{token}/ring/{attendeeId}: needs "start call", not moderator rights."""
    state = ctx.state
    room, attendee, session = _call_participant(ctx)
    if not state.effective_permissions(room, attendee) & PERM_START_CALL:
        raise TalkError(403, ocs.EMPTY_LIST)
    _require_active_call(room, session, {"error": "in-call"})
    target = room.attendees.get(int(ctx.path["attendee"]))
    if target is None:
        raise TalkError(404, None)
    if target.actor_type != ACTOR_USERS:  # ringing someone already in the call is fine
        raise TalkError(400, {"error": "attendee"})
    return ocs.ok(None)


def dial_out(ctx: Ctx) -> Response:
    """POST /call/{token}/dialout/{attendeeId}: 201 for a phone attendee during a call."""
    state = ctx.state
    room, attendee, session = _call_participant(ctx)
    if not state.effective_permissions(room, attendee) & PERM_START_CALL:
        raise TalkError(403, ocs.EMPTY_LIST)
    _require_active_call(room, session, None)
    target = room.attendees.get(int(ctx.path["attendee"]))
    if target is None or target.actor_type != ACTOR_PHONES:
        raise TalkError(404, None)
    if not state.sip_dialout:
        raise TalkError(501, dict(DIALOUT_OFF))
    target.call_id = secrets.token_hex(8)
    phone_session = state.add_session(room, target)
    state.change_in_call(room, phone_session, FLAG_IN_CALL | FLAG_WITH_AUDIO | FLAG_WITH_PHONE)
    return ocs.ok(None, status=201)


def download_attendance(ctx: Ctx) -> Response:
    """GET /call/{token}/download (moderators): the attendance list as a CSV file; a bare
    400 (no body) without a running call, before anyone joined it, and for any other format."""
    room, _, _ = load_participant(ctx, moderator=True)
    no_list = Response(status_code=400, media_type="text/html; charset=UTF-8")
    if not room.call_start_time or not attendance_rows(ctx.state, room):
        return no_list
    if ctx.params.get_str("format", "csv") != "csv":
        return no_list
    name = attendance_file_name(room, ctx.state.now())
    return Response(
        attendance_csv(ctx.state, room),
        media_type="text/csv;charset=UTF-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


ROUTES: list[Route] = [
    route("GET", TALK + "/call/" + TOKEN, get_peers),
    route("POST", TALK + "/call/" + TOKEN, join_call),
    route("PUT", TALK + "/call/" + TOKEN, update_call),
    route("DELETE", TALK + "/call/" + TOKEN, leave_call),
    route("POST", TALK + "/call/" + TOKEN + r"/ring/(?P<attendee>\d+)", ring),
    route("POST", TALK + "/call/" + TOKEN + r"/dialout/(?P<attendee>\d+)", dial_out),
    route("GET", TALK + "/call/" + TOKEN + "/download", download_attendance),
]

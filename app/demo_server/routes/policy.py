"""Conversation policy set by moderators: who may find the conversation (listable), who may
mention everyone, how long messages live, and whether joining the call needs recording
consent. Each answers the room as the moderator sees it afterwards.

Talk's services return early when a value does not change, before checking the room type,
so "setting" a one-to-one conversation to what it already has succeeds.
"""

from __future__ import annotations

from starlette.responses import Response

from ..models import FORMER_ONE_TO_ONE, GROUP, PUBLIC, Attendee, Room
from ..profile import CONSENT_OFF, CONSENT_REQUIRED
from ..state import TalkError
from .common import TALK, TOKEN, Ctx, Route, load_participant, room_response, route

LISTABLE_MESSAGES = ("listable_none", "listable_users", "listable_all")
WEEK, DAY, HOUR, MINUTE = 7 * 86400, 86400, 3600, 60


def _moderated(ctx: Ctx) -> tuple[Room, Attendee]:
    room, attendee, _ = load_participant(ctx, moderator=True)
    return room, attendee


def _respond(ctx: Ctx, room: Room, attendee: Attendee) -> Response:
    _, session = ctx.state.participant_for(room, ctx.caller)
    return room_response(ctx, room, attendee, session)


def set_listable(ctx: Ctx) -> Response:
    """PUT …/listable ``scope`` 0 (participants only), 1 (users), 2 (users and guest users)."""
    room, attendee = _moderated(ctx)
    scope = ctx.params.required_int("scope")
    if scope != room.listable:
        if room.type not in (GROUP, PUBLIC):
            raise TalkError(400, {"error": "type"})
        if scope not in (0, 1, 2):
            raise TalkError(400, {"error": "value"})
        room.listable = scope
        ctx.state.post_system(room, attendee, LISTABLE_MESSAGES[scope])
    return _respond(ctx, room, attendee)


def set_mention_permissions(ctx: Ctx) -> Response:
    """PUT …/mention-permissions: 0 everyone may mention @all, 1 only moderators."""
    room, attendee = _moderated(ctx)
    value = ctx.params.required_int("mentionPermissions")
    if value != room.mention_permissions:
        if room.type not in (GROUP, PUBLIC):
            raise TalkError(400, {"error": "type"})
        if value not in (0, 1):
            raise TalkError(400, {"error": "value"})
        room.mention_permissions = value
        ctx.state.touch(room, activity=False)
    return _respond(ctx, room, attendee)


def _rounded(value: float) -> int:
    """PHP's round() for positive values: halves round up."""
    return int(value + 0.5)


def expiration_period(seconds: int) -> str:
    """The duration in the system message, in the largest unit reached (as Talk words it)."""
    for unit, name in ((WEEK, "week"), (DAY, "day"), (HOUR, "hour")):
        if seconds >= unit:
            count = _rounded(seconds / unit)
            return f"{count} {name}" + ("" if count == 1 else "s")
    count = _rounded(seconds / MINUTE)
    return f"{count} minute" + ("" if count == 1 else "s")


def set_message_expiration(ctx: Ctx) -> Response:
    """POST …/message-expiration ``seconds`` (0: off); one-to-one conversations too. Every
    call posts the system message, even without a change."""
    room, attendee = _moderated(ctx)
    seconds = ctx.params.required_int("seconds")
    if room.type == FORMER_ONE_TO_ONE:
        raise TalkError(400, {"error": "type"})
    if seconds < 0:
        raise TalkError(400, {"error": "value"})
    room.message_expiration = seconds
    if seconds:
        ctx.state.post_system(
            room,
            attendee,
            "message_expiration_enabled",
            extra={"period": expiration_period(seconds)},
        )
    else:
        ctx.state.post_system(room, attendee, "message_expiration_disabled")
    return _respond(ctx, room, attendee)


def set_recording_consent(ctx: Ctx) -> Response:
    """PUT …/recording-consent 0/1: 412 ``config`` without a recording server; 400 ``call``
    when asking for consent while a call runs."""
    room, attendee = _moderated(ctx)
    value = ctx.params.required_int("recordingConsent")
    if not ctx.state.profile.recording:
        raise TalkError(412, {"error": "config"})
    if value != room.recording_consent:
        if value not in (CONSENT_OFF, CONSENT_REQUIRED):
            raise TalkError(400, {"error": "value"})
        if value != CONSENT_OFF and room.call_flag:
            raise TalkError(400, {"error": "call"})
        room.recording_consent = value
        ctx.state.touch(room)
    return _respond(ctx, room, attendee)


ROUTES: list[Route] = [
    route("PUT", TALK + "/room/" + TOKEN + "/listable", set_listable, "user"),
    route("PUT", TALK + "/room/" + TOKEN + "/mention-permissions", set_mention_permissions, "user"),
    route("POST", TALK + "/room/" + TOKEN + "/message-expiration", set_message_expiration),
    route("PUT", TALK + "/room/" + TOKEN + "/recording-consent", set_recording_consent, "user"),
]

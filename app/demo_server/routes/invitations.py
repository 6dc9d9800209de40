"""E-mail guest invitations: resend them (one guest or all) and import guests from a CSV
file. Both are for logged-in moderators only (a guest moderator gets 401).

The demo server sends no mail; every invitation it would send lands in ``state.outbox`` as
``(room token, address)``, so a demo or a test can see who was invited.
"""

from __future__ import annotations

from starlette.responses import Response

from .. import ocs
from ..email_import import UPLOAD_MESSAGE, import_emails
from ..models import ACTOR_EMAILS
from ..state import TalkError
from .common import TALK, TOKEN, Ctx, Route, load_participant, route


def resend_invitations(ctx: Ctx) -> Response:
    """POST …/participants/resend-invitations: ``attendeeId`` picks one attendee (404
    ``null`` when unknown; a non-e-mail attendee gets nothing), without it every e-mail
    guest is invited again."""
    room, _, _ = load_participant(ctx, moderator=True)
    attendee_id = ctx.params.optional_int("attendeeId")
    if attendee_id is not None:
        target = room.attendees.get(attendee_id)
        if target is None:
            raise TalkError(404, None)
        targets = [target]
    else:
        targets = list(room.attendees.values())
    for attendee in targets:
        if attendee.actor_type == ACTOR_EMAILS:
            ctx.state.outbox.append((room.token, attendee.invited_actor_id))
    return ocs.ok(None)


def import_email_guests(ctx: Ctx) -> Response:
    """POST …/import-emails: the CSV comes as the uploaded ``file``; ``testRun`` only
    checks it."""
    room, actor, _ = load_participant(ctx, moderator=True)
    content = ctx.params.files.get("file")
    if content is None:
        raise TalkError(400, {"error": "file", "message": UPLOAD_MESSAGE})
    data = import_emails(ctx.state, room, actor, content, test_run=ctx.params.get_bool("testRun"))
    return ocs.ok(data)


ROUTES: list[Route] = [
    route(
        "POST",
        TALK + "/room/" + TOKEN + "/participants/resend-invitations",
        resend_invitations,
        "user",
    ),
    route("POST", TALK + "/room/" + TOKEN + "/import-emails", import_email_guests, "user"),
]

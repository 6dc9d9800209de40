"""Poll endpoints (Talk's PollController, API v1): create, show, vote, close, drafts.

Polls exist in group and public conversations; anyone who may chat there creates one (posted
to the chat as a ``talk-poll`` object), moderators and the author close it. The answers follow
``polls.poll_json``: who sees the counts depends on the poll and the viewer.
"""

from __future__ import annotations

from starlette.responses import Response

from .. import ocs
from ..models import GROUP, PERM_CHAT, PUBLIC, Attendee, Room
from ..polls import (
    STATUS_CLOSED,
    STATUS_DRAFT,
    DemoPoll,
    PollRefused,
    cast_vote,
    checked_options,
    checked_question,
    draft_json,
    poll_json,
    rich_poll,
)
from ..state import InternalError, TalkError
from .common import TALK_V1, TOKEN, Ctx, Route, load_participant, php_int, route

POLLS = TALK_V1 + "/poll/" + TOKEN
POLL = POLLS + r"/(?P<poll>[0-9]+)"


def _writer(ctx: Ctx) -> tuple[Room, Attendee]:
    """RequireModeratorOrNoLobby + RequireParticipant + RequirePermission(CHAT) +
    RequireReadWriteConversation."""
    room, attendee, _ = load_participant(ctx, lobby=True)
    if not ctx.state.effective_permissions(room, attendee) & PERM_CHAT or room.read_only:
        raise TalkError(403, ocs.EMPTY_LIST)
    return room, attendee


def _poll(ctx: Ctx, room: Room) -> DemoPoll:
    poll = room.polls.get(php_int(ctx.path["poll"]))
    if not isinstance(poll, DemoPoll):
        raise TalkError(404, {"error": "poll"})
    return poll


def create_poll(ctx: Ctx) -> Response:
    """POST poll/{token}: 201 with the poll (200 with the draft for ``draft``)."""
    room, attendee = _writer(ctx)
    params = ctx.params
    question = params.required_str("question")
    options = params.raw("options")
    if not isinstance(options, list):
        raise InternalError("options")  # a missing or non-array typed argument: TypeError
    result_mode = params.required_int("resultMode")
    max_votes = params.required_int("maxVotes")
    draft = params.get_bool("draft")
    if room.type not in (GROUP, PUBLIC):
        raise TalkError(400, {"error": "room"})
    if draft and not attendee.is_moderator:
        raise TalkError(400, {"error": "draft"})
    try:
        poll = DemoPoll(
            id=0,
            question=checked_question(question),
            options=checked_options(options),
            actor_type=attendee.actor_type,
            actor_id=attendee.actor_id,
            display_name=attendee.display_name,
            result_mode=result_mode,
            max_votes=max_votes,
            status=STATUS_DRAFT if draft else 0,
        )
    except PollRefused as refused:
        raise TalkError(400, {"error": refused.reason}) from None
    poll.id = ctx.state.next_poll_id()
    room.polls[poll.id] = poll
    if draft:
        return ocs.ok(draft_json(poll))
    state = ctx.state
    state.post_comment(
        room,
        attendee.actor_type,
        attendee.actor_id,
        attendee.display_name,
        "{object}",
        markdown=True,
        parameters={
            "actor": state.rich_actor(
                attendee.actor_type, attendee.actor_id, attendee.display_name
            ),
            "object": rich_poll(poll),
        },
    )
    return ocs.ok(poll_json(poll, attendee), status=201)


def show_poll(ctx: Ctx) -> Response:
    room, attendee, _ = load_participant(ctx, lobby=True)
    poll = _poll(ctx, room)
    if poll.status == STATUS_DRAFT and not attendee.is_moderator:
        raise TalkError(404, {"error": "poll"})
    return ocs.ok(poll_json(poll, attendee, details=True))


def vote_poll(ctx: Ctx) -> Response:
    room, attendee, _ = load_participant(ctx, lobby=True)
    poll = _poll(ctx, room)
    if poll.status == STATUS_DRAFT:
        raise TalkError(404, {"error": "poll"})
    if poll.status == STATUS_CLOSED:
        raise TalkError(400, {"error": "poll"})
    try:
        option_ids = [php_int(value) for value in ctx.params.get_list("optionIds")]
        mine = cast_vote(ctx.state, room, poll, attendee, option_ids)
    except (PollRefused, ValueError):
        raise TalkError(400, {"error": "options"}) from None
    return ocs.ok(poll_json(poll, attendee, voted_self=mine))


def close_poll(ctx: Ctx) -> Response:
    """DELETE poll/{token}/{id}: closes a poll (200), deletes a draft (202 ``null``)."""
    room, attendee, _ = load_participant(ctx, lobby=True)
    poll = _poll(ctx, room)
    if poll.status == STATUS_DRAFT:
        if not attendee.is_moderator:
            raise TalkError(404, {"error": "poll"})
        del room.polls[poll.id]
        return ocs.ok(None, status=202)
    if poll.status == STATUS_CLOSED:
        raise TalkError(400, {"error": "poll"})
    if not (attendee.is_moderator or poll.by(attendee)):
        raise TalkError(403, {"error": "poll"})
    poll.status = STATUS_CLOSED
    message = ctx.state.post_system(room, attendee, "poll_closed")
    message.parameters = {**(message.parameters or {}), "poll": rich_poll(poll)}
    return ocs.ok(poll_json(poll, attendee, details=True))


def list_drafts(ctx: Ctx) -> Response:
    room, _, _ = load_participant(ctx, moderator=True)
    drafts = [draft_json(poll) for poll in room.polls.values() if poll.status == STATUS_DRAFT]
    return ocs.ok(drafts)


ROUTES: list[Route] = [
    route("POST", POLLS, create_poll),
    route("GET", POLLS + "/drafts", list_drafts),
    route("GET", POLL, show_poll),
    route("POST", POLL, vote_poll),
    route("DELETE", POLL, close_poll),
]

"""Chat endpoints (Talk's ChatController, API v1): read the history, wait for new messages
(``lookIntoFuture=1``, answered 304 after ``timeout`` seconds), post, delete a message,
clear the history, with the real server's codes (checked against Talk 21.1.7):

* read: 404 ``[]`` for a non-participant or no such room, 412 behind the lobby, 304 (no
  body) when there is nothing (older, or newer within ``timeout``);
* post: 400 ``message`` (empty after trimming), 413 ``message`` (over 32,000 characters),
  403 ``[]`` when read-only or without the chat permission, 201 with the message;
* delete: 404 ``message``, 403 ``permission`` (someone else's message and not a moderator,
  or a one-to-one conversation), 405 ``message`` (a system message or deleted already);
  Talk 21 has no age limit (``delete-messages-unlimited``; ``DemoState.delete_window`` makes
  the demo act like an older Talk: 400 after that many seconds, by the demo's clock, and the
  capability is gone). The answer is the
  ``message_deleted`` system message with the deleted message as its ``parent``;
* clear: 403 ``[]`` for non-moderators, 403 ``null`` in one-to-one conversations; every
  message goes and ``history_cleared`` is posted.

Messages are kept per room (``Room.messages``, oldest first) by ``DemoState.post_system`` and
``post_comment``, so everything the demo records (a rename, a promotion, a call) is in the chat.
"""

from __future__ import annotations

import re
from typing import Any

from starlette.responses import Response

from .. import ocs, views
from ..longpoll import LongPoll
from ..models import (
    ACTOR_GUESTS,
    ACTOR_USERS,
    FORMER_ONE_TO_ONE,
    ONE_TO_ONE,
    PERM_CHAT,
    Attendee,
    Message,
    Room,
)
from ..state import DemoState, TalkError
from .common import TALK_V1, TOKEN, Ctx, Route, load_participant, php_int, route

CHAT = TALK_V1 + "/chat/" + TOKEN
MAX_CHARS = 32_000
MAX_LIMIT = 200
MAX_TIMEOUT = 30
_MENTION = re.compile(r'@"([^"]+)"|@([A-Za-z0-9_.@-]+)')


def _visible(state: DemoState, message: Message) -> bool:
    """Expired messages are gone for readers (Talk's expiration job deletes them)."""
    return not message.expiration_timestamp or message.expiration_timestamp > state.now()


def message_json(
    state: DemoState, room: Room, message: Message, viewer: Attendee | None
) -> dict[str, Any]:
    """A message as ``viewer`` reads it, with ``silent``, ``deleted`` and ``parent`` as Talk
    adds them."""
    data = views.render_message(state, room, message, viewer)
    if message.deleted_by is not None:
        actor_type, actor_id, name = message.deleted_by
        by_viewer = viewer is not None and (viewer.actor_type, viewer.actor_id) == (
            actor_type,
            actor_id,
        )
        data["message"] = "Message deleted by you" if by_viewer else "Message deleted by {actor}"
        data["messageParameters"] = {"actor": state.rich_actor(actor_type, actor_id, name)}
        data["systemMessage"] = ""
        data["messageType"] = "comment_deleted"
        data["isReplyable"] = False
    if message.silent:
        data["silent"] = True
    if message.deleted_by is not None:
        data["deleted"] = True
    if message.parent_id:
        parent = _find(room, message.parent_id)
        if parent is not None:
            data["parent"] = message_json(state, room, parent, viewer)
    return data


def _find(room: Room, message_id: int) -> Message | None:
    for message in room.messages:
        if message.id == message_id:
            return message
    return None


def _headers(room: Room, last_given: int | None = None) -> dict[str, str]:
    headers = {"X-Chat-Last-Common-Read": str(room.last_common_read)}
    if last_given is not None:
        headers["X-Chat-Last-Given"] = str(last_given)
    return headers


def _not_modified() -> Response:
    return Response(b"", status_code=304, media_type=ocs.JSON_TYPE)


def _page(ctx: Ctx, room: Room, viewer: Attendee, messages: list[Message]) -> Response:
    data = [message_json(ctx.state, room, message, viewer) for message in messages]
    return ocs.ok(data, headers=_headers(room, messages[-1].id))


def read_chat(ctx: Ctx) -> Response:
    """GET chat/{token}: the history (``lookIntoFuture=0``, newest first, older than
    ``lastKnownMessageId``) or new messages (``1``, oldest first, waiting up to ``timeout``)."""
    room, viewer, _ = load_participant(ctx, lobby=True)
    params = ctx.params
    future = php_int(params.raw("lookIntoFuture")) == 1
    limit = min(max(params.get_int("limit", 100), 1), MAX_LIMIT)
    last_known = max(params.get_int("lastKnownMessageId", 0), 0)
    include = params.get_int("includeLastKnown", 0) == 1
    state = ctx.state
    if not future:
        older = [
            m
            for m in reversed(room.messages)
            if _visible(state, m)
            and (not last_known or m.id < last_known or (include and m.id == last_known))
        ][:limit]
        return _page(ctx, room, viewer, older) if older else _not_modified()

    token = room.token
    attendee_id = viewer.id

    def newer() -> Response | None:
        current = state.room(token)
        if current is None or current.attendees.get(attendee_id) is None:
            raise TalkError(404, ocs.EMPTY_LIST)  # deleted, or removed, while waiting
        found = [
            m
            for m in current.messages
            if (m.id > last_known or (include and m.id == last_known)) and _visible(state, m)
        ][:limit]
        return _page(ctx, current, current.attendees[attendee_id], found) if found else None

    answer = newer()
    if answer is not None:
        return answer
    wait = min(max(params.get_int("timeout", MAX_TIMEOUT), 0), MAX_TIMEOUT)
    return LongPoll(newer, wait, _not_modified)


def _mentions(state: DemoState, text: str) -> tuple[str, dict[str, Any]]:
    """``@alice`` and ``@"alice"`` of known users become ``{mention-user1}`` parameters."""
    params: dict[str, Any] = {}
    numbers: dict[str, int] = {}

    def mention(match: re.Match[str]) -> str:
        login = match.group(1) or match.group(2)
        account = state.accounts.get(login)
        if account is None:
            return match.group(0)
        number = numbers.setdefault(login, len(numbers) + 1)
        key = f"mention-user{number}"
        params[key] = state.rich_actor(ACTOR_USERS, login, account.display_name)
        return "{" + key + "}"

    return _MENTION.sub(mention, text), params


def post_message(ctx: Ctx) -> Response:
    """POST chat/{token}: ``message`` (required), ``silent``; 201 with the stored message."""
    room, author, _ = load_participant(ctx, lobby=True)
    state = ctx.state
    if room.read_only or not state.effective_permissions(room, author) & PERM_CHAT:
        raise TalkError(403, ocs.EMPTY_LIST)
    text = ctx.params.required_str("message")
    if not text.strip():
        raise TalkError(400, {"error": "message"})
    if len(text) > MAX_CHARS:
        raise TalkError(413, {"error": "message"})
    body, params = _mentions(state, text)
    name = author.display_name
    if author.actor_type == ACTOR_GUESTS:
        name = ctx.params.get_str("actorDisplayName") or name
    message = state.post_comment(
        room,
        author.actor_type,
        author.actor_id,
        name,
        body,
        markdown=True,
        parameters=params or None,
    )
    message.silent = ctx.params.get_bool("silent")
    author.last_read_message = message.id
    author.unread_messages = 0
    data = message_json(state, room, message, author)
    return ocs.ok(data, status=201, headers=_headers(room))


def delete_message(ctx: Ctx) -> Response:
    """DELETE chat/{token}/{messageId}: the author, or a moderator outside one-to-ones."""
    room, actor, _ = load_participant(ctx, lobby=True)
    state = ctx.state
    if room.read_only or not state.effective_permissions(room, actor) & PERM_CHAT:
        raise TalkError(403, ocs.EMPTY_LIST)
    message = _find(room, php_int(ctx.path["message"]))
    if message is None or not _visible(state, message):
        raise TalkError(404, {"error": "message"})
    own = (message.actor_type, message.actor_id) == (actor.actor_type, actor.actor_id)
    if not own and (not actor.is_moderator or room.type in (ONE_TO_ONE, FORMER_ONE_TO_ONE)):
        raise TalkError(403, {"error": "permission"})
    if message.message_type != "comment" or message.deleted_by is not None:
        raise TalkError(405, {"error": "message"})
    window = state.delete_window
    if window is not None and state.now() - message.timestamp > window:
        raise TalkError(400, ocs.EMPTY_LIST)  # Talk before 18: too old (no error key then)
    message.deleted_by = (actor.actor_type, actor.actor_id, actor.display_name)
    message.parameters = None
    notice = state.post_system(room, actor, "message_deleted")
    notice.parent_id = message.id
    return ocs.ok(message_json(state, room, notice, actor), headers=_headers(room))


def clear_history(ctx: Ctx) -> Response:
    """DELETE chat/{token}: moderators; not in one-to-one conversations (403 ``null``)."""
    room, actor, _ = load_participant(ctx, moderator=True)
    if room.read_only:
        raise TalkError(403, ocs.EMPTY_LIST)
    if room.type in (ONE_TO_ONE, FORMER_ONE_TO_ONE):
        raise TalkError(403, None)
    state = ctx.state
    room.messages.clear()
    for attendee in room.attendees.values():
        attendee.unread_messages = 0
        attendee.unread_mention = attendee.unread_mention_direct = False
    notice = state.post_system(room, actor, "history_cleared")
    return ocs.ok(message_json(state, room, notice, actor), headers=_headers(room))


ROUTES: list[Route] = [
    route("GET", CHAT, read_chat),
    route("POST", CHAT, post_message),
    route("DELETE", CHAT, clear_history),
    route("DELETE", CHAT + r"/(?P<message>[0-9]+)", delete_message),
]

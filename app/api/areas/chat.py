"""A conversation's chat (Talk's chat API v1): read the history, wait for new messages, post,
delete a message, clear the history.

Reading never marks anything read, never sets the moderator "online" and never marks
notifications read (``setReadMarker=0``, ``noStatusUpdate=1``, ``markNotificationsAsRead=0``):
watching a chat from the console must not change what the moderator's other clients show.

``wait_for_new`` is a long poll: the server holds the request up to ``timeout`` seconds
(at most 30) and answers 304 when nothing came. The request's own read timeout is longer than
that by ``LONG_POLL_MARGIN``, so a quiet chat is never mistaken for a dead server. It is a
read, so the transport may retry it; the writes (post, delete, clear) are sent once.

Talk 21 lets the author and the moderators delete a chat message at any time (capability
``delete-messages-unlimited``; servers before Talk 18 allowed it for 6 hours after posting);
system messages and deleted messages cannot be deleted (405), others' messages only by
moderators (403 ``permission``), and not at all in one-to-one conversations.
"""

from __future__ import annotations

import httpx

from ...i18n import QT_TRANSLATE_NOOP, text
from .. import errors
from ..chat_models import (
    HISTORY_MAX_LIMIT,
    LONG_POLL_MAX_TIMEOUT,
    ChatMessage,
    ChatPage,
)
from ..constants import API_V1_BASE
from ..explain import EXPLAIN, Action
from ..kinds import ActionKind
from ..ocs import decode_success
from .base import Area, verb

LONG_POLL_MARGIN = 15.0
"""Seconds a long poll's read timeout exceeds the server's own wait (slow networks, a busy
PHP server that answers late)."""

_QUIET = {"setReadMarker": 0, "noStatusUpdate": 1, "markNotificationsAsRead": 0}


def _header_int(response: httpx.Response, name: str) -> int | None:
    value = response.headers.get(name, "")
    try:
        return int(value)
    except ValueError:
        return None


def _page(response: httpx.Response, action: Action) -> ChatPage:
    """A 200 with messages, or a 304 (nothing new: no body, no headers)."""
    if response.status_code == 304:
        return ChatPage(messages=())
    messages = decode_success(response, list[ChatMessage], action)
    return ChatPage(
        messages=tuple(messages),
        last_given=_header_int(response, "X-Chat-Last-Given"),
        last_common_read=_header_int(response, "X-Chat-Last-Common-Read"),
    )


def _not_modified(response: httpx.Response) -> bool:
    return response.status_code == 304


def _describe(message: ChatMessage | None, message_id: int) -> str:
    """How to name a message in sentences: "Alice's message 'Buy now…'" or "message 42"."""
    if message is None or not (message.actor_id or message.actor_display_name):
        return f"message {message_id}"
    text = " ".join(message.plain_text.split())
    if len(text) > 40:
        text = text[:39] + "…"
    return f"{message.author}'s message '{text}'" if text else f"{message.author}'s message"


class ChatArea(Area):
    """``service.chat``: history, long poll for new messages, post, delete, clear."""

    async def history(self, token: str, *, limit: int = 100, before: int = 0) -> ChatPage:
        """The newest ``limit`` messages (at most 200) older than message ``before`` (0: the
        newest of all), newest first; ``last_given`` is the ``before`` of the next page."""
        action = self._act(
            "chat",
            verb(QT_TRANSLATE_NOOP("Verbs", "read the chat of {room}"), room=self._quoted(token)),
            token,
        )
        params = {
            "lookIntoFuture": 0,
            "limit": max(1, min(limit, HISTORY_MAX_LIMIT)),
            "lastKnownMessageId": max(before, 0),
            **_QUIET,
        }
        page: ChatPage = await self._transport.send(
            "GET",
            f"{API_V1_BASE}/chat/{token}",
            action,
            params=params,
            decode=lambda response: _page(response, action),
            keep=_not_modified,  # 304: nothing older
        )
        return page

    async def wait_for_new(
        self,
        token: str,
        after: int,
        *,
        timeout: int = LONG_POLL_MAX_TIMEOUT,
        limit: int = 100,
    ) -> ChatPage:
        """Messages newer than ``after``, oldest first, as soon as there are any; an empty
        page when the server waited ``timeout`` seconds (at most 30) and none came.

        Raises:
            NotFound: the conversation is gone, or you are no longer in it.
            LobbyActive: the lobby is on and you are not a moderator.
        """
        wait = max(0, min(timeout, LONG_POLL_MAX_TIMEOUT))
        action = self._act(
            "chat",
            verb(
                QT_TRANSLATE_NOOP("Verbs", "read new messages of {room}"), room=self._quoted(token)
            ),
            token,
        )
        params = {
            "lookIntoFuture": 1,
            "lastKnownMessageId": max(after, 0),
            "timeout": wait,
            "limit": max(1, min(limit, HISTORY_MAX_LIMIT)),
            **_QUIET,
        }
        page: ChatPage = await self._transport.send(
            "GET",
            f"{API_V1_BASE}/chat/{token}",
            action,
            params=params,
            decode=lambda response: _page(response, action),
            keep=_not_modified,
            timeout=wait + LONG_POLL_MARGIN,
        )
        return page

    async def post(self, token: str, message: str, *, silent: bool = False) -> ChatMessage:
        """Post ``message`` as yourself; ``silent`` sends no notifications. Returns it as the
        server stored it (mentions become ``{mention-...}`` parameters).

        Raises:
            BadRequest: ``message`` (empty, or only spaces).
            TalkError: 413 ``message``: longer than 32,000 characters.
            Forbidden: read-only conversation, or you may not chat in it.
        """
        action = self._act(
            ActionKind.POST_ANNOUNCEMENT,
            verb(QT_TRANSLATE_NOOP("Verbs", "post to {room}"), room=self._quoted(token)),
            token,
        )
        body = {"message": message, "silent": silent}
        posted: ChatMessage | None = await self._transport.call(
            "POST", f"{API_V1_BASE}/chat/{token}", action, ChatMessage | None, json=body
        )
        if posted is None:  # Talk answers null when the message went nowhere (no such actor)
            said = text(
                EXPLAIN,
                QT_TRANSLATE_NOOP(
                    "Explain", "The server accepted the message for {room} but did not return it"
                ),
                room=self._quoted(token),
            )
            raise errors.worded(errors.MalformedResponse, said, status=201)
        return posted

    async def delete(
        self, token: str, message_id: int, *, message: ChatMessage | None = None
    ) -> ChatMessage:
        """Delete a message; returns the ``message_deleted`` system message, whose
        ``parent`` is the deleted message as it is now. ``message``: only for the sentences.

        Raises:
            Forbidden: 403 ``permission``: someone else's message and you are no moderator
                (or a one-to-one conversation).
            TalkError: 405 ``message``: a system message, or deleted already.
            NotFound: 404 ``message``: no such message (404 ``[]``: no such conversation).
        """
        target = _describe(message, message_id)
        action = self._act(
            ActionKind.DELETE_MESSAGE,
            verb(
                QT_TRANSLATE_NOOP("Verbs", "delete {target} in {room}"),
                target=target,
                room=self._quoted(token),
            ),
            token,
            target,
        )
        deleted: ChatMessage = await self._transport.call(
            "DELETE", f"{API_V1_BASE}/chat/{token}/{message_id}", action, ChatMessage
        )
        return deleted

    async def clear(self, token: str) -> ChatMessage:
        """Delete every message of the conversation for everyone; returns the
        ``history_cleared`` system message, the only one left.

        Raises:
            Forbidden: not a moderator, a one-to-one conversation, or read-only.
        """
        action = self._act(
            ActionKind.CLEAR_HISTORY,
            verb(
                QT_TRANSLATE_NOOP("Verbs", "clear the history of {room}"), room=self._quoted(token)
            ),
            token,
        )
        cleared: ChatMessage = await self._transport.call(
            "DELETE", f"{API_V1_BASE}/chat/{token}", action, ChatMessage
        )
        return cleared

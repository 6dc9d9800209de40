"""Chat moderation as data: delete a message, clear the history, post an announcement.

Builders take the room (and message) as the caller last saw them; the senders are part of
``operations.DISPATCH``. The audit wording names the message by its author and the start
of its text, so ``audit.jsonl`` says which message went without holding whole messages.

Who may do what (``rules``): the author and the moderators may delete a message (not the
other person's in a one-to-one conversation), never a system message. Talk 21 has no age
limit; servers without ``delete-messages-unlimited`` (before Talk 18) only allowed it within
``OLD_SERVER_DELETE_WINDOW`` of posting. Clearing the history is for moderators. No Qt.
"""

from __future__ import annotations

import time

from ..api import Room, TalkService
from ..api.capabilities import TalkCapabilities
from ..api.chat_models import MESSAGE_MAX_CHARS, ChatMessage
from ..api.constants import ConversationType, Permission
from ..api.kinds import ActionKind
from ..i18n import QT_TRANSLATE_NOOP
from .operation import Operation, Send, for_room

OLD_SERVER_DELETE_WINDOW = 6 * 3600
"""Seconds after posting during which servers before Talk 18 let a message be deleted."""

SNIPPET_CHARS = 60
"""How much of a message the audit wording and the confirmations quote."""


def snippet(text: str, limit: int = SNIPPET_CHARS) -> str:
    """The start of ``text`` on one line, cut with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def describe(message: ChatMessage) -> str:
    """How a message is named in confirmations and the audit log: "Alice's message 'Buy
    now…'", or "message 42" for a message known only by its id."""
    if not (message.actor_id or message.actor_display_name):
        return f"message {message.id}"
    text = snippet(message.plain_text)
    return f"{message.author}'s message '{text}'" if text else f"{message.author}'s message"


def delete_message(room: Room, message: ChatMessage) -> Operation:
    return Operation(
        ActionKind.DELETE_MESSAGE,
        f"delete {describe(message)} (message {message.id})",
        room.token,
        room.title,
        participant=message.author,
        params={"message_id": message.id, "message": message},
    )


async def _delete_message(service: TalkService, op: Operation) -> ChatMessage:
    message = op.params.get("message")
    return await service.chat.delete(
        op.room_token,
        op.number("message_id"),
        message=message if isinstance(message, ChatMessage) else None,
    )


def clear_history(room: Room) -> Operation:
    return for_room(ActionKind.CLEAR_HISTORY, room, "clear the whole chat history")


async def _clear_history(service: TalkService, op: Operation) -> ChatMessage:
    return await service.chat.clear(op.room_token)


class MessageRefused(ValueError):
    """An announcement the server would refuse anyway (empty, too long): said before sending."""


def check_announcement(text: str) -> str:
    """The text as it will be sent.

    Raises:
        MessageRefused: empty (only spaces) or longer than Talk's 32,000 characters.
    """
    if not text.strip():
        raise MessageRefused("The message is empty")
    if len(text) > MESSAGE_MAX_CHARS:
        raise MessageRefused(
            f"The message has {len(text):,} characters; Talk takes at most {MESSAGE_MAX_CHARS:,}"
        )
    return text


def post_announcement(room: Room, text: str, *, silent: bool = False) -> Operation:
    how = "a silent announcement" if silent else "an announcement"
    return for_room(
        ActionKind.POST_ANNOUNCEMENT,
        room,
        f"post {how}: '{snippet(text)}'",
        message=text,
        silent=silent,
    )


async def _post_announcement(service: TalkService, op: Operation) -> ChatMessage:
    return await service.chat.post(op.room_token, op.text("message"), silent=op.flag("silent"))


KINDS = (ActionKind.DELETE_MESSAGE, ActionKind.CLEAR_HISTORY, ActionKind.POST_ANNOUNCEMENT)

_ONE_TO_ONE = (ConversationType.ONE_TO_ONE, ConversationType.FORMER_ONE_TO_ONE)


def _lacks(caps: TalkCapabilities | None, feature: str) -> bool:
    return caps is not None and not caps.has(feature)


def is_own(room: Room, message: ChatMessage) -> bool:
    return (message.actor_type, message.actor_id) == (room.actor_type, room.actor_id)


def delete_refusal(
    room: Room,
    message: ChatMessage | None,
    caps: TalkCapabilities | None,
    now: float | None = None,
) -> str | None:
    """Why ``message`` cannot be deleted by you in ``room`` (None: it can), as Talk decides."""
    if room.remote_server:
        return QT_TRANSLATE_NOOP("Rules", "Not possible in conversations hosted on another server")
    if _lacks(caps, "delete-messages"):
        return QT_TRANSLATE_NOOP("Rules", "The server does not support deleting messages")
    if message is None:
        return QT_TRANSLATE_NOOP("Rules", "Select a message in the chat first")
    if message.is_deleted:
        return QT_TRANSLATE_NOOP("Rules", "This message was deleted already")
    if not message.is_comment:
        return QT_TRANSLATE_NOOP("Rules", "System messages cannot be deleted")
    if not is_own(room, message):
        if room.type in _ONE_TO_ONE:
            return QT_TRANSLATE_NOOP(
                "Rules", "In a one-to-one conversation only the author can delete a message"
            )
        if not room.is_moderator:
            return QT_TRANSLATE_NOOP("Rules", "Only moderators can delete other people's messages")
    if _lacks(caps, "delete-messages-unlimited"):
        age = (time.time() if now is None else now) - message.timestamp
        if age > OLD_SERVER_DELETE_WINDOW:
            return (
                "This server (older than Talk 18) lets messages be deleted only within 6 hours "
                "of posting; this one is older"
            )
    return None


def clear_refusal(room: Room, caps: TalkCapabilities | None) -> str | None:
    """Why you cannot clear the history of ``room`` (None: you can)."""
    if room.remote_server:
        return QT_TRANSLATE_NOOP("Rules", "Not possible in conversations hosted on another server")
    if _lacks(caps, "clear-history"):
        return QT_TRANSLATE_NOOP("Rules", "The server does not support clearing the history")
    if room.type in _ONE_TO_ONE:
        return QT_TRANSLATE_NOOP(
            "Rules", "The history of a one-to-one conversation cannot be cleared"
        )
    if not room.is_moderator:
        return QT_TRANSLATE_NOOP("Rules", "Only moderators can clear the history")
    if room.is_read_only:
        return QT_TRANSLATE_NOOP("Rules", "Not possible while the conversation is read-only")
    return None


def post_refusal(room: Room) -> str | None:
    """Why you cannot post in ``room`` (None: you can)."""
    if room.is_read_only:
        return QT_TRANSLATE_NOOP("Rules", "The conversation is read-only")
    if room.permissions and not room.permissions & Permission.CHAT:
        return QT_TRANSLATE_NOOP("Rules", "You may not chat in this conversation")
    return None


def refusal(
    kind: ActionKind, room: Room, message: ChatMessage | None, caps: TalkCapabilities | None
) -> str | None:
    """The rule of each chat kind (``rules.RULES``)."""
    if kind is ActionKind.DELETE_MESSAGE:
        return delete_refusal(room, message, caps)
    if kind is ActionKind.CLEAR_HISTORY:
        return clear_refusal(room, caps)
    return post_refusal(room)


SENDERS: dict[ActionKind, Send] = {
    ActionKind.DELETE_MESSAGE: _delete_message,
    ActionKind.CLEAR_HISTORY: _clear_history,
    ActionKind.POST_ANNOUNCEMENT: _post_announcement,
}
"""How each chat kind is sent (part of ``operations.DISPATCH``)."""

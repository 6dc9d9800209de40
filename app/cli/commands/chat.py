"""``talk-moderator chat list|send|delete|clear``: read and moderate a conversation's chat.

``list`` prints the newest messages, oldest first (as a chat reads), with their ids for
``delete``; system messages are listed too ("You promoted Bob", "Message deleted by ...").
Texts are shown with their placeholders filled in (``{mention-user1}`` as ``@Bob``), on one
line each. ``--json`` gives the server's own message objects (``id``, ``actorType``,
``actorId``, ``actorDisplayName``, ``message`` with its ``messageParameters``,
``messageType``, ``systemMessage``, ``timestamp``, ...), in the same order. Every write goes
through the moderation core (audited).
"""

from __future__ import annotations

import argparse

from app.api.chat_models import HISTORY_MAX_LIMIT, ChatMessage
from app.api.constants import ConversationType
from app.api.models import Room
from app.moderation import chat as chat_ops

from ..context import Context
from ..errors import CliError, UsageError
from ..output import render_table
from ..resolve import find_room
from ..terminal import one_line
from ..timeparse import format_local

LIST_MAX = 10_000
"""``chat list --limit`` at most (the history is read 200 at a time)."""

MESSAGE_SHOWN = 100
"""Characters of a message the table shows (``--json`` has all of it)."""


def _kind(message: ChatMessage) -> str:
    if message.is_deleted:
        return "deleted"
    if message.is_system:
        return "system"
    return "message"


def _shown(message: ChatMessage) -> str:
    text = one_line(message.plain_text)
    return text if len(text) <= MESSAGE_SHOWN else text[: MESSAGE_SHOWN - 1] + "…"


def message_table(messages: list[ChatMessage]) -> str:
    rows = [
        (
            str(message.id),
            format_local(message.timestamp) if message.timestamp else "-",
            one_line(message.author),
            _kind(message),
            _shown(message),
        )
        for message in messages
    ]
    return render_table(("ID", "TIME", "FROM", "KIND", "MESSAGE"), rows)


async def newest(ctx: Context, room: Room, limit: int) -> list[ChatMessage]:
    """The newest ``limit`` messages, oldest first (read back page by page)."""
    found: list[ChatMessage] = []
    before = 0
    while len(found) < limit:
        page = await ctx.service.chat.history(
            room.token, limit=min(limit - len(found), HISTORY_MAX_LIMIT), before=before
        )
        if not page.messages:
            break
        found.extend(page.messages)
        before = page.last_given or min(m.id for m in page.messages)
    found.reverse()
    return found


async def list_messages(ctx: Context, args: argparse.Namespace) -> None:
    if not 1 <= args.limit <= LIST_MAX:
        raise UsageError(f"--limit must be 1 to {LIST_MAX:,}")
    room = await find_room(ctx.service, args.room)
    messages = await newest(ctx, room, args.limit)
    if ctx.out.as_json:
        ctx.out.json([ctx.out.wire(message) for message in messages])
    elif not messages:
        ctx.out.text(f"The chat of '{room.title}' is empty.")
    else:
        ctx.out.text(message_table(messages))


async def send(ctx: Context, args: argparse.Namespace) -> None:
    try:
        text = chat_ops.check_announcement(args.message)
    except chat_ops.MessageRefused as exc:
        raise UsageError(f"MESSAGE: {exc}") from None
    room = await find_room(ctx.service, args.room)
    posted = (await ctx.run(chat_ops.post_announcement(room, text, silent=args.silent))).answer
    assert isinstance(posted, ChatMessage)
    how = "silently " if posted.is_silent else ""
    ctx.out.done(
        f"Posted {how}to '{room.title}' (message {posted.id}): {one_line(posted.plain_text)}",
        posted,
    )


async def delete(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    recent = await ctx.service.chat.history(room.token, limit=HISTORY_MAX_LIMIT)
    message = next((m for m in recent.messages if m.id == args.message_id), None)
    if message is None:  # older than the last 200: name it by its id, the server decides
        message = ChatMessage(id=args.message_id)
    elif not message.is_comment:
        reason = chat_ops.delete_refusal(room, message, None)
        if reason is not None:
            raise CliError(f"Cannot delete message {message.id} in '{room.title}': {reason}")
    notice = (await ctx.run(chat_ops.delete_message(room, message))).answer
    assert isinstance(notice, ChatMessage)
    gone = notice.parent_message
    what = (
        f"{one_line(gone.author)}'s message {gone.id}"
        if gone is not None
        else f"message {args.message_id}"
    )
    ctx.out.done(f"Deleted {what} in '{room.title}'.", notice)


async def clear(ctx: Context, args: argparse.Namespace) -> None:
    if not args.yes:
        raise UsageError(
            "clearing deletes every message of the conversation for everyone; add --yes"
        )
    room = await find_room(ctx.service, args.room)
    if room.type in (ConversationType.ONE_TO_ONE, ConversationType.FORMER_ONE_TO_ONE):
        raise CliError(
            f"Cannot clear the history of '{room.title}': the history of a one-to-one "
            "conversation cannot be cleared"
        )
    notice = (await ctx.run(chat_ops.clear_history(room))).answer
    assert isinstance(notice, ChatMessage)
    ctx.out.done(f"Cleared the chat history of '{room.title}'.", notice)

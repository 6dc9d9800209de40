"""``talk-moderator polls ...``: create a poll, show its results, close it.

Talk shows the counts of an open poll only to those who voted in a public poll; a moderator
sees how many have voted until the poll is closed (``show`` says so). Polls have numbers
(``ID``), which ``create`` prints and the chat links; Talk has no listing of them. Creating and
closing go through the runner (audited); ``--json`` prints the poll with the server's fields.
"""

from __future__ import annotations

import argparse

from app.api.models import Poll
from app.moderation import ActionKind
from app.moderation import polls as poll_ops

from ..context import Context
from ..errors import UsageError
from ..output import render_table
from ..resolve import find_room


def results_text(poll: Poll) -> str:
    """The poll for people: what it asks, its state, the results table, what they mean."""
    hidden = ", results hidden until closed" if poll.hidden else ""
    head = (
        f"Poll {poll.id}: {poll.question}\n"
        f"{poll_ops.state_text(poll).capitalize()}{hidden}; {poll_ops.voters_text(poll)}; "
        f"each person picks {poll_ops.votes_words(poll.max_votes)}."
    )
    table = render_table(("OPTION", "VOTES", "VOTED FOR IT"), poll_ops.result_rows(poll))
    return f"{head}\n{table}\n{poll_ops.results_note(poll)}"


def _print(ctx: Context, poll: Poll, sentence: str = "") -> None:
    if ctx.out.as_json:
        ctx.out.json(ctx.out.wire(poll))
    else:
        ctx.out.text((sentence + "\n" if sentence else "") + results_text(poll))


async def create(ctx: Context, args: argparse.Namespace) -> None:
    try:
        checked = poll_ops.check_poll(
            args.question, args.options, hidden=args.hidden, max_votes=args.max_votes
        )
    except poll_ops.PollInputError as exc:
        raise UsageError(f"polls create: {exc}") from None
    room = await find_room(ctx.service, args.room)
    ctx.refuse_early(ActionKind.CREATE_POLL, room, "create a poll")
    op = poll_ops.create_poll(
        room,
        checked.question,
        checked.options,
        hidden=checked.hidden,
        max_votes=checked.max_votes,
    )
    poll = (await ctx.run(op)).answer
    assert isinstance(poll, Poll)
    _print(ctx, poll, f"Posted poll {poll.id} in '{room.title}'.")


async def show(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    _print(ctx, await ctx.service.polls.show(room.token, args.poll_id))


async def close(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    ctx.refuse_early(ActionKind.CLOSE_POLL, room, "close a poll")
    poll = await ctx.service.polls.show(room.token, args.poll_id)
    closed = (await ctx.run(poll_ops.close_poll(room, poll))).answer
    assert isinstance(closed, Poll)
    _print(ctx, closed, f"Closed poll {closed.id} in '{room.title}'.")

"""Polls as data: check a poll before it is sent, create it, close it, and its results in words.

Talk checks little (it takes a negative vote limit and stores duplicate options), so the
window and the CLI check here first, with the same sentences. What the results show depends
on what Talk shows the moderator: the counts of an open poll only to those who voted in a
public poll, otherwise only how many voted (``results_note``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..api import Room, TalkService
from ..api.chat_models import ChatMessage
from ..api.kinds import ActionKind
from ..api.models import Poll
from ..i18n import QT_TRANSLATE_NOOP, Text, text
from .operation import Operation, Send, for_room

QUESTION_MAX_BYTES = 32_000
"""Talk's limit of a question (bytes of UTF-8)."""
OPTIONS_MAX_BYTES = 60_000
"""Talk's limit of all options together (bytes of their JSON list): about 60,000 letters."""


class PollInputError(ValueError):
    """What is wrong with a poll's input, in words: ``str()`` is the English sentence (the
    CLI's), ``text`` the same kept translatable for the window (context Polls)."""

    def __init__(self, message: Text) -> None:
        super().__init__(str(message))
        self.text = message


def _problem(template: str, **values: str) -> PollInputError:
    return PollInputError(text("Polls", template, **values))


@dataclass(frozen=True)
class PollInput:
    """A poll as it will be sent: trimmed question, the options that are not blank."""

    question: str
    options: tuple[str, ...]
    hidden: bool
    max_votes: int


def check_poll(
    question: str, options: Sequence[str], *, hidden: bool = False, max_votes: int = 0
) -> PollInput:
    """The poll as it will be sent.

    Raises:
        PollInputError: no question, fewer than two options, the same option twice, too
            long, or a vote limit outside 0 (no limit) to the number of options.
    """
    question = question.strip()
    if not question:
        raise _problem(QT_TRANSLATE_NOOP("Polls", "Type the question"))
    if len(question.encode()) > QUESTION_MAX_BYTES:
        raise _problem(
            QT_TRANSLATE_NOOP("Polls", "The question is too long (Talk keeps {limit} bytes)"),
            limit=f"{QUESTION_MAX_BYTES:,}",
        )
    kept = tuple(option.strip() for option in options if option.strip())
    if len(kept) < 2:
        raise _problem(QT_TRANSLATE_NOOP("Polls", "Give at least two options"))
    seen: set[str] = set()
    for option in kept:
        if option.casefold() in seen:
            raise _problem(
                QT_TRANSLATE_NOOP("Polls", "'{option}' is an option twice"), option=option
            )
        seen.add(option.casefold())
    if sum(len(option.encode()) + 3 for option in kept) > OPTIONS_MAX_BYTES:
        raise _problem(
            QT_TRANSLATE_NOOP(
                "Polls", "The options are too long together (Talk keeps about {limit} bytes)"
            ),
            limit=f"{OPTIONS_MAX_BYTES:,}",
        )
    if not 0 <= max_votes <= len(kept):
        raise _problem(
            QT_TRANSLATE_NOOP(
                "Polls", "Votes per person must be 0 (no limit) to {count} (the number of options)"
            ),
            count=str(len(kept)),
        )
    return PollInput(question, kept, hidden, max_votes)


def votes_words(max_votes: int) -> str:
    if max_votes == 0:
        return "as many options as they like"
    return "one option" if max_votes == 1 else f"up to {max_votes} options"


def create_poll(
    room: Room,
    question: str,
    options: Sequence[str],
    *,
    hidden: bool = False,
    max_votes: int = 0,
) -> Operation:
    """Post a poll in the conversation (checked first: ``PollInputError``)."""
    poll = check_poll(question, options, hidden=hidden, max_votes=max_votes)
    results = "hidden until it is closed" if hidden else "public"
    detail = (
        f"create the poll '{poll.question}' with {len(poll.options)} options "
        f"(results {results}; each person picks {votes_words(max_votes)})"
    )
    return for_room(
        ActionKind.CREATE_POLL,
        room,
        detail,
        question=poll.question,
        options=poll.options,
        hidden=hidden,
        max_votes=max_votes,
    )


async def _create_poll(service: TalkService, op: Operation) -> Poll:
    options = op.params.get("options", ())
    assert isinstance(options, tuple)
    return await service.polls.create(
        op.room_token,
        op.text("question"),
        options,
        hidden=op.flag("hidden"),
        max_votes=op.number("max_votes"),
    )


def close_poll(room: Room, poll: Poll) -> Operation:
    """End the voting; the results are then shown to everyone."""
    return for_room(
        ActionKind.CLOSE_POLL,
        room,
        f"close the poll '{poll.question}' (poll {poll.id})",
        poll_id=poll.id,
    )


async def _close_poll(service: TalkService, op: Operation) -> Poll:
    return await service.polls.close(op.room_token, op.number("poll_id"))


# ----------------------------------------------------------------- polls of a conversation

CHAT_SCAN_LIMIT = 200
"""How many of the newest chat messages are searched for polls (one read)."""


@dataclass(frozen=True)
class PollMention:
    """A poll as the chat announced it: its number and question, newest first."""

    id: int
    question: str


def polls_in_chat(messages: Sequence[ChatMessage]) -> list[PollMention]:
    """The polls the messages announce (Talk posts each new poll as a ``talk-poll`` object;
    it has no listing of a conversation's polls), each once, in the messages' order."""
    found: dict[int, PollMention] = {}
    for message in messages:
        for parameter in message.parameters.values():
            if parameter.get("type") != "talk-poll":
                continue
            try:
                poll_id = int(parameter.get("id", ""))
            except ValueError:
                continue
            found.setdefault(poll_id, PollMention(poll_id, str(parameter.get("name", ""))))
    return list(found.values())


async def recent_polls(service: TalkService, token: str) -> list[PollMention]:
    """The polls announced in the newest ``CHAT_SCAN_LIMIT`` chat messages, newest first."""
    page = await service.chat.history(token, limit=CHAT_SCAN_LIMIT)
    return polls_in_chat(page.messages)


# ----------------------------------------------------------------- results in words


def state_text(poll: Poll) -> str:
    if poll.is_closed:
        return "closed"
    return "open" if poll.is_open else "draft"


def voters_text(poll: Poll) -> str:
    count = poll.num_voters
    return "nobody has voted" if count == 0 else f"{count} voted" if count > 1 else "1 voted"


def results_note(poll: Poll) -> str:
    """What the counts shown mean, or why there are none yet."""
    if poll.is_closed:
        if poll.hidden:
            return "Closed. The results were hidden while it was open; these are the counts."
        return "Closed. The results are shown to everyone."
    if poll.counts_shown:
        return "Open. You voted in this public poll, so Talk shows you the counts so far."
    if poll.hidden:
        return (
            "Open, results hidden: Talk shows nobody the counts until the poll is closed, "
            "only how many have voted."
        )
    return (
        "Open: Talk shows the counts only to those who voted; you see how many have voted. "
        "Close the poll to see the results."
    )


def result_rows(poll: Poll) -> list[tuple[str, str, str]]:
    """Per option: its text, its votes (or "–" where not shown), who voted for it."""
    rows = []
    for index, option in enumerate(poll.options):
        count = str(poll.count(index)) if poll.counts_shown else "–"
        names = ", ".join(vote.actor_display_name or vote.actor_id for vote in poll.voters(index))
        rows.append((option, count, names))
    return rows


SENDERS: dict[ActionKind, Send] = {
    ActionKind.CREATE_POLL: _create_poll,
    ActionKind.CLOSE_POLL: _close_poll,
}
"""The senders of the poll actions (entered in ``operations.DISPATCH``)."""

"""Polls as Talk 21 keeps them (``PollService``, ``Model\\Poll``) and renders them per viewer.

What a viewer sees depends on the poll and on them (``PollController::renderPoll``): the
counts of an open poll only after voting in a public poll; the number of voters of an open
poll only to moderators and the author; who voted for what only once a public poll is closed.
Talk validates the question and the options but takes any ``resultMode`` and ``maxVotes``.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from typing import Any

from .models import ACTOR_GUESTS, ACTOR_USERS, Attendee, Room
from .state import DemoState

STATUS_OPEN, STATUS_CLOSED, STATUS_DRAFT = 0, 1, 2
MODE_PUBLIC, MODE_HIDDEN = 0, 1
MAX_VOTES_UNLIMITED = 0
QUESTION_MAX_BYTES = 32_000
OPTIONS_MAX_BYTES = 60_000


class PollRefused(Exception):
    """A ``PollPropertyException`` or a refused vote: ``reason`` is Talk's ``data.error``."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class Vote:
    actor_type: str
    actor_id: str
    display_name: str
    option_id: int


@dataclass
class DemoPoll:
    """One row of Talk's poll table plus its votes."""

    id: int
    question: str
    options: list[str]
    actor_type: str
    actor_id: str
    display_name: str
    result_mode: int
    max_votes: int
    status: int = STATUS_OPEN
    counts: dict[int, int] = field(default_factory=dict)  # votes per option id, none at 0
    num_voters: int = 0
    votes: list[Vote] = field(default_factory=list)

    def by(self, attendee: Attendee) -> bool:
        return (self.actor_type, self.actor_id) == (attendee.actor_type, attendee.actor_id)

    def votes_of(self, attendee: Attendee) -> list[Vote]:
        return [
            vote
            for vote in self.votes
            if (vote.actor_type, vote.actor_id) == (attendee.actor_type, attendee.actor_id)
        ]


def checked_question(question: str) -> str:
    """``Poll::setQuestion``: trimmed, not empty, at most 32,000 bytes."""
    question = question.strip(" \t\n\r\0\x0b")
    if not question or len(question.encode()) > QUESTION_MAX_BYTES:
        raise PollRefused("question")
    return question


def checked_options(options: list[Any]) -> list[str]:
    """``Poll::setOptions``: strings, at least two not blank; kept as sent (blank ones too)."""
    if not all(isinstance(option, str) for option in options):
        raise PollRefused("options")
    if sum(1 for option in options if option.strip(" \t\n\r\0\x0b")) < 2:
        raise PollRefused("options")
    if len(json.dumps(options, ensure_ascii=False).encode()) > OPTIONS_MAX_BYTES:
        raise PollRefused("options")
    return list(options)


def vote(poll: DemoPoll, attendee: Attendee, option_ids: list[int]) -> list[Vote]:
    """``PollService::votePoll``: replaces the voter's earlier votes; [] withdraws them."""
    if len(option_ids) != len(set(option_ids)):
        raise PollRefused("options")
    if poll.max_votes != MAX_VOTES_UNLIMITED and poll.max_votes < len(option_ids):
        raise PollRefused("options")
    if option_ids and (min(option_ids) < 0 or max(option_ids) > len(poll.options) - 1):
        raise PollRefused("options")
    previous = poll.votes_of(attendee)
    if previous and poll.num_voters > 0:
        poll.num_voters -= 1
    for old in previous:
        poll.counts[old.option_id] = poll.counts.get(old.option_id, 1) - 1
        poll.votes.remove(old)
    if option_ids:
        poll.num_voters += 1
    mine = []
    for option_id in option_ids:
        new = Vote(attendee.actor_type, attendee.actor_id, attendee.display_name, option_id)
        poll.votes.append(new)
        poll.counts[option_id] = poll.counts.get(option_id, 0) + 1
        mine.append(new)
    # Talk drops the options left without votes and keeps the rest by option (its result
    # cache counts the vote table grouped by option id).
    poll.counts = {option: count for option, count in sorted(poll.counts.items()) if count}
    return mine


def draft_json(poll: DemoPoll) -> dict[str, Any]:
    """``Poll::renderAsDraft``."""
    return {
        "id": poll.id,
        "question": poll.question,
        "options": list(poll.options),
        "actorType": poll.actor_type,
        "actorId": poll.actor_id,
        "actorDisplayName": poll.display_name,
        "status": poll.status,
        "resultMode": poll.result_mode,
        "maxVotes": poll.max_votes,
    }


def poll_json(
    poll: DemoPoll,
    viewer: Attendee,
    *,
    voted_self: list[Vote] | None = None,
    details: bool = False,
) -> dict[str, Any]:
    """``PollController::renderPoll`` for ``viewer`` (``details``: a closed public poll's
    votes, as the show and close answers add them)."""
    data = draft_json(poll)
    counts: dict[str, int] | list[Any] = {
        f"option-{option}": count for option, count in poll.counts.items()
    }
    data["votes"] = counts or []  # PHP's empty array
    data["numVoters"] = poll.num_voters
    mine = poll.votes_of(viewer) if voted_self is None else voted_self
    can_see_summary = bool(mine) and poll.result_mode == MODE_PUBLIC
    if not can_see_summary and poll.status == STATUS_OPEN:
        data["votes"] = []
        if not (viewer.is_moderator or poll.by(viewer)):
            data["numVoters"] = 0
    elif poll.result_mode == MODE_PUBLIC and poll.status == STATUS_CLOSED and details:
        data["details"] = [
            {
                "actorType": vote.actor_type,
                "actorId": vote.actor_id,
                "actorDisplayName": vote.display_name,
                "optionId": vote.option_id,
            }
            for vote in poll.votes
        ]
    data["votedSelf"] = [vote.option_id for vote in mine]
    return data


def random_vote(state: DemoState, rng: random.Random) -> str | None:
    """The live demo activity's vote: someone who has not voted in an open poll votes (for
    one option, or up to the poll's limit); None when no open poll is waiting for votes."""
    waiting = [
        (room, poll, voter)
        for room in sorted(state.rooms.values(), key=lambda r: r.id)
        for poll in room.polls.values()
        if isinstance(poll, DemoPoll) and poll.status == STATUS_OPEN
        for voter in room.attendees.values()
        if voter.actor_type in (ACTOR_USERS, ACTOR_GUESTS) and not poll.votes_of(voter)
    ]
    if not waiting:
        return None
    room, poll, voter = rng.choice(waiting)
    limit = min(poll.max_votes or len(poll.options), len(poll.options))
    picks = rng.sample(range(len(poll.options)), rng.randint(1, limit))
    cast_vote(state, room, poll, voter, sorted(picks))
    return f"vote {room.token} poll {poll.id}"


def cast_vote(
    state: DemoState, room: Room, poll: DemoPoll, voter: Attendee, option_ids: list[int]
) -> list[Vote]:
    """``vote``, and in a public poll the chat's "Someone voted on the poll" as Talk posts it.

    Raises:
        PollRefused: ``options`` (see ``vote``).
    """
    mine = vote(poll, voter, option_ids)
    if poll.result_mode == MODE_PUBLIC:
        message = state.post_system(room, None, "poll_voted")
        message.parameters = {"poll": rich_poll(poll)}
    return mine


def rich_poll(poll: DemoPoll) -> dict[str, str]:
    """The poll as a rich-object parameter of a chat message."""
    return {"type": "talk-poll", "id": str(poll.id), "name": poll.question}

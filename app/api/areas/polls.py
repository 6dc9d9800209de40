"""Polls of a conversation (API v1, capability ``talk-polls``): create, show, close.

Talk has no listing of a conversation's polls (only of its drafts): a poll is found by the
chat message that announces it, or by the id its creation answered. Talk itself checks
little: it takes any ``resultMode`` and a negative ``maxVotes`` (checked on Talk 21.1.7), so
this area sends only the two modes there are and refuses a negative limit before sending.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...i18n import QT_TRANSLATE_NOOP
from ..constants import API_V1_BASE, PollResultMode
from ..models import Poll
from .base import Area, verb


class PollsArea(Area):
    """``service.polls``: anyone who may chat can create a poll; moderators and its author
    can close it."""

    async def create(
        self,
        token: str,
        question: str,
        options: Sequence[str],
        *,
        hidden: bool = False,
        max_votes: int = 0,
    ) -> Poll:
        """Create and post a poll; it is announced in the chat.

        Args:
            hidden: nobody sees the votes until the poll is closed (Talk's hidden results).
            max_votes: how many options one person may pick; 0 for no limit.

        Raises:
            ValueError: ``max_votes`` is negative (Talk would store it).
            BadRequest: ``question`` (empty or too long), ``options`` (fewer than two that
                are not blank), ``room`` (not a group or public conversation).
        """
        if max_votes < 0:
            raise ValueError("max_votes must be 0 (no limit) or more")
        action = self._act(
            "create-poll",
            verb(QT_TRANSLATE_NOOP("Verbs", "create a poll in {room}"), room=self._quoted(token)),
            token,
        )
        body = {
            "question": question,
            "options": list(options),
            "resultMode": int(PollResultMode.HIDDEN if hidden else PollResultMode.PUBLIC),
            "maxVotes": max_votes,
        }
        poll: Poll = await self._transport.call(
            "POST", f"{API_V1_BASE}/poll/{token}", action, Poll, json=body
        )
        return poll

    async def show(self, token: str, poll_id: int) -> Poll:
        """The poll as you may see it now (counts only where Talk shows them to you)."""
        action = self._act(
            "show-poll",
            verb(
                QT_TRANSLATE_NOOP("Verbs", "read poll {poll} of {room}"),
                poll=str(poll_id),
                room=self._quoted(token),
            ),
            token,
            f"poll {poll_id}",
        )
        poll: Poll = await self._transport.call(
            "GET", f"{API_V1_BASE}/poll/{token}/{poll_id}", action, Poll
        )
        return poll

    async def close(self, token: str, poll_id: int) -> Poll:
        """Close the poll: voting ends and the results are shown to everyone.

        Raises:
            BadRequest: ``poll`` (closed already).
            Forbidden: you are neither a moderator nor its author.
            NotFound: no such poll in this conversation.
        """
        action = self._act(
            "close-poll",
            verb(
                QT_TRANSLATE_NOOP("Verbs", "close poll {poll} in {room}"),
                poll=str(poll_id),
                room=self._quoted(token),
            ),
            token,
            f"poll {poll_id}",
        )
        poll: Poll = await self._transport.call(
            "DELETE", f"{API_V1_BASE}/poll/{token}/{poll_id}", action, Poll
        )
        return poll

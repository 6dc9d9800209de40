"""The server's answer to the user's own action goes straight into the lists.

A write that answers with the room (rename, lobby, read-only, guests, password, SIP, create)
puts that room into the conversation model: no request at all. A write that answers with
nothing costs one targeted read: the participants of the shown room after a change to people
(promote, demote, lobby bypass, add, remove), or that one room (``GET room/{token}``) after a
call action or a change to yourself. Deleting removes the row. Never a full ``GET /room``
listing: the poll finds what others changed on its own schedule.

The live layer learns every room put in and every room removed here too (``apply_rooms``,
``forget_rooms``): its ``controller.room(token)`` is the answer at once, and a listing that
left before the answer cannot undo it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine, Sequence
from typing import Any

import msgspec
from PySide6.QtCore import QObject, Signal

from app.api.errors import TalkError
from app.api.models import EmailImport, Participant, Room
from app.api.service import TalkService
from app.live import PollingController
from app.moderation import ActionKind, ActionOutcome, Operation
from app.moderation.breakout import BreakoutAnswer
from app.qtapp.translations import error_text

from .models import ConversationModel, ParticipantModel

log = logging.getLogger(__name__)

REMOVES_ROOM = frozenset({ActionKind.DELETE})
"""Actions after which the conversation is no longer ours to list."""
NOTHING_TO_SHOW = frozenset(
    {
        ActionKind.RING,
        ActionKind.DIAL_OUT,
        ActionKind.RESEND_INVITATIONS,
        ActionKind.UNBAN,
        ActionKind.DOWNLOAD_ATTENDANCE,
        ActionKind.MUTE,  # a muted microphone is the client's state: no list shows it
        ActionKind.MUTE_ALL,
    }
)
"""Actions that change nothing the lists show."""
CHANGES_PEOPLE = frozenset(
    {
        ActionKind.PROMOTE,
        ActionKind.DEMOTE,
        ActionKind.REMOVE,
        ActionKind.LOBBY_BYPASS,
        ActionKind.ADD,
        ActionKind.IMPORT_EMAILS,
        ActionKind.PERMISSIONS,
        ActionKind.BAN,
    }
)
"""Actions on the people of a room: their answer is empty, the participant list is re-read."""
CHANGES_EVERYONE = frozenset({ActionKind.ROOM_PERMISSIONS, ActionKind.LISTEN_ONLY})
"""Conversation-wide permissions: the room comes back in the answer, and what everyone may
do changes with it, so the shown participants are read once too."""


class AnswerApplier(QObject):
    """Applies write answers to the window's models; reads back only what the answer lacks.

    Args:
        service: the window's service (for the one targeted read).
        live: the window's polling controller, told every answered and removed room.
        conversations: the conversation list model.
        participants: the shown room's participant model.

    Signals:
        rooms_changed: ``list[Room]`` put into the list from an answer or a read of that room.
        rooms_removed: ``list[Room]`` the user's own action removed (deleted, left).
        participants_changed: ``(token, list[Participant])`` after re-reading the shown room.
        failed: the sentence to show when a targeted read failed (the poll will catch up).
    """

    rooms_changed = Signal(list)
    rooms_removed = Signal(list)
    participants_changed = Signal(str, list)
    failed = Signal(str)

    def __init__(
        self,
        service: TalkService,
        live: PollingController,
        conversations: ConversationModel,
        participants: ParticipantModel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.live = live
        self.conversations = conversations
        self.participants = participants
        self._tasks: set[asyncio.Task[None]] = set()
        self.removed_tokens: set[str] = set()
        """Rooms the user's own actions removed (a later listing need not announce them)."""
        self.removed_people: set[int] = set()
        """Attendee ids the user's own actions removed (their rows going is no news)."""

    # ------------------------------------------------------------------ applying

    def apply(self, outcome: ActionOutcome) -> None:
        """One accepted write and what the server answered to it."""
        op, answer = outcome.operation, outcome.answer
        self._note_removal(op)
        if isinstance(answer, BreakoutAnswer):
            self._breakout(answer)
            return
        if isinstance(answer, Room):
            self.put_rooms([answer])
            if op.kind in CHANGES_EVERYONE:
                self._read_people(op.room_token)
            return
        if op.kind is ActionKind.ADD and isinstance(answer, int):
            self._retype(op.room_token, answer)
        if isinstance(answer, EmailImport) and answer.type is not None:
            self._retype(op.room_token, answer.type)  # an import makes the room public
        if self._removes_room(op):
            self.remove_room(op.room_token)
        elif op.kind in NOTHING_TO_SHOW:
            return
        elif op.kind in CHANGES_PEOPLE and not self._about_me(op):
            self._read_people(op.room_token)
        else:
            self._read_rooms([op.room_token])

    def apply_many(self, outcomes: Sequence[ActionOutcome]) -> None:
        """The accepted items of a bulk run: rooms from their answers, the rest read once.

        A room without an answer is read once, and a room's people once however many of them
        changed; never the whole list.
        """
        answered: list[Room] = []
        rooms: list[str] = []
        people: list[str] = []
        for outcome in outcomes:
            op, answer = outcome.operation, outcome.answer
            self._note_removal(op)
            if isinstance(answer, Room):
                answered.append(answer)
            elif self._removes_room(op):
                self.remove_room(op.room_token)
            elif op.kind in NOTHING_TO_SHOW:
                continue
            elif op.kind in CHANGES_PEOPLE and not self._about_me(op):
                if op.room_token not in people:
                    people.append(op.room_token)
            elif op.room_token not in rooms:
                rooms.append(op.room_token)
        if answered:
            self.put_rooms(answered)
        for token in people:
            self._read_people(token)
        if rooms:
            self._read_rooms(rooms)

    def _breakout(self, answer: BreakoutAnswer) -> None:
        """A breakout write answers every room it touched (the parent last): all go in;
        after a removal the parent's breakout rooms leave the list."""
        if answer.removed:
            for room in self.conversations.records():
                if room.object_type == "room" and room.object_id == answer.parent_token:
                    self.remove_room(room.token)
        self.put_rooms(list(answer.rooms))

    def _note_removal(self, op: Operation) -> None:
        if op.kind is ActionKind.REMOVE and op.attendee_id and not self._about_me(op):
            self.removed_people.add(op.attendee_id)

    def _removes_room(self, op: Operation) -> bool:
        """Deleting it, or removing yourself from it: the room is no longer ours to list."""
        return op.kind in REMOVES_ROOM or (op.kind is ActionKind.REMOVE and self._about_me(op))

    def _retype(self, token: str, room_type: int) -> None:
        """Inviting an e-mail address made the room public: the answer names the new type."""
        room = self.conversations.get(token)
        if room is not None and room.type != room_type:
            self.put_rooms([msgspec.structs.replace(room, type=room_type)])

    def put_rooms(self, rooms: Sequence[Room]) -> None:
        """Rooms as the server answered them: changed rows update, new ones appear."""
        self.conversations.upsert(rooms)
        shown = self.participants.token
        for room in rooms:
            if room.token == shown:
                self.participants.set_room(room)
        self.live.apply_rooms(rooms)
        self.rooms_changed.emit(list(rooms))

    def remove_room(self, token: str) -> None:
        self.removed_tokens.add(token)
        removed = self.conversations.remove([token])
        if self.participants.token == token:
            self.participants.set_room(None)
        self.live.forget_rooms([token])
        if removed:
            self.rooms_removed.emit(removed)

    def _about_me(self, op: Operation) -> bool:
        """Whether the action is about the signed-in account itself (demoting yourself).

        Then the room's own answer matters (your role decides what you may do next), so the
        room is read rather than its people.
        """
        room = self.conversations.get(op.room_token)
        return room is not None and bool(room.attendee_id) and room.attendee_id == op.attendee_id

    # ------------------------------------------------------------------ targeted reads

    def _spawn(self, coro: Coroutine[Any, Any, None], name: str) -> None:
        task = asyncio.get_running_loop().create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _read_people(self, token: str) -> None:
        """Re-read the participants, only of the room the participant list shows."""
        if token != self.participants.token:
            return
        self._spawn(self._people(token), f"answer-people-{token}")

    async def _people(self, token: str) -> None:
        try:
            people: list[Participant] = await self.service.participants.list(
                token, include_status=True
            )
        except TalkError as exc:
            self.failed.emit(error_text(exc))
            return
        self.participants.set_participants(token, people)
        self.conversations.set_participant_count(token, len(people))
        self.participants_changed.emit(token, people)

    def _read_rooms(self, tokens: Sequence[str]) -> None:
        self._spawn(self._rooms(list(tokens)), "answer-rooms")

    async def _rooms(self, tokens: list[str]) -> None:
        for token in tokens:
            try:
                room = await self.service.rooms.get(token)
            except TalkError as exc:
                self.failed.emit(error_text(exc))
                continue
            self.put_rooms([room])

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    async def wait_idle(self) -> None:
        """Await the targeted reads in flight (tests; shutting down)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def cancel_running(self) -> None:
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)

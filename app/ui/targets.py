"""The right target, always: what the user acts on never silently becomes something else.

A conversation or person leaves the lists when the server no longer has it: deleted or
removed from another client, or the user was removed. Left to Qt, a view's selection then
moves its current row to a neighbour (whose participants show, whose actions are enabled) or
shrinks, and the next click acts on another room or person than the one the user chose.

* ``SelectionGuard`` lets go of a view's whole selection before a selected row goes, so
  nothing is selected, and reports what went (the window says so and the rules give it as
  the reason its actions are disabled: ``RuleContext.gone``).
* ``TargetWatch`` tells the open dialogs that their conversation or person went
  (``AsyncActionDialog.follow``): they say so and send nothing.

Both listen to ``KeyedTableModel.rows_going``, which is emitted before rows go and never when
the participant list merely switches to another room.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QAbstractItemView

from app.api.models import Participant, Room
from app.moderation import Operation

from .models import KEY_ROLE, ConversationModel, KeyedTableModel, ParticipantModel


@dataclass(frozen=True)
class Target:
    """What a dialog acts on: a conversation, and one person in it (attendee id 0: the room).

    Args:
        token: the conversation's token.
        title: its title, as the user saw it when the dialog opened.
        attendee_id: the person's attendee id, 0 when the dialog is about the conversation.
        name: the person's display name, "" for the conversation.
    """

    token: str
    title: str
    attendee_id: int = 0
    name: str = ""

    @classmethod
    def of_room(cls, room: Room) -> Target:
        return cls(room.token, room.title)

    @classmethod
    def of_operation(cls, op: Operation) -> Target | None:
        """The target of a prepared operation; None for one that creates its conversation."""
        if not op.room_token:
            return None
        return cls(op.room_token, op.room_title, op.attendee_id, op.participant)


class SelectionGuard(QObject):
    """Clears ``view``'s selection and current row when a selected (or the current) row of
    ``model`` is about to go, and emits ``lost`` with the records that went.

    Args:
        view: the view over ``model`` (directly or through a filter proxy).
        model: the keyed model whose ``rows_going`` is watched.
    """

    lost = Signal(list)
    """The selected records that went (``list[Room]`` or ``list[Participant]``)."""

    def __init__(
        self,
        view: QAbstractItemView,
        model: KeyedTableModel[Any, Any],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.model = model
        model.rows_going.connect(self._going)

    def held_keys(self) -> set[Any]:
        """The keys of the selected rows and of the current row."""
        selection = self.view.selectionModel()
        keys = {index.data(KEY_ROLE) for index in selection.selectedRows()}
        current = selection.currentIndex()
        if current.isValid():
            keys.add(current.siblingAtColumn(0).data(KEY_ROLE))
        keys.discard(None)
        return keys

    def _going(self, records: list[Any]) -> None:
        held = self.held_keys()
        if not held:
            return
        key_of = self.model.key_of
        lost = [record for record in records if key_of(record) in held]
        if not lost:
            return
        self.view.selectionModel().clear()  # no selection, no current row: nothing moves
        self.lost.emit(lost)


class TargetWatch(QObject):
    """Tells what left the window's lists, for the dialogs open on it.

    Args:
        conversations: the conversation list.
        participants: the shown conversation's participants.
    """

    rooms_gone = Signal(list)
    """``list[Room]``: conversations that left the list."""
    people_gone = Signal(str, list)
    """``(token, list[Participant])``: people who left that conversation's participants."""

    def __init__(
        self,
        conversations: ConversationModel,
        participants: ParticipantModel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.conversations = conversations
        self.participants = participants
        conversations.rows_going.connect(self.rooms_gone)
        participants.rows_going.connect(self._people_going)

    def _people_going(self, people: list[Participant]) -> None:
        token = self.participants.token
        if token is not None:
            self.people_gone.emit(token, people)

    def has_room(self, token: str) -> bool:
        """Whether the conversation is still listed."""
        return self.conversations.get(token) is not None

    def has_person(self, token: str, attendee_id: int) -> bool:
        """Whether the person is still among the participants; True while the participants
        of that conversation are not shown (nothing says otherwise)."""
        people = self.participants
        if people.token != token or len(people) == 0:
            return True
        return people.get(attendee_id) is not None

"""The participant list of one conversation, keyed by attendee id, updated by diff.

Feed it with ``set_room(room)`` when the selection or the room changes (the lobby column depends
on the room's lobby state) and ``replace_all(participants)`` with each poll of that room; call
peers from ``set_call_peers``, raised hands from ``set_hands`` (only a signaling server's
connection tells them). Switching to another room clears the rows (row removals, not a
reset) until that room's participants arrive.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterable, Mapping, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt

from app.api.constants import ActorType, InCallFlag, ParticipantType
from app.api.models import CallPeer, Participant, Room
from app.api.timestamps import local_time
from app.i18n import QT_TRANSLATE_NOOP

from ...widgets import plain_tooltip
from .. import formatting
from ..iconset import icon
from .drag import PEOPLE_MIME, people_mime
from .keyed import KeyedTableModel


class PersonColumn(IntEnum):
    NAME = 0
    KIND = 1
    ROLE = 2
    PRESENCE = 3
    LOBBY = 4
    LAST_SEEN = 5
    STATUS = 6
    HAND = 7


_HEADERS = (
    QT_TRANSLATE_NOOP("ParticipantModel", "Name"),
    QT_TRANSLATE_NOOP("ParticipantModel", "Kind"),
    QT_TRANSLATE_NOOP("ParticipantModel", "Role"),
    QT_TRANSLATE_NOOP("ParticipantModel", "Presence"),
    QT_TRANSLATE_NOOP("ParticipantModel", "Lobby"),
    QT_TRANSLATE_NOOP("ParticipantModel", "Last seen"),
    QT_TRANSLATE_NOOP("ParticipantModel", "Status"),
    QT_TRANSLATE_NOOP("ParticipantModel", "Hand"),
)

_KIND_ICONS = {
    ActorType.USERS: "user",
    ActorType.GUESTS: "guest",
    ActorType.EMAILS: "email",
    ActorType.GROUPS: "group",
    ActorType.CIRCLES: "group",
    ActorType.PHONES: "phone",
    ActorType.FEDERATED_USERS: "user",
}


class ParticipantModel(KeyedTableModel[int, Participant]):
    """Attendees of the current conversation."""

    headers = _HEADERS
    text_context = "ParticipantModel"
    header_tips = {
        PersonColumn.KIND: QT_TRANSLATE_NOOP(
            "ParticipantModel", "user, guest, e-mail guest, group, phone"
        ),
        PersonColumn.PRESENCE: QT_TRANSLATE_NOOP(
            "ParticipantModel", "in the call (with which media), or the user status"
        ),
        PersonColumn.LOBBY: QT_TRANSLATE_NOOP(
            "ParticipantModel", "waiting in the lobby, or allowed past it"
        ),
        PersonColumn.STATUS: QT_TRANSLATE_NOOP("ParticipantModel", "the user's status message"),
        PersonColumn.HAND: QT_TRANSLATE_NOOP(
            "ParticipantModel",
            "a raised hand and since when; sort by it to see the order hands went up "
            "(visible only with a signaling server's connection to the conversation)",
        ),
    }
    header_icons = {PersonColumn.KIND: "user", PersonColumn.HAND: "hand"}
    icon_only = frozenset({PersonColumn.KIND, PersonColumn.HAND})
    """The hand's time is in its tooltip (and sorting by it gives the order hands went up):
    the names keep their room at the default width."""

    def header_icon(self, name: str) -> Any:
        return icon(name)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._room: Room | None = None
        self._lobby_on = False
        self._call_sessions: frozenset[str] = frozenset()
        self._hands: dict[int, float] = {}
        self.clock = time.time

    # ------------------------------------------------------------------ room context

    @property
    def token(self) -> str | None:
        return self._room.token if self._room is not None else None

    @property
    def room(self) -> Room | None:
        return self._room

    def set_room(self, room: Room | None) -> None:
        """Show participants of ``room`` (clearing rows if it is another room)."""
        if room is None or self._room is None or room.token != self._room.token:
            self.clear()
            self._call_sessions = frozenset()
            self._hands = {}
        self._room = room
        lobby_on = bool(room and room.lobby_enabled)
        if lobby_on != self._lobby_on:
            self._lobby_on = lobby_on
            self.invalidate_display([PersonColumn.LOBBY])

    def set_participants(self, token: str, people: Sequence[Participant]) -> None:
        """Apply one poll of ``token``'s participants (ignored if another room is shown)."""
        if self.token != token:
            return
        self.replace_all(people)

    def set_call_peers(self, token: str, peers: Iterable[CallPeer]) -> None:
        """Remember which sessions are in the call (tooltips only; flags come from inCall)."""
        if self.token != token:
            return
        self._call_sessions = frozenset(peer.session_id for peer in peers)

    def set_hands(self, token: str, hands: Mapping[int, float]) -> None:
        """The raised hands of ``token``: attendee id -> since when (``time.time()``)."""
        if self.token != token or dict(hands) == self._hands:
            return
        self._hands = dict(hands)
        self.invalidate_display([PersonColumn.HAND])

    def hand_since(self, person: Participant) -> float | None:
        """Since when their hand is up, None when it is not (or nobody can tell)."""
        return self._hands.get(person.attendee_id)

    @property
    def lobby_on(self) -> bool:
        """Whether the shown room's lobby holds people back right now."""
        return self._lobby_on

    def waiting(self, person: Participant) -> bool:
        return person.waiting_in_lobby(self._lobby_on)

    key_field = "attendee_id"

    def key_of(self, record: Participant) -> int:
        return record.attendee_id

    # ------------------------------------------------------------------ dragging people

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        """People can be dragged (onto a breakout room of the Breakout Rooms dialog)."""
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:  # noqa: N802 (Qt override)
        return [PEOPLE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802 (Qt override)
        rows = {index.row() for index in indexes if index.isValid()}
        return people_mime(self.token or "", (self.key_at(row) for row in sorted(rows)))

    # ------------------------------------------------------------------ cells

    def display_row(self, record: Participant) -> tuple[str, ...]:
        return (
            record.title,
            formatting.kind(record.actor_type),
            formatting.role(record.participant_type),
            formatting.presence(record.status, record.is_online, record.in_call),
            self.tr("Waiting")
            if self.waiting(record)
            else (
                self.tr("Bypasses lobby")
                if (self._lobby_on and record.ignores_lobby and not record.is_moderator)
                else ""
            ),
            "",  # last seen: volatile
            record.status_message or "",
            self._hand_text(record),
        )

    def _hand_text(self, person: Participant) -> str:
        since = self._hands.get(person.attendee_id)
        if since is None:
            return ""
        return self.tr("Hand up since {time}").format(time=local_time(since, "%H:%M"))

    def volatile_columns(self) -> Sequence[int]:
        return (PersonColumn.LAST_SEEN,)

    def volatile_text(self, record: Participant, column: int) -> str:
        return formatting.last_seen(record.last_ping, self.clock())

    def ticks(self, record: Participant) -> bool:
        """ "never" stays "never"."""
        return record.last_ping > 0

    def filter_text(self, record: Participant) -> str:
        return f"{record.title}\n{record.actor_id}\n{record.status_message or ''}".lower()

    def cell(self, row: int, column: int, role: int) -> Any:
        person = self._rows[row]
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(person, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip(person, column) or "") or None
        return None

    def _presence_rank(self, person: Participant) -> int:
        if person.in_call & InCallFlag.IN_CALL:
            return 0
        if person.status == "online" or (person.is_online and person.status is None):
            return 1
        if person.status in ("away", "dnd", "busy"):
            return 2
        return 3

    def sort_value(self, person: Participant, column: int) -> Any:
        if column == PersonColumn.NAME:
            return person.title.casefold()
        if column == PersonColumn.KIND:
            return person.actor_type
        if column == PersonColumn.ROLE:
            return person.participant_type
        if column == PersonColumn.PRESENCE:
            return self._presence_rank(person)
        if column == PersonColumn.LOBBY:
            return int(self.waiting(person))
        if column == PersonColumn.LAST_SEEN:
            return person.last_ping
        if column == PersonColumn.STATUS:
            return (person.status_message or "").casefold()
        if column == PersonColumn.HAND:
            return self._hands.get(person.attendee_id, math.inf)  # first hand up first
        return None

    def _decoration(self, person: Participant, column: int) -> Any:
        if column == PersonColumn.KIND:
            return icon(_KIND_ICONS.get(person.actor_type, "user"))
        if column == PersonColumn.ROLE:
            if person.participant_type == ParticipantType.OWNER:
                return icon("owner")
            if person.is_moderator:
                return icon("moderator")
            return None
        if column == PersonColumn.PRESENCE:
            flags = person.in_call
            if flags & InCallFlag.IN_CALL:
                if flags & InCallFlag.WITH_VIDEO:
                    return icon("video")
                if flags & InCallFlag.WITH_PHONE:
                    return icon("phone")
                if flags & InCallFlag.WITH_AUDIO:
                    return icon("audio")
                return icon("call")
            rank = self._presence_rank(person)
            if rank == 1:
                return icon("online")
            if person.status == "dnd":
                return icon("dnd")
            if rank == 2:
                return icon("away")
            return icon("offline")
        if column == PersonColumn.LOBBY and self.waiting(person):
            return icon("lobby")
        if column == PersonColumn.HAND and person.attendee_id in self._hands:
            return icon("hand")
        return None

    def _tooltip(self, person: Participant, column: int) -> str | None:
        if column == PersonColumn.NAME:
            who = person.email or person.actor_id  # an e-mail guest's id is a hash
            text = f"{person.title}\n{formatting.kind(person.actor_type)}: {who}"
            if person.invited_actor_id:
                text += "\n" + self.tr("Invited as {id}").format(id=person.invited_actor_id)
            return text
        if column == PersonColumn.KIND:
            return formatting.kind(person.actor_type)
        if column == PersonColumn.ROLE:
            return formatting.role(person.participant_type)
        if column == PersonColumn.PRESENCE:
            text = formatting.presence(person.status, person.is_online, person.in_call)
            sessions = len(person.session_ids)
            if sessions:
                text += "\n" + self.tr("%n open session(s)", "", sessions)
            in_peers = sum(1 for s in person.session_ids if s in self._call_sessions)
            if in_peers:
                text += ", " + self.tr("%n connected to the call", "", in_peers)
            return text
        if column == PersonColumn.LOBBY:
            if self.waiting(person):
                return self.tr("Waiting in the lobby until a moderator lets them in or it opens")
            if self._lobby_on and person.ignores_lobby:
                return self.tr("Allowed in past the lobby")
            return None
        if column == PersonColumn.LAST_SEEN and person.last_ping:
            return local_time(person.last_ping, "%Y-%m-%d %H:%M:%S")
        if column == PersonColumn.STATUS and person.status_message:
            return person.status_message
        if column == PersonColumn.HAND:
            return self._hand_tip(person)
        return None

    def _hand_tip(self, person: Participant) -> str | None:
        since = self._hands.get(person.attendee_id)
        if since is None:
            return None
        order = sorted(self._hands.values())
        place = order.index(since) + 1
        return self.tr("Hand raised at {time}: {place} of {count} up").format(
            time=local_time(since, "%H:%M:%S"), place=place, count=len(order)
        )

"""The conversation list: one row per Room, keyed by token, updated by diff.

Feed it from ``PollingController.rooms_changed`` (``upsert``) and ``rooms_removed``
(``remove``); ``set_participant_count`` fills the participants column for rooms whose members
were fetched. Volatile text (the lobby countdown) is never cached; call ``tick()`` every ~30 s.

The participants column starts hidden (the header's menu shows it). Talk's conversation list
carries no count, so a count for every row would cost one participant read per conversation
and poll, the requests the live layer saves; the column shows only the counts already read
(conversations opened or watched), and the opened conversation's count is in the participant
pane's title anyway. A column mostly empty by default read as broken.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from enum import IntEnum
from typing import Any

import msgspec
from PySide6.QtCore import Qt

from app.api.constants import InCallFlag
from app.api.models import Room
from app.api.timestamps import local_time
from app.i18n import QT_TRANSLATE_NOOP
from app.moderation import policy, recording
from app.qtapp.translations import shown, translated

from ...widgets import plain_tooltip
from .. import formatting
from ..iconset import icon
from . import breakout_rows
from .keyed import KeyedTableModel


class RoomColumn(IntEnum):
    NAME = 0
    TYPE = 1
    ROLE = 2
    PARTICIPANTS = 3
    GUESTS = 4
    LOBBY = 5
    READ_ONLY = 6
    PASSWORD = 7
    CALL = 8
    UNREAD = 9


_HEADERS = (
    QT_TRANSLATE_NOOP("ConversationModel", "Name"),
    QT_TRANSLATE_NOOP("ConversationModel", "Type"),
    QT_TRANSLATE_NOOP("ConversationModel", "Your role"),
    QT_TRANSLATE_NOOP("ConversationModel", "Participants"),
    QT_TRANSLATE_NOOP("ConversationModel", "Guests"),
    QT_TRANSLATE_NOOP("ConversationModel", "Lobby"),
    QT_TRANSLATE_NOOP("ConversationModel", "Read-only"),
    QT_TRANSLATE_NOOP("ConversationModel", "Password"),
    QT_TRANSLATE_NOOP("ConversationModel", "Call"),
    QT_TRANSLATE_NOOP("ConversationModel", "Unread"),
)


_NUMBERS = (RoomColumn.PARTICIPANTS, RoomColumn.UNREAD)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ConversationModel(KeyedTableModel[str, Room]):
    """Rooms the signed-in user belongs to."""

    headers = _HEADERS
    text_context = "ConversationModel"
    header_tips = {
        RoomColumn.PARTICIPANTS: QT_TRANSLATE_NOOP(
            "ConversationModel", "how many (counted once the conversation was opened)"
        ),
        RoomColumn.GUESTS: QT_TRANSLATE_NOOP("ConversationModel", "guests may join with the link"),
        RoomColumn.LOBBY: QT_TRANSLATE_NOOP(
            "ConversationModel", "only moderators are let in until it opens"
        ),
        RoomColumn.READ_ONLY: QT_TRANSLATE_NOOP("ConversationModel", "nobody can write or call"),
        RoomColumn.PASSWORD: QT_TRANSLATE_NOOP("ConversationModel", "guests need a password"),
        RoomColumn.CALL: QT_TRANSLATE_NOOP("ConversationModel", "a call is running"),
        RoomColumn.UNREAD: QT_TRANSLATE_NOOP("ConversationModel", "unread messages"),
    }
    header_icons = {
        RoomColumn.PARTICIPANTS: "group",
        RoomColumn.GUESTS: "guests",
        RoomColumn.READ_ONLY: "read-only",
        RoomColumn.PASSWORD: "password",
        RoomColumn.CALL: "call",
        RoomColumn.UNREAD: "unread",
    }
    icon_only = frozenset(
        {RoomColumn.GUESTS, RoomColumn.READ_ONLY, RoomColumn.PASSWORD, RoomColumn.CALL}
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._counts: dict[str, int] = {}
        self._children: dict[str, set[str]] = {}
        """Parent token -> the tokens of its breakout rooms seen (``breakout_rows``)."""
        self.clock = time.time
        """Source of "now" for the lobby countdown (tests may replace it)."""

    key_field = "token"

    def key_of(self, record: Room) -> str:
        return record.token

    def upsert(self, records: Iterable[Room], keys: Sequence[str] | None = None) -> tuple[int, int]:
        """As the base, and breakout rooms re-sorted when their parent arrived or changed."""
        records = list(records)
        for room in records:
            if room.object_type == "room" and room.object_id:
                self._children.setdefault(room.object_id, set()).add(room.token)
        result = super().upsert(records, keys)
        arrived = [self.row_of(r.token) for r in records if r.token in self._children]
        self.resort([row for row in arrived if row is not None])
        return result

    def resort(self, rows: Iterable[int] | None = None) -> None:
        """Re-sort ``rows`` and their breakout rooms, which sort by their parent's key."""
        if rows is not None:
            rows = list(rows)
            for row in list(rows):
                for child in self._children.get(self.key_at(row), ()):
                    child_row = self.row_of(child)
                    if child_row is not None:
                        rows.append(child_row)
        super().resort(rows)

    def looks_the_same(self, old: Room, new: Room) -> bool:
        """Our own session's ping and id change with every signaling pull (the lobby watch)
        and are shown nowhere: such an update repaints nothing."""
        unseen = {"last_ping": new.last_ping, "session_id": new.session_id}
        return msgspec.structs.replace(old, **unseen) == new

    def set_participant_count(self, token: str, count: int) -> None:
        if self._counts.get(token) == count:
            return
        self._counts[token] = count
        row = self.row_of(token)
        if row is not None:
            self._display[row] = None
            index = self.index(row, RoomColumn.PARTICIPANTS)
            self.dataChanged.emit(index, index, [])
            self.resort([row])

    def header_icon(self, name: str) -> Any:
        return icon(name)

    def participant_count(self, token: str) -> int | None:
        return self._counts.get(token)

    def display_row(self, record: Room) -> tuple[str, ...]:
        count = self._counts.get(record.token)
        return (
            breakout_rows.name_text(record),
            breakout_rows.type_text(record, formatting.room_type(record.type)),
            formatting.role(record.participant_type) if record.participant_type else "",
            "" if count is None else str(count),
            self.tr("Guests") if record.is_public else "",
            "",  # lobby: volatile
            self.tr("Read-only") if record.is_read_only else "",
            self.tr("Password") if record.has_password else "",
            self._call_text(record),
            str(record.unread_messages) if record.unread_messages else "",
        )

    def _call_text(self, room: Room) -> str:
        """The call column: "In call", with the recording state when there is one."""
        parts = [self.tr("In call")] if room.has_call else []
        words = recording.recording_text(room)
        if words:
            parts.append(translated("Rules", words))
        return " · ".join(parts)

    def volatile_columns(self) -> Sequence[int]:
        return (RoomColumn.LOBBY,)

    def volatile_text(self, record: Room, column: int) -> str:
        return formatting.lobby_text(record.lobby_state, record.lobby_timer, self.clock())

    def ticks(self, record: Room) -> bool:
        """Only a lobby that opens at a time counts down."""
        return bool(record.lobby_state and record.lobby_timer)

    def filter_text(self, record: Room) -> str:
        text = f"{record.title}\n{record.name}\n{record.token}\n{record.description}"
        parent = self.get(record.object_id) if record.object_type == "room" else None
        if parent is not None:  # searching for a conversation finds its breakout rooms too
            text += f"\n{parent.title}"
        return text.lower()

    def cell(self, row: int, column: int, role: int) -> Any:
        room = self._rows[row]
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(room, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip(room, column) or "") or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return _RIGHT
        return None

    def sort_value(self, room: Room, column: int) -> Any:
        """A breakout room sorts right after its parent (``breakout_rows.sort_key``)."""
        return breakout_rows.sort_key(
            room,
            column,
            self._own_sort_value,
            self.get,
            self.descending,
        )

    def _own_sort_value(self, room: Room, column: int) -> Any:
        if column == RoomColumn.NAME:
            return room.title.casefold()
        if column == RoomColumn.TYPE:
            return room.type
        if column == RoomColumn.ROLE:
            return room.participant_type or 99
        if column == RoomColumn.PARTICIPANTS:
            return self._counts.get(room.token, -1)
        if column == RoomColumn.GUESTS:
            return int(room.is_public)
        if column == RoomColumn.LOBBY:
            return room.lobby_state * 10**10 + room.lobby_timer
        if column == RoomColumn.READ_ONLY:
            return room.read_only
        if column == RoomColumn.PASSWORD:
            return int(room.has_password)
        if column == RoomColumn.CALL:
            return int(room.has_call)
        if column == RoomColumn.UNREAD:
            return room.unread_messages
        return None

    def _decoration(self, room: Room, column: int) -> Any:
        if column == RoomColumn.NAME and room.is_favorite:
            return icon("favorite")
        if column == RoomColumn.NAME and (name := breakout_rows.icon_name(room)):
            return icon(name)
        if column == RoomColumn.ROLE and room.participant_type == 1:
            return icon("owner")
        if column == RoomColumn.ROLE and room.is_moderator:
            return icon("moderator")
        if column == RoomColumn.GUESTS and room.is_public:
            return icon("guests")
        if column == RoomColumn.LOBBY and room.lobby_enabled:
            return icon("lobby")
        if column == RoomColumn.READ_ONLY and room.is_read_only:
            return icon("read-only")
        if column == RoomColumn.PASSWORD and room.has_password:
            return icon("password")
        if column == RoomColumn.CALL and recording.is_recording(room):
            return icon("start-recording")  # the red dot: this call is being recorded
        if column == RoomColumn.CALL and room.has_call:
            return icon("call")
        if column == RoomColumn.UNREAD and room.unread_messages:
            return icon("unread")
        return None

    def _tooltip(self, room: Room, column: int) -> str | None:
        if column == RoomColumn.NAME:
            text = room.title
            if room.description:
                text += f"\n{room.description}"
            if room.is_favorite:
                text += "\n★ " + self.tr("Favorite")
            if room.listable:
                who = shown(policy.label_text(policy.LISTABLE, room.listable, lower=True))
                text += "\n" + self.tr("Listed: {who} can find and join it").format(who=who)
            if room.message_expiration:
                words = shown(policy.expiration_words(room.message_expiration))
                text += "\n" + self.tr("Messages are deleted after {time}").format(time=words)
            parent = self.get(room.object_id) if room.object_type == "room" else None
            if line := breakout_rows.tooltip_line(room, parent):
                text += f"\n{line}"
            return text
        if column == RoomColumn.TYPE:  # whole, also where the column cuts the breakout state
            return breakout_rows.type_text(room, formatting.room_type(room.type))
        if column == RoomColumn.GUESTS:
            if room.is_public:
                return self.tr("Guests may join with the link")
            return self.tr("Only invited users")
        if column == RoomColumn.LOBBY:
            if not room.lobby_enabled:
                return self.tr("No lobby: everyone can join")
            text = self.tr("Lobby on: only moderators are let in")
            if room.lobby_timer:
                opens = local_time(room.lobby_timer)
                text += "; " + self.tr("opens automatically at {time}").format(time=opens)
            return text
        if column == RoomColumn.READ_ONLY:
            if room.is_read_only:
                return self.tr("Read-only: nobody can write or call")
            return self.tr("Writable")
        if column == RoomColumn.PASSWORD:
            return (
                self.tr("Protected by a password") if room.has_password else self.tr("No password")
            )
        if column == RoomColumn.CALL:
            if not room.has_call:
                return self.tr("No call running")
            if room.call_start_time:
                started = local_time(room.call_start_time, "%H:%M")
                text = self.tr("A call is running since {time}").format(time=started)
            else:
                text = self.tr("A call is running")
            if room.participant_flags & InCallFlag.IN_CALL:
                text += " " + self.tr("(you are in it)")
            if recording.recording_text(room):
                text += "\n" + translated("Rules", recording.recording_text(room))
            return text
        if column == RoomColumn.UNREAD:
            if not room.unread_messages:
                return self.tr("No unread messages")
            count = room.unread_messages
            if not -(2**31) <= count < 2**31:  # a count Qt's plural forms cannot take
                return self.tr("Unread messages: {count}").format(count=count)
            if room.unread_mention:
                return self.tr("%n unread message(s) (you were mentioned)", "", count)
            return self.tr("%n unread message(s)", "", count)
        if column == RoomColumn.PARTICIPANTS and room.token not in self._counts:
            return self.tr("Select the conversation to count its participants")
        return None

"""The Breakout Rooms dialog's two lists: people (with their room number) and the rooms,
which take people dropped on them from either list or from the window's participant list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...api import Participant
from ...api.constants import ActorType
from ..models.drag import PEOPLE_MIME, people_mime, read_people_mime

NOT_ASSIGNED = 0
"""The room number of someone in no breakout room (the spin box shows "—")."""


class RoomSpin(QSpinBox):
    """A person's breakout room: "—" (none) or 1…N."""

    def __init__(self, rooms: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSpecialValueText("—")
        self.set_rooms(rooms)

    def set_rooms(self, rooms: int) -> None:
        self.setRange(NOT_ASSIGNED, max(rooms, 1))


class PeopleTable(QTableWidget):
    """One row per participant of the parent: name, and the room number to put them in.

    Moderators show "every room" and cannot be assigned: Talk puts them in all rooms. Rows
    can be dragged onto a room of ``RoomDropList``.
    """

    PERSON, ROOM = 0, 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setObjectName("breakoutPeopleTable")
        self.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Room")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(self.PERSON, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.ROOM, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.token = ""
        self._ids: list[int] = []
        self._spins: dict[int, RoomSpin] = {}

    def show_people(
        self, token: str, people: Sequence[Participant], where: dict[int, int], rooms: int
    ) -> None:
        """Fill the table: ``where`` maps attendee id -> room number (1-based)."""
        self.token = token
        self.setRowCount(0)
        self._ids = []
        self._spins = {}
        for person in sorted(people, key=lambda p: (not p.is_moderator, p.title.casefold())):
            row = self.rowCount()
            self.insertRow(row)
            name = QTableWidgetItem(person.title)
            name.setData(Qt.ItemDataRole.UserRole, person.attendee_id)
            self.setItem(row, self.PERSON, name)
            self._ids.append(person.attendee_id)
            if person.is_moderator or person.actor_type != ActorType.USERS:
                text, tip = (
                    (
                        self.tr("every room"),
                        self.tr("Moderators are in every breakout room and cannot be moved"),
                    )
                    if person.is_moderator
                    else (
                        self.tr("stays here"),
                        self.tr("Talk puts only users in breakout rooms, no guests"),
                    )
                )
                fixed = QTableWidgetItem(text)
                fixed.setToolTip(tip)
                fixed.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.setItem(row, self.ROOM, fixed)
                continue
            spin = RoomSpin(rooms, self)
            spin.setObjectName(f"breakoutRoomSpin{person.attendee_id}")
            spin.setAccessibleName(self.tr("Breakout room of {name}").format(name=person.title))
            spin.setValue(where.get(person.attendee_id, NOT_ASSIGNED))
            self.setCellWidget(row, self.ROOM, spin)
            self._spins[person.attendee_id] = spin

    def set_rooms(self, rooms: int) -> None:
        for spin in self._spins.values():
            spin.set_rooms(rooms)

    def spin(self, attendee_id: int) -> RoomSpin | None:
        return self._spins.get(attendee_id)

    def choices(self) -> dict[int, int]:
        """Attendee id -> room number as now entered (not-assigned people left out)."""
        return {a: s.value() for a, s in self._spins.items() if s.value() != NOT_ASSIGNED}

    def assign(self, attendee_ids: Sequence[int], number: int) -> list[int]:
        """Set their room number; returns the ids that can be assigned (not moderators)."""
        done = []
        for attendee in attendee_ids:
            spin = self._spins.get(attendee)
            if spin is not None:
                spin.setValue(number)
                done.append(attendee)
        return done

    def mimeData(self, items: Sequence[QTableWidgetItem]) -> QMimeData:  # noqa: N802 (Qt)
        ids = [self._ids[row] for row in sorted({item.row() for item in items})]
        return people_mime(self.token, ids)

    def mimeTypes(self) -> list[str]:  # noqa: N802 (Qt override)
        return [PEOPLE_MIME]


class RoomDropList(QListWidget):
    """The breakout rooms, one line each (state, head count, help requests); dropping people
    of ``token`` on a room emits ``dropped(attendee ids, room number)``."""

    dropped = Signal(list, int)
    """``(attendee ids, room number from 1)``."""
    refused = Signal(str)
    """A drop that cannot be taken, in words (people of another conversation)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breakoutRoomList")
        # A line says a room's state, head count and help request: wrapped when the column is
        # narrow (a small screen, German's longer words), never cut behind a scroll bar.
        self.setWordWrap(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(True)
        self.token = ""

    def show_rooms(self, lines: Sequence[tuple[str, str, str]]) -> None:
        """``(token, text, tooltip)`` per room, Room 1 first; the current row is kept."""
        current = self.current_token()
        self.clear()
        for token, text, tip in lines:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, token)
            item.setToolTip(tip)
            self.addItem(item)
            if token == current:
                self.setCurrentItem(item)

    def current_token(self) -> str:
        item = self.currentItem()
        value: Any = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, str) else ""

    def _accepts(self, data: QMimeData | None) -> bool:
        return read_people_mime(data) is not None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt override)
        if self._accepts(event.mimeData()) and self.itemAt(event.position().toPoint()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        payload = read_people_mime(event.mimeData())
        item = self.itemAt(event.position().toPoint())
        if payload is None or item is None:
            event.ignore()
            return
        token, ids = payload
        if token != self.token:
            self.refused.emit(
                self.tr(
                    "Those people are from another conversation: drag them from this "
                    "conversation's participants"
                )
            )
            event.ignore()
            return
        event.acceptProposedAction()
        self.dropped.emit(ids, self.row(item) + 1)

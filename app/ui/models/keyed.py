"""A table model of frozen records keyed by a stable id, updated by diff, never by reset.

Each poll hands the model whole records (frozen msgspec Structs, comparable by ``==``); the model
finds what changed and emits the narrowest signals: ``rowsInserted`` for new keys (appended in
one block), ``rowsRemoved`` per contiguous block of vanished keys, ``dataChanged`` per contiguous
block of changed rows. Views keep selection, scroll, sort and open editors/menus across polls.
Display strings are built lazily per row (only for rows a view actually paints) and dropped when
the row changes. ``reset`` exists only for account switches.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

K = TypeVar("K", bound=Hashable)
T = TypeVar("T")

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Raw value to sort by (numbers sort as numbers, not as text)."""
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
"""The whole record (Room, Participant) of the row."""
KEY_ROLE = Qt.ItemDataRole.UserRole + 3
"""The row's stable key (room token, attendee id)."""
FILTER_ROLE = Qt.ItemDataRole.UserRole + 4
"""Lower-case text the search box matches against (column 0 only)."""

AnyIndex = QModelIndex | QPersistentModelIndex


def contiguous(rows: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted row numbers grouped into inclusive ``(first, last)`` ranges."""
    ranges: list[tuple[int, int]] = []
    for row in sorted(rows):
        if ranges and ranges[-1][1] == row - 1:
            ranges[-1] = (ranges[-1][0], row)
        else:
            ranges.append((row, row))
    return ranges


class KeyedTableModel(QAbstractTableModel, Generic[K, T]):
    """Base of the conversation and participant models.

    Subclasses set ``headers`` and implement ``key_of``, ``display_row`` (a tuple of strings per
    column, cached), and may override ``cell`` for volatile columns (times that tick).
    """

    headers: Sequence[str] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        self._keys: list[K] = []
        self._index: dict[K, int] = {}
        self._display: list[tuple[str, ...] | None] = []

    # ------------------------------------------------------------------ to override

    def key_of(self, record: T) -> K:
        raise NotImplementedError

    def display_row(self, record: T) -> tuple[str, ...]:
        """Display strings for every column (cached until the record changes)."""
        raise NotImplementedError

    def cell(self, row: int, column: int, role: int) -> Any:
        """Any role other than the cached display text; ``None`` when not provided."""
        return None

    def volatile_columns(self) -> Sequence[int]:
        """Columns whose text depends on the clock; never cached, refreshed by ``tick``."""
        return ()

    def volatile_text(self, record: T, column: int) -> str:
        return ""

    def filter_text(self, record: T) -> str:
        return ""

    # ------------------------------------------------------------------ reading

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.headers):
                return self.headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not index.isValid() or row >= len(self._rows):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.AccessibleTextRole:
            if column in self.volatile_columns():
                return self.volatile_text(self._rows[row], column)
            cached = self._display[row]
            if cached is None:
                cached = self._display[row] = self.display_row(self._rows[row])
            return cached[column]
        if role == RECORD_ROLE:
            return self._rows[row]
        if role == KEY_ROLE:
            return self._keys[row]
        if role == FILTER_ROLE:
            return self.filter_text(self._rows[row])
        return self.cell(row, column, role)

    def record(self, row: int) -> T:
        return self._rows[row]

    def records(self) -> list[T]:
        return list(self._rows)

    def get(self, key: K) -> T | None:
        row = self._index.get(key)
        return None if row is None else self._rows[row]

    def row_of(self, key: K) -> int | None:
        return self._index.get(key)

    def keys(self) -> list[K]:
        return list(self._keys)

    def __len__(self) -> int:
        return len(self._rows)

    # ------------------------------------------------------------------ updating

    def upsert(self, records: Iterable[T]) -> tuple[int, int]:
        """Insert new records and replace changed ones; unchanged ones cost one comparison.

        Returns:
            ``(inserted, changed)`` counts.
        """
        changed_rows: list[int] = []
        new: list[T] = []
        new_keys: set[K] = set()
        index, rows, display = self._index, self._rows, self._display
        key_of = self.key_of
        for record in records:
            key = key_of(record)
            row = index.get(key)
            if row is None:
                if key not in new_keys:
                    new_keys.add(key)
                    new.append(record)
                continue
            if rows[row] != record:
                rows[row] = record
                display[row] = None
                changed_rows.append(row)
        if changed_rows:
            last_column = max(0, len(self.headers) - 1)
            for first, last in contiguous(changed_rows):
                self.dataChanged.emit(self.index(first, 0), self.index(last, last_column), [])
        if new:
            start = len(rows)
            self.beginInsertRows(QModelIndex(), start, start + len(new) - 1)
            for offset, record in enumerate(new):
                key = key_of(record)
                index[key] = start + offset
                self._keys.append(key)
            rows.extend(new)
            display.extend([None] * len(new))
            self.endInsertRows()
        return len(new), len(changed_rows)

    def remove(self, keys: Iterable[K]) -> list[T]:
        """Remove the rows of ``keys`` (unknown keys are ignored); returns the removed records."""
        doomed = [row for key in set(keys) if (row := self._index.get(key)) is not None]
        if not doomed:
            return []
        removed = [self._rows[row] for row in sorted(doomed)]
        for first, last in reversed(contiguous(doomed)):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._rows[first : last + 1]
            del self._keys[first : last + 1]
            del self._display[first : last + 1]
            self.endRemoveRows()
        self._index = {key: row for row, key in enumerate(self._keys)}
        return removed

    def replace_all(self, records: Sequence[T]) -> tuple[int, int, list[T]]:
        """Make the model hold exactly ``records``, by diff.

        Returns:
            ``(inserted, changed, removed records)``.
        """
        key_of = self.key_of
        wanted = {key_of(record) for record in records}
        removed = self.remove([key for key in self._keys if key not in wanted])
        inserted, changed = self.upsert(records)
        return inserted, changed, removed

    def clear(self) -> None:
        """Remove every row (as a row removal, not a reset, so views stay attached)."""
        if not self._rows:
            return
        self.beginRemoveRows(QModelIndex(), 0, len(self._rows) - 1)
        self._rows.clear()
        self._keys.clear()
        self._display.clear()
        self._index.clear()
        self.endRemoveRows()

    def reset(self, records: Sequence[T] = ()) -> None:
        """Replace everything with a model reset: only for switching accounts/servers."""
        self.beginResetModel()
        self._rows = list(records)
        self._keys = [self.key_of(record) for record in self._rows]
        self._index = {key: row for row, key in enumerate(self._keys)}
        self._display = [None] * len(self._rows)
        self.endResetModel()

    def invalidate_display(self, columns: Sequence[int] | None = None) -> None:
        """Drop cached text of every row and tell views (e.g. after an outside fact changed)."""
        if not self._rows:
            return
        self._display = [None] * len(self._rows)
        cols = list(columns) if columns is not None else list(range(len(self.headers)))
        self.dataChanged.emit(
            self.index(0, min(cols)), self.index(len(self._rows) - 1, max(cols)), []
        )

    def tick(self) -> None:
        """Repaint clock-dependent columns (lobby countdown, last seen)."""
        columns = self.volatile_columns()
        if not self._rows or not columns:
            return
        roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole]
        for column in columns:
            self.dataChanged.emit(
                self.index(0, column), self.index(len(self._rows) - 1, column), roles
            )

    def find_rows(self, predicate: Callable[[T], bool]) -> list[int]:
        return [row for row, record in enumerate(self._rows) if predicate(record)]

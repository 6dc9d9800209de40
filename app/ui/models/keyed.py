"""A table model of frozen records keyed by a stable id, updated by diff, never by reset.

Each poll hands the model whole records (frozen msgspec Structs, comparable by ``==``); the model
finds what changed and emits the narrowest signals: ``rowsInserted`` for new keys, ``rowsRemoved``
per contiguous block of vanished keys, ``dataChanged`` per contiguous block of changed rows. Views
keep selection, scroll, sort and open editors/menus across polls. Display strings and search text
are built lazily per row (only for rows a view actually paints or a search visits) and dropped
when the row changes. ``reset`` exists only for account switches.

The model sorts itself (``sort``), with Python's ``sorted`` over cached per-row keys, so a proxy
in front only filters: a QSortFilterProxyModel would call ``data(SORT_ROLE)`` through Python
~25 times per row (255,000 calls, seconds, for a 10,000-person room). While sorted, new rows are
inserted at their sorted places and a poll that changes a row's sort key re-orders the rows in
one ``layoutChanged`` (persistent indexes, so selections, follow their rows).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from itertools import compress
from operator import attrgetter, is_not
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
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

MAX_INSERT_BLOCKS = 16
"""Above this many separate places for new rows, append them and re-order once instead."""


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
    column, cached), ``sort_value`` (raw value of a column to sort by), and may override ``cell``
    for other roles and ``volatile_text`` for columns whose text ticks with the clock.
    """

    headers: Sequence[str] = ()
    header_tips: Mapping[int, str] = {}
    """Header tooltips beyond the header text (the words icon-only columns leave out)."""
    header_icons: Mapping[int, str] = {}
    """Narrow columns whose header shows this icon instead of the text (kept in the tooltip)."""
    icon_only: frozenset[int] = frozenset()
    """Columns whose cells show the icon and no text; the words stay in the tooltip and the
    accessible text."""
    text_context: str = ""
    """The translation context of ``headers`` and ``header_tips`` (marked with
    QT_TRANSLATE_NOOP where they are defined, translated when the header is shown); "" for
    headers that are not translated."""

    rows_going = Signal(list)
    """The records whose rows are about to go because the data no longer has them
    (``remove``, ``replace_all``), emitted before any of them is removed: a view lets go of a
    selection on them first, rather than let Qt move it to a neighbour (``app.ui.targets``).
    ``clear`` and ``reset`` (another room shown, another account) do not emit it."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        self._keys: list[K] = []
        self._index: dict[K, int] = {}
        self._display: list[tuple[str, ...] | None] = []
        self._filter: list[str | None] = []
        self._sort_column = -1
        self._descending = False
        self._sort_keys: list[Any] = []
        """Per row ``(sort_value, key)`` of the sort column; empty while unsorted."""

    # ------------------------------------------------------------------ to override

    key_field: str | None = None
    """The record attribute ``key_of`` returns, when it is one: then a poll's keys and its
    comparison with the rows run in C (``operator``), not as 10,000 Python calls."""

    def key_of(self, record: T) -> K:
        raise NotImplementedError

    def keys_of(self, records: Sequence[T]) -> list[K]:
        """``key_of`` of each record."""
        if self.key_field is not None:
            return list(map(attrgetter(self.key_field), records))
        return list(map(self.key_of, records))

    def display_row(self, record: T) -> tuple[str, ...]:
        """Display strings for every column (cached until the record changes)."""
        raise NotImplementedError

    def sort_value(self, record: T, column: int) -> Any:
        """Raw value of ``column`` to sort by; values of one column must be comparable."""
        return None

    def cell(self, row: int, column: int, role: int) -> Any:
        """Any role other than the cached display text; ``None`` when not provided."""
        return None

    def looks_the_same(self, old: T, new: T) -> bool:
        """Whether two different records of one key look the same in every column and role
        (then an update stores ``new`` without telling the views). Default: never."""
        return False

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
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.headers):
            return None
        compact = self.header_icons.get(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if compact else self._translated(self.headers[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            title = self._translated(self.headers[section])
            tip = self.header_tips.get(section)
            return f"{title}: {self._translated(tip)}" if tip else title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._translated(self.headers[section])
        if role == Qt.ItemDataRole.DecorationRole and compact:
            return self.header_icon(compact)
        return None

    def _translated(self, text: str) -> str:
        if not self.text_context:
            return text
        return QCoreApplication.translate(self.text_context, text)

    def header_icon(self, name: str) -> Any:
        """The header icon called ``name`` (see ``header_icons``)."""
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not index.isValid() or row >= len(self._rows):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.AccessibleTextRole:
            if role == Qt.ItemDataRole.DisplayRole and column in self.icon_only:
                return ""
            if column in self.volatile_columns():
                return self.volatile_text(self._rows[row], column)
            cached = self._display[row]
            if cached is None:
                cached = self._display[row] = self.display_row(self._rows[row])
            return cached[column]
        if role == FILTER_ROLE:
            text = self._filter[row]
            if text is None:
                text = self._filter[row] = self.filter_text(self._rows[row])
            return text
        if role == RECORD_ROLE:
            return self._rows[row]
        if role == KEY_ROLE:
            return self._keys[row]
        if role == SORT_ROLE:
            return self.sort_value(self._rows[row], column)
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

    def key_at(self, row: int) -> K:
        return self._keys[row]

    def keys(self) -> list[K]:
        return list(self._keys)

    def __len__(self) -> int:
        return len(self._rows)

    # ------------------------------------------------------------------ sorting

    @property
    def sort_column(self) -> int:
        """The column rows are kept sorted by; -1 while unsorted (insertion order)."""
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    @property
    def descending(self) -> bool:
        """``sort_order`` as a bool: what a ``sort_value`` asks of every row (a Qt enum's
        comparison costs about as much as the rest of a row's sort key)."""
        return self._descending

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Keep the rows sorted by ``column`` (-1: stop sorting, keep the current order)."""
        self._descending = order == Qt.SortOrder.DescendingOrder
        if not 0 <= column < len(self.headers):
            self._sort_column = -1
            self._sort_keys = []
            return
        self._sort_column = column
        self._sort_keys = self._sort_keys_of(self._rows)
        self._relayout()

    def resort(self, rows: Iterable[int] | None = None) -> None:
        """Recompute sort keys (of ``rows``, or all) after an outside fact changed them."""
        if self._sort_column < 0 or not self._rows:
            return
        if rows is None:
            self._sort_keys = self._sort_keys_of(self._rows)
            self._relayout()
            return
        keys, value, column = self._sort_keys, self.sort_value, self._sort_column
        moved = False
        for row in rows:
            key = (value(self._rows[row], column), self._keys[row])
            if key != keys[row]:
                keys[row] = key
                moved = moved or not self._in_order(row)
        if moved:
            self._relayout()

    def _sort_keys_of(self, records: Sequence[T]) -> list[Any]:
        value, key_of, column = self.sort_value, self.key_of, self._sort_column
        return [(value(record, column), key_of(record)) for record in records]

    def _in_order(self, row: int) -> bool:
        keys = self._sort_keys
        key = keys[row]
        if self._descending:
            return (row == 0 or not key > keys[row - 1]) and (
                row == len(keys) - 1 or not keys[row + 1] > key
            )
        return (row == 0 or not key < keys[row - 1]) and (
            row == len(keys) - 1 or not keys[row + 1] < key
        )

    def _position(self, key: Any) -> int:
        """Where a row with sort key ``key`` belongs among the current rows."""
        keys = self._sort_keys
        if not self._descending:
            return bisect_left(keys, key)
        low, high = 0, len(keys)
        while low < high:
            middle = (low + high) // 2
            if keys[middle] > key:
                low = middle + 1
            else:
                high = middle
        return low

    def _relayout(self) -> None:
        """Put every row at its sorted place in one layout change (no-op when already sorted)."""
        keys = self._sort_keys
        count = len(keys)
        order = sorted(range(count), key=keys.__getitem__, reverse=self._descending)
        if order == list(range(count)):
            return
        self.layoutAboutToBeChanged.emit()
        self._rows = [self._rows[old] for old in order]
        self._keys = [self._keys[old] for old in order]
        self._display = [self._display[old] for old in order]
        self._filter = [self._filter[old] for old in order]
        self._sort_keys = [keys[old] for old in order]
        self._index = {key: row for row, key in enumerate(self._keys)}
        persistent = self.persistentIndexList()
        if persistent:
            new_row = [0] * count
            for new, old in enumerate(order):
                new_row[old] = new
            moved = [
                self.index(new_row[index.row()], index.column())
                if index.isValid()
                else QModelIndex()
                for index in persistent
            ]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # ------------------------------------------------------------------ updating

    def upsert(self, records: Iterable[T], keys: Sequence[K] | None = None) -> tuple[int, int]:
        """Insert new records and replace changed ones; unchanged ones cost one comparison.

        Args:
            keys: ``keys_of(records)``, when the caller has them already.

        Returns:
            ``(inserted, changed)`` counts.
        """
        records = records if isinstance(records, list | tuple) else list(records)
        keys = self.keys_of(records) if keys is None else keys
        rows_of = list(map(self._index.get, keys))
        if None not in rows_of:  # the common poll: nobody new; compared in C, row by row
            return 0, self._replace(records, rows_of)  # type: ignore[arg-type]
        changed_rows: list[int] = []
        new: list[T] = []
        new_keys: set[K] = set()
        index, rows, display, filters = self._index, self._rows, self._display, self._filter
        key_of = self.key_of
        for record in records:
            key = key_of(record)
            row = index.get(key)
            if row is None:
                if key not in new_keys:
                    new_keys.add(key)
                    new.append(record)
                continue
            before = rows[row]
            if before is not record and before != record:
                rows[row] = record
                if self.looks_the_same(before, record):
                    continue  # kept, but nothing any view shows changed: no repaint
                display[row] = None
                filters[row] = None
                changed_rows.append(row)
        if changed_rows:
            last_column = max(0, len(self.headers) - 1)
            for first, last in contiguous(changed_rows):
                self.dataChanged.emit(self.index(first, 0), self.index(last, last_column), [])
            self.resort(changed_rows)
        if new:
            self._insert(new)
        return len(new), len(changed_rows)

    def _replace(self, records: Sequence[T], rows_of: list[int]) -> int:
        """Store the records that differ from the rows they have (``rows_of``); how many."""
        rows = self._rows
        before = list(map(rows.__getitem__, rows_of))
        # the same object is the same record (the API hands unchanged ones back as they were)
        other = compress(range(len(records)), map(is_not, before, records))
        differ = [at for at in other if before[at] != records[at]]
        changed_rows: set[int] = set()
        display, filters, same = self._display, self._filter, self.looks_the_same
        for at in differ:
            row, record = rows_of[at], records[at]
            rows[row] = record
            if same(before[at], record):
                continue  # kept, but nothing any view shows changed: no repaint
            display[row] = None
            filters[row] = None
            changed_rows.add(row)
        if changed_rows:
            last_column = max(0, len(self.headers) - 1)
            for first, last in contiguous(changed_rows):
                self.dataChanged.emit(self.index(first, 0), self.index(last, last_column), [])
            self.resort(changed_rows)
        return len(changed_rows)

    def _insert(self, new: list[T]) -> None:
        """Add rows of unknown keys: at their sorted places while sorted, else at the end."""
        if self._sort_column < 0 or not self._rows:
            if self._sort_column >= 0:
                keyed = sorted(
                    zip(self._sort_keys_of(new), new, strict=True),
                    key=lambda pair: pair[0],
                    reverse=self._descending,
                )
                new = [record for _, record in keyed]
                self._sort_keys.extend(key for key, _ in keyed)
            self._append(new)
            return
        new_sort_keys = self._sort_keys_of(new)
        blocks: dict[int, list[tuple[Any, T]]] = {}
        for key, record in zip(new_sort_keys, new, strict=True):
            blocks.setdefault(self._position(key), []).append((key, record))
        if len(blocks) > MAX_INSERT_BLOCKS:
            self._sort_keys.extend(new_sort_keys)
            self._append(new)
            self._relayout()
            return
        key_of = self.key_of
        for position in sorted(blocks, reverse=True):  # from the end: earlier places stay valid
            block = sorted(blocks[position], key=lambda pair: pair[0], reverse=self._descending)
            count = len(block)
            self.beginInsertRows(QModelIndex(), position, position + count - 1)
            self._rows[position:position] = [record for _, record in block]
            self._keys[position:position] = [key_of(record) for _, record in block]
            self._sort_keys[position:position] = [key for key, _ in block]
            self._display[position:position] = [None] * count
            self._filter[position:position] = [None] * count
            self._index = {key: row for row, key in enumerate(self._keys)}
            self.endInsertRows()

    def _append(self, new: list[T]) -> None:
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(new) - 1)
        key_of, index = self.key_of, self._index
        for offset, record in enumerate(new):
            key = key_of(record)
            index[key] = start + offset
            self._keys.append(key)
        self._rows.extend(new)
        self._display.extend([None] * len(new))
        self._filter.extend([None] * len(new))
        self.endInsertRows()

    def remove(self, keys: Iterable[K]) -> list[T]:
        """Remove the rows of ``keys`` (unknown keys are ignored); returns the removed records."""
        wanted = set(keys)
        doomed = [row for key in wanted if (row := self._index.get(key)) is not None]
        if not doomed:
            return []
        self.rows_going.emit([self._rows[row] for row in sorted(doomed)])
        # A listener may have changed the rows meanwhile: look the keys up again.
        doomed = [row for key in wanted if (row := self._index.get(key)) is not None]
        if not doomed:
            return []
        removed = [self._rows[row] for row in sorted(doomed)]
        sorted_ = self._sort_column >= 0
        for first, last in reversed(contiguous(doomed)):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._rows[first : last + 1]
            del self._keys[first : last + 1]
            del self._display[first : last + 1]
            del self._filter[first : last + 1]
            if sorted_:
                del self._sort_keys[first : last + 1]
            self.endRemoveRows()
        self._index = {key: row for row, key in enumerate(self._keys)}
        return removed

    def replace_all(self, records: Sequence[T]) -> tuple[int, int, list[T]]:
        """Make the model hold exactly ``records``, by diff.

        Returns:
            ``(inserted, changed, removed records)``.
        """
        if not self._rows:
            inserted, changed = self.upsert(records)
            return inserted, changed, []
        keys = self.keys_of(records)
        wanted = set(keys)
        if len(wanted) == len(self._index) and wanted.issuperset(self._index):
            removed: list[T] = []  # the common poll: nobody left (no per-row Python loop)
        else:
            removed = self.remove([key for key in self._keys if key not in wanted])
        inserted, changed = self.upsert(records, keys)
        return inserted, changed, removed

    def clear(self) -> None:
        """Remove every row (as a row removal, not a reset, so views stay attached)."""
        if not self._rows:
            return
        self.beginRemoveRows(QModelIndex(), 0, len(self._rows) - 1)
        self._rows.clear()
        self._keys.clear()
        self._display.clear()
        self._filter.clear()
        self._sort_keys.clear()
        self._index.clear()
        self.endRemoveRows()

    def reset(self, records: Sequence[T] = ()) -> None:
        """Replace everything with a model reset: only for switching accounts/servers."""
        self.beginResetModel()
        rows = list(records)
        if self._sort_column >= 0:
            keyed = sorted(
                zip(self._sort_keys_of(rows), rows, strict=True),
                key=lambda pair: pair[0],
                reverse=self._descending,
            )
            rows = [record for _, record in keyed]
            self._sort_keys = [key for key, _ in keyed]
        self._rows = rows
        self._keys = [self.key_of(record) for record in self._rows]
        self._index = {key: row for row, key in enumerate(self._keys)}
        self._display = [None] * len(self._rows)
        self._filter = [None] * len(self._rows)
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
        if self._sort_column in cols:
            self.resort()

    def tick(self, rows: Iterable[int] | None = None) -> None:
        """Repaint clock-dependent columns (lobby countdown, last seen).

        Args:
            rows: only these rows (the ones a view shows now), one cell each: their text is
                never cached, so a row scrolled to later is painted with the new time anyway,
                and a tick of 5,000 + 10,000 rows costs a handful of cells instead of a
                whole-column change every proxy and view walks. None: every row.
        """
        columns = self.volatile_columns()
        if not self._rows or not columns:
            return
        roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole]
        if rows is None:
            for column in columns:
                self.dataChanged.emit(
                    self.index(0, column), self.index(len(self._rows) - 1, column), roles
                )
            return
        count = len(self._rows)
        for row in sorted({row for row in rows if 0 <= row < count}):
            if not self.ticks(self._rows[row]):
                continue
            for column in columns:
                cell = self.index(row, column)
                self.dataChanged.emit(cell, cell, roles)

    def ticks(self, record: T) -> bool:
        """Whether ``record``'s clock-dependent text may change with time (``tick``)."""
        return True

    def find_rows(self, predicate: Callable[[T], bool]) -> list[int]:
        return [row for row, record in enumerate(self._rows) if predicate(record)]

"""Search filtering in front of a KeyedTableModel (the views see only this).

Sorting is done by the source model (``KeyedTableModel.sort``: Python's ``sorted`` over cached
keys); the proxy forwards the view's ``sort`` calls there and never sorts itself, because its
C++ sort would call the Python ``data(SORT_ROLE)`` ~25 times per row. The search matches
``FILTER_ROLE``, a cached lower-case text per row built from the name and ids.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
)

from .keyed import FILTER_ROLE, KEY_ROLE, RECORD_ROLE, SORT_ROLE, KeyedTableModel


class SearchProxyModel(QSortFilterProxyModel):
    """Filter by the search box text (case-insensitive, literal); sorting is the source's."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(FILTER_ROLE)
        self.setFilterKeyColumn(0)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the source model (the view calls this on a header click)."""
        source = self.sourceModel()
        if isinstance(source, KeyedTableModel):
            source.sort(column, order)
        else:
            super().sort(column, order)

    def set_search(self, text: str) -> None:
        self.setFilterRegularExpression(QRegularExpression.escape(text.strip().lower()))

    def record_at(self, row: int) -> Any:
        return self.data(self.index(row, 0), RECORD_ROLE)

    def key_at(self, row: int) -> Any:
        return self.data(self.index(row, 0), KEY_ROLE)


class PinnedSearchProxyModel(SearchProxyModel):
    """A search proxy that always shows one row (the current conversation).

    Typing a participant's name must not hide the conversation whose participants are being
    searched (that would clear the participant list); so the current row stays while searching.
    The pin is one more alternative of the C++ regular expression (the row's key is a line of
    its ``FILTER_ROLE`` text), not a Python ``filterAcceptsRow``: that would be called for every
    row on each fill and re-order of 5,000 conversations.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._pinned: Any = None
        self._needle = ""

    def set_pinned(self, key: Any) -> None:
        if key != self._pinned:
            self._pinned = key
            if self._needle:
                self._apply()

    def set_search(self, text: str) -> None:
        self._needle = text.strip().lower()
        self._apply()

    def _apply(self) -> None:
        pattern = QRegularExpression.escape(self._needle)
        if self._needle and self._pinned is not None:
            key = QRegularExpression.escape(str(self._pinned).lower())
            pattern = f"(?m){pattern}|^{key}$"
        self.setFilterRegularExpression(pattern)

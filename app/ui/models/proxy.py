"""Sorting and search filtering in front of a KeyedTableModel (the views see only this).

Sorting uses ``SORT_ROLE`` (raw numbers sort as numbers); the search matches ``FILTER_ROLE``,
a lower-case text per row built from the name and ids, so one C++ pass filters 10,000 rows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression, QSortFilterProxyModel, Qt

from .keyed import FILTER_ROLE, KEY_ROLE, RECORD_ROLE, SORT_ROLE


class SearchProxyModel(QSortFilterProxyModel):
    """Sort by raw values, filter by the search box text (case-insensitive, literal)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(FILTER_ROLE)
        self.setFilterKeyColumn(0)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)

    def set_search(self, text: str) -> None:
        pattern = QRegularExpression.escape(text.strip().lower())
        self.setFilterRegularExpression(pattern)

    def record_at(self, row: int) -> Any:
        return self.data(self.index(row, 0), RECORD_ROLE)

    def key_at(self, row: int) -> Any:
        return self.data(self.index(row, 0), KEY_ROLE)


class PinnedSearchProxyModel(SearchProxyModel):
    """A search proxy that always shows one row (the current conversation).

    Typing a participant's name must not hide the conversation whose participants are being
    searched (that would clear the participant list); so the current row stays while searching.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._pinned: Any = None

    def set_pinned(self, key: Any) -> None:
        if key != self._pinned:
            self._pinned = key
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:
        if self._pinned is not None:
            model = self.sourceModel()
            if model.data(model.index(source_row, 0, source_parent), KEY_ROLE) == self._pinned:
                return True
        return super().filterAcceptsRow(source_row, source_parent)

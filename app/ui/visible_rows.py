"""Which source-model rows a table view shows right now (through its proxy, if any).

Why: the 30 s clock tick repaints the countdown cells of the rows on screen only
(``KeyedTableModel.tick(rows)``); telling Qt that a whole column of 10,000 rows changed costs
the proxy and the view a walk over every row.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractProxyModel
from PySide6.QtWidgets import QTableView


def visible_source_rows(view: QTableView) -> list[int]:
    """The rows of the view's source model painted in its viewport (none while hidden)."""
    model = view.model()
    if model is None or not view.isVisible() or model.rowCount() == 0:
        return []
    first = view.rowAt(0)
    if first < 0:
        return []
    last = view.rowAt(view.viewport().height() - 1)
    if last < 0:
        last = model.rowCount() - 1
    if not isinstance(model, QAbstractProxyModel):
        return list(range(first, last + 1))
    rows = []
    for row in range(first, last + 1):
        source = model.mapToSource(model.index(row, 0))
        if source.isValid():
            rows.append(source.row())
    return rows

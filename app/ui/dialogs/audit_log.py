"""The audit log viewer: every action taken from this machine, newest first, exportable as CSV."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...audit import AuditEntry, AuditLog, export_csv
from ...i18n import QT_TRANSLATE_NOOP
from ...widgets import PlainLabel, plain_tooltip
from ..theme import tone_colour

log = logging.getLogger(__name__)

COLUMNS = (
    QT_TRANSLATE_NOOP("AuditLogDialog", "Time"),
    QT_TRANSLATE_NOOP("AuditLogDialog", "Result"),
    QT_TRANSLATE_NOOP("AuditLogDialog", "Conversation"),
    QT_TRANSLATE_NOOP("AuditLogDialog", "Participant"),
    QT_TRANSLATE_NOOP("AuditLogDialog", "Action"),
    QT_TRANSLATE_NOOP("AuditLogDialog", "Detail"),
    QT_TRANSLATE_NOOP("AuditLogDialog", "Account"),
    QT_TRANSLATE_NOOP("AuditLogDialog", "Server"),
)
"""What happened first (when, ok or not, where, to whom), who acted and on which server last:
the Result column used to be the last one and so the one cut off at the window's edge."""
RESULT_COLUMN = COLUMNS.index("Result")
SHRINKABLE = tuple(COLUMNS.index(name) for name in ("Detail", "Server", "Conversation"))
"""The columns that give way, in this order, so that the rest fit (texts in the tooltips);
what still does not fit (Account, Server) is reached by scrolling, never the Result."""
MIN_SHRUNK_WIDTH = 120


class AuditLogDialog(QDialog):
    def __init__(self, audit: AuditLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.audit = audit
        self.entries: list[AuditEntry] = []
        self._content_widths: list[int] = []
        self.setObjectName("auditLogDialog")
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(960, 480)
        layout = QVBoxLayout(self)
        self.status = PlainLabel(self)
        self.status.setObjectName("auditStatusLabel")
        layout.addWidget(self.status)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("auditLogTable")
        self.table.setHorizontalHeaderLabels([self.tr(name) for name in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        layout.addWidget(self.table)

        buttons = QDialogButtonBox(self)
        self.refresh_button = QPushButton(self.tr("Reload"), self)
        self.refresh_button.setObjectName("auditRefreshButton")
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.setObjectName("auditExportButton")
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("auditCloseButton")
        buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.refresh_button.clicked.connect(self.reload)
        self.export_button.clicked.connect(self._ask_export)
        close.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.entries = list(reversed(self.audit.entries()))
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            result = (
                self.tr("ok") if entry.ok else self.tr("failed: {error}").format(error=entry.error)
            )
            values = (
                entry.local_time.strftime("%Y-%m-%d %H:%M:%S"),
                result,
                entry.room,
                entry.participant,
                entry.action,
                entry.detail,
                entry.account,
                entry.server,
            )
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(plain_tooltip(value))
                if col == RESULT_COLUMN and not entry.ok:
                    item.setForeground(tone_colour("error", self.table.palette()))
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()  # measured once per reload, not per resize
        self._content_widths = [self.table.columnWidth(c) for c in range(len(COLUMNS))]
        self.fit_columns()
        self.export_button.setEnabled(bool(self.entries))
        self.status.setText(
            self.tr("%n action(s) recorded in {path}", "", len(self.entries)).format(
                path=self.audit.path
            )
        )

    def fit_columns(self) -> None:
        """Every column in view: columns take their contents' width, and when that is wider
        than the table the widest ones give way (``SHRINKABLE``), their full text in the
        tooltip."""
        if not self._content_widths:
            return  # not filled yet
        widths = list(self._content_widths)
        room = self.table.viewport().width()
        # only an error longer than the whole table is shortened (its text in the tooltip)
        widths[RESULT_COLUMN] = min(widths[RESULT_COLUMN], room - widths[0])
        excess = sum(widths) - room
        for col in SHRINKABLE:
            give = min(max(excess, 0), widths[col] - MIN_SHRUNK_WIDTH)
            if give > 0:
                widths[col] -= give
                excess -= give
        for col, width in enumerate(widths):
            self.table.setColumnWidth(col, width)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self.fit_columns()

    def _ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export audit log"),
            str(Path.home() / "talk-moderator-audit.csv"),
            self.tr("CSV (*.csv)"),
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> int:
        """Write the shown entries (oldest first) to ``path``; report in the status line."""
        try:
            count = export_csv(reversed(self.entries), path)
        except OSError as exc:
            self.status.setText(
                self.tr("Cannot write {path}: {error}").format(path=path, error=exc.strerror or exc)
            )
            return 0
        self.status.setText(self.tr("Exported %n action(s) to {path}", "", count).format(path=path))
        return count

"""The audit log viewer: every action taken from this machine, newest first, exportable as CSV."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QColor
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
from ...widgets import PlainLabel, plain_tooltip

log = logging.getLogger(__name__)

COLUMNS = (
    "Time",
    "Account",
    "Server",
    "Conversation",
    "Participant",
    "Action",
    "Detail",
    "Result",
)


class AuditLogDialog(QDialog):
    def __init__(self, audit: AuditLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.audit = audit
        self.entries: list[AuditEntry] = []
        self.setObjectName("auditLogDialog")
        self.setWindowTitle("Audit log")
        self.resize(960, 480)
        layout = QVBoxLayout(self)
        self.status = PlainLabel(self)
        self.status.setObjectName("auditStatusLabel")
        layout.addWidget(self.status)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("auditLogTable")
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        layout.addWidget(self.table)

        buttons = QDialogButtonBox(self)
        self.refresh_button = QPushButton("Reload", self)
        self.refresh_button.setObjectName("auditRefreshButton")
        self.export_button = QPushButton("Export CSV…", self)
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
            result = "ok" if entry.ok else f"failed: {entry.error}"
            values = (
                entry.local_time.strftime("%Y-%m-%d %H:%M:%S"),
                entry.account,
                entry.server,
                entry.room,
                entry.participant,
                entry.action,
                entry.detail,
                result,
            )
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(plain_tooltip(value))
                if col == len(values) - 1 and not entry.ok:
                    item.setForeground(QColor("#b00020"))
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.export_button.setEnabled(bool(self.entries))
        self.status.setText(f"{len(self.entries)} action(s) recorded in {self.audit.path}")

    def _ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, "Export audit log", str(Path.home() / "talk-moderator-audit.csv"), "CSV (*.csv)"
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> int:
        """Write the shown entries (oldest first) to ``path``; report in the status line."""
        try:
            count = export_csv(reversed(self.entries), path)
        except OSError as exc:
            self.status.setText(f"Cannot write {path}: {exc.strerror or exc}")
            return 0
        self.status.setText(f"Exported {count} action(s) to {path}")
        return count

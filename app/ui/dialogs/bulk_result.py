"""Progress and per-item results of a bulk action (many participants or conversations).

The dialog first lists what will be done (that is the confirmation: Start or Cancel, and Cancel
sends nothing). Then the table fills in as items finish: who, succeeded or failed, and the
server's reason. Stop ends sending; items already sent finish and are reported, the rest are
marked "not sent".
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import QT_TRANSLATE_NOOP
from ...moderation import ActionRunner, BulkOutcome, BulkRunner, ItemResult, ItemStatus, Operation
from ...moderation.bulk import DEFAULT_CONCURRENCY
from ...qtapp.translations import shown
from ...widgets import PlainLabel, plain_tooltip
from ..theme import tone_colour

STATUS_WORDS = {
    ItemStatus.PENDING: QT_TRANSLATE_NOOP("BulkResultDialog", "waiting"),
    ItemStatus.RUNNING: QT_TRANSLATE_NOOP("BulkResultDialog", "sending…"),
    ItemStatus.SUCCEEDED: QT_TRANSLATE_NOOP("BulkResultDialog", "done"),
    ItemStatus.FAILED: QT_TRANSLATE_NOOP("BulkResultDialog", "failed"),
    ItemStatus.SKIPPED: QT_TRANSLATE_NOOP("BulkResultDialog", "not sent"),
}
"""An item's state in the Result column (English; translated when shown)."""
STATUS_TONES = {ItemStatus.SUCCEEDED: "success", ItemStatus.FAILED: "error"}
NOTHING_TO_SEND = QT_TRANSLATE_NOOP("BulkResultDialog", "nothing to send")
"""The reason column of an item left out of the run (``noted``)."""
NOT_STARTED = ""
"""An item's result before Start: nothing is waiting yet, the list is the question."""


class BulkResultDialog(QDialog):
    """Runs one action over many items and shows how each went.

    Args:
        noted: items left out because there is nothing to do for them, as (label, why):
            listed after the others ("Bob", "already a moderator"), never sent.

    Signals:
        finished_all: the ``BulkOutcome`` once every item is done, failed or skipped.
    """

    finished_all = Signal(object)

    def __init__(
        self,
        runner: ActionRunner,
        operations: Sequence[Operation],
        *,
        title: str,
        start_text: str = "",
        intro: str = "",
        concurrency: int = DEFAULT_CONCURRENCY,
        noted: Sequence[tuple[str, str]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.noted = tuple(noted)
        self.setObjectName("bulkResultDialog")
        self.setWindowTitle(title)
        self.resize(640, 420)
        self.bulk = BulkRunner(runner, operations, concurrency=concurrency, on_change=self._changed)
        self.outcome: BulkOutcome | None = None
        self._task: asyncio.Task[None] | None = None

        layout = QVBoxLayout(self)
        self.summary = PlainLabel(intro or self.tr("%n item(s)", "", len(operations)), self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("bulkSummaryLabel")
        layout.addWidget(self.summary)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("bulkProgressBar")
        self.progress.setRange(0, max(1, len(operations)))
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("%v of %m"))
        layout.addWidget(self.progress)
        self.table = QTableWidget(len(operations) + len(self.noted), 3, self)
        self.table.setObjectName("bulkResultTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Result"), self.tr("Reason")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for result in self.bulk.results:
            self.table.setItem(result.index, 0, QTableWidgetItem(result.label))
            self.table.setItem(result.index, 1, QTableWidgetItem(NOT_STARTED))
            self.table.setItem(result.index, 2, QTableWidgetItem(""))
        for row, (label, why) in enumerate(self.noted, start=len(operations)):
            self.table.setItem(row, 0, QTableWidgetItem(label))
            self.table.setItem(row, 1, QTableWidgetItem(why))
            self.table.setItem(row, 2, QTableWidgetItem(self.tr(NOTHING_TO_SEND)))
        layout.addWidget(self.table)

        buttons = QDialogButtonBox(self)
        self.start_button = QPushButton(start_text or self.tr("Start"), self)
        self.start_button.setObjectName("bulkStartButton")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("bulkCancelButton")
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("bulkCloseButton")
        self.close_button.setEnabled(False)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.accept)
        layout.addWidget(buttons)

    # ----------------------------------------------------------------- running

    def start(self) -> asyncio.Task[None]:
        """Start sending (once); returns the task so callers may await it."""
        if self._task is None:
            self.start_button.setEnabled(False)
            self.cancel_button.setText(self.tr("Stop"))
            for result in self.bulk.results:  # now they wait for their turn
                if result.status is ItemStatus.PENDING:
                    waiting = QTableWidgetItem(self.tr(STATUS_WORDS[result.status]))
                    self.table.setItem(result.index, 1, waiting)
            self._task = asyncio.ensure_future(self._run())
        return self._task

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    async def _run(self) -> None:
        outcome = await self.bulk.run()
        self.outcome = outcome
        counts = self.tr("{succeeded} succeeded, {failed} failed").format(
            succeeded=outcome.succeeded, failed=outcome.failed
        )
        if outcome.skipped:
            counts += ", " + self.tr("{skipped} not sent (cancelled)").format(
                skipped=outcome.skipped
            )
        summary = (
            self.tr("Stopped: {counts}") if outcome.cancelled else self.tr("Finished: {counts}")
        )
        self.summary.setText(summary.format(counts=counts) + self._noted_summary())
        # Nothing is left to start or stop: show only Close, so the finished dialog does not
        # offer two dead buttons next to the one that works.
        self.cancel_button.setEnabled(False)
        self.start_button.hide()
        self.cancel_button.hide()
        self.close_button.setEnabled(True)
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.table.resizeRowsToContents()
        self.finished_all.emit(outcome)

    def _noted_summary(self) -> str:
        """How many were left out, and why when they share one reason: "; 1 left out (why)"."""
        if not self.noted:
            return ""
        reasons = {why for _label, why in self.noted}
        if len(reasons) == 1:
            return "; " + self.tr("{count} left out ({why})").format(
                count=len(self.noted), why=reasons.pop()
            )
        return "; " + self.tr("{count} left out").format(count=len(self.noted))

    def cancel(self) -> None:
        if self.running:
            self.bulk.cancel()
            self.cancel_button.setEnabled(False)
            self.summary.setText(self.tr("Stopping: waiting for the requests already sent…"))
        elif self._task is None:
            self.reject()

    def _changed(self, result: ItemResult) -> None:
        status_item = QTableWidgetItem(self.tr(STATUS_WORDS[result.status]))
        tone = STATUS_TONES.get(result.status)
        if tone:
            status_item.setForeground(tone_colour(tone, self.table.palette()))
        self.table.setItem(result.index, 1, status_item)
        words = shown(result.reason) if result.reason is not None else result.error
        reason = QTableWidgetItem(words)
        reason.setToolTip(plain_tooltip(words))
        self.table.setItem(result.index, 2, reason)
        progress = self.bulk.progress()
        self.progress.setValue(progress.done)
        if self.running and not self.bulk.cancelled:
            self.summary.setText(
                self.tr("{done} of {total}: {succeeded} succeeded, {failed} failed").format(
                    done=progress.done,
                    total=progress.total,
                    succeeded=progress.succeeded,
                    failed=progress.failed,
                )
            )

    def row(self, index: int) -> tuple[str, str, str]:
        """The texts of one result row (label, result, reason)."""
        cells = [self.table.item(index, col) for col in range(3)]
        texts = [cell.text() if cell is not None else "" for cell in cells]
        return texts[0], texts[1], texts[2]

    # ----------------------------------------------------------------- closing

    def reject(self) -> None:
        if self.running:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.running:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

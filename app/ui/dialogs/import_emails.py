"""Import e-mail guests from a CSV file: the server's dry run first, a preview, then the import.

Choosing a file sends it to the server's dry run (``testRun``: nobody is added, no mail is
sent), then the dialog lists every line of the file: who will be invited, who is invited
already, which lines the server calls invalid. Import sends the file for real, once; the
server then adds the valid lines and makes the conversation public. Opening the dialog sends
nothing. Everything the file holds is shown as plain text.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...api import Room, TalkError
from ...i18n import QT_TRANSLATE_NOOP
from ...moderation import ActionRunner, Operation
from ...moderation import invitations as inv
from ...qtapp.translations import error_text
from ...widgets import PlainLabel
from .base import AsyncActionDialog

log = logging.getLogger(__name__)

_HEADERS = (
    QT_TRANSLATE_NOOP("ImportEmailsDialog", "Line"),
    QT_TRANSLATE_NOOP("ImportEmailsDialog", "Address"),
    QT_TRANSLATE_NOOP("ImportEmailsDialog", "Name"),
    QT_TRANSLATE_NOOP("ImportEmailsDialog", "Import"),
)
"""The preview's columns (English; translated when shown)."""
_STATUS = {
    inv.NEW: QT_TRANSLATE_NOOP("ImportEmailsDialog", "to invite"),
    inv.ALREADY: QT_TRANSLATE_NOOP("ImportEmailsDialog", "already invited"),
    inv.INVALID: QT_TRANSLATE_NOOP("ImportEmailsDialog", "invalid"),
}
"""A line's fate in the Import column (English; translated when shown)."""


class ImportEmailsDialog(AsyncActionDialog):
    """Pick a CSV file (an ``email`` column, optionally ``name``), check it, import it."""

    def __init__(self, runner: ActionRunner, room: Room, parent: QWidget | None = None) -> None:
        super().__init__(
            runner,
            title=self.tr("Import e-mail guests into '{title}'").format(title=room.title),
            object_name="importEmailsDialog",
            send_text=self.tr("Import"),
            parent=parent,
        )
        self.room = room
        self.content = b""
        self.filename = ""
        self.checked: inv.ImportPreview | None = None
        """The dry run's preview of the file chosen, None before (or when it failed)."""
        self._check: asyncio.Task[None] | None = None
        self._checking = False
        self.set_intro(
            self.tr(
                "Choose a CSV file with an 'email' column (and optionally 'name'). The server "
                "checks it first and adds nobody; then you see who will be invited. Each guest "
                "gets an invitation e-mail, and the conversation becomes public."
            )
        )
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("importFileEdit")
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.setObjectName("importChooseButton")
        self.choose_button.clicked.connect(self._choose)
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.path_edit, 1)
        line.addWidget(self.choose_button)
        self.form.addRow(self.tr("File:"), row)
        self.summary = PlainLabel(self)
        self.summary.setObjectName("importSummaryLabel")
        self.summary.setWordWrap(True)
        self.form.addRow(self.summary)
        self.table = QTableWidget(0, len(_HEADERS), self)
        self.table.setObjectName("importPreviewTable")
        self.table.setHorizontalHeaderLabels([self.tr(header) for header in _HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        self.table.hide()
        box = self.layout()
        assert isinstance(box, QVBoxLayout)
        box.insertWidget(box.indexOf(self.error_label), self.table)
        self.update_send_enabled()

    # ----------------------------------------------------------------- the file

    def _choose(self) -> None:
        picker = QFileDialog(self, self.tr("CSV file of e-mail guests"))
        picker.setObjectName("importFilePicker")
        picker.setNameFilters([self.tr("CSV files (*.csv)"), self.tr("All files (*)")])
        picker.setFileMode(QFileDialog.FileMode.ExistingFile)
        picker.fileSelected.connect(lambda path: self.load(Path(path)))
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.open()  # non-blocking: polling goes on

    def load(self, path: Path) -> None:
        """Read ``path`` and have the server check it (the dry run)."""
        if self._check is not None and not self._check.done():
            self._check.cancel()
        self.path_edit.setText(str(path))
        self._checking = True
        self._check = asyncio.ensure_future(self._read_and_check(path))

    @property
    def checking(self) -> bool:
        """The server's dry run of the chosen file is still coming."""
        return self._checking

    async def wait_checked(self) -> None:
        """Await the dry run in flight, if any (tests and callers driving the dialog)."""
        task = self._check
        if task is not None:
            await asyncio.shield(task)

    async def _read_and_check(self, path: Path) -> None:
        self.checked = None
        self._show_preview()
        self.show_error("")
        self.summary.setText(self.tr("Checking the file with the server…"))
        self.progress.show()
        self.update_send_enabled()
        try:
            content = await asyncio.get_running_loop().run_in_executor(None, _read, path)
            preview = await inv.check_import(self.service, self.room, content, path.name)
        except (OSError, ValueError) as exc:
            self._checked(
                None, self.tr("Cannot read {file}: {error}").format(file=path.name, error=exc)
            )
            return
        except TalkError as exc:
            self._checked(None, error_text(exc))
            return
        self.content, self.filename = content, path.name
        self._checked(preview, "")

    def _checked(self, preview: inv.ImportPreview | None, error: str) -> None:
        if not shiboken6.isValid(self):  # closed while the server was checking
            return
        self._checking = False
        self.progress.hide()
        self.checked = preview
        self._show_preview()
        self.show_error(error)
        self.update_send_enabled()

    def _show_preview(self) -> None:
        preview = self.checked
        self.table.setVisible(preview is not None)
        self.table.setRowCount(0)
        if preview is None:
            self.summary.setText("")
            return
        text = self.tr("The server's check: {summary}.").format(summary=self._summary(preview))
        if preview.invalid_lines and preview.can_import:
            text += " " + self.tr("Import invites the others and skips the invalid lines.")
        elif not preview.can_import:
            text += " " + self.tr("Nobody to invite.")
        self.summary.setText(text)
        self.table.setRowCount(len(preview.lines))
        for row, guest in enumerate(preview.lines):
            for column, value in enumerate(
                (str(guest.line), guest.email, guest.name, self.tr(_STATUS.get(guest.status, "")))
            ):
                item = QTableWidgetItem(value)  # plain text, whatever the file holds
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)

    def _summary(self, preview: inv.ImportPreview) -> str:
        """In words: 3 to invite, 1 already invited, 2 invalid lines (4, 6)."""
        parts = [self.tr("{count} to invite").format(count=preview.check.invites)]
        if preview.check.duplicates:
            parts.append(self.tr("{count} already invited").format(count=preview.check.duplicates))
        if preview.invalid_lines:
            numbers = ", ".join(str(n) for n in preview.invalid_lines)
            parts.append(
                self.tr("%n invalid line(s) ({lines})", "", len(preview.invalid_lines)).format(
                    lines=numbers
                )
            )
        return ", ".join(parts)

    # ----------------------------------------------------------------- sending

    def validate(self) -> str | None:
        if self.checking:
            return self.tr("The server is still checking the file")
        if self.checked is None:
            return self.tr("Choose a CSV file first")
        if not self.checked.can_import:
            return self.tr("Nobody in the file to invite")
        return None

    def operation(self) -> Operation:
        return inv.import_emails(self.room, self.content, self.filename)

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        self.choose_button.setEnabled(not busy)

    def done(self, result: int) -> None:
        if self._check is not None and not self._check.done():
            self._check.cancel()  # closed while checking: the answer is of no use now
        super().done(result)


def _read(path: Path) -> bytes:
    """The file's bytes, refusing what cannot be a guest list (in the executor)."""
    size = path.stat().st_size
    if size > inv.MAX_CSV_BYTES:
        raise ValueError(
            QCoreApplication.translate(
                "ImportEmailsDialog",
                "the file has {size} MB, more than any guest list (at most {limit} MB)",
            ).format(size=f"{size / 1024 / 1024:.1f}", limit=inv.MAX_CSV_BYTES // 1024 // 1024)
        )
    return path.read_bytes()

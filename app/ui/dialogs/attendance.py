"""Download Attendance List: CSV or ODS, to a file the user picks; the list of a running call.

Opening the dialog sends nothing. The file name Talk would give is suggested; Download asks
the server for the list and writes the file (through the runner, audited: the list holds
everyone's name and e-mail address). Without a running call the server's refusal is shown
inline ("there is no call running") and nothing is written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from ...api import Room
from ...i18n import QT_TRANSLATE_NOOP
from ...moderation import ActionRunner, Operation
from ...moderation import attendance as att
from .base import AsyncActionDialog

_FILTERS = {
    "csv": QT_TRANSLATE_NOOP("AttendanceDialog", "CSV files (*.csv)"),
    "ods": QT_TRANSLATE_NOOP("AttendanceDialog", "OpenDocument spreadsheets (*.ods)"),
}


class AttendanceDialog(AsyncActionDialog):
    """Pick CSV or ODS and where to save; Download writes the file.

    Args:
        folder: where the file is suggested (the user's home by default).
    """

    def __init__(
        self,
        runner: ActionRunner,
        room: Room,
        parent: QWidget | None = None,
        *,
        folder: Path | None = None,
    ) -> None:
        super().__init__(
            runner,
            title=self.tr("Attendance list of '{title}'").format(title=room.title),
            object_name="attendanceDialog",
            send_text=self.tr("Download"),
            parent=parent,
        )
        self.room = room
        self.folder = folder or Path.home()
        self.set_intro(
            self.tr(
                "Everyone who joined the running call, also those who left it again: name, "
                "e-mail address, kind and account. The file holds personal data."
            )
        )
        formats = QWidget(self)
        line = QHBoxLayout(formats)
        line.setContentsMargins(0, 0, 0, 0)
        self.csv_radio = QRadioButton(self.tr("&CSV"), formats)
        self.csv_radio.setObjectName("attendanceCsvRadio")
        self.ods_radio = QRadioButton(self.tr("&ODS (spreadsheet)"), formats)
        self.ods_radio.setObjectName("attendanceOdsRadio")
        group = QButtonGroup(self)
        group.addButton(self.csv_radio)
        group.addButton(self.ods_radio)
        self.csv_radio.setChecked(True)
        line.addWidget(self.csv_radio)
        line.addWidget(self.ods_radio)
        line.addStretch(1)
        self.form.addRow(self.tr("Format:"), formats)

        row = QWidget(self)
        pick = QHBoxLayout(row)
        pick.setContentsMargins(0, 0, 0, 0)
        self.path_edit = QLineEdit(str(self.folder / att.suggested_name(room, "csv")), row)
        self.path_edit.setObjectName("attendancePathEdit")
        self.path_edit.textChanged.connect(self.update_send_enabled)
        self.choose_button = QPushButton(self.tr("Choose…"), row)
        self.choose_button.setObjectName("attendanceChooseButton")
        self.choose_button.clicked.connect(self._choose)
        pick.addWidget(self.path_edit, 1)
        pick.addWidget(self.choose_button)
        self.form.addRow(self.tr("&Save as:"), row)
        self.csv_radio.toggled.connect(self._format_changed)
        self.update_send_enabled()

    @property
    def format(self) -> str:
        return "ods" if self.ods_radio.isChecked() else "csv"

    def _format_changed(self) -> None:
        """Keep the file's extension in step with the format."""
        path = Path(self.path_edit.text())
        if path.suffix.lower() in (".csv", ".ods"):
            self.path_edit.setText(str(path.with_suffix("." + self.format)))

    def _choose(self) -> None:
        picker = QFileDialog(self, self.tr("Save the attendance list"), self.path_edit.text())
        picker.setObjectName("attendanceFilePicker")
        picker.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        picker.setNameFilters(
            [
                QCoreApplication.translate("AttendanceDialog", _FILTERS[self.format]),
                self.tr("All files (*)"),
            ]
        )
        picker.setDefaultSuffix(self.format)
        picker.fileSelected.connect(self.path_edit.setText)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.open()  # non-blocking: polling goes on

    def validate(self) -> str | None:
        text = self.path_edit.text().strip()
        if not text:
            return self.tr("Choose where to save the list")
        path = Path(text).expanduser()
        if path.is_dir():
            return self.tr("{path} is a folder: add a file name").format(path=path)
        if not path.parent.is_dir():
            return self.tr("The folder {path} does not exist").format(path=path.parent)
        return None

    def operation(self) -> Operation:
        path = Path(self.path_edit.text().strip()).expanduser()
        return att.download_attendance(self.room, path, self.format)

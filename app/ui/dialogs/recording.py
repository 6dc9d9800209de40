"""Start Recording (video, or audio only) and Stop Recording of the running call.

Talk records through a recording server: a server without one refuses, and the window says
so ("this server has no recording backend") before anyone clicks, from the capabilities. A
started recording shows as "starting" in the conversation list until the recording server
reports back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from ...api import Room
from ...moderation import ActionRunner, Operation
from ...moderation import recording as rec
from .base import AsyncActionDialog
from .confirm import ConfirmActionDialog


class StartRecordingDialog(AsyncActionDialog):
    """Video (what the call shows, with sound) or audio only."""

    def __init__(self, runner: ActionRunner, room: Room, parent: QWidget | None = None) -> None:
        super().__init__(
            runner,
            title=self.tr("Record the call in '{title}'").format(title=room.title),
            object_name="startRecordingDialog",
            send_text=self.tr("Start Recording"),
            parent=parent,
        )
        self.room = room
        self.set_intro(
            self.tr(
                "Record the call in '{title}'? Everyone in the call sees that it is "
                "recorded; the file is saved in your Files when the recording stops."
            ).format(title=room.title)
        )
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.video_radio = QRadioButton(self.tr("&Video (with sound)"), box)
        self.video_radio.setObjectName("recordingVideoRadio")
        self.audio_radio = QRadioButton(self.tr("&Audio only"), box)
        self.audio_radio.setObjectName("recordingAudioRadio")
        group = QButtonGroup(self)
        group.addButton(self.video_radio)
        group.addButton(self.audio_radio)
        self.video_radio.setChecked(True)
        column.addWidget(self.video_radio)
        column.addWidget(self.audio_radio)
        self.form.addRow(self.tr("Record:"), box)

    def operation(self) -> Operation:
        return rec.start_recording(self.room, audio_only=self.audio_radio.isChecked())


def stop_recording_dialog(
    runner: ActionRunner, room: Room, parent: QWidget | None = None
) -> ConfirmActionDialog:
    words = rec.recording_text(room)
    state = (
        QCoreApplication.translate("Rules", words)
        if words
        else QCoreApplication.translate("StopRecordingDialog", "Recording")
    )
    return ConfirmActionDialog(
        runner,
        rec.stop_recording(room),
        title=QCoreApplication.translate("StopRecordingDialog", "Stop recording"),
        text=QCoreApplication.translate(
            "StopRecordingDialog", "Stop recording the call in '{title}'? ({state})"
        ).format(title=room.title, state=state),
        send_text=QCoreApplication.translate("StopRecordingDialog", "Stop Recording"),
        parent=parent,
    )

"""Recording a call as data: start (video, or audio only), stop, and the room's state in words.

Talk records through a recording server. A start is accepted before the recording runs (the
room says "starting" until the recording server reports back) and a stop is accepted even
when nothing is recorded, so both senders read the room back: the lists show its
``callRecording`` at once.
"""

from __future__ import annotations

from ..api import Room, TalkService
from ..api.constants import RecordingStatus
from ..api.kinds import ActionKind
from ..i18n import QT_TRANSLATE_NOOP, Text
from .operation import OPERATIONS, Operation, Send, for_room

STATE_CONTEXT = "Rules"
"""The translation context of ``STATE_WORDS``."""
STATE_WORDS: dict[int, str] = {
    RecordingStatus.NONE: "",
    RecordingStatus.VIDEO: QT_TRANSLATE_NOOP("Rules", "Recording (video)"),
    RecordingStatus.AUDIO: QT_TRANSLATE_NOOP("Rules", "Recording (audio only)"),
    RecordingStatus.VIDEO_STARTING: QT_TRANSLATE_NOOP("Rules", "Starting a video recording"),
    RecordingStatus.AUDIO_STARTING: QT_TRANSLATE_NOOP("Rules", "Starting an audio recording"),
    RecordingStatus.FAILED: QT_TRANSLATE_NOOP("Rules", "Recording failed"),
}
"""``callRecording`` in words (0: not recorded, no words); marked for the window, which
translates them where it shows them (context Rules)."""

RUNNING = frozenset(
    {
        RecordingStatus.VIDEO,
        RecordingStatus.AUDIO,
        RecordingStatus.VIDEO_STARTING,
        RecordingStatus.AUDIO_STARTING,
    }
)


def recording_text(room: Room) -> str:
    """The room's recording state in words; "" when it is not being recorded."""
    return STATE_WORDS.get(room.call_recording, f"Recording state {room.call_recording}")


def call_text(room: Room) -> str:
    """The conversation list's call column: "In call", with the recording state when there
    is one ("In call · Recording (video)")."""
    parts = ["In call"] if room.has_call else []
    words = recording_text(room)
    if words:
        parts.append(words)
    return " · ".join(parts)


def is_recording(room: Room) -> bool:
    """Being recorded, or a recording is starting."""
    return room.call_recording in RUNNING


def start_recording(room: Room, *, audio_only: bool = False) -> Operation:
    words = (
        QT_TRANSLATE_NOOP("Operations", "start an audio-only recording of the call")
        if audio_only
        else QT_TRANSLATE_NOOP("Operations", "start a video recording of the call")
    )
    return for_room(
        ActionKind.START_RECORDING, room, Text(OPERATIONS, words), audio_only=audio_only
    )


async def _start_recording(service: TalkService, op: Operation) -> Room:
    await service.recording.start(op.room_token, audio_only=op.flag("audio_only"))
    return await service.rooms.get(op.room_token)


def stop_recording(room: Room) -> Operation:
    detail = Text(OPERATIONS, QT_TRANSLATE_NOOP("Operations", "stop recording the call"))
    return for_room(ActionKind.STOP_RECORDING, room, detail)


async def _stop_recording(service: TalkService, op: Operation) -> Room:
    await service.recording.stop(op.room_token)
    return await service.rooms.get(op.room_token)


SENDERS: dict[ActionKind, Send] = {
    ActionKind.START_RECORDING: _start_recording,
    ActionKind.STOP_RECORDING: _stop_recording,
}
"""The senders of the recording actions (entered in ``operations.DISPATCH``)."""

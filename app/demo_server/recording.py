"""Call recording as Talk 21 does it, with a stand-in recording server where one is configured.

Talk records through a separate recording server (``Config::isRecordingEnabled``: a
recording server, its secret and the high-performance signaling server). The profile's
``recording`` says whether this demo server has one; the real test server (profile
``real``) has none and refuses with ``400 {"error": "config"}``. Where there is one, the stand-in
answers like a real recording server would, through the room's ``callRecording``:

* a start leaves the room "starting" (3 video, 4 audio), as Talk does until the recording
  server calls back; the stand-in calls back before the room is next shown (1 or 2);
* a stop is reported back at once (0);
* when the call ends, the recording ends with it (0), as the recording server leaves.
"""

from __future__ import annotations

from .models import Room

NONE, VIDEO, AUDIO, VIDEO_STARTING, AUDIO_STARTING, FAILED = 0, 1, 2, 3, 4, 5
STARTING = {VIDEO: VIDEO_STARTING, AUDIO: AUDIO_STARTING}
STARTED = {VIDEO_STARTING: VIDEO, AUDIO_STARTING: AUDIO}
RUNNING = frozenset({VIDEO, AUDIO, VIDEO_STARTING, AUDIO_STARTING})


def shown_state(room: Room, *, backend: bool) -> int:
    """The room's ``callRecording`` as it is shown now, after the stand-in recording server
    reported what happened since the last look (with ``backend``)."""
    if backend:
        if room.call_recording in RUNNING and not room.call_start_time:
            room.call_recording = NONE  # the call ended: the recorder left with it
        elif room.call_recording in STARTED:
            room.call_recording = STARTED[room.call_recording]
    return room.call_recording

"""Recording of a call (API v1, capability ``recording-v1``): start and stop.

Talk records through a separate recording server; without one it refuses every start with
``400 {"error": "config"}`` once a call is running (``call`` before that; checked on Talk
21.1.7). A start answers before the recording runs: the room's ``callRecording`` shows 3 or 4
(starting) until the recording server reports back (1 video, 2 audio, 5 failed). A stop
answers 200 even when nothing is being recorded, so callers look at the room first.
"""

from __future__ import annotations

from ...i18n import QT_TRANSLATE_NOOP
from ..constants import API_V1_BASE, RecordingStatus
from .base import Area, verb


class RecordingArea(Area):
    """``service.recording``: for signed-in moderators only (guest moderators cannot)."""

    async def start(self, token: str, *, audio_only: bool = False) -> None:
        """Ask the recording server to record the running call (video, or audio only).

        Raises:
            BadRequest: ``config`` (no recording server), ``call`` (no call running),
                ``recording`` (being recorded or starting already), ``status``.
            Forbidden: not a signed-in moderator.
        """
        status = RecordingStatus.AUDIO if audio_only else RecordingStatus.VIDEO
        what = "an audio recording" if audio_only else "a video recording"
        action = self._act(
            "start-recording",
            verb(
                QT_TRANSLATE_NOOP("Verbs", "start {what} of the call in {room}"),
                what=what,
                room=self._quoted(token),
            ),
            token,
        )
        await self._transport.call(
            "POST", f"{API_V1_BASE}/recording/{token}", action, json={"status": int(status)}
        )

    async def stop(self, token: str) -> None:
        """Stop the recording; the recording server then uploads the file to the one who
        started it. Success even when nothing was being recorded."""
        action = self._act(
            "stop-recording",
            verb(
                QT_TRANSLATE_NOOP("Verbs", "stop recording the call in {room}"),
                room=self._quoted(token),
            ),
            token,
        )
        await self._transport.call("DELETE", f"{API_V1_BASE}/recording/{token}", action)

"""The call of a conversation: who is in it, join, leave or end it, ring, SIP dial-out,
download its attendance list."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.message import Message
from typing import Any

import httpx

from ...i18n import QT_TRANSLATE_NOOP
from ..bookkeeping import Bookkeeping
from ..constants import API_BASE, InCallFlag
from ..models import AttendanceList, CallPeer
from ..transport import Transport
from .base import Area, verb
from .sessions import SessionsArea

DEFAULT_CALL_FLAGS = InCallFlag.IN_CALL | InCallFlag.WITH_AUDIO | InCallFlag.WITH_VIDEO

ATTENDANCE_FORMATS = ("csv", "ods")
"""What ``format`` may ask for; Talk 21 makes only CSV and refuses anything else (400)."""

_UNSAFE_NAME = re.compile(r'[/\\:*?"<>|\x00-\x1f]+')


def attendance_file_name(response: httpx.Response, title: str, fmt: str) -> str:
    """The server's suggested file name (``Content-Disposition``), reduced to a bare name;
    else Talk's own pattern ``<title> <date>.<format>`` from the room's title."""
    header = response.headers.get("content-disposition", "")
    name = ""
    if header:
        message = Message()
        message["content-disposition"] = header
        name = str(message.get_filename() or "")
    name = _UNSAFE_NAME.sub("-", name.replace("\\", "/").rsplit("/", 1)[-1]).strip(" .")
    if name:
        return name
    stem = re.sub(r'[/\\:*?"<>|\- ]+', "-", title)[:100] or "attendance"
    return f"{stem} {datetime.now(UTC):%Y-%m-%d}.{fmt}"


class CallsArea(Area):
    """``service.calls``: every call action opens the Talk session it needs first.

    Args:
        sessions: where the Talk session for a call action comes from.
    """

    def __init__(self, transport: Transport, book: Bookkeeping, sessions: SessionsArea) -> None:
        super().__init__(transport, book)
        self._sessions = sessions

    async def peers(self, token: str) -> list[CallPeer]:
        """Who is in the call right now."""
        return list(await self.read_peers(token))

    async def read_peers(self, token: str) -> tuple[CallPeer, ...]:
        """As ``peers``, a tuple: the very tuple of the answer before when the server's answer
        is byte for byte the same (polled with the participants, read off the event loop)."""
        action = self._act(
            "call-peers",
            verb(
                QT_TRANSLATE_NOOP("Verbs", "list who is in the call of {room}"),
                room=self._quoted(token),
            ),
            token,
        )
        key = ("call-peers", token)

        def decode(response: httpx.Response) -> tuple[CallPeer, ...]:
            return self._book.answers.items(key, response, CallPeer, action)

        peers: tuple[CallPeer, ...] = await self._transport.send(
            "GET", f"{API_BASE}/call/{token}", action, decode=decode, off_thread=True
        )
        return peers

    async def join(
        self,
        token: str,
        *,
        flags: int = int(DEFAULT_CALL_FLAGS),
        silent: bool = False,
        recording_consent: bool = False,
    ) -> None:
        """Join (or start) the call; opens the Talk session first when needed."""
        await self._sessions.ensure(token)
        action = self._act(
            "join-call",
            verb(QT_TRANSLATE_NOOP("Verbs", "join the call in {room}"), room=self._quoted(token)),
            token,
        )
        body: dict[str, Any] = {"flags": flags, "silent": silent}
        if recording_consent:
            body["recordingConsent"] = True
        await self._transport.call("POST", f"{API_BASE}/call/{token}", action, json=body)

    async def update_flags(self, token: str, flags: int) -> None:
        """Change your media in the call (``InCallFlag``)."""
        action = self._act(
            "call-flags",
            verb(
                QT_TRANSLATE_NOOP("Verbs", "change your media in {room}"), room=self._quoted(token)
            ),
            token,
        )
        await self._transport.call("PUT", f"{API_BASE}/call/{token}", action, json={"flags": flags})

    async def leave(self, token: str, *, end_for_everyone: bool = False) -> None:
        """Leave the call, or as a moderator end it for everyone (needs only a session)."""
        await self._sessions.ensure(token)
        if end_for_everyone:
            action = self._act(
                "end-call",
                verb(
                    QT_TRANSLATE_NOOP("Verbs", "end the call in {room} for everyone"),
                    room=self._quoted(token),
                ),
                token,
            )
        else:
            action = self._act(
                "leave-call",
                verb(
                    QT_TRANSLATE_NOOP("Verbs", "leave the call in {room}"), room=self._quoted(token)
                ),
                token,
            )
        await self._transport.call(
            "DELETE", f"{API_BASE}/call/{token}", action, json={"all": end_for_everyone}
        )

    async def ring(self, token: str, attendee_id: int) -> None:
        """Ring someone who is not in the call yet."""
        await self._sessions.ensure(token)
        who = self._book.attendee_title(token, attendee_id)
        action = self._act(
            "ring", verb(QT_TRANSLATE_NOOP("Verbs", "ring {who}"), who=who), token, who
        )
        await self._transport.call("POST", f"{API_BASE}/call/{token}/ring/{attendee_id}", action)

    async def dial_out(self, token: str, attendee_id: int) -> None:
        """Have the SIP bridge phone a ``phones`` attendee into the running call."""
        await self._sessions.ensure(token)
        who = self._book.attendee_title(token, attendee_id)
        action = self._act(
            "dialout", verb(QT_TRANSLATE_NOOP("Verbs", "dial out to {who}"), who=who), token, who
        )
        await self._transport.call("POST", f"{API_BASE}/call/{token}/dialout/{attendee_id}", action)

    async def attendance(self, token: str, fmt: str = "csv") -> AttendanceList:
        """The attendance list of the running call: everyone who joined it since it began.

        Moderators only. Talk answers a bare 400 (no body) when no call is running, when
        nobody joined it yet, and for a format it cannot make (Talk 21: all but CSV).

        Raises:
            ValueError: ``fmt`` is not one of ``ATTENDANCE_FORMATS``.
            BadRequest: one of the cases above (the sentence says which is likely).
            Forbidden: not a moderator.
        """
        if fmt not in ATTENDANCE_FORMATS:
            raise ValueError(f"unknown attendance list format {fmt!r}")
        title = self._book.room_title(token)
        kind = "download-attendance" if fmt == "csv" else "attendance-" + fmt
        action = self._act(
            kind,
            verb(
                QT_TRANSLATE_NOOP("Verbs", "download the attendance list of {room}"),
                room=self._quoted(token),
            ),
            token,
        )

        def decode(response: httpx.Response) -> AttendanceList:
            content_type = response.headers.get("content-type", "").split(";")[0].strip()
            return AttendanceList(
                content=response.content,
                content_type=content_type.lower(),
                file_name=attendance_file_name(response, title, fmt),
            )

        # CSV is the default: not naming it keeps refusals in JSON (with ``format=csv`` in the
        # query, Nextcloud answers a 403 or 404 in XML, the OCS format it falls back to).
        params = {"format": fmt} if fmt != "csv" else None
        attendance: AttendanceList = await self._transport.send(
            "GET", f"{API_BASE}/call/{token}/download", action, params=params, decode=decode
        )
        return attendance

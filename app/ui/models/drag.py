"""Dragging people out of a participant list: who (attendee ids) of which conversation.

The participant list and the Breakout Rooms dialog's own table put the same MIME type on a
drag, so a room of the dialog takes people from either; the conversation's token comes
along, so people of another conversation are never dropped into the wrong breakout rooms.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from PySide6.QtCore import QMimeData

PEOPLE_MIME = "application/x-talk-moderator-attendees"


def people_mime(token: str, attendee_ids: Iterable[int]) -> QMimeData:
    """A drag's data: the conversation's token and the dragged attendee ids."""
    data = QMimeData()
    payload = {"token": token, "ids": sorted(set(attendee_ids))}
    data.setData(PEOPLE_MIME, json.dumps(payload).encode("utf-8"))
    return data


def read_people_mime(data: QMimeData | None) -> tuple[str, list[int]] | None:
    """``(token, attendee ids)`` of a people drag, None for anything else."""
    if data is None or not data.hasFormat(PEOPLE_MIME):
        return None
    try:
        payload = json.loads(bytes(data.data(PEOPLE_MIME).data()).decode("utf-8"))
    except ValueError:
        return None
    if not isinstance(payload, dict):
        return None
    token, ids = payload.get("token"), payload.get("ids")
    if not isinstance(token, str) or not isinstance(ids, list):
        return None
    if not all(isinstance(i, int) and not isinstance(i, bool) for i in ids):
        return None
    return token, ids

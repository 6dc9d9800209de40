"""Build Room/Participant records for model and rule tests (real structs, no mocks)."""

from __future__ import annotations

from typing import Any

from app.api.models import Participant, Room


def room(token: str = "abc123", **fields: Any) -> Room:
    defaults: dict[str, Any] = {
        "type": 2,
        "name": f"Room {token}",
        "display_name": f"Room {token}",
        "participant_type": 1,
        "attendee_id": 1,
    }
    defaults.update(fields)
    return Room(token=token, **defaults)


def person(attendee_id: int, **fields: Any) -> Participant:
    defaults: dict[str, Any] = {
        "actor_type": "users",
        "actor_id": f"user{attendee_id}",
        "participant_type": 3,
        "display_name": f"User {attendee_id}",
    }
    defaults.update(fields)
    return Participant(attendee_id=attendee_id, **defaults)

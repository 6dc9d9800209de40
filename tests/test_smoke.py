"""The foundation works end to end: a real service against a real demo server."""

from __future__ import annotations

from app.api import TalkService


async def test_service_lists_demo_rooms(service: TalkService) -> None:
    result = await service.rooms.list()
    assert result.full
    assert len(result.rooms) >= 5
    assert result.modified_before is not None
    kinds = {room.type for room in result.rooms}
    assert {1, 2, 3} <= kinds

"""``rooms favorite ROOM on|off`` through the moderation core: on the server, and audited."""

from __future__ import annotations

from pathlib import Path

from app.audit import AuditLog
from app.moderation import ActionKind

from .conftest import Run


def test_favorite_on_and_off(cli: Run, config_dir: Path) -> None:
    token = cli("--json", "rooms", "create", "Stand-up").json()["token"]

    def favorite() -> bool:
        rooms = cli("--json", "rooms", "list").json()
        return bool(next(r for r in rooms if r["token"] == token)["isFavorite"])

    assert not favorite()
    on = cli("rooms", "favorite", token, "on")
    assert (on.code, on.out.strip()) == (0, "'Stand-up' is now one of your favorites.")
    assert favorite()
    off = cli("--json", "rooms", "favorite", token, "off")
    assert off.code == 0 and off.json()["isFavorite"] is False
    assert not favorite()
    entries = [(e.action, e.room_token, e.detail, e.ok) for e in AuditLog().entries()]
    assert entries == [
        (ActionKind.CREATE, token, "create conversation 'Stand-up'", True),
        (ActionKind.FAVORITE, token, "added to favorites", True),
        (ActionKind.FAVORITE, token, "removed from favorites", True),
    ]


def test_favorite_needs_on_or_off(cli: Run) -> None:
    result = cli("rooms", "favorite", "abc", "maybe")
    assert result.code == 2 and "invalid choice" in result.error

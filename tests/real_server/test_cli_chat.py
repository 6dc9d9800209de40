"""``chat list|send|delete|clear`` end to end on the real Talk server: a guest-free version
of the workshop's last step (delete a spam message by its id), checked by exit status, what
was printed and what the server holds afterwards."""

from __future__ import annotations

import pytest

from app.api import TalkService
from tests.real_server.conftest import ServiceFactory
from tests.real_server.test_cli_session import RealRun, real_cli

pytestmark = pytest.mark.real_server

__all__ = ["real_cli"]  # the fixture, shared with the CLI session tests


async def test_list_delete_send_and_clear(
    real_cli: RealRun,
    real_service: TalkService,
    real_service_for: ServiceFactory,
    cleanup_rooms: list[str],
    room_name: object,
) -> None:
    room = await real_service.rooms.create(2, room_name("chat cli"))  # type: ignore[operator]
    cleanup_rooms.append(room.token)
    await real_service.participants.add(room.token, "alice")
    alice = await real_service_for("alice")
    spam = await alice.chat.post(room.token, "Cheap followers at http://spam.example")

    listed = await real_cli("--json", "chat", "list", room.token, "--limit", "10")
    assert listed.code == 0, listed.err
    messages = listed.json()
    assert [m["id"] for m in messages] == sorted(m["id"] for m in messages)
    assert messages[-1]["message"] == spam.message and messages[-1]["actorId"] == "alice"
    table = await real_cli("chat", "list", room.token)
    assert "Cheap followers at http://spam.example" in table.out
    assert "You added Alice" in table.out

    deleted = await real_cli("chat", "delete", room.token, str(spam.id))
    assert deleted.code == 0, deleted.err
    assert deleted.out.strip() == f"Deleted Alice's message {spam.id} in '{room.title}'."
    page = await real_service.chat.history(room.token, limit=5)
    assert next(m for m in page.messages if m.id == spam.id).is_deleted

    sent = await real_cli("--json", "chat", "send", room.token, "Back at 11", "--silent")
    assert sent.code == 0, sent.err
    assert sent.json()["message"] == "Back at 11" and sent.json()["silent"] is True

    refused = await real_cli("chat", "clear", room.token, "--yes", user="alice")
    assert refused.code == 1
    assert refused.error.startswith(f"Cannot clear the history of '{room.title}': only moderators")
    cleared = await real_cli("chat", "clear", room.token, "--yes")
    assert cleared.code == 0, cleared.err
    after = await real_service.chat.history(room.token)
    assert [m.system_message for m in after.messages] == ["history_cleared"]

"""``chat list|send|delete|clear`` end to end against the demo server: the seeded Town Hall
spam deleted by its id, --json in the server's field names, one-line errors, every write
audited."""

from __future__ import annotations

from app.audit import AuditLog
from app.demo_server import DemoServer
from app.demo_server.chat_seed import SPAM

from .conftest import Run


def _room(cli: Run, name: str, *users: str) -> str:
    token: str = cli("--json", "rooms", "create", name).json()["token"]
    for user in users:
        assert cli("participants", "add", token, user).code == 0
    return token


def test_list_the_seeded_town_hall_and_delete_its_spam(cli: Run) -> None:
    listed = cli("chat", "list", "Town Hall")
    assert listed.code == 0, listed.err
    header, *rows = listed.out.strip().splitlines()
    assert header.split() == ["ID", "TIME", "FROM", "KIND", "MESSAGE"]
    spam_row = next(row for row in rows if "FREE crypto" in row)
    assert " Guest " in spam_row and " message " in spam_row
    assert rows[0].split()[0] < rows[-1].split()[0] or len(rows) == 1  # oldest first
    messages = cli("--json", "chat", "list", "Town Hall").json()
    spam = next(m for m in messages if m["message"] == SPAM)
    assert {"id", "actorId", "actorDisplayName", "message", "messageType", "timestamp"} <= set(spam)
    assert [m["id"] for m in messages] == sorted(m["id"] for m in messages)
    deleted = cli("chat", "delete", "Town Hall", str(spam["id"]))
    assert deleted.code == 0, deleted.err
    assert deleted.out.strip() == f"Deleted Guest's message {spam['id']} in 'Town Hall'."
    after = {m["id"]: m for m in cli("--json", "chat", "list", "Town Hall").json()}
    assert after[spam["id"]]["messageType"] == "comment_deleted"
    assert max(after.values(), key=lambda m: m["id"])["systemMessage"] == "message_deleted"
    entry = AuditLog().entries()[-1]
    assert entry.action == "delete-message" and entry.ok
    assert entry.detail == (
        f"delete Guest's message 'FREE crypto giveaway!!! Send 0.1 BTC to claim 10 BTC -> "
        f"htt…' (message {spam['id']})"
    )


def test_send_prints_the_sent_message(cli: Run) -> None:
    token = _room(cli, "Workshop", "alice")
    sent = cli("chat", "send", token, "5 minutes left @alice", "--silent")
    assert sent.code == 0, sent.err
    assert sent.out.startswith("Posted silently to 'Workshop' (message ")
    assert sent.out.rstrip().endswith("): 5 minutes left @Alice")
    posted = cli("--json", "chat", "send", token, "Back in the main room")
    message = posted.json()
    assert message["message"] == "Back in the main room"
    assert message["actorId"] == "moderator1" and message["messageType"] == "comment"
    assert "silent" not in message
    seen = cli("--json", "chat", "list", token, "--limit", "2").json()
    assert [m["message"] for m in seen] == ["5 minutes left {mention-user1}", message["message"]]
    assert seen[0]["silent"] is True and seen[1]["id"] == message["id"]
    assert [e.action for e in AuditLog().entries()][-2:] == ["post-announcement"] * 2


def test_usage_and_refusals_are_one_line(cli: Run) -> None:
    token = _room(cli, "Forum", "alice")
    empty = cli("chat", "send", token, "   ")
    assert empty.code == 2 and empty.error == "MESSAGE: The message is empty"
    no_yes = cli("chat", "clear", token)
    assert no_yes.code == 2 and "add --yes" in no_yes.error
    system = cli("--json", "chat", "list", token).json()[0]
    assert system["systemMessage"] == "conversation_created"
    refused = cli("chat", "delete", token, str(system["id"]))
    assert refused.code == 1
    assert refused.error == (
        f"Cannot delete message {system['id']} in 'Forum': System messages cannot be deleted"
    )
    mine = cli("--json", "chat", "send", token, "moderator's words").json()
    others = cli("chat", "delete", token, str(mine["id"]), user="alice")
    assert others.code == 1 and "only its author and the moderators" in others.error
    missing = cli("chat", "delete", token, "999999")
    assert missing.code == 1
    assert missing.error == "Cannot delete message 999999: 'Forum' has no such message (any more)"
    limit = cli("chat", "list", token, "--limit", "0")
    assert limit.code == 2 and "--limit must be 1 to 10,000" in limit.error


def test_clear_history_then_list(cli: Run) -> None:
    token = _room(cli, "Stand-up", "alice")
    cli("chat", "send", token, "yesterday's notes")
    refused = cli("chat", "clear", token, "--yes", user="alice")
    assert refused.code == 1 and "only moderators" in refused.error
    cleared = cli("--json", "chat", "clear", token, "--yes")
    assert cleared.code == 0, cleared.err
    assert cleared.json()["systemMessage"] == "history_cleared"
    listed = cli("chat", "list", token)
    rows = listed.out.strip().splitlines()[1:]
    assert len(rows) == 1 and "You cleared the history of the conversation" in rows[0]
    assert [e.action for e in AuditLog().entries()][-2:] == ["clear-history"] * 2


def test_list_pages_back_past_200(cli: Run, demo_server: DemoServer) -> None:
    token = _room(cli, "Busy")
    state = demo_server.state
    with state.lock:
        room = state.rooms[token]
        for number in range(205):
            state.post_comment(room, "users", "alice", "Alice", f"line {number}")
    listed = cli("--json", "chat", "list", token, "--limit", "205").json()
    assert [m["message"] for m in listed] == [f"line {n}" for n in range(205)]
    everything = cli("--json", "chat", "list", token, "--limit", "1000").json()
    assert len(everything) == 206 and everything[0]["systemMessage"] == "conversation_created"

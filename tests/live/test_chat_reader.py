"""The chat reader against the real demo server: the history first, then only what is new
(long poll), deletions and a cleared history as changes, a bounded history, pause while
hidden with catch-up, a new selection stops the old one, failures back off and recover."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from app.api import TalkService
from app.api.chat_models import ChatMessage
from app.demo_server import DemoServer
from app.demo_server.chat_seed import SPAM
from app.live.chat import ChatReader
from tests.helpers.waiting import wait_until


class Seen:
    """Everything the reader emitted, per signal."""

    def __init__(self, reader: ChatReader) -> None:
        self.resets: list[list[ChatMessage]] = []
        self.added: list[list[ChatMessage]] = []
        self.changed: list[list[ChatMessage]] = []
        self.failures: list[str] = []
        self.polls = 0
        reader.reset.connect(lambda _t, m: self.resets.append(m))
        reader.added.connect(lambda _t, m: self.added.append(m))
        reader.changed.connect(lambda _t, m: self.changed.append(m))
        reader.failed.connect(lambda _t, text: self.failures.append(text))
        reader.polled.connect(self._polled)

    def _polled(self, _token: str) -> None:
        self.polls += 1

    @property
    def added_texts(self) -> list[str]:
        return [m.message for batch in self.added for m in batch]


@pytest.fixture
async def alice(demo_server: DemoServer) -> AsyncIterator[TalkService]:
    user = demo_server.users["alice"]
    svc = TalkService(demo_server.url, user.login, user.app_password, timeout=5.0)
    try:
        yield svc
    finally:
        await svc.aclose()


@pytest.fixture
async def reader(service: TalkService) -> AsyncIterator[ChatReader]:
    chat = ChatReader(service, poll_timeout=2, backoff_base=0.05, backoff_max=0.2)
    try:
        yield chat
    finally:
        await chat.stop()


async def _room(service: TalkService, name: str = "Chat room") -> str:
    room = await service.rooms.create(2, name)
    await service.participants.add(room.token, "alice")
    return room.token


async def _town_hall(service: TalkService) -> str:
    return next(r.token for r in (await service.rooms.list()).rooms if r.name == "Town Hall")


async def test_history_then_only_new_messages(
    reader: ChatReader, service: TalkService, alice: TalkService
) -> None:
    token = await _town_hall(service)
    seen = Seen(reader)
    reader.set_room(token)
    await wait_until(lambda: seen.resets, message="history never read")
    history = seen.resets[0]
    assert SPAM in [m.message for m in history]
    assert [m.id for m in history] == sorted(m.id for m in history)
    await alice.chat.post(token, "First question")
    await alice.chat.post(token, "Second question")
    await wait_until(lambda: len(seen.added_texts) == 2, message="new messages not emitted")
    assert seen.added_texts == ["First question", "Second question"]
    assert len(seen.resets) == 1  # never the whole history again
    assert [m.message for m in reader.messages()][-2:] == seen.added_texts


async def test_a_deletion_changes_the_message_in_place(
    reader: ChatReader, service: TalkService
) -> None:
    token = await _town_hall(service)
    seen = Seen(reader)
    reader.set_room(token)
    await wait_until(lambda: seen.resets, message="history never read")
    spam = next(m for m in seen.resets[0] if m.message == SPAM)
    notice = await service.chat.delete(token, spam.id)
    await wait_until(lambda: seen.changed, message="the deletion never arrived")
    assert [m.id for m in seen.changed[0]] == [spam.id]
    kept = reader.message(spam.id)
    assert kept is not None and kept.is_deleted
    await wait_until(lambda: notice.id in {m.id for b in seen.added for m in b}, message="notice")


async def test_an_answer_applied_at_once_is_not_emitted_twice(
    reader: ChatReader, service: TalkService, alice: TalkService
) -> None:
    token = await _room(service)
    seen = Seen(reader)
    reader.set_room(token)
    await wait_until(lambda: seen.resets, message="history never read")
    theirs = await alice.chat.post(token, "from alice")
    mine = await service.chat.post(token, "from me")
    reader.apply(token, [mine])  # the answer, before the poll brings either
    assert seen.added[0] == [mine]
    await wait_until(lambda: reader.message(theirs.id) is not None, message="alice lost")
    ids = [m.id for m in reader.messages()]
    assert ids == sorted(ids) and ids.count(mine.id) == 1
    assert [m.id for batch in seen.added for m in batch].count(mine.id) == 1


async def test_a_cleared_history_resets(reader: ChatReader, service: TalkService) -> None:
    token = await _room(service)
    seen = Seen(reader)
    reader.set_room(token)
    await wait_until(lambda: seen.resets, message="history never read")
    cleared = await service.chat.clear(token)
    await wait_until(lambda: len(seen.resets) == 2, message="the clearing never arrived")
    assert [m.id for m in seen.resets[1]] == [cleared.id]


async def test_history_is_bounded(service: TalkService, demo_server: DemoServer) -> None:
    token = await _room(service)
    chat = ChatReader(service, history=5, initial=3, poll_timeout=2)
    try:
        seen = Seen(chat)
        chat.set_room(token)
        await wait_until(lambda: seen.resets, message="history never read")
        with demo_server.state.lock:
            room = demo_server.state.rooms[token]
            for number in range(8):
                demo_server.state.post_comment(room, "users", "alice", "Alice", f"n{number}")
        await wait_until(lambda: "n7" in seen.added_texts, message="new messages not read")
        assert [m.message for m in chat.messages()] == ["n3", "n4", "n5", "n6", "n7"]
    finally:
        await chat.stop()


async def test_a_new_selection_stops_the_old_one_and_hidden_means_no_reads(
    reader: ChatReader, service: TalkService, alice: TalkService
) -> None:
    first, second = await _room(service, "First"), await _room(service, "Second")
    seen = Seen(reader)
    reader.set_room(first)
    await wait_until(lambda: seen.resets, message="first never read")
    reader.set_room(second)
    await wait_until(lambda: len(seen.resets) == 2, message="second never read")
    await alice.chat.post(first, "not shown")
    await alice.chat.post(second, "shown")
    await wait_until(lambda: "shown" in seen.added_texts, message="second not followed")
    assert "not shown" not in seen.added_texts

    reader.set_active(False)
    assert not reader.running
    polls = seen.polls
    await alice.chat.post(second, "while hidden")
    reader.set_active(True)
    await wait_until(lambda: "while hidden" in seen.added_texts, message="no catch-up")
    assert len(seen.resets) == 2 and seen.polls > polls  # caught up, history not re-read


async def test_failures_back_off_and_recover(
    reader: ChatReader, service: TalkService, demo_server: DemoServer
) -> None:
    token = await _room(service)
    seen = Seen(reader)
    recovered: list[str] = []
    reader.recovered.connect(recovered.append)
    demo_server.stop()
    reader.set_room(token)
    await wait_until(lambda: len(seen.failures) >= 2, message="failures not reported")
    assert "no connection" in seen.failures[0]
    demo_server.start()
    await wait_until(lambda: recovered == [token] and seen.resets, message="never recovered")


async def test_a_conversation_gone_is_reported(reader: ChatReader, service: TalkService) -> None:
    token = await _room(service)
    seen = Seen(reader)
    reader.set_room(token)
    await wait_until(lambda: seen.resets, message="history never read")
    await service.rooms.delete(token)
    await wait_until(lambda: seen.failures, message="the deletion was not reported")
    assert "no longer exists" in seen.failures[0]

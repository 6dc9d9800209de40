"""``service.chat`` on the demo server (which answers like Talk 21.1.7, checked by the parity
suite): history pages, the long poll (waits, 304, wakes for a new message), post with
``silent``, delete and clear with their answers, every refusal in words."""

from __future__ import annotations

import asyncio
import time

import pytest

from app.api import BadRequest, Forbidden, NotFound, TalkError, TalkService
from app.api.chat_models import ChatMessage, plain_text
from app.demo_server import DemoServer
from app.demo_server.chat_seed import SPAM
from tests.api.conftest import TownHall


async def test_history_pages_back_with_last_given(
    service: TalkService, alice: TalkService, town_hall: TownHall
) -> None:
    for number in range(5):
        await alice.chat.post(town_hall.token, f"line {number}")
    first = await service.chat.history(town_hall.token, limit=3)
    assert [m.message for m in first.messages] == ["line 4", "line 3", "line 2"]
    assert first.last_given == first.messages[-1].id
    rest = await service.chat.history(town_hall.token, limit=50, before=first.last_given or 0)
    texts = [m.message for m in rest.messages]
    assert texts[:2] == ["line 1", "line 0"]
    assert rest.messages[-1].system_message == "conversation_created"
    assert rest.messages[-1].is_system and not rest.messages[-1].is_comment
    older = await service.chat.history(town_hall.token, before=rest.messages[-1].id)
    assert older.messages == () and older.last_given is None  # 304: nothing older


async def test_long_poll_answers_304_after_the_servers_timeout(
    service: TalkService, town_hall: TownHall
) -> None:
    newest = (await service.chat.history(town_hall.token, limit=1)).newest_id
    assert newest is not None
    started = time.monotonic()
    page = await service.chat.wait_for_new(town_hall.token, newest, timeout=1)
    assert page.messages == () and page.last_given is None
    assert time.monotonic() - started >= 0.9  # the server held it, it did not fail early


async def test_long_poll_wakes_for_a_new_message(
    service: TalkService, alice: TalkService, town_hall: TownHall
) -> None:
    newest = (await service.chat.history(town_hall.token, limit=1)).newest_id or 0
    waiting = asyncio.create_task(service.chat.wait_for_new(town_hall.token, newest, timeout=10))
    await asyncio.sleep(0)
    posted = await alice.chat.post(town_hall.token, "hello @moderator1")
    page = await asyncio.wait_for(waiting, 5)
    assert [m.id for m in page.messages] == [posted.id]
    assert page.last_given == posted.id
    assert page.messages[0].plain_text == "hello @Moderator1"


async def test_a_long_poll_outlasts_the_clients_own_timeout(
    make_service: object, town_hall: TownHall, service: TalkService
) -> None:
    """The service's timeout is 5 s here; the long poll's read timeout is the server's wait
    plus a margin, so a 6 s quiet chat is an empty page, not a network error."""
    newest = (await service.chat.history(town_hall.token, limit=1)).newest_id or 0
    short = await make_service("moderator1", timeout=1.0)  # type: ignore[operator]
    page = await short.chat.wait_for_new(town_hall.token, newest, timeout=2)
    assert page.messages == ()


async def test_post_silent_and_the_answer(service: TalkService, town_hall: TownHall) -> None:
    loud = await service.chat.post(town_hall.token, "Doors close in 5 minutes")
    quiet = await service.chat.post(town_hall.token, "Quiet note", silent=True)
    assert (loud.is_silent, quiet.is_silent) == (False, True)
    assert loud.actor_id == "moderator1" and loud.message_type == "comment"
    assert loud.token == town_hall.token and loud.id < quiet.id


async def test_post_refusals(service: TalkService, town_hall: TownHall) -> None:
    with pytest.raises(BadRequest) as empty:
        await service.chat.post(town_hall.token, "   ")
    assert "the message is empty" in str(empty.value)
    with pytest.raises(TalkError) as long:
        await service.chat.post(town_hall.token, "x" * 32_001)
    assert long.value.status == 413 and "32,000 characters" in str(long.value)
    await service.rooms.set_read_only(town_hall.token, True)
    with pytest.raises(Forbidden) as locked:
        await service.chat.post(town_hall.token, "hello")
    assert "read-only" in str(locked.value)


async def test_moderator_deletes_a_guests_spam_in_the_seeded_town_hall(
    service: TalkService,
) -> None:
    rooms = {room.name: room for room in (await service.rooms.list()).rooms}
    token = rooms["Town Hall"].token
    page = await service.chat.history(token, limit=50)
    spam = next(m for m in page.messages if m.message == SPAM)
    assert spam.actor_type == "guests" and spam.author == "Guest"
    notice = await service.chat.delete(token, spam.id, message=spam)
    assert notice.system_message == "message_deleted"
    assert notice.message == "You deleted a message"
    parent = notice.parent_message
    assert parent is not None and parent.id == spam.id
    assert parent.is_deleted and parent.plain_text == "Message deleted by you"
    again = await service.chat.history(token, limit=50)
    kept = next(m for m in again.messages if m.id == spam.id)
    assert kept.message_type == "comment_deleted" and SPAM not in kept.plain_text


async def test_delete_refusals_are_sentences(
    service: TalkService, alice: TalkService, town_hall: TownHall
) -> None:
    mine = await service.chat.post(town_hall.token, "moderator's message")
    with pytest.raises(Forbidden) as others:
        await alice.chat.delete(town_hall.token, mine.id, message=mine)
    assert others.value.reason == "permission"
    assert "only its author and the moderators" in str(others.value)
    assert "Moderator1's message 'moderator's message'" in str(others.value)
    created = (await service.chat.history(town_hall.token, limit=50)).messages[-1]
    with pytest.raises(TalkError) as system:
        await service.chat.delete(town_hall.token, created.id, message=created)
    assert system.value.status == 405 and "system message" in str(system.value)
    with pytest.raises(NotFound) as missing:
        await service.chat.delete(town_hall.token, 999_999)
    assert missing.value.reason == "message" and "message 999999" in str(missing.value)
    own = await alice.chat.post(town_hall.token, "my own typo")
    assert (
        await alice.chat.delete(town_hall.token, own.id)
    ).parent_message is not None  # own: fine
    with pytest.raises(TalkError) as twice:
        await service.chat.delete(town_hall.token, own.id)
    assert twice.value.status == 405


async def test_clear_history(service: TalkService, alice: TalkService, town_hall: TownHall) -> None:
    await alice.chat.post(town_hall.token, "soon gone")
    with pytest.raises(Forbidden) as refused:
        await alice.chat.clear(town_hall.token)
    assert "only moderators" in str(refused.value)
    notice = await service.chat.clear(town_hall.token)
    assert notice.system_message == "history_cleared"
    page = await service.chat.history(town_hall.token)
    assert [m.id for m in page.messages] == [notice.id]
    seen = await alice.chat.history(town_hall.token)
    assert seen.messages[0].plain_text == "Moderator1 cleared the history of the conversation"


async def test_reads_of_a_conversation_you_are_not_in(
    demo_server: DemoServer, bob: TalkService, service: TalkService
) -> None:
    room = await service.rooms.create(2, "Private chat")
    with pytest.raises(NotFound):
        await bob.chat.history(room.token)
    with pytest.raises(NotFound):
        await bob.chat.wait_for_new(room.token, 0, timeout=1)


def test_plain_text_fills_placeholders_once_and_keeps_unknown_ones() -> None:
    params = {
        "actor": {"type": "guest", "id": "guest/1", "name": "{file} <b>Eve</b>"},
        "mention-user1": {"type": "user", "id": "bob", "name": "Bob", "mention-id": "bob"},
        "file": {"type": "file", "id": "7", "name": "slides.pdf", "size": "12"},
        "odd": {"type": "user"},
    }
    text = plain_text("{actor} shared {file} with {mention-user1} {nothing}{odd}", params)
    assert text == "{file} <b>Eve</b> shared slides.pdf with @Bob {nothing}"
    assert ChatMessage(id=1, message="{file}", message_parameters=[]).plain_text == "{file}"


async def test_an_older_talk_refuses_deleting_after_six_hours(
    service: TalkService, demo_server: DemoServer, town_hall: TownHall
) -> None:
    """``delete_window`` makes the demo an older Talk (no ``delete-messages-unlimited``):
    deleting is refused 6 hours after posting, by the demo's clock; the rule says so first."""
    from app.moderation.chat import delete_refusal

    old = await service.chat.post(town_hall.token, "posted before lunch")
    with demo_server.state.lock:
        demo_server.state.delete_window = 6 * 3600
        demo_server.state.clock_offset = 6 * 3600 + 60
    caps = await service.account.capabilities(refresh=True)
    assert caps.has("delete-messages") and not caps.has("delete-messages-unlimited")
    room = await service.rooms.get(town_hall.token)
    later = old.timestamp + 6 * 3600 + 60  # the window's rule, at the demo's time
    assert "only within 6 hours of posting" in (delete_refusal(room, old, caps, later) or "")
    with pytest.raises(BadRequest) as too_old:
        await service.chat.delete(town_hall.token, old.id, message=old)
    assert "only within 6 hours of posting" in str(too_old.value)
    fresh = await service.chat.post(town_hall.token, "posted just now")
    assert (await service.chat.delete(town_hall.token, fresh.id)).parent_message is not None

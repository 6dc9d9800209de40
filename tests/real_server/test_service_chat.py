"""TalkService against the real server: the chat (API v1) of a conversation.

Every method of ``service.chat``: history pages (``X-Chat-Last-Given``, 304 at the start),
the long poll (304 after the server's timeout, the new message at once, a read timeout
longer than the server's wait), post (silent, mentions), delete (and every refusal: someone
else's message as a plain user, twice, a system message, no such message; no age limit on
Talk 21: a message back-dated by 7 hours is deleted), clear the history (refused for plain
users). Every message answer is compared field by field with the raw JSON of the same answer;
refusals must be the right ``TalkError`` with a readable sentence naming the room.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Callable

import pytest

from app.api.chat_models import ChatMessage
from app.api.errors import BadRequest, Forbidden, NotFound, TalkError
from tests.helpers.real_server import RealServer
from tests.real_server.conftest import ServiceFactory, TappedFactory
from tests.real_server.wire import TapTransport, assert_decoded_strictly, assert_readable

pytestmark = pytest.mark.real_server

OPTIONAL = ("silent", "deleted", "parent")
"""Message fields Talk sends only when they apply."""


def strict(message: ChatMessage, raw: object) -> ChatMessage:
    assert isinstance(raw, dict), raw
    assert_decoded_strictly(message, raw, may_be_absent=OPTIONAL)
    return message


def last_data(tap: TapTransport, method: str, suffix: str) -> object:
    return tap.last(method, suffix).data


async def _room(
    svc_factory: ServiceFactory, room_name: Callable[[str], str], cleanup: list[str]
) -> str:
    """A group conversation of moderator1's with alice; its title is ``TITLES[token]``."""
    svc = await svc_factory("moderator1")
    room = await svc.rooms.create(2, room_name("chat"))
    cleanup.append(room.token)
    TITLES[room.token] = room.title
    await svc.participants.add(room.token, "alice")
    return room.token


TITLES: dict[str, str] = {}


async def test_history_pages_and_the_answers_decode_strictly(
    tapped_service_for: TappedFactory,
    real_service_for: ServiceFactory,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
) -> None:
    token = await _room(real_service_for, room_name, cleanup_rooms)
    svc, tap = await tapped_service_for("moderator1")
    alice = await real_service_for("alice")
    for number in range(3):
        await alice.chat.post(token, f"line {number}")
    first = await svc.chat.history(token, limit=2)
    assert [m.message for m in first.messages] == ["line 2", "line 1"]
    raw = last_data(tap, "GET", f"/chat/{token}")
    assert isinstance(raw, list)
    for message, data in zip(first.messages, raw, strict=True):
        strict(message, data)
    assert first.last_given == first.messages[-1].id
    rest = await svc.chat.history(token, limit=50, before=first.last_given or 0)
    assert [m.system_message for m in rest.messages][-2:] == ["user_added", "conversation_created"]
    assert rest.messages[-2].plain_text == "You added Alice"
    nothing = await svc.chat.history(token, before=rest.messages[-1].id)
    assert nothing.messages == () and nothing.last_given is None  # 304


async def test_long_poll_waits_and_wakes(
    real_service_for: ServiceFactory, room_name: Callable[[str], str], cleanup_rooms: list[str]
) -> None:
    token = await _room(real_service_for, room_name, cleanup_rooms)
    svc = await real_service_for("moderator1")
    alice = await real_service_for("alice")
    newest = (await svc.chat.history(token, limit=1)).newest_id or 0
    started = time.monotonic()
    quiet = await svc.chat.wait_for_new(token, newest, timeout=2)
    assert quiet.messages == () and time.monotonic() - started >= 1.5
    waiting = asyncio.create_task(svc.chat.wait_for_new(token, newest, timeout=20))
    await asyncio.sleep(0.5)
    posted = await alice.chat.post(token, "hello @moderator1")
    page = await asyncio.wait_for(waiting, 15)
    assert [m.id for m in page.messages] == [posted.id] and page.last_given == posted.id
    assert page.messages[0].plain_text.startswith("hello @")


async def test_a_long_poll_outlasts_the_services_own_timeout(
    real_server: RealServer,
    real_service_for: ServiceFactory,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
) -> None:
    from app.api import TalkService

    token = await _room(real_service_for, room_name, cleanup_rooms)
    user = real_server.users["moderator1"]
    async with TalkService(real_server.url, user.login, user.app_password, timeout=1.0) as svc:
        newest = (await svc.chat.history(token, limit=1)).newest_id or 0
        page = await svc.chat.wait_for_new(token, newest, timeout=3)
    assert page.messages == ()


async def test_post_silent_and_refusals(
    tapped_service_for: TappedFactory,
    real_service_for: ServiceFactory,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
) -> None:
    token = await _room(real_service_for, room_name, cleanup_rooms)
    svc, tap = await tapped_service_for("moderator1")
    quiet = await svc.chat.post(token, "Doors close in 5 minutes", silent=True)
    strict(quiet, last_data(tap, "POST", f"/chat/{token}"))
    assert quiet.is_silent and quiet.actor_id == "moderator1"
    loud = await svc.chat.post(token, "@alice welcome")
    strict(loud, last_data(tap, "POST", f"/chat/{token}"))
    assert not loud.is_silent and loud.plain_text == "@Alice welcome"
    with pytest.raises(BadRequest) as empty:
        await svc.chat.post(token, "  ")
    assert_readable(empty.value)
    assert "the message is empty" in str(empty.value)
    with pytest.raises(TalkError) as long:
        await svc.chat.post(token, "x" * 32_001)
    assert long.value.status == 413 and "32,000 characters" in str(long.value)
    await svc.rooms.set_read_only(token, True)
    with pytest.raises(Forbidden) as locked:
        await svc.chat.post(token, "locked")
    assert_readable(locked.value)
    assert "read-only" in str(locked.value) and TITLES[token] in str(locked.value)


async def test_delete_answers_and_refusals(
    tapped_service_for: TappedFactory,
    real_service_for: ServiceFactory,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
) -> None:
    token = await _room(real_service_for, room_name, cleanup_rooms)
    svc, tap = await tapped_service_for("moderator1")
    alice = await real_service_for("alice")
    spam = await alice.chat.post(token, "Buy cheap followers now")
    notice = await svc.chat.delete(token, spam.id, message=spam)
    raw = last_data(tap, "DELETE", f"/chat/{token}/{spam.id}")
    strict(notice, raw)
    assert isinstance(raw, dict)
    parent = notice.parent_message
    assert parent is not None
    strict(parent, raw["parent"])
    assert notice.system_message == "message_deleted" and notice.message == "You deleted a message"
    assert parent.id == spam.id and parent.is_deleted
    assert parent.plain_text == "Message deleted by you"

    mine = await svc.chat.post(token, "The moderator's words")
    with pytest.raises(Forbidden) as others:
        await alice.chat.delete(token, mine.id, message=mine)
    assert others.value.reason == "permission"
    assert_readable(others.value)
    assert "only its author and the moderators" in str(others.value)
    with pytest.raises(TalkError) as twice:
        await svc.chat.delete(token, spam.id)
    assert twice.value.status == 405 and "deleted already" in str(twice.value)
    created = (await svc.chat.history(token, limit=50)).messages[-1]
    assert created.system_message == "conversation_created"
    with pytest.raises(TalkError) as system:
        await svc.chat.delete(token, created.id, message=created)
    assert system.value.status == 405 and "system message" in str(system.value)
    with pytest.raises(NotFound) as missing:
        await svc.chat.delete(token, 999_999_999)
    assert missing.value.reason == "message"
    assert_readable(missing.value)


async def test_talk_21_deletes_messages_of_any_age(
    real_server: RealServer,
    real_service_for: ServiceFactory,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
) -> None:
    """Talk 18 lifted the old 6-hour limit (capability ``delete-messages-unlimited``): a
    message back-dated by 7 hours in the server's database is still deleted by a moderator."""
    token = await _room(real_service_for, room_name, cleanup_rooms)
    svc = await real_service_for("moderator1")
    alice = await real_service_for("alice")
    caps = await svc.account.capabilities()
    assert caps.has("delete-messages-unlimited")
    old = await alice.chat.post(token, "posted long ago")
    database = sqlite3.connect(real_server.folder / "data" / "owncloud.db")
    try:
        database.execute(
            "UPDATE oc_comments SET creation_timestamp = datetime('now', '-7 hours') WHERE id = ?",
            (old.id,),
        )
        database.commit()
    finally:
        database.close()
    page = await svc.chat.history(token, limit=5)
    aged = next(m for m in page.messages if m.id == old.id)
    assert time.time() - aged.timestamp > 6.5 * 3600
    notice = await svc.chat.delete(token, old.id, message=aged)
    parent = notice.parent_message
    assert parent is not None and parent.is_deleted


async def test_clear_history(
    tapped_service_for: TappedFactory,
    real_service_for: ServiceFactory,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
) -> None:
    token = await _room(real_service_for, room_name, cleanup_rooms)
    svc, tap = await tapped_service_for("moderator1")
    alice = await real_service_for("alice")
    await alice.chat.post(token, "soon gone")
    with pytest.raises(Forbidden) as refused:
        await alice.chat.clear(token)
    assert_readable(refused.value)
    assert "only moderators" in str(refused.value)
    cleared = await svc.chat.clear(token)
    strict(cleared, last_data(tap, "DELETE", f"/chat/{token}"))
    assert cleared.system_message == "history_cleared"
    page = await svc.chat.history(token)
    assert [m.id for m in page.messages] == [cleared.id]
    seen = (await alice.chat.history(token)).messages[0]
    assert seen.plain_text.endswith("cleared the history of the conversation")

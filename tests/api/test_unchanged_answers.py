"""Polled reads cost only for what changed, and the big ones run off the event loop's thread.

Against the real demo server over loopback HTTP. The service here has no custom transport, so
its participant, call-peer and conversation-list reads take the reader's threads (the path the
program takes; the other tests record every answer through a custom transport, which keeps
every request on the async client).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

import httpx
import msgspec
import pytest

from app.api import TalkService, answer_cache, errors
from app.api.explain import Action
from app.demo_server import DemoServer


def reader_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("talk-reader")]


async def test_an_unchanged_answer_is_the_same_tuple_and_a_change_a_new_one(
    plain_service: TalkService,
) -> None:
    room = await plain_service.rooms.create(2, "Unchanged answers")
    await plain_service.participants.add(room.token, "alice")
    first = await plain_service.participants.read_all(room.token)
    again = await plain_service.participants.read_all(room.token)
    assert again is first, "the same body was decoded again"
    assert reader_threads(), "the read did not run in the reader's threads"

    alice = next(p for p in first if p.actor_id == "alice")
    await plain_service.participants.promote(room.token, alice.attendee_id)
    changed = await plain_service.participants.read_all(room.token)
    assert changed is not first
    assert next(p for p in changed if p.actor_id == "alice").is_moderator
    # everyone else is the very object of the answer before (decoded only where bytes differ)
    before = {p.attendee_id: p for p in first}
    others = [p for p in changed if p.actor_id != "alice"]
    assert others and all(p is before[p.attendee_id] for p in others)

    # a list for callers who change what they get; never the kept tuple
    listed = await plain_service.participants.list(room.token)
    assert listed == list(changed) and isinstance(listed, list)
    # the names the messages use are the newest
    assert plain_service.participants.title(room.token, alice.attendee_id) == alice.title

    listing = await plain_service.rooms.list()
    assert (await plain_service.rooms.list()).rooms is listing.rooms
    await plain_service.rooms.rename(room.token, "Renamed answers")
    renamed = await plain_service.rooms.list()
    assert renamed.rooms is not listing.rooms
    assert any(r.title == "Renamed answers" for r in renamed.rooms)


async def test_reads_off_the_loop_fail_and_retry_as_on_it(
    plain_service: TalkService, demo_server: DemoServer
) -> None:
    room = await plain_service.rooms.create(2, "Reader failures")
    demo_server.fail_next("503", method="GET")
    people = await plain_service.participants.read_all(room.token)  # retried after the 503
    assert [p.actor_id for p in people] == [demo_server.moderator.login]
    assert demo_server.pending_faults() == 0

    await plain_service.rooms.delete(room.token)
    with pytest.raises(errors.NotFound):
        await plain_service.participants.read_all(room.token)

    plain_service.set_credentials(demo_server.moderator.login, "not-the-password")
    with pytest.raises(errors.NotAuthenticated):
        await plain_service.rooms.list()


async def test_closing_the_service_ends_the_reader_threads(demo_server: DemoServer) -> None:
    before = set(reader_threads())
    svc = TalkService(
        demo_server.url, demo_server.moderator.login, demo_server.moderator.app_password
    )
    await svc.rooms.list()
    assert set(reader_threads()) - before
    await svc.aclose()
    assert not set(reader_threads()) - before, "reader threads left running after aclose"
    with pytest.raises(RuntimeError):
        await svc.rooms.list()


def _answer(items: list[dict[str, object]]) -> httpx.Response:
    body = {"ocs": {"meta": {"status": "ok", "statuscode": 200, "message": "OK"}, "data": items}}
    return httpx.Response(200, json=body)


class _Item(msgspec.Struct, frozen=True):
    id: int
    name: str


def test_a_first_answer_is_decoded_in_one_pass_and_indexed_only_when_another_comes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The start's first listing skips cutting the answer into raw items; the next different
    answer still reuses every unchanged item of it."""
    indexed: list[int] = []
    real_index = answer_cache.index_items

    def counted(body: bytes, items: Sequence[object]) -> dict[bytes, object]:
        indexed.append(len(items))
        return real_index(body, items)

    monkeypatch.setattr(answer_cache, "index_items", counted)
    cache = answer_cache.AnswerCache()
    action = Action("list", "list the items")
    people = [{"id": n, "name": f"person {n}"} for n in range(1200)]  # more than one slice

    first = cache.items("k", _answer(people), _Item, action)
    assert [item.id for item in first] == list(range(1200))
    assert cache.items("k", _answer(people), _Item, action) is first
    assert indexed == [], "an unchanged answer built the index"

    people[700] = {"id": 700, "name": "renamed"}
    changed = cache.items("k", _answer(people), _Item, action)
    assert indexed == [1200]
    assert changed[700].name == "renamed" and changed[700] is not first[700]
    assert all(changed[n] is first[n] for n in range(1200) if n != 700)

    people.append({"id": 1200, "name": "new"})
    cache.items("k", _answer(people), _Item, action)
    assert indexed == [1200], "the index is kept from then on, not built again"


def test_an_index_of_items_that_do_not_match_the_body_is_empty() -> None:
    body = _answer([{"id": 1, "name": "a"}]).content
    assert answer_cache.index_items(body, ()) == {}
    assert answer_cache.index_items(b"not json", ()) == {}

"""Polled reads cost only for what changed, and the big ones run off the event loop's thread.

Against the real demo server over loopback HTTP. The service here has no custom transport, so
its participant, call-peer and conversation-list reads take the reader's threads (the path the
program takes; the other tests record every answer through a custom transport, which keeps
every request on the async client).
"""

from __future__ import annotations

import threading

import pytest

from app.api import TalkService, errors
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

"""Bulk actions against the real demo server: per-item results, the concurrency bound,
cancelling, and the audit entries each item leaves."""

from __future__ import annotations

from typing import Any

from app.api import TalkService
from app.api.constants import ParticipantType
from app.audit import AuditLog
from app.demo_server import DemoServer
from app.moderation import ActionRunner, BulkRunner, ItemStatus, Operation
from app.moderation import operations as ops
from app.moderation.operation import Send
from app.moderation.operations import DISPATCH
from tests.helpers.moderation import EventRoom, connect, make_event_room, refresh


def _counting(runner: ActionRunner, gauge: dict[str, int]) -> ActionRunner:
    """The same runner, its senders wrapped to count how many requests are in flight at once."""

    def wrap(inner: Send) -> Send:
        async def send(service: TalkService, op: Operation) -> object:
            gauge["now"] += 1
            gauge["max"] = max(gauge["max"], gauge["now"])
            try:
                return await inner(service, op)
            finally:
                gauge["now"] -= 1

        return send

    dispatch = {kind: wrap(send) for kind, send in DISPATCH.items()}
    return ActionRunner(runner.service, runner.audit, dispatch=dispatch)


async def test_mixed_results_are_reported_per_item(
    runner: ActionRunner, service: TalkService, event: EventRoom, audit: AuditLog
) -> None:
    await service.participants.promote(
        event.token, event.person("bob").attendee_id
    )  # already a moderator
    operations = [
        ops.promote(event.room, event.person("alice")),
        ops.promote(event.room, event.person("bob")),
        ops.promote(event.room, event.person(service.login)),
    ]
    seen: list[tuple[int, ItemStatus]] = []
    bulk = BulkRunner(
        runner, operations, concurrency=8, on_change=lambda r: seen.append((r.index, r.status))
    )
    outcome = await bulk.run()
    statuses = [r.status for r in outcome.results]
    assert statuses == [ItemStatus.SUCCEEDED, ItemStatus.FAILED, ItemStatus.FAILED]
    assert "already a moderator" in outcome.results[1].error
    assert outcome.results[2].error  # yourself: refused by the server, in words
    assert outcome.summary() == "1 succeeded, 2 failed"
    assert (1, ItemStatus.RUNNING) in seen and (1, ItemStatus.FAILED) in seen
    people = {p.actor_id: p.participant_type for p in await service.participants.list(event.token)}
    assert people["alice"] == ParticipantType.MODERATOR
    assert sorted((e.participant, e.ok) for e in audit.entries()) == sorted(
        [
            (event.person("alice").title, True),
            (event.person("bob").title, False),
            (event.person(service.login).title, False),
        ]
    )


async def _crowd(server: DemoServer, service: TalkService, people: int) -> EventRoom:
    event = await make_event_room(service, "Crowd", logins=())
    with server.state.lock:
        room = server.state.room(event.token)
        assert room is not None
        for i in range(people):
            login = f"crowd{i:03d}"
            if login not in server.state.accounts:
                server.state.add_user(login, f"Crowd {i:03d}")
            server.state.add_user_to_room(room, login)
    return await refresh(service, event.room)


async def test_concurrency_bound_is_respected(
    runner: ActionRunner, service: TalkService, demo_server: DemoServer
) -> None:
    event = await _crowd(demo_server, service, 24)
    gauge = {"now": 0, "max": 0}
    targets = [p for p in event.people.values() if p.participant_type == ParticipantType.USER]
    operations = [ops.promote(event.room, p) for p in targets]
    demo_server.set_faults(latency_ms=30)
    try:
        outcome = await BulkRunner(_counting(runner, gauge), operations, concurrency=4).run()
    finally:
        demo_server.set_faults(latency_ms=0)
    assert outcome.succeeded == 24
    assert gauge["max"] == 4 and outcome.max_in_flight == 4


async def test_cancel_stops_sending(
    runner: ActionRunner, service: TalkService, demo_server: DemoServer, audit: AuditLog
) -> None:
    event = await _crowd(demo_server, service, 12)
    targets = [p for p in event.people.values() if p.participant_type == ParticipantType.USER]
    operations = [ops.promote(event.room, p) for p in targets]
    bulk: BulkRunner

    def on_change(result: Any) -> None:
        if result.status is ItemStatus.SUCCEEDED:
            bulk.cancel()

    bulk = BulkRunner(runner, operations, concurrency=2, on_change=on_change)
    demo_server.set_faults(latency_ms=20)
    try:
        outcome = await bulk.run()
    finally:
        demo_server.set_faults(latency_ms=0)
    assert outcome.cancelled and outcome.skipped >= 8
    sent = outcome.succeeded + outcome.failed
    assert sent + outcome.skipped == 12
    promoted = sum(
        1
        for p in await service.participants.list(event.token)
        if p.participant_type == ParticipantType.MODERATOR
    )
    assert promoted == outcome.succeeded
    assert len(audit.entries()) == sent  # nothing recorded for what was never sent
    skipped = [r for r in outcome.results if r.status is ItemStatus.SKIPPED]
    assert all("cancelled" in r.error for r in skipped)


async def test_bulk_lobby_over_many_rooms(runner: ActionRunner, service: TalkService) -> None:
    rooms = [(await make_event_room(service, f"Session {i}", logins=())).room for i in range(3)]
    one_to_one = await service.rooms.create(1, invite="alice")
    operations = [ops.set_lobby(room, True) for room in [*rooms, one_to_one]]
    outcome = await BulkRunner(runner, operations).run()
    assert [r.status for r in outcome.results] == [ItemStatus.SUCCEEDED] * 3 + [ItemStatus.FAILED]
    assert "lobby" in outcome.results[3].error
    for room in rooms:
        assert (await service.rooms.get(room.token)).lobby_enabled


async def test_bulk_ring_opens_one_session(
    runner: ActionRunner, service: TalkService, demo_server: DemoServer
) -> None:
    """Ringing several people at once must not join the room once per request: each extra
    forced join would replace the session the moderator is in the call with."""
    other = await make_event_room(service, "Ring many", logins=("alice", "bob"))
    # The moderator is in the call from another client: the service itself holds no session.
    connect(demo_server, other.token, service.login, in_call=7)
    targets = [other.person("alice"), other.person("bob")]
    outcome = await BulkRunner(runner, [ops.ring(other.room, p) for p in targets]).run()
    with demo_server.state.lock:
        room = demo_server.state.room(other.token)
        assert room is not None
        me = room.find("users", service.login)
        assert me is not None
        sessions = len(me.sessions)
    assert sessions == 2, "one session from the other client, exactly one from the console"
    assert outcome.count(ItemStatus.FAILED) + outcome.succeeded == 2

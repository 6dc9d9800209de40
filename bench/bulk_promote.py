"""Benchmark: 200 promotions against a 50 ms-latency demo server, bulk vs one by one.

Run:  .venv/bin/python bench/bulk_promote.py  [--people 200] [--latency 50] [--concurrency 8]

It seeds two identical group conversations with N users each, promotes everybody in the first
one sequentially and in the second one with ``BulkRunner`` (bounded concurrency), checks on the
server that everyone really is a moderator, and prints both timings and the speed-up. Exits 1
if the bulk run is less than 5x faster (the issue's acceptance bar) or any promotion failed.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.api import Participant, Room, TalkService  # noqa: E402
from app.api.constants import ParticipantType  # noqa: E402
from app.demo_server import DemoServer  # noqa: E402
from app.moderation import ActionRunner, BulkRunner  # noqa: E402
from app.moderation import operations as ops  # noqa: E402

TARGET_SPEEDUP = 5.0


async def _prepare(
    server: DemoServer, service: TalkService, name: str, people: int
) -> tuple[Room, list[Participant]]:
    """A group room with ``people`` fresh users, added directly on the server (fast set-up)."""
    room = await service.rooms.create(2, name)
    with server.state.lock:
        state_room = server.state.room(room.token)
        assert state_room is not None
        for i in range(people):
            login = f"bench-{name.lower()}-{i:03d}"
            if login not in server.state.accounts:
                server.state.add_user(login, f"Bench {name} {i:03d}")
            server.state.add_user_to_room(state_room, login)
    everyone = await service.participants.list(room.token)
    return room, [p for p in everyone if p.participant_type == ParticipantType.USER]


async def _promoted(service: TalkService, room: Room) -> int:
    people = await service.participants.list(room.token)
    return sum(1 for p in people if p.participant_type == ParticipantType.MODERATOR)


async def main_async(people: int, latency: int, concurrency: int) -> int:
    server = DemoServer(seed=1, latency_ms=0)
    server.start()
    try:
        service = TalkService(server.url, server.moderator.login, server.moderator.app_password)
        async with service:
            seq_room, seq_people = await _prepare(server, service, "Sequential", people)
            bulk_room, bulk_people = await _prepare(server, service, "Bulk", people)
            server.set_faults(latency_ms=latency)
            runner = ActionRunner(service)  # no audit log: this measures the requests

            started = time.perf_counter()
            seq_failed = 0
            for person in seq_people:
                try:
                    await runner.run(ops.promote(service, seq_room, person))
                except Exception:
                    seq_failed += 1
            sequential = time.perf_counter() - started

            bulk = BulkRunner(
                runner,
                [ops.promote(service, bulk_room, p) for p in bulk_people],
                concurrency=concurrency,
            )
            outcome = await bulk.run()
            server.set_faults(latency_ms=0)
            seq_ok = await _promoted(service, seq_room)
            bulk_ok = await _promoted(service, bulk_room)
    finally:
        server.stop()

    ratio = sequential / outcome.elapsed if outcome.elapsed else float("inf")
    print(f"promotions per run:     {people} (latency {latency} ms, concurrency {concurrency})")
    print(
        f"one by one:             {sequential:7.2f} s  ({seq_ok} moderators, {seq_failed} failed)"
    )
    print(
        f"bulk (BulkRunner):      {outcome.elapsed:7.2f} s  ({bulk_ok} moderators, "
        f"{outcome.failed} failed, max {outcome.max_in_flight} in flight)"
    )
    print(f"speed-up:               {ratio:7.1f}x  (target >= {TARGET_SPEEDUP:.0f}x)")
    good = ratio >= TARGET_SPEEDUP and seq_ok == bulk_ok == people and not outcome.failed
    print("result:                 " + ("PASS" if good else "FAIL"))
    return 0 if good else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--latency", type=int, default=50, help="server latency in ms")
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    return asyncio.run(main_async(args.people, args.latency, args.concurrency))


if __name__ == "__main__":
    sys.exit(main())

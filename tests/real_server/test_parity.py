"""Demo-vs-real parity: every ``parity_table`` sequence against both servers, answers compared.

The demo server runs with ``profile="real"`` (the real server's users, groups and settings),
so every difference is a demo-server bug: the real server wins. One test per sequence keeps a
failure readable; it prints both answers of every step that differs.
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from app.demo_server import DemoServer
from app.demo_server.app import ROUTES, TalkApp
from app.demo_server.models import UserStatus
from tests.helpers.real_server import RealServer
from tests.real_server.parity import (
    Login,
    Player,
    ServerUnderTest,
    compare,
    now,
    report,
    user_statuses,
)
from tests.real_server.parity_table import SEQUENCES, TALK, Sequence

_DUMMY = re.compile(r"\{([a-z_0-9]+)(?::[^}]*)?\}")


def _next_second() -> None:
    """Wait until the clock second changes, so the warm-up's rooms (changelog) are older
    than every sequence's ``{start}``; a wait on a condition, at most one second."""
    started = now()
    tick = threading.Event()  # never set: waiting without time.sleep
    while now() == started:
        tick.wait(0.01)


@contextlib.contextmanager
def _side(name: str, url: str, users: Mapping[str, Any]) -> Iterator[ServerUnderTest]:
    """One server under test, warmed up (first listings made) and at a fresh second."""
    logins = {
        login: Login(user.login, user.password, user.app_password) for login, user in users.items()
    }
    side = ServerUnderTest(name, url, logins)
    Player(side, now()).warm_up()
    _next_second()
    try:
        yield side
    finally:
        side.close()


@pytest.fixture(scope="module")
def demo_server() -> Iterator[DemoServer]:
    server = DemoServer(seed=7, profile="real").start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def demo_side(demo_server: DemoServer) -> Iterator[ServerUnderTest]:
    with _side("demo", demo_server.url, demo_server.users) as side:
        yield side


def _copy_statuses(real: ServerUnderTest, demo: DemoServer) -> None:
    """Start the demo's users from the real server's user statuses (see ``user_statuses``)."""
    for login, row in user_statuses(real).items():
        status = None
        if row is not None:
            status = UserStatus(
                status=row["status"],
                icon=row.get("icon"),
                message=row.get("message"),
                clear_at=row.get("clearAt"),
                message_id=row.get("messageId"),
            )
        demo.state.set_user_status(login, status)


@pytest.fixture(scope="module")
def real_side(real_server: RealServer) -> Iterator[ServerUnderTest]:
    with _side("real", real_server.url, real_server.users) as side:
        yield side


@pytest.mark.parametrize("sequence", SEQUENCES, ids=[s.name for s in SEQUENCES])
def test_parity(
    sequence: Sequence,
    real_side: ServerUnderTest,
    demo_side: ServerUnderTest,
    demo_server: DemoServer,
) -> None:
    _copy_statuses(real_side, demo_server)
    start = now()
    real_answers = Player(real_side, start).run(sequence)
    demo_answers = Player(demo_side, start).run(sequence)
    failures = []
    for index, (real, demo) in enumerate(zip(real_answers, demo_answers, strict=True), 1):
        problems = compare(real, demo)
        if problems:
            failures.append(report(index, real, demo, problems))
    assert not failures, (
        f"{len(failures)} of {len(sequence.steps)} steps differ:\n\n" + "\n\n".join(failures)
    )


def _dummy_path(template: str) -> str:
    """A step's path with every placeholder replaced by something the route pattern takes."""

    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        if name == "talk":
            return TALK
        return "7" if name in ("attendee", "guest_attendee") else "abcd1234"

    return _DUMMY.sub(one, template)


def test_every_demo_route_is_in_the_table() -> None:
    """A route added to the demo server must get its comparison with the real server."""
    hit = set()
    for sequence in SEQUENCES:
        for step in sequence.steps:
            route, _ = TalkApp._match(step.method, _dummy_path(step.path))
            if route is not None:
                hit.add(id(route))
    missing = [f"{r.method} {r.pattern.pattern}" for r in ROUTES if id(r) not in hit]
    assert not missing, "demo routes no parity step hits:\n" + "\n".join(missing)


def test_sequence_names_are_unique() -> None:
    names = [sequence.name for sequence in SEQUENCES]
    assert len(names) == len(set(names))

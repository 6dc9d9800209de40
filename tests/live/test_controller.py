"""The live layer's controller watches sets of rooms against the real demo server."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from pathlib import Path

import msgspec
import pytest

from app.api import Room, TalkService
from app.demo_server import DemoServer
from app.live import SELECTED, ConnectionState, PollConfig, PollingController
from tests.helpers.untranslated import compile_catalogue, language
from tests.helpers.waiting import wait_until

FAST = PollConfig(
    rooms_interval=0.1,
    selected_interval=0.1,
    full_interval=0.5,
    backoff_base=0.05,
    backoff_max=0.4,
    offline_after=2,
)


@pytest.fixture
async def controller(service: TalkService) -> AsyncIterator[PollingController]:
    """A started controller over the seeded demo server; stopped on the test's loop."""
    live = PollingController(service, FAST)
    live.start()
    try:
        await wait_until(lambda: live.loaded, message="rooms never loaded")
        yield live
    finally:
        await live.stop()


def _by_title(controller: PollingController) -> dict[str, Room]:
    return {room.title: room for room in controller.rooms.values()}


def _record(controller: PollingController) -> list[str]:
    """Tokens of every read of a watched room (``participants_read``), in order."""
    seen: list[str] = []
    controller.participants_read.connect(seen.append)
    return seen


async def test_a_watch_polls_every_room_of_its_set(controller: PollingController) -> None:
    rooms = _by_title(controller)
    board = {rooms["Town Hall"].token, rooms["Product Launch Webinar"].token}
    seen = _record(controller)
    controller.watch("board", board)
    assert controller.watched("board") == board
    await wait_until(lambda: set(seen) == board and len(seen) >= 4, message="both rooms polled")

    # The window's selection is a watch of its own: both run side by side.
    standup = rooms["Team Standup"].token
    controller.select_room(standup)
    assert controller.selected_token == standup and controller.watched(SELECTED) == {standup}
    await wait_until(lambda: standup in seen, message="the selected room was not polled")

    controller.unwatch("board")
    assert controller.watched("board") == frozenset()
    seen.clear()
    await wait_until(lambda: seen.count(standup) >= 3, message="the selection stopped")
    assert set(seen) == {standup}, "an ended watch kept polling"


async def test_moderated_only_skips_rooms_the_account_cannot_moderate(
    controller: PollingController,
) -> None:
    rooms = _by_title(controller)
    moderated, plain = rooms["Town Hall"], rooms["Book Club"]
    assert moderated.is_moderator and not plain.is_moderator
    seen = _record(controller)
    controller.watch(
        "kiosk", {moderated.token, plain.token}, include_status=False, moderated_only=True
    )
    await wait_until(lambda: seen.count(moderated.token) >= 3, message="moderated room polled")
    assert plain.token not in seen


async def test_answers_from_elsewhere_reach_the_same_signals(
    controller: PollingController,
) -> None:
    room = _by_title(controller)["Town Hall"]
    changed: list[list[Room]] = []
    controller.rooms_changed.connect(changed.append)
    controller.apply_rooms([room])  # nothing new: no signal
    renamed = msgspec.structs.replace(room, display_name="Town Hall (moved)")
    controller.apply_rooms([renamed])
    assert changed == [[renamed]]
    assert controller.room(room.token) == renamed


async def test_refused_credentials_are_tried_again_when_asked_to(
    demo_server: DemoServer, service: TalkService
) -> None:
    login = demo_server.moderator.login
    secret = demo_server.state.create_app_password(login)
    kiosk_like = TalkService(demo_server.url, login, secret, read_retries=0)
    live = PollingController(kiosk_like, dataclasses.replace(FAST, auth_retry=0.2))
    refused: list[str] = []
    live.auth_failed.connect(refused.append)
    live.start()
    try:
        await wait_until(lambda: live.status.state == ConnectionState.CONNECTED)
        assert demo_server.state.revoke_app_password(login, secret)
        live.refresh_now()
        await wait_until(lambda: refused, message="the 401 was not reported")
        await wait_until(lambda: len(refused) >= 2, message="no second try after the 401")
        assert live.status.state == ConnectionState.SIGNED_OUT

        with demo_server.state.lock:  # an admin fixes the account
            demo_server.state.accounts[login].app_passwords.add(secret)
        await wait_until(
            lambda: live.running and live.status.state == ConnectionState.CONNECTED,
            message="did not sign in again by itself",
        )
    finally:
        await live.stop()
        await kiosk_like.aclose()


async def test_an_unchanged_answer_emits_nothing_and_a_change_emits_the_new_list(
    controller: PollingController, service: TalkService
) -> None:
    room = _by_title(controller)["Town Hall"]
    lists: list[object] = []
    controller.participants_changed.connect(lambda _token, people: lists.append(people))
    reads = _record(controller)
    controller.select_room(room.token)
    await wait_until(lambda: len(reads) >= 4, message="the room was not polled")
    assert len(lists) == 1, "the same answer was emitted again"

    someone = next(p for p in lists[0] if not p.is_moderator)  # type: ignore[attr-defined]
    await service.participants.promote(room.token, someone.attendee_id)
    await wait_until(lambda: len(lists) == 2, message="the change was not emitted")
    promoted = {p.attendee_id: p for p in lists[1]}  # type: ignore[attr-defined]
    assert promoted[someone.attendee_id].is_moderator
    # a new watch of the same room starts with the whole list again
    controller.select_room(None)
    controller.select_room(room.token)
    await wait_until(lambda: len(lists) == 3, message="a new watch got no list")


async def test_a_room_s_refusal_reaches_the_window_in_its_language(
    service: TalkService, demo_server: DemoServer, tmp_path: Path
) -> None:
    """A participant listing the server refuses for one room (alice waits in its lobby) is
    reported for that room in the installed language, as the window's header shows it."""
    room = await service.rooms.create(2, "Town hall")
    await service.participants.add(room.token, "alice")
    await service.webinar.set_lobby(room.token, True)
    alice = TalkService(
        demo_server.url, "alice", demo_server.users["alice"].app_password, timeout=5.0
    )
    live = PollingController(alice, FAST)
    failures: list[tuple[str, str]] = []
    live.participants_failed.connect(lambda token, words: failures.append((token, words)))
    with language("de", compile_catalogue(tmp_path)):
        live.start()
        try:
            await wait_until(lambda: live.loaded, message="rooms never loaded")
            live.select_room(room.token)
            await wait_until(lambda: bool(failures), message="no refusal reported")
        finally:
            await live.stop()
            await alice.aclose()
    token, words = failures[0]
    assert token == room.token
    assert words == (
        "Nicht möglich (die Teilnehmenden von 'Town hall' auflisten): "
        "Die Lobby von 'Town hall' ist an und Sie sind kein Moderator"
    )

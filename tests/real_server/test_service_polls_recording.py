"""TalkService against the real server: polls (create, show, close; every refusal), recording
(the real server has no recording server: its exact refusal) and the attendance list of a
running call (Talk's CSV, byte for byte what the demo server makes).

Calls need a Talk session, which only app-password logins keep; every test user has one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from app.api import TalkService
from app.api.constants import PollStatus, RecordingStatus
from app.api.errors import BadRequest, Forbidden, NotFound
from app.demo_server import DemoServer
from app.moderation import ActionRunner
from app.moderation import attendance as att
from app.moderation import polls as poll_ops
from app.moderation import recording as rec
from tests.helpers.moderation import service_for
from tests.helpers.real_server import RealServer
from tests.helpers.voting import vote
from tests.real_server.conftest import ServiceFactory, TappedFactory
from tests.real_server.wire import assert_decoded_strictly, assert_readable

pytestmark = pytest.mark.real_server

POLL_WIRE_OPTIONAL = ("details",)
"""A poll answer has ``details`` only when it is a closed public poll."""


async def test_polls_create_show_vote_close(
    tapped_service_for: TappedFactory,
    real_service_for: ServiceFactory,
    real_server: RealServer,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
) -> None:
    svc, tap = await tapped_service_for("moderator1")
    room = await svc.rooms.create(2, room_name("polls"))
    cleanup_rooms.append(room.token)
    for login in ("alice", "bob"):
        await svc.participants.add(room.token, login)

    poll = await svc.polls.create(room.token, " Lunch? ", ["Pizza", "Salad"], max_votes=1)
    assert_decoded_strictly(
        poll, tap.last("POST", f"/poll/{room.token}").data, may_be_absent=POLL_WIRE_OPTIONAL
    )
    assert (poll.question, poll.options, poll.max_votes, poll.status) == (
        "Lunch?",
        ("Pizza", "Salad"),
        1,
        PollStatus.OPEN,
    )
    assert poll.votes == [] and not poll.hidden and poll.actor_id == "moderator1"

    alice = real_server.users["alice"]
    seen = await vote(real_server.url, "alice", alice.app_password, room.token, poll.id, [1])
    assert seen["votes"] == {"option-1": 1}
    shown = await svc.polls.show(room.token, poll.id)
    assert_decoded_strictly(
        shown, tap.last("GET", f"/poll/{room.token}/{poll.id}").data, may_be_absent=("details",)
    )
    assert (shown.num_voters, shown.counts_shown) == (1, False)  # a moderator who did not vote
    assert "you see how many have voted" in poll_ops.results_note(shown)

    bob = await real_service_for("bob")
    with pytest.raises(Forbidden) as not_author:
        await bob.polls.close(room.token, poll.id)
    assert_readable(not_author.value)
    closed = await svc.polls.close(room.token, poll.id)
    assert_decoded_strictly(closed, tap.last("DELETE", f"/poll/{room.token}/{poll.id}").data)
    assert closed.is_closed and (closed.count(0), closed.count(1)) == (0, 1)
    assert [v.actor_id for v in closed.voters(1)] == ["alice"]
    with pytest.raises(BadRequest) as twice:
        await svc.polls.close(room.token, poll.id)
    assert str(twice.value) == f"Cannot close poll {poll.id}: it is closed already"

    hidden = await svc.polls.create(room.token, "Tea?", ["Yes", "No", "Maybe"], hidden=True)
    await vote(real_server.url, "alice", alice.app_password, room.token, hidden.id, [0, 2])
    hidden_closed = await svc.polls.close(room.token, hidden.id)
    assert [hidden_closed.count(i) for i in range(3)] == [1, 0, 1]
    assert hidden_closed.details == ()
    mentions = await poll_ops.recent_polls(svc, room.token)  # Talk has no listing: the chat
    assert [(m.id, m.question) for m in mentions] == [(hidden.id, "Tea?"), (poll.id, "Lunch?")]


async def test_poll_refusals(
    real_service: TalkService,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
) -> None:
    svc = real_service
    room = await svc.rooms.create(2, room_name("poll refusals"))
    cleanup_rooms.append(room.token)
    for question, options, words in (
        ("   ", ["a", "b"], "the question is empty or too long"),
        ("Q", ["a", "  "], "at least two options"),
    ):
        with pytest.raises(BadRequest) as refused:
            await svc.polls.create(room.token, question, options)
        assert words in str(refused.value)
        assert_readable(refused.value)
    with pytest.raises(NotFound) as missing:
        await svc.polls.show(room.token, 999999)
    assert str(missing.value) == f"There is no poll 999999 in '{room.title}'"
    with pytest.raises(NotFound):
        await svc.polls.close(room.token, 999999)
    direct = await svc.rooms.create(1, invite="dave")
    with pytest.raises(BadRequest) as one_to_one:
        await svc.polls.create(direct.token, "Q", ["a", "b"])
    assert "only in group and public conversations" in str(one_to_one.value)


async def test_recording_without_a_recording_server(
    real_service_for: ServiceFactory,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
) -> None:
    svc = await real_service_for("moderator1")
    room = await svc.rooms.create(2, room_name("recording"))
    cleanup_rooms.append(room.token)
    await svc.participants.add(room.token, "alice")
    caps = await svc.account.capabilities()
    assert caps.has("recording-v1") and not caps.recording

    with pytest.raises(BadRequest) as no_call:
        await svc.recording.start(room.token)
    assert (no_call.value.status, no_call.value.reason) == (400, "call")
    assert (
        str(no_call.value) == f"Cannot start recording in '{room.title}': there is no call running"
    )

    await svc.calls.join(room.token)
    for audio_only in (False, True):
        with pytest.raises(BadRequest) as no_backend:
            await svc.recording.start(room.token, audio_only=audio_only)
        assert (no_backend.value.status, no_backend.value.reason) == (400, "config")
        assert "this server has no recording backend" in str(no_backend.value)
        assert_readable(no_backend.value, mentions=room.title)
    assert (await svc.rooms.get(room.token)).call_recording == RecordingStatus.NONE
    await svc.recording.stop(room.token)  # nothing recorded: Talk answers success

    alice = await real_service_for("alice")
    await alice.rooms.get(room.token)  # as the window and the CLI know it: by its title
    with pytest.raises(Forbidden) as not_moderator:
        await alice.recording.start(room.token)
    assert_readable(not_moderator.value, mentions=room.title)
    with pytest.raises(Forbidden):
        await alice.recording.stop(room.token)

    runner = ActionRunner(svc)  # the core sends the same and reads the room back
    with pytest.raises(BadRequest, match="no recording backend"):
        await runner.run(rec.start_recording(await svc.rooms.get(room.token)))
    stopped = (await runner.run(rec.stop_recording(room))).answer
    assert getattr(stopped, "call_recording", None) == RecordingStatus.NONE
    await svc.calls.leave(room.token, end_for_everyone=True)


async def test_attendance_list_matches_the_demo_server(
    real_service_for: ServiceFactory,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
    tmp_path: Path,
) -> None:
    svc = await real_service_for("moderator1")
    room = await svc.rooms.create(2, room_name("attendance"))
    cleanup_rooms.append(room.token)
    await svc.participants.add(room.token, "alice")
    with pytest.raises(BadRequest) as no_call:
        await svc.calls.attendance(room.token)
    assert str(no_call.value) == (
        f"Cannot download the attendance list of '{room.title}': there is no call running "
        "(or nobody has joined it yet)"
    )
    alice = await real_service_for("alice")
    await alice.rooms.get(room.token)
    with pytest.raises(Forbidden) as not_moderator:
        await alice.calls.attendance(room.token)
    assert_readable(not_moderator.value, mentions=room.title)

    await svc.calls.join(room.token)
    await alice.calls.join(room.token)
    await alice.calls.leave(room.token)
    real = await svc.calls.attendance(room.token)
    assert real.content_type == "text/csv"
    assert real.content == (
        b'name,email,type,identifier\n"Moderator One",,users,moderator1\nAlice,,users,alice\n'
    )
    stem = room.title.replace(" ", "-")
    assert real.file_name.startswith(stem + " ") and real.file_name.endswith(".csv")
    with pytest.raises(BadRequest, match="only as CSV"):
        await svc.calls.attendance(room.token, "ods")

    saved = (
        await ActionRunner(svc).run(att.download_attendance(room, tmp_path / "a.ods", "ods"))
    ).answer
    assert isinstance(saved, att.SavedAttendance) and saved.people == 2
    assert saved.rows[2] == ("Alice", "", "users", "alice")
    await svc.calls.leave(room.token, end_for_everyone=True)

    demo = DemoServer(seed=1, profile="real")  # the same steps on the demo server
    demo.start()
    try:
        async with (
            service_for(demo, "moderator1") as mod,
            service_for(demo, "alice") as demo_alice,
        ):
            demo_room = await mod.rooms.create(2, room.title)
            await mod.participants.add(demo_room.token, "alice")
            await mod.calls.join(demo_room.token)
            await demo_alice.calls.join(demo_room.token)
            await demo_alice.calls.leave(demo_room.token)
            made = await mod.calls.attendance(demo_room.token)
    finally:
        demo.stop()
    assert (made.content, made.content_type) == (real.content, real.content_type)
    assert made.file_name == real.file_name

"""``service.polls``, ``service.recording`` and the attendance list against the demo server.

The demo world has a (stand-in) recording server; ``DemoServer(profile="real")`` has none,
like the real test server, and refuses a start the way Talk 21.1.7 does.
"""

from __future__ import annotations

import pytest

from app.api import BadRequest, Forbidden, NotFound, TalkService
from app.api.constants import PollStatus, RecordingStatus
from app.demo_server import DemoServer
from tests.api.conftest import ServiceFactory, TownHall
from tests.helpers.voting import vote

# ------------------------------------------------------------------------ polls


async def test_create_show_and_close_a_public_poll(
    service: TalkService, demo_server: DemoServer, town_hall: TownHall
) -> None:
    poll = await service.polls.create(town_hall.token, " Lunch? ", ["Pizza", "Salad"], max_votes=1)
    assert (poll.question, poll.options, poll.max_votes) == ("Lunch?", ("Pizza", "Salad"), 1)
    assert poll.is_open and not poll.hidden and poll.votes == [] and poll.num_voters == 0
    assert poll.actor_id == service.login

    alice = demo_server.users["alice"]
    seen = await vote(demo_server.url, "alice", alice.app_password, town_hall.token, poll.id, [1])
    assert seen["votes"] == {"option-1": 1}  # a voter of a public poll sees the counts

    shown = await service.polls.show(town_hall.token, poll.id)
    # The moderator has not voted: Talk shows only how many have, not for what.
    assert (shown.num_voters, shown.counts_shown, shown.count(1)) == (1, False, 0)

    closed = await service.polls.close(town_hall.token, poll.id)
    assert closed.status == PollStatus.CLOSED and closed.counts_shown
    assert (closed.count(0), closed.count(1)) == (0, 1)
    assert [v.actor_id for v in closed.voters(1)] == ["alice"]

    with pytest.raises(BadRequest, match="closed already"):
        await service.polls.close(town_hall.token, poll.id)


async def test_a_hidden_poll_shows_counts_only_when_closed(
    service: TalkService, demo_server: DemoServer, town_hall: TownHall
) -> None:
    poll = await service.polls.create(town_hall.token, "Tea?", ["Yes", "No", "Maybe"], hidden=True)
    assert poll.hidden and poll.max_votes == 0
    bob = demo_server.users["bob"]
    seen = await vote(demo_server.url, "bob", bob.app_password, town_hall.token, poll.id, [0, 2])
    assert seen["votes"] == [] and seen["votedSelf"] == [0, 2]
    closed = await service.polls.close(town_hall.token, poll.id)
    assert [closed.count(i) for i in range(3)] == [1, 0, 1]
    assert closed.details == ()  # hidden: never who voted for what


async def test_poll_refusals_are_sentences(
    service: TalkService, alice: TalkService, town_hall: TownHall
) -> None:
    token = town_hall.token
    with pytest.raises(BadRequest, match="question is empty"):
        await service.polls.create(token, "   ", ["a", "b"])
    with pytest.raises(BadRequest, match="at least two options"):
        await service.polls.create(token, "Q", ["a", "  "])
    with pytest.raises(ValueError, match="max_votes"):
        await service.polls.create(token, "Q", ["a", "b"], max_votes=-1)
    with pytest.raises(NotFound, match="There is no poll 999 in 'Town hall'"):
        await service.polls.show(token, 999)
    with pytest.raises(NotFound, match="no such poll"):
        await service.polls.close(token, 999)
    poll = await service.polls.create(token, "Q", ["a", "b"])
    await alice.rooms.list()
    with pytest.raises(Forbidden, match="only moderators and the poll's author"):
        await alice.polls.close(token, poll.id)
    own = await alice.polls.create(token, "Mine", ["a", "b"])
    assert (await alice.polls.close(token, own.id)).is_closed  # the author may


async def test_polls_only_in_group_and_public_conversations(service: TalkService) -> None:
    room = await service.rooms.create(1, invite="alice")
    with pytest.raises(BadRequest, match="only in group and public conversations"):
        await service.polls.create(room.token, "Q", ["a", "b"])


# --------------------------------------------------------------------- recording


async def test_recording_starts_and_stops_with_the_stand_in_recording_server(
    service: TalkService, town_hall: TownHall
) -> None:
    token = town_hall.token
    with pytest.raises(BadRequest, match="there is no call running"):
        await service.recording.start(token)
    await service.calls.join(token)
    await service.recording.start(token, audio_only=True)
    # Talk shows "starting" until the recording server calls back; the stand-in has by now.
    assert (await service.rooms.get(token)).call_recording == RecordingStatus.AUDIO
    with pytest.raises(BadRequest, match="being recorded already"):
        await service.recording.start(token)
    await service.recording.stop(token)
    assert (await service.rooms.get(token)).call_recording == RecordingStatus.NONE
    await service.recording.stop(token)  # nothing recorded: Talk answers success


async def test_recording_is_for_moderators(
    service: TalkService, alice: TalkService, town_hall: TownHall
) -> None:
    await service.calls.join(town_hall.token)
    with pytest.raises(Forbidden, match="only signed-in moderators"):
        await alice.recording.start(town_hall.token)


async def test_no_recording_backend_is_said_plainly(
    make_service: ServiceFactory, real_profile_server: DemoServer
) -> None:
    svc = await make_service("moderator1", server=real_profile_server)
    room = await svc.rooms.create(2, "Workshop")
    await svc.calls.join(room.token)
    with pytest.raises(BadRequest) as refused:
        await svc.recording.start(room.token)
    assert refused.value.status == 400 and refused.value.reason == "config"
    assert "this server has no recording backend" in str(refused.value)
    assert "400" not in str(refused.value) and "config" not in str(refused.value)
    assert (await svc.rooms.get(room.token)).call_recording == RecordingStatus.NONE


# --------------------------------------------------------------------- attendance


async def test_attendance_list_of_a_running_call(
    service: TalkService, alice: TalkService, town_hall: TownHall
) -> None:
    token = town_hall.token
    with pytest.raises(BadRequest, match="there is no call running"):
        await service.calls.attendance(token)
    await service.calls.join(token)
    await alice.calls.join(token)
    await alice.calls.leave(token)  # who left is still on the list: they attended
    listed = await service.calls.attendance(token)
    assert listed.content_type == "text/csv"
    assert listed.file_name.startswith("Town-hall ") and listed.file_name.endswith(".csv")
    lines = listed.content.decode().splitlines()
    assert lines[0] == "name,email,type,identifier"
    assert [line.rsplit(",", 1)[1] for line in lines[1:]] == [service.login, "alice"]
    with pytest.raises(BadRequest, match="only as CSV"):
        await service.calls.attendance(token, "ods")
    with pytest.raises(Forbidden, match="Only moderators"):
        await alice.calls.attendance(token)
    with pytest.raises(ValueError):
        await service.calls.attendance(token, "xlsx")


async def test_the_demo_world_without_its_recording_server(make_service: ServiceFactory) -> None:
    """``talk-moderator demo-server --no-recording``: the demo world, recordings refused."""
    server = DemoServer(seed=1, recording=False)
    server.start()
    try:
        svc = await make_service("moderator1", server=server)
        assert not (await svc.account.capabilities()).recording
        room = await svc.rooms.create(2, "Workshop")
        await svc.calls.join(room.token)
        with pytest.raises(BadRequest, match="this server has no recording backend"):
            await svc.recording.start(room.token)
    finally:
        server.stop()


async def test_the_live_demo_activity_votes_in_open_polls(
    service: TalkService, demo_server: DemoServer, town_hall: TownHall
) -> None:
    """``demo-server --activity``: open polls get votes, so their results move in a demo."""
    from app.demo_server.activity import LiveActivity

    poll = await service.polls.create(town_hall.token, "Lunch?", ["Pizza", "Salad"], max_votes=1)
    activity = LiveActivity(demo_server.state, seed=1)
    steps = [activity.step() for _ in range(40)]
    votes = [step for step in steps if step.startswith("vote ")]
    assert votes and all(step == f"vote {town_hall.token} poll {poll.id}" for step in votes)
    closed = await service.polls.close(town_hall.token, poll.id)
    assert closed.num_voters == len(votes) and sum(closed.count(i) for i in (0, 1)) == len(votes)
    lines = [m.message for m in (await service.chat.history(town_hall.token)).messages]
    assert lines.count("Someone voted on the poll {poll}") == len(votes)

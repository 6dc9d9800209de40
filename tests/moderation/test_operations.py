"""The moderation core against the real demo server: operations are data, the runner sends
them through the catalogue, audits each one and hands back the server's answer."""

from __future__ import annotations

import pytest

from app.api import Forbidden, Room, TalkService
from app.audit import AuditLog
from app.demo_server import DemoServer
from app.moderation import ActionKind, ActionRunner, Operation
from app.moderation import operations as ops
from app.moderation.rules import server_refusal
from tests.helpers.moderation import EventRoom, connect, make_event_room
from tests.moderation.conftest import ServiceFactory


def test_an_operation_is_data() -> None:
    room = Room(token="abc", type=3, name="Town hall", display_name="Town hall")
    op = ops.set_password(room, "s3cret-pass")
    assert op.kind is ActionKind.PASSWORD
    assert (op.room_token, op.room_title, op.detail) == ("abc", "Town hall", "password set")
    assert op.text("password") == "s3cret-pass"
    assert "s3cret-pass" not in repr(op)
    with pytest.raises(TypeError):  # read-only: nobody changes an operation once built
        op.params["password"] = "other"  # type: ignore[index]
    assert ops.set_password(room, "s3cret-pass") == op


async def test_the_answer_comes_back(runner: ActionRunner, event: EventRoom) -> None:
    outcome = await runner.run(ops.rename(event.room, "Town hall (moderated)"))
    assert outcome.operation.kind is ActionKind.RENAME
    assert outcome.room is not None and outcome.room.title == "Town hall (moderated)"
    created = await runner.run(ops.create_room("Briefing", public=True))
    assert created.room is not None and created.room.is_public and created.room.token


async def test_secrets_never_reach_the_audit_log(
    runner: ActionRunner, service: TalkService, audit: AuditLog
) -> None:
    public = await make_event_room(service, "Open day", room_type=3)
    await runner.run(ops.set_password(public.room, "Tr0ub4dor&3-long"))
    created = await runner.run(ops.create_room("Briefing", public=True, password="Zebra-4711-xyz"))
    assert created.room is not None and created.room.has_password
    text = audit.path.read_text(encoding="utf-8")
    assert "Tr0ub4dor" not in text and "Zebra-4711" not in text
    assert [e.detail for e in audit.entries()] == [
        "password set",
        "create public conversation 'Briefing' with a password",
    ]


async def test_end_call_reads_back_and_says_when_the_call_still_runs(
    demo_server: DemoServer, login_as: ServiceFactory, service: TalkService, audit: AuditLog
) -> None:
    """A non-moderator's "end for everyone" is answered 200 and only makes them leave."""
    event = await make_event_room(service, "Not yours to end")
    connect(demo_server, event.token, "bob", in_call=7)
    alice = await login_as("alice")
    room = await alice.rooms.get(event.token)
    assert room.has_call and not room.is_moderator
    with pytest.raises(Forbidden, match="still running"):
        await ActionRunner(alice, audit).run(ops.end_call(room))
    assert (await service.rooms.get(event.token)).has_call
    entry = audit.entries()[-1]
    assert (entry.action, entry.ok, entry.account) == (ActionKind.END_CALL, False, "alice")


async def test_end_call_opens_a_lost_session_again(
    demo_server: DemoServer, runner: ActionRunner, service: TalkService, event: EventRoom
) -> None:
    """After a server restart our Talk session is gone (404): joined again, sent once more."""
    connect(demo_server, event.token, "bob", in_call=7)
    await service.sessions.open(event.token)
    state = demo_server.state
    with state.lock:
        room = state.room(event.token)
        assert room is not None
        mine = room.find("users", service.login)
        assert mine is not None
        for session in list(mine.sessions.values()):
            state.remove_session(room, session)
    outcome = await runner.run(ops.end_call(await service.rooms.get(event.token)))
    assert outcome.room is not None and not outcome.room.has_call


async def test_the_runner_sends_only_through_its_dispatch(
    service: TalkService, event: EventRoom, audit: AuditLog
) -> None:
    """The catalogue's table is the only way to the service: a kind without a sender fails,
    and the failure is audited like any other."""
    runner = ActionRunner(service, audit, dispatch={})
    with pytest.raises(KeyError):
        await runner.run(ops.promote(event.room, event.person("alice")))
    entry = audit.entries()[-1]
    assert (entry.action, entry.ok, entry.error) == (
        ActionKind.PROMOTE,
        False,
        "Unexpected error: KeyError",
    )


def test_server_refusals_only_for_what_the_room_type_decides() -> None:
    one_to_one = Room(token="d", type=1, name="bob", display_name="Bob", participant_type=1)
    group = Room(token="g", type=2, name="G", display_name="G", participant_type=3)
    assert server_refusal(ActionKind.PROMOTE, one_to_one) == (
        "Not possible in one-to-one conversations"
    )
    assert server_refusal(ActionKind.DELETE, one_to_one) == (
        "One-to-one conversations cannot be deleted"
    )
    # Rights are the server's to refuse (its answer names the missing right).
    assert server_refusal(ActionKind.PROMOTE, group) is None
    assert server_refusal(ActionKind.JOIN_CALL, one_to_one) is None


def test_operations_compare_as_data() -> None:
    room = Room(token="abc", type=2, name="A", display_name="A")
    assert ops.set_lobby(room, True) == Operation(
        ActionKind.LOBBY,
        "lobby on",
        "abc",
        "A",
        params={"enabled": True, "opens_at": None},
    )

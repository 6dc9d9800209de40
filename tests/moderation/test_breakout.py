"""Breakout rooms in the core: the rules (who may, where, in which state, on which server),
``server_refusal`` for the CLI, the builders' audit words and validation, and the runner
sending them to the demo server and auditing each."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.api import TalkService
from app.api.areas.breakout import BreakoutMode
from app.api.capabilities import TalkCapabilities
from app.audit import AuditLog
from app.moderation import ActionKind, ActionRunner
from app.moderation import breakout as bo
from app.moderation.rules import RuleContext, evaluate, server_refusal
from tests.ui.factories import room

ON = TalkCapabilities(features=frozenset({"breakout-rooms-v1"}), config={"call": {}})
OFF = TalkCapabilities(
    features=frozenset({"breakout-rooms-v1"}), config={"call": {"breakout-rooms": False}}
)
OLD = TalkCapabilities(features=frozenset({"conversation-v4"}))

GROUP = room("grp", type=2, participant_type=1)
RUNNING = room("run", type=2, participant_type=1, breakout_room_mode=1, breakout_room_status=1)
READY = room("rdy", type=2, participant_type=2, breakout_room_mode=2)
CHILD = room("kid", type=2, object_type="room", object_id="run", breakout_room_status=2)


def _verdict(kind: ActionKind, target: object, caps: TalkCapabilities | None = ON) -> str:
    verdict = evaluate(kind, RuleContext(room=target, capabilities=caps))  # type: ignore[arg-type]
    return "" if verdict.enabled else verdict.reason


@pytest.mark.parametrize(
    ("kind", "target", "caps", "reason"),
    [
        (ActionKind.BREAKOUT_SETUP, GROUP, ON, ""),
        (ActionKind.BREAKOUT_SETUP, GROUP, OFF, "administrator has switched breakout rooms off"),
        (ActionKind.BREAKOUT_SETUP, GROUP, OLD, "does not support breakout rooms"),
        (ActionKind.BREAKOUT_SETUP, room("p", type=3), ON, "this one is open to guests"),
        (ActionKind.BREAKOUT_SETUP, room("o", type=1), ON, "one-to-one"),
        (ActionKind.BREAKOUT_SETUP, room("u", participant_type=3), ON, "Only moderators"),
        (ActionKind.BREAKOUT_SETUP, CHILD, ON, "select its parent conversation"),
        (ActionKind.BREAKOUT_START, GROUP, ON, "No breakout rooms are set up"),
        (ActionKind.BREAKOUT_START, READY, ON, ""),
        (ActionKind.BREAKOUT_START, RUNNING, ON, "are running"),
        (ActionKind.BREAKOUT_STOP, READY, ON, "are not running"),
        (ActionKind.BREAKOUT_STOP, RUNNING, ON, ""),
        (ActionKind.BREAKOUT_BROADCAST, READY, ON, ""),
        (ActionKind.BREAKOUT_ASSIGN, RUNNING, None, ""),
        (ActionKind.BREAKOUT_REMOVE, GROUP, ON, "No breakout rooms are set up"),
        (ActionKind.BREAKOUT_ASSISTANCE, CHILD, ON, ""),
        (ActionKind.BREAKOUT_ASSISTANCE, room("k2", object_type="room"), ON, "Nobody asked"),
        (ActionKind.BREAKOUT_ASSISTANCE, RUNNING, ON, ""),
        (ActionKind.BREAKOUT_ASSISTANCE, READY, ON, "are not running"),
    ],
)
def test_rules_say_why_not(
    kind: ActionKind, target: object, caps: TalkCapabilities | None, reason: str
) -> None:
    got = _verdict(kind, target, caps)
    assert (reason in got) if reason else got == "", got


def test_the_set_up_entry_opens_the_dialog_once_set_up() -> None:
    verdict = evaluate(ActionKind.BREAKOUT_SETUP, RuleContext(room=RUNNING, capabilities=ON))
    assert verdict.enabled and verdict.label == "&Breakout Rooms…"
    assert evaluate(ActionKind.BREAKOUT_SETUP, RuleContext(capabilities=ON)).reason


def test_server_refusal_stops_the_cli_in_the_wrong_conversation() -> None:
    assert server_refusal(ActionKind.BREAKOUT_SETUP, GROUP) is None
    assert "open to guests" in (server_refusal(ActionKind.BREAKOUT_START, room(type=3)) or "")
    assert "one-to-one" in (server_refusal(ActionKind.BREAKOUT_SETUP, room(type=1)) or "").lower()
    assert "parent" in (server_refusal(ActionKind.BREAKOUT_BROADCAST, CHILD) or "")
    assert server_refusal(ActionKind.BREAKOUT_ASSISTANCE, CHILD) is None


def test_builders_word_the_audit_and_check_the_input() -> None:
    manual = bo.setup(GROUP, BreakoutMode.MANUAL, 3, {7: 1, 8: 3})
    assert manual.detail == "set up 3 breakout rooms (manual), 2 people assigned"
    assert manual.params["assignments"] == ((7, 1), (8, 3))
    automatic = bo.setup(GROUP, BreakoutMode.AUTOMATIC, 4, {7: 1})
    assert automatic.detail == "set up 4 breakout rooms (automatic)"
    assert automatic.params["assignments"] == ()  # only manual mode places people
    one = bo.assign(GROUP, {7: 2}, {7: "Alice"})
    assert one.detail == "move Alice to Room 2" and one.attendee_id == 7
    many = bo.assign(GROUP, {1: 1, 2: 1, 3: 2, 4: 2}, {})
    assert many.detail == "move 4 people between breakout rooms"
    assert bo.amount_problem(0) and bo.amount_problem(21) and bo.amount_problem(20) is None
    assert bo.assignment_problem({7: 3}, 2) == "There is no Room 3: the rooms are numbered 1 to 2"
    assert bo.message_problem(" ") and bo.message_problem("x" * 32001)
    assert bo.message_problem("5 minutes left") is None


async def test_the_runner_sends_and_audits_a_session(service: TalkService, tmp_path: Path) -> None:
    audit = AuditLog(tmp_path / "audit.jsonl")
    runner = ActionRunner(service, audit)
    made = await service.rooms.create(2, "Core workshop")
    await service.participants.add(made.token, "alice")
    setup = (await runner.run(bo.setup(made, BreakoutMode.AUTOMATIC, 2))).answer
    assert isinstance(setup, bo.BreakoutAnswer) and len(setup.breakout_rooms) == 2
    assert setup.parent is not None and setup.parent.breakout_room_mode == 1
    parent = setup.parent
    await runner.run(bo.start(parent))
    sent = (await runner.run(bo.broadcast(parent, "5 minutes left"))).answer
    assert isinstance(sent, bo.BreakoutAnswer) and len(sent.rooms) == 3
    removed = (await runner.run(bo.remove(parent))).answer
    assert isinstance(removed, bo.BreakoutAnswer) and removed.removed
    entries = audit.entries()
    assert [e.action for e in entries] == [
        "breakout-setup",
        "breakout-start",
        "breakout-broadcast",
        "breakout-remove",
    ]
    assert entries[2].detail == "message to every breakout room: '5 minutes left'"
    assert all(e.ok and e.room == "Core workshop" for e in entries)

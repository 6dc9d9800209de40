"""Polls, recording and the attendance list in the core: input checks, the rules (who may,
and why not), the words for results and recording states, the ODS file made from Talk's CSV,
and the runner sending each action once, audited, against the demo server."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

from app.api import TalkError, TalkService
from app.api.capabilities import TalkCapabilities
from app.api.constants import RecordingStatus
from app.api.models import Poll, PollVote
from app.audit import AuditLog
from app.demo_server import DemoServer
from app.moderation import ActionKind, ActionRunner, polls, recording
from app.moderation import attendance as att
from app.moderation.rules import RuleContext, evaluate, server_refusal
from tests.helpers.moderation import EventRoom
from tests.moderation.conftest import ServiceFactory
from tests.ui.factories import room

FEATURES = frozenset({"talk-polls", "recording-v1", "download-call-participants"})


def caps(*, recording_server: bool = True, features: frozenset[str] = FEATURES) -> TalkCapabilities:
    return TalkCapabilities(features=features, config={"call": {"recording": recording_server}})


# ------------------------------------------------------------------ poll input


def test_poll_input_is_checked_with_sentences() -> None:
    checked = polls.check_poll("  Lunch? ", [" Pizza ", "", "Salad", "  "], max_votes=2)
    assert (checked.question, checked.options, checked.max_votes) == (
        "Lunch?",
        ("Pizza", "Salad"),
        2,
    )
    cases = {
        ("", ("a", "b"), 0): "Type the question",
        ("Q", ("a", " "), 0): "at least two options",
        ("Q", ("a", "A"), 0): "'A' is an option twice",
        ("Q", ("a", "b"), 3): r"0 \(no limit\) to 2",
        ("Q", ("a", "b"), -1): r"0 \(no limit\) to 2",
        ("q" * 32_001, ("a", "b"), 0): "question is too long",
        ("Q", ("a" * 30_000, "b" * 30_000), 0): "too long together",
    }
    for (question, options, max_votes), words in cases.items():
        with pytest.raises(polls.PollInputError, match=words):
            polls.check_poll(question, options, max_votes=max_votes)


def test_create_poll_operation_says_what_it_posts() -> None:
    op = polls.create_poll(room("r"), "Lunch?", ["Pizza", "Salad"], hidden=True, max_votes=1)
    assert op.kind is ActionKind.CREATE_POLL
    assert op.detail == (
        "create the poll 'Lunch?' with 2 options (results hidden until it is closed; "
        "each person picks one option)"
    )
    assert op.params["options"] == ("Pizza", "Salad")
    with pytest.raises(polls.PollInputError):
        polls.create_poll(room("r"), "Lunch?", ["Pizza"])


def test_results_in_words() -> None:
    open_public = Poll(id=1, question="Q", options=("a", "b"), votes=[], num_voters=3)
    assert polls.result_rows(open_public) == [("a", "–", ""), ("b", "–", "")]
    assert "you see how many have voted" in polls.results_note(open_public)
    assert polls.voters_text(open_public) == "3 voted"
    closed = Poll(
        id=1,
        question="Q",
        options=("a", "b"),
        status=1,
        votes={"option-1": 2},
        num_voters=2,
        details=(
            PollVote(actor_type="users", actor_id="alice", actor_display_name="Alice", option_id=1),
            PollVote(actor_type="users", actor_id="bob", option_id=1),
        ),
    )
    assert polls.result_rows(closed) == [("a", "0", ""), ("b", "2", "Alice, bob")]
    hidden_open = Poll(id=2, question="Q", options=("a", "b"), result_mode=1)
    assert "until the poll is closed" in polls.results_note(hidden_open)


# ----------------------------------------------------------------------- rules


def test_poll_rules() -> None:
    group = room("g", participant_type=3, permissions=254)
    assert evaluate(ActionKind.CREATE_POLL, RuleContext(room=group, capabilities=caps())).enabled
    one_to_one = room("o", type=1)
    refused = evaluate(ActionKind.CREATE_POLL, RuleContext(room=one_to_one, capabilities=caps()))
    assert refused.reason == "Polls exist only in group and public conversations"
    assert server_refusal(ActionKind.CREATE_POLL, one_to_one) == refused.reason
    assert server_refusal(ActionKind.CREATE_POLL, group) is None
    read_only = room("ro", read_only=1)
    assert "read-only" in evaluate(ActionKind.CREATE_POLL, RuleContext(room=read_only)).reason
    no_chat = room("nc", participant_type=3, permissions=1 | 4)
    assert "may not chat" in evaluate(ActionKind.CREATE_POLL, RuleContext(room=no_chat)).reason
    no_polls = caps(features=frozenset())
    verdict = evaluate(ActionKind.CLOSE_POLL, RuleContext(room=group, capabilities=no_polls))
    assert verdict.reason == "The server does not support polls"


def test_recording_rules_say_why_not() -> None:
    def reason(kind: ActionKind, r: object, c: TalkCapabilities | None = None) -> str:
        verdict = evaluate(kind, RuleContext(room=r, capabilities=c or caps()))  # type: ignore[arg-type]
        return "" if verdict.enabled else verdict.reason

    in_call = room("c", has_call=True)
    assert reason(ActionKind.START_RECORDING, in_call) == ""
    no_backend = caps(recording_server=False)
    assert reason(ActionKind.START_RECORDING, in_call, no_backend) == (
        "This server has no recording backend"
    )
    assert reason(ActionKind.START_RECORDING, room("n")) == "No call is running"
    user = room("u", has_call=True, participant_type=3)
    assert reason(ActionKind.START_RECORDING, user) == "Only signed-in moderators can record a call"
    guest_mod = room("gm", has_call=True, participant_type=6)
    assert reason(ActionKind.START_RECORDING, guest_mod).startswith("Only signed-in moderators")
    recorded = room("r", has_call=True, call_recording=RecordingStatus.AUDIO)
    assert reason(ActionKind.START_RECORDING, recorded) == "Recording (audio only) already"
    assert reason(ActionKind.STOP_RECORDING, recorded) == ""
    starting = room("s", has_call=True, call_recording=RecordingStatus.VIDEO_STARTING)
    assert reason(ActionKind.STOP_RECORDING, starting) == ""
    assert reason(ActionKind.STOP_RECORDING, in_call) == "The call is not being recorded"
    failed = room("f", has_call=True, call_recording=RecordingStatus.FAILED)
    assert reason(ActionKind.START_RECORDING, failed) == ""  # Talk lets a failed one restart


def test_attendance_rule() -> None:
    ok = evaluate(ActionKind.DOWNLOAD_ATTENDANCE, RuleContext(room=room("c", has_call=True)))
    assert ok.enabled
    no_call = evaluate(ActionKind.DOWNLOAD_ATTENDANCE, RuleContext(room=room("n")))
    assert no_call.reason.startswith("There is no call running")
    user = evaluate(
        ActionKind.DOWNLOAD_ATTENDANCE,
        RuleContext(room=room("u", has_call=True, participant_type=3)),
    )
    assert user.reason == "Only moderators can download the attendance list"


def test_recording_states_in_words() -> None:
    words = [recording.recording_text(room("r", call_recording=s)) for s in range(6)]
    assert words == [
        "",
        "Recording (video)",
        "Recording (audio only)",
        "Starting a video recording",
        "Starting an audio recording",
        "Recording failed",
    ]


# ------------------------------------------------------------------ files


TALK_CSV = (
    b"name,email,type,identifier\n"
    b'"Moderator One",,users,moderator1\n'
    b"'=cmd,x@example.org,emails,abc\n"
    b'"Quote ""Q"", Esq.",,guests,g1\n'
)


def test_ods_from_talks_csv_is_a_real_spreadsheet(tmp_path: Path) -> None:
    rows = att.csv_rows(TALK_CSV)
    assert rows[2][0] == "=cmd"  # Talk's formula guard is taken off: ODS cells are text
    assert rows[3][0] == 'Quote "Q", Esq.'
    data = att.ods_bytes(rows, sheet="Town hall")
    path = tmp_path / "list.ods"
    path.write_bytes(data)
    with zipfile.ZipFile(path) as archive:
        first = archive.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        assert archive.read("mimetype") == att.ODS_MIMETYPE.encode()
        assert "META-INF/manifest.xml" in archive.namelist()
        tree = ElementTree.fromstring(archive.read("content.xml"))
    ns = {
        "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
        "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    }
    sheet = tree.find(".//table:table", ns)
    assert sheet is not None
    assert sheet.get(f"{{{ns['table']}}}name") == "Town hall"
    cells = [
        [p.text or "" for p in row.findall("table:table-cell/text:p", ns)]
        for row in sheet.findall("table:table-row", ns)
    ]
    assert cells == rows


def test_suggested_name_follows_talk() -> None:
    from datetime import date

    name = att.suggested_name(room("t", name="Town hall: Q&A / 2"), "ods", date(2026, 12, 3))
    assert name == "Town-hall-Q&A-2 2026-12-03.ods"
    with pytest.raises(ValueError, match="csv or ods"):
        att.download_attendance(room("t"), "x.xlsx", "xlsx")


# ------------------------------------------------------------- through the runner


async def test_attendance_download_writes_a_private_file_and_is_audited(
    runner: ActionRunner,
    service: TalkService,
    audit: AuditLog,
    event: EventRoom,
    login_as: ServiceFactory,
    tmp_path: Path,
) -> None:
    target = tmp_path / "attendance.csv"
    with pytest.raises(TalkError, match="there is no call running"):
        await runner.run(att.download_attendance(event.room, target))
    assert not target.exists()
    await service.calls.join(event.token)
    alice = await login_as("alice")
    await alice.calls.join(event.token)
    saved = (await runner.run(att.download_attendance(event.room, target))).answer
    assert isinstance(saved, att.SavedAttendance)
    assert (saved.path, saved.format, saved.people) == (target, "csv", 2)
    assert target.read_bytes().startswith(b"name,email,type,identifier\n")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    ods = tmp_path / "attendance.ods"
    saved = (await runner.run(att.download_attendance(event.room, ods, "ods"))).answer
    assert isinstance(saved, att.SavedAttendance) and saved.people == 2
    assert zipfile.ZipFile(ods).read("mimetype") == att.ODS_MIMETYPE.encode()
    missing = tmp_path / "no-such-folder" / "a.csv"
    with pytest.raises(TalkError, match="Cannot save the attendance list to"):
        await runner.run(att.download_attendance(event.room, missing))
    entries = [e for e in audit.entries() if e.action == ActionKind.DOWNLOAD_ATTENDANCE]
    assert [e.ok for e in entries] == [False, True, True, False]
    assert entries[1].detail == f"download the attendance list of the call as CSV to {target}"


async def test_polls_and_recording_through_the_runner(
    runner: ActionRunner, service: TalkService, audit: AuditLog, event: EventRoom
) -> None:
    poll = (await runner.run(polls.create_poll(event.room, "Lunch?", ["Pizza", "Salad"]))).answer
    assert isinstance(poll, Poll) and poll.is_open
    closed = (await runner.run(polls.close_poll(event.room, poll))).answer
    assert isinstance(closed, Poll) and closed.is_closed
    await service.calls.join(event.token)
    answered = (await runner.run(recording.start_recording(event.room))).answer
    assert answered is not None and getattr(answered, "call_recording", None) == 1
    stopped = (await runner.run(recording.stop_recording(event.room))).answer
    assert getattr(stopped, "call_recording", None) == 0
    kinds = [(e.action, e.ok) for e in audit.entries()]
    assert kinds == [
        (ActionKind.CREATE_POLL, True),
        (ActionKind.CLOSE_POLL, True),
        (ActionKind.START_RECORDING, True),
        (ActionKind.STOP_RECORDING, True),
    ]


async def test_a_lost_answer_to_start_recording_is_verified_as_applied(
    demo_server: DemoServer,
    runner: ActionRunner,
    service: TalkService,
    audit: AuditLog,
    event: EventRoom,
) -> None:
    await service.calls.join(event.token)
    demo_server.fail_next("drop-after", method="POST")
    outcome = await runner.run(recording.start_recording(event.room))
    assert "Recording (video): the change was applied" in outcome.note
    demo_server.fail_next("drop", method="DELETE")
    with pytest.raises(TalkError, match="Recording \\(video\\): the change was not applied"):
        await runner.run(recording.stop_recording(event.room))
    assert [(e.action, e.outcome) for e in audit.entries()] == [
        (ActionKind.START_RECORDING, "unknown"),
        (ActionKind.START_RECORDING, "verified-applied"),
        (ActionKind.STOP_RECORDING, "unknown"),
        (ActionKind.STOP_RECORDING, "verified-not-applied"),
    ]

"""A write whose answer is lost is never sent again: the runner reads the object once and says
whether the change took effect, and the audit log records "unknown", then what the read showed.

The demo server loses answers on demand (``fail_next``): ``drop-after`` does the write and
drops the connection unanswered, ``malformed`` does it and sends half the answer, ``drop``
drops the connection before doing anything.
"""

from __future__ import annotations

import pytest

from app.api import TalkService
from app.api.errors import NotApplied, OutcomeUnknown
from app.audit import AuditLog
from app.demo_server import DemoServer
from app.moderation import ActionRunner
from app.moderation import operations as ops
from tests.helpers.moderation import EventRoom


def _outcomes(audit: AuditLog) -> list[tuple[str, str, bool]]:
    return [(str(e.action), e.outcome, e.ok) for e in audit.entries()]


async def test_a_lost_answer_to_a_write_that_was_done_is_verified_as_applied(
    demo_server: DemoServer,
    runner: ActionRunner,
    audit: AuditLog,
    event: EventRoom,
    service: TalkService,
) -> None:
    demo_server.fail_next("drop-after", method="PUT")
    outcome = await runner.run(ops.set_lobby(event.room, True))
    assert "the lobby is now on: the change was applied" in outcome.note
    assert outcome.room is not None and outcome.room.lobby_enabled
    assert (await service.rooms.get(event.token)).lobby_enabled
    assert _outcomes(audit) == [
        ("lobby", "unknown", False),
        ("lobby", "verified-applied", True),
    ]
    assert [e.result for e in audit.entries()] == ["unknown", "ok (verified)"]


async def test_a_lost_answer_to_a_write_never_done_says_try_again(
    demo_server: DemoServer, runner: ActionRunner, audit: AuditLog, event: EventRoom
) -> None:
    demo_server.fail_next("drop", method="PUT")
    with pytest.raises(NotApplied) as refused:
        await runner.run(ops.set_lobby(event.room, True))
    assert "the lobby is now off: the change was not applied; try again" in str(refused.value)
    assert _outcomes(audit) == [
        ("lobby", "unknown", False),
        ("lobby", "verified-not-applied", False),
    ]


async def test_an_unreadable_success_of_a_person_action_is_verified(
    demo_server: DemoServer, runner: ActionRunner, audit: AuditLog, event: EventRoom
) -> None:
    alice = event.people["alice"]
    demo_server.fail_next("malformed", method="POST")
    outcome = await runner.run(ops.promote(event.room, alice))
    assert f"{alice.title} is a moderator now: the change was applied" in outcome.note
    assert _outcomes(audit)[-1] == ("promote", "verified-applied", True)


async def test_the_write_is_sent_once_only(
    demo_server: DemoServer, runner: ActionRunner, event: EventRoom
) -> None:
    """Removing someone twice would fail loudly; posting twice would post twice: never resend."""
    bob = event.people["bob"]
    demo_server.fail_next("drop-after", method="DELETE")
    outcome = await runner.run(ops.remove(event.room, bob))
    assert "is no longer in the conversation: the change was applied" in outcome.note
    # a second DELETE would have met the next fault; it is still waiting, so none was sent
    demo_server.fail_next("500", method="DELETE")
    assert demo_server.pending_faults() == 1


async def test_an_action_a_read_cannot_check_is_unknown(
    demo_server: DemoServer, runner: ActionRunner, audit: AuditLog, event: EventRoom
) -> None:
    demo_server.fail_next("drop-after", method="POST")
    with pytest.raises(OutcomeUnknown) as unknown:
        await runner.run(ops.ring(event.room, event.people["alice"]))
    assert "look before trying again" in str(unknown.value)
    assert _outcomes(audit) == [("ring", "unknown", False)]


async def test_when_the_read_fails_too_the_outcome_stays_unknown(
    demo_server: DemoServer, runner: ActionRunner, audit: AuditLog, event: EventRoom
) -> None:
    demo_server.fail_next("drop-after", method="PUT")
    demo_server.fail_next("503", method="GET", count=3)  # the read and its two retries
    with pytest.raises(OutcomeUnknown) as unknown:
        await runner.run(ops.set_read_only(event.room, True))
    assert "reading it again failed too" in str(unknown.value)
    assert _outcomes(audit) == [("read-only", "unknown", False)]


async def test_a_refusal_is_no_lost_answer(
    demo_server: DemoServer, runner: ActionRunner, audit: AuditLog, event: EventRoom
) -> None:
    """The server answered (500): nothing to verify, the error is the server's."""
    demo_server.fail_next("500", method="PUT")
    with pytest.raises(Exception) as failed:
        await runner.run(ops.set_lobby(event.room, True))
    assert not isinstance(failed.value, (NotApplied, OutcomeUnknown))
    assert _outcomes(audit) == [("lobby", "", False)]


async def test_the_sentences_about_a_lost_answer_keep_their_english(
    demo_server: DemoServer, runner: ActionRunner, audit: AuditLog, event: EventRoom
) -> None:
    """The note, the "not applied" error and the audit say exactly what they said before they
    were made translatable (the CLI prints them, the audit file keeps them); their
    translatable form reads the same in English."""
    demo_server.fail_next("drop-after", method="PUT")
    outcome = await runner.run(ops.rename(event.room, "Town hall, moved"))
    assert outcome.note == (
        "rename 'Town hall' to 'Town hall, moved': the server's answer was lost, but reading "
        "it again shows it is now named 'Town hall, moved': the change was applied"
    )
    assert outcome.note_text is not None and str(outcome.note_text) == outcome.note
    assert outcome.operation.detail == "rename 'Town hall' to 'Town hall, moved'"

    demo_server.fail_next("drop", method="PUT")
    with pytest.raises(NotApplied) as refused:
        await runner.run(ops.set_read_only(event.room, True))
    lost = refused.value.__cause__
    assert str(refused.value) == (
        f"{lost}. Read again: the conversation is now writable: the change was not applied; "
        "try again"
    )
    assert refused.value.text is not None and str(refused.value.text) == str(refused.value)
    assert audit.entries()[-1].error == str(refused.value)
    assert audit.entries()[-1].detail == "read-only on"

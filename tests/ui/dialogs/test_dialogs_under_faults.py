"""A dialog whose request fails keeps what was typed and says what happened.

The demo server spoils the dialog's one write (``fail_next``): a 5xx answer, a connection dropped
before the server did anything, a request that takes longer than the client waits, and one
whose answer is lost after the server did it. Only the last closes the dialog: the runner's
re-read showed the change.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.audit import AuditLog
from app.demo_server import DemoServer
from app.moderation import ActionOutcome, ActionRunner
from app.ui.dialogs.rename import RenameDialog
from tests.helpers.moderation import EventRoom, accepted, opened, send, still_open_with_error

FAULTS = {
    "server error": ("500", ("HTTP 500",)),
    "maintenance": ("503", ("maintenance",)),
    "dropped before it was done": ("drop", ("the change was not applied; try again",)),
    "no answer in time": ("stall", ("did not answer in time", "not applied; try again")),
}


@pytest.fixture
async def impatient_runner(demo_server: DemoServer, audit: AuditLog) -> AsyncIterator[ActionRunner]:
    """A runner whose service waits 0.5 s for an answer (the stall fault takes 1.5 s)."""
    user = demo_server.moderator
    service = TalkService(
        demo_server.url, user.login, user.app_password, timeout=0.5, retry_base_delay=0.01
    )
    try:
        yield ActionRunner(service, audit)
    finally:
        await service.aclose()


@pytest.mark.parametrize("fault", list(FAULTS))
async def test_a_failed_rename_keeps_the_new_name_and_says_why(
    qtbot: QtBot,
    demo_server: DemoServer,
    impatient_runner: ActionRunner,
    service: TalkService,
    event: EventRoom,
    fault: str,
) -> None:
    kind, fragments = FAULTS[fault]
    dialog = opened(qtbot, RenameDialog(impatient_runner, event.room))
    dialog.name_edit.setText("Town hall, moved")
    demo_server.fail_next(kind, method="PUT")
    await send(qtbot, dialog)
    assert still_open_with_error(dialog, *fragments)
    assert dialog.name_edit.text() == "Town hall, moved"
    assert dialog.name_edit.isEnabled() and dialog.send_button.isEnabled()
    assert (await service.rooms.get(event.token)).name == "Town hall"


async def test_a_lost_answer_of_a_done_rename_closes_the_dialog_with_a_note(
    qtbot: QtBot, demo_server: DemoServer, runner: ActionRunner, event: EventRoom
) -> None:
    dialog = opened(qtbot, RenameDialog(runner, event.room))
    answers: list[ActionOutcome] = []
    dialog.answered.connect(answers.append)
    dialog.name_edit.setText("Town hall, moved")
    demo_server.fail_next("drop-after", method="PUT")
    await send(qtbot, dialog)
    assert accepted(dialog)
    assert "it is now named 'Town hall, moved': the change was applied" in answers[0].note

"""What the moderator sees in the dialogs: the lobby's current state, room to read and type,
and a finished bulk run that offers only the button that still works."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.moderation import ActionRunner
from app.moderation import operations as ops
from app.ui.dialogs.base import MIN_WIDTH
from app.ui.dialogs.bulk_result import BulkResultDialog
from app.ui.dialogs.lobby import LobbyDialog
from app.ui.dialogs.password import PasswordDialog
from tests.helpers.moderation import EventRoom, opened
from tests.helpers.waiting import wait_until


async def test_lobby_dialog_says_the_current_state(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom
) -> None:
    off = LobbyDialog(runner, event.room)
    qtbot.addWidget(off)
    assert off.intro.text().endswith("Now: the lobby is off.")

    # the next whole minute, 3 h on: never "2 h 59 min" however late in the minute this runs
    opens = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(hours=3, minutes=1)
    await service.webinar.set_lobby(event.token, True, opens)
    on = LobbyDialog(runner, await service.rooms.get(event.token))
    qtbot.addWidget(on)
    on.show()
    # The checkbox proposes turning the lobby off; the intro must still say it is on now.
    assert not on.enabled_check.isChecked()
    intro = on.intro.text()
    assert "Now: the lobby is on; it opens in 3 h" in intro
    assert opens.astimezone().strftime("%Y-%m-%d %H:%M") in intro

    await service.webinar.set_lobby(event.token, True)
    manual = LobbyDialog(runner, await service.rooms.get(event.token))
    qtbot.addWidget(manual)
    assert manual.intro.text().endswith("Now: the lobby is on until a moderator opens it.")


async def test_password_dialog_is_wide_enough(
    qtbot: QtBot, runner: ActionRunner, event: EventRoom
) -> None:
    dialog = opened(qtbot, PasswordDialog(runner, event.room))
    assert dialog.width() >= MIN_WIDTH
    assert dialog.intro.height() < 4 * dialog.fontMetrics().height()  # not a narrow column


async def test_finished_bulk_run_offers_only_close(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom
) -> None:
    await service.participants.promote(event.token, event.person("bob").attendee_id)
    operations = [ops.promote(event.room, event.person(x)) for x in ("alice", "bob")]
    dialog = opened(qtbot, BulkResultDialog(runner, operations, title="Promote 2 participants"))
    assert dialog.start_button.isVisible() and dialog.cancel_button.isVisible()
    await dialog.start()
    await wait_until(lambda: dialog.outcome is not None)
    assert dialog.close_button.isVisible() and dialog.close_button.isEnabled()
    assert not dialog.start_button.isVisible() and not dialog.cancel_button.isVisible()

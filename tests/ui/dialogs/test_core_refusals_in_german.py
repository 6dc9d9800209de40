"""The moderation core's own refusals in a German window, and their English unchanged.

Refusals the core words itself rather than the server: a plain user's "end the call for
everyone" that only made them leave, muting without a signaling connection, an attendance
list that cannot be saved; and who was moved between breakout rooms, said from the
operation's detail. The dialog shows them in the window's language (``error_text``,
``shown``); the audit log (and the CLI) keep the English as it was.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.api import TalkError, TalkService
from app.audit import AuditLog
from app.demo_server import DemoServer
from app.moderation import ActionRunner
from app.moderation import attendance as att
from app.qtapp.translations import error_text
from app.ui.dialogs.breakout import BreakoutDialog
from app.ui.dialogs.call import end_call_dialog
from app.ui.dialogs.mute import mute_all_dialog
from tests.helpers.moderation import (
    EventRoom,
    connect,
    make_event_room,
    opened,
    send,
    still_open_with_error,
)
from tests.helpers.moderation_fixtures import ServiceFactory
from tests.helpers.untranslated import language
from tests.helpers.waiting import wait_until


async def test_an_end_call_that_only_left_is_told_in_german(
    qtbot: QtBot,
    login_as: ServiceFactory,
    event: EventRoom,
    demo_server: DemoServer,
    audit: AuditLog,
    catalogue: Path,
) -> None:
    connect(demo_server, event.token, "alice", in_call=7)
    bob = await login_as("bob")
    room = await bob.rooms.get(event.token)
    with language("de", catalogue):
        dialog = opened(qtbot, end_call_dialog(ActionRunner(bob, audit), room))
        await send(qtbot, dialog)
        assert still_open_with_error(dialog)
        shown = dialog.error_text
    assert shown == (
        f"Der Anruf in „{room.title}“ läuft noch: Der Server hat Sie ihn nur verlassen lassen "
        "(ihn für alle zu beenden, erfordert Moderatorrechte)"
    ), shown
    assert audit.entries()[-1].error == (
        f"The call in '{room.title}' is still running: the server only let you leave it "
        "(ending it for everyone needs moderator rights)"
    )


async def test_muting_without_a_signaling_connection_is_told_in_german(
    qtbot: QtBot, runner: ActionRunner, event: EventRoom, audit: AuditLog, catalogue: Path
) -> None:
    with language("de", catalogue):
        dialog = opened(qtbot, mute_all_dialog(runner, event.room))
        await send(qtbot, dialog)
        assert still_open_with_error(dialog)
        shown = dialog.error_text
    assert shown == (
        f"Alle im Anruf in „{event.room.title}“ können nicht stummgeschaltet werden: Es besteht "
        "keine Verbindung zum Signaling-Server dorthin (Stummschalten geht nur über eine solche)"
    ), shown
    entry = audit.entries()[-1]
    assert entry.detail == "mute everyone in the call"
    assert entry.error == (
        f"Cannot mute everyone in the call in '{event.room.title}': there is no signaling-server "
        "connection to it (muting travels only over one)"
    )


async def test_an_attendance_list_that_cannot_be_saved_is_told_in_german(
    runner: ActionRunner,
    service: TalkService,
    event: EventRoom,
    login_as: ServiceFactory,
    tmp_path: Path,
    catalogue: Path,
) -> None:
    await service.calls.join(event.token)
    alice = await login_as("alice")
    await alice.calls.join(event.token)
    missing = tmp_path / "no-such-folder" / "a.csv"
    with pytest.raises(TalkError) as refused:
        await runner.run(att.download_attendance(event.room, missing))
    assert str(refused.value) == (
        f"Cannot save the attendance list to {missing}: No such file or directory"
    )
    with language("de", catalogue):
        shown = error_text(refused.value)
    assert shown == (
        f"Die Teilnahmeliste kann nicht unter {missing} gespeichert werden: "
        "No such file or directory"  # the system's words, as it gave them
    ), shown


async def test_who_was_moved_between_breakout_rooms_is_told_in_german(
    qtbot: QtBot, service: TalkService, runner: ActionRunner, audit: AuditLog, catalogue: Path
) -> None:
    """The dialog's "Moved: ..." names who went where from the operation's detail, which is
    the audit's English: in German it must read German."""
    event = await make_event_room(service, "Workshop", logins=("alice", "bob", "carol"))
    alice, bob, carol = (event.person(x).attendee_id for x in ("alice", "bob", "carol"))
    with language("de", catalogue):
        dialog = opened(qtbot, BreakoutDialog(runner, event.room))
        await dialog.wait_loaded()
        dialog.amount_spin.setValue(2)
        dialog.mode_combo.setCurrentIndex(1)  # manual
        dialog.table.spin(alice).setValue(1)  # type: ignore[union-attr]
        dialog.table.spin(bob).setValue(2)  # type: ignore[union-attr]
        dialog.send()
        await _done(dialog)
        assert not dialog.error_text, dialog.error_text
        dialog.table.spin(carol).setValue(1)  # type: ignore[union-attr]
        dialog.apply_moves()
        await _done(dialog)
        said = dialog.info_label.text()
    assert said == "Verschoben: Carol in Raum 1", said
    assert audit.entries()[-1].detail == "move Carol to Room 1"


async def _done(dialog: BreakoutDialog) -> None:
    await wait_until(lambda: not dialog.in_flight, timeout=10, message="the action did not finish")

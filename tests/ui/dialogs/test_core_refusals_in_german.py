"""The moderation core's own refusals in a German window, and their English unchanged.

Refusals the core words itself rather than the server: a plain user's "end the call for
everyone" that only made them leave, muting without a signaling connection, an attendance
list that cannot be saved. The dialog shows them in the window's language (``error_text``);
the audit log (and the CLI) keep the English as it was.
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
from app.ui.dialogs.call import end_call_dialog
from app.ui.dialogs.mute import mute_all_dialog
from tests.helpers.moderation import EventRoom, connect, opened, send, still_open_with_error
from tests.helpers.moderation_fixtures import ServiceFactory
from tests.helpers.untranslated import compile_catalogue, language


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compile_catalogue(tmp_path_factory.mktemp("qm"))


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

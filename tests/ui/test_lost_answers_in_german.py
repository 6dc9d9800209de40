"""A window in German says in German what a re-read found after a lost answer.

The demo server loses the answer of a rename (``fail_next`` on PUT): ``drop-after`` does the
write and drops the connection, ``drop`` drops it before doing anything. The runner reads the
room again. Its note (the change was applied) reaches the window's status bar as a dialog's
answer does (``answered`` -> ``MainWindow.apply_answer``); its "not applied" error stays in the
dialog. Both in the window's language; the audit log keeps the English.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.audit import AuditLog
from app.demo_server import DemoServer
from app.moderation import ActionRunner
from app.ui.dialogs.rename import RenameDialog
from app.ui.main_window import MainWindow
from tests.helpers.moderation import accepted, opened, send, still_open_with_error
from tests.helpers.untranslated import RUNNER_ENGLISH, language
from tests.helpers.waiting import wait_until
from tests.ui.conftest import WindowOpener

ROOM = "Town Hall"


async def _renamed_after_a_lost_answer(
    qtbot: QtBot, window: MainWindow, runner: ActionRunner, demo_server: DemoServer, fault: str
) -> RenameDialog:
    await wait_until(lambda: window.controller.loaded, message="the window did not load")
    room = next(r for r in window.conversation_model.records() if r.title == ROOM)
    dialog = opened(qtbot, RenameDialog(runner, room, window))
    dialog.answered.connect(window.apply_answer)  # as the moderation controller connects it
    dialog.name_edit.setText("Town Hall, moved")
    demo_server.fail_next(fault, method="PUT")
    await send(qtbot, dialog)
    return dialog


async def test_a_verified_lost_answer_is_told_in_the_status_bar_in_german(
    qtbot: QtBot,
    open_window: WindowOpener,
    demo_server: DemoServer,
    service: TalkService,
    tmp_path: Path,
    catalogue: Path,
) -> None:
    audit = AuditLog(tmp_path / "audit.jsonl")
    with language("de", catalogue) as installed:
        assert installed.ours
        async with open_window() as window:
            dialog = await _renamed_after_a_lost_answer(
                qtbot, window, ActionRunner(service, audit), demo_server, "drop-after"
            )
            assert accepted(dialog)
            said = window.statusBar().currentMessage()
    assert said == (
        "„Town Hall“ in „Town Hall, moved“ umbenannt: Die Antwort des Servers ging verloren, "
        "doch erneutes Lesen zeigt: sie heißt jetzt „Town Hall, moved“. Die Änderung wurde "
        "übernommen"
    ), said
    assert audit.entries()[-1].outcome == "verified-applied"  # the audit file stays English
    assert audit.entries()[-1].detail == "rename 'Town Hall' to 'Town Hall, moved'"


async def test_a_lost_answer_of_a_rename_not_done_is_told_in_the_dialog_in_german(
    qtbot: QtBot,
    open_window: WindowOpener,
    demo_server: DemoServer,
    service: TalkService,
    tmp_path: Path,
    catalogue: Path,
) -> None:
    audit = AuditLog(tmp_path / "audit.jsonl")
    with language("de", catalogue):
        async with open_window() as window:
            dialog = await _renamed_after_a_lost_answer(
                qtbot, window, ActionRunner(service, audit), demo_server, "drop"
            )
            assert still_open_with_error(dialog, "Erneut gelesen: sie heißt jetzt „Town Hall“")
            shown = dialog.error_text
    assert shown.startswith("Nicht möglich"), shown  # the service's sentence, translated
    assert "Die Änderung wurde nicht übernommen; versuchen Sie es erneut" in shown, shown
    assert not [words for words in RUNNER_ENGLISH if words in shown], shown
    english = audit.entries()[-1].error
    assert english.endswith(
        ". Read again: it is now named 'Town Hall': the change was not applied; try again"
    ), english


async def test_the_same_in_english_shows_the_runner_s_english(
    qtbot: QtBot, open_window: WindowOpener, demo_server: DemoServer, service: TalkService
) -> None:
    """The checks above can fail: without the catalogue the status bar has the English note."""
    async with open_window() as window:
        await _renamed_after_a_lost_answer(
            qtbot, window, ActionRunner(service), demo_server, "drop-after"
        )
        said = window.statusBar().currentMessage()
    assert said == (
        "rename 'Town Hall' to 'Town Hall, moved': the server's answer was lost, but reading "
        "it again shows it is now named 'Town Hall, moved': the change was applied"
    ), said

"""File > New Conversation in the real window against the demo server: name, guests, password.

The new conversation comes from the write's answer: it is listed and selected at once, with no
conversation listing; a refusal keeps the dialog open with what was typed.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.api.constants import ConversationType
from app.audit import AuditLog
from app.demo_server import DemoServer
from app.ui.dialogs.create_room import CreateRoomDialog
from app.ui.main_window import MainWindow
from app.ui.moderation import ModerationController, install_moderation
from tests.helpers.counting import CountingTransport, counting_service, settle
from tests.helpers.moderation import send, still_open_with_error
from tests.helpers.waiting import wait_until
from tests.ui.conftest import WindowOpener
from tests.ui.test_action_requests import QUIET, listings, report, trigger, writes


@pytest.fixture
async def counted(
    demo_server: DemoServer, recording_transport_for: Callable[[DemoServer], object]
) -> AsyncIterator[tuple[TalkService, CountingTransport]]:
    svc, transport = counting_service(demo_server, recording_transport_for(demo_server))  # type: ignore[arg-type]
    try:
        yield svc, transport
    finally:
        await svc.aclose()


def new_conversation(window: MainWindow, controller: ModerationController) -> CreateRoomDialog:
    trigger(window, "actionCreateRoom")
    dialog = controller.last_dialog
    assert isinstance(dialog, CreateRoomDialog) and dialog.isVisible()
    return dialog


async def test_a_new_public_conversation_with_a_password_is_listed_and_selected_at_once(
    open_window: WindowOpener,
    qtbot: QtBot,
    counted: tuple[TalkService, CountingTransport],
    tmp_path: Path,
) -> None:
    svc, transport = counted
    async with open_window(svc, config=QUIET) as window:
        controller = install_moderation(window, AuditLog(tmp_path / "audit.jsonl"))
        await wait_until(lambda: window.controller.loaded)
        await settle(transport)
        before = len(window.conversation_model)
        mark = transport.mark()
        dialog = new_conversation(window, controller)
        assert not dialog.send_button.isEnabled()  # no name yet
        assert not dialog.password_edit.isEnabled()  # no guests: no password
        qtbot.keyClicks(dialog.name_edit, "Press briefing")
        dialog.guests_check.click()
        qtbot.keyClicks(dialog.password_edit, "briefing-2026-long")
        qtbot.keyClicks(dialog.confirm_edit, "briefing-2026")
        assert "do not match" in dialog.error_text and not dialog.send_button.isEnabled()
        qtbot.keyClicks(dialog.confirm_edit, "-long")
        await send(qtbot, dialog)
        assert not dialog.isVisible()

        room = window.current_room()  # at once: from the answer, no poll in between
        assert room is not None and room.title == "Press briefing"
        assert room.type == ConversationType.PUBLIC and room.has_password
        assert len(window.conversation_model) == before + 1
        assert [r.token for r in window.selected_rooms()] == [room.token]
        await settle(transport)
        sent = transport.since(mark)
    assert [(w.method, w.path) for w in writes(sent)] == [("POST", "/room")], report(sent)
    assert not listings(sent), report(sent)
    # Selecting the new room starts polling its people and reading its chat (the chat pane):
    # that room only, once each.
    chat = f"/ocs/v2.php/apps/spreed/api/v1/chat/{room.token}"
    assert [(s.method, s.path) for s in sent if s.method == "GET" and s.path != chat] in (
        [],
        [("GET", f"/room/{room.token}/participants")],
    ), report(sent)
    assert [s.path for s in sent if "/chat/" in s.path] in ([], [chat]), report(sent)
    entry = AuditLog(tmp_path / "audit.jsonl").entries()[-1]
    assert entry.action == "create" and entry.ok and "briefing-2026" not in entry.detail


async def test_a_refused_new_conversation_keeps_what_was_typed(
    open_window: WindowOpener, qtbot: QtBot, service: TalkService, tmp_path: Path
) -> None:
    async with open_window() as window:
        controller = install_moderation(window, AuditLog(tmp_path / "audit.jsonl"))
        await wait_until(lambda: window.controller.loaded)
        before = set(window.conversation_model.keys())
        dialog = new_conversation(window, controller)
        qtbot.keyClicks(dialog.name_edit, "Short password")
        dialog.guests_check.click()
        qtbot.keyClicks(dialog.password_edit, "abc")
        qtbot.keyClicks(dialog.confirm_edit, "abc")
        await send(qtbot, dialog)
        assert still_open_with_error(dialog, "at least 10 characters")
        assert dialog.name_edit.text() == "Short password"
        assert dialog.guests_check.isChecked() and dialog.password_edit.text() == "abc"
        assert dialog.password_edit.isEnabled()
        assert set(window.conversation_model.keys()) == before
        dialog.password_edit.clear()
        dialog.confirm_edit.clear()
        dialog.guests_check.click()
        await send(qtbot, dialog)  # a group conversation, no password: accepted
        assert not dialog.isVisible()
        room = window.current_room()
        assert room is not None and room.title == "Short password"
        assert room.type == ConversationType.GROUP and not room.has_password

"""The chat pane in the real main window against the real demo server: the selected
conversation's chat, new messages inserted row by row (never a reset), deleting the Town
Hall's spam from the GUI alone, a refusal shown in the dialog with nothing lost, clearing
the history by typing the name, a silent announcement, hostile names shown as text, and the
pane following the selection and the window's visibility."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.api.constants import ConversationType
from app.audit import AuditLog
from app.demo_server import DemoServer
from app.demo_server.chat_seed import SPAM
from app.moderation import ActionKind
from app.ui.chat.dialogs import AnnouncementDialog, ClearHistoryDialog
from app.ui.chat.model import ChatColumn
from app.ui.dialogs.base import AsyncActionDialog
from app.ui.main_window import MainWindow
from app.ui.moderation import ModerationController, install_moderation
from tests.helpers.markup import HOSTILE_GUEST
from tests.helpers.moderation import accepted, add_guest, make_event_room, send, service_for
from tests.helpers.waiting import wait_until
from tests.ui.conftest import FAST, WindowOpener


def _texts(window: MainWindow) -> list[str]:
    model = window.chat_pane.model
    return [model.index(row, ChatColumn.MESSAGE).data() for row in range(model.rowCount())]


async def _open_chat(window: MainWindow, token: str) -> None:
    await wait_until(lambda: window.controller.loaded, message="rooms never loaded")
    assert window.select_room(token)
    await wait_until(
        lambda: window.chat_pane.model.token == token and window.chat_pane.model.rowCount() > 0,
        message="the chat never showed",
    )


async def _trigger(
    window: MainWindow, moderation: ModerationController, kind: ActionKind
) -> QDialog:
    action = window.registry.action(kind)
    await wait_until(
        action.isEnabled, message=f"{kind} never enabled: {window.registry.verdict(kind).reason}"
    )
    action.trigger()
    dialog = moderation.last_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _town_hall(window: MainWindow) -> str:
    return next(r.token for r in window.controller.rooms.values() if r.name == "Town Hall")


async def test_delete_the_town_halls_spam_from_the_gui(
    qtbot: QtBot, open_window: WindowOpener, config_dir: Path
) -> None:
    async with open_window() as window:
        moderation = install_moderation(window)
        await wait_until(lambda: window.controller.loaded, message="rooms never loaded")
        await _open_chat(window, _town_hall(window))
        pane = window.chat_pane
        assert SPAM in _texts(window)
        assert pane.header.text().startswith("Chat of Town Hall: the last ")
        delete = window.registry.action(ActionKind.DELETE_MESSAGE)
        assert not delete.isEnabled()
        assert window.registry.verdict(ActionKind.DELETE_MESSAGE).reason == (
            "Select a message in the chat first"
        )
        spam = next(m for m in pane.model.records() if m.message == SPAM)
        assert pane.select_message(spam.id)
        dialog = await _trigger(window, moderation, ActionKind.DELETE_MESSAGE)
        assert dialog.objectName() == "deleteMessageDialog"
        assert isinstance(dialog, AsyncActionDialog)
        assert "Delete Guest's message 'FREE crypto giveaway" in dialog.intro.text()
        await send(qtbot, dialog)
        assert accepted(dialog)
        # The answer is in the pane at once: the message says who deleted it.
        row = pane.model.row_of(spam.id)
        assert row is not None
        assert pane.model.index(row, ChatColumn.MESSAGE).data() == "Message deleted by you"
        assert SPAM not in _texts(window)
        await wait_until(
            lambda: "You deleted a message" in _texts(window), message="the notice never came"
        )
        assert [e.action for e in AuditLog().entries()][-1] == "delete-message"


async def test_new_messages_are_inserted_not_reset(
    qtbot: QtBot, open_window: WindowOpener, service: TalkService, demo_server: DemoServer
) -> None:
    event = await make_event_room(service, "Workshop")
    async with open_window() as window:
        await _open_chat(window, event.token)
        model = window.chat_pane.model
        resets: list[int] = []
        inserted: list[tuple[int, int]] = []
        model.modelReset.connect(lambda: resets.append(1))
        model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
        window.chat_pane.view.selectRow(0)
        selected = window.chat_pane.selected_message()
        alice = service_for(demo_server, "alice")
        try:
            await alice.chat.post(event.token, "Question from Alice")
            await alice.chat.post(event.token, "And another one")
        finally:
            await alice.aclose()
        await wait_until(
            lambda: _texts(window)[-2:] == ["Question from Alice", "And another one"],
            message="new messages never appeared",
        )
        assert not resets and inserted and all(first > 0 for first, _ in inserted)
        rows = model.rowCount()
        assert window.chat_pane.header.text() == f"Chat of Workshop: the last {rows} messages"
        assert window.chat_pane.selected_message() == selected  # the selection survived
        assert window.chat_pane.model.index(model.rowCount() - 1, ChatColumn.AUTHOR).data() == (
            "Alice"
        )


async def test_a_refusal_keeps_the_dialog_open(
    qtbot: QtBot, open_window: WindowOpener, service: TalkService, demo_server: DemoServer
) -> None:
    """Alice is no moderator: she may not delete the moderator's message. The rule says so;
    a message deleted meanwhile by someone else is refused by the server, in words."""
    event = await make_event_room(service, "Forum")
    posted = await service.chat.post(event.token, "The moderator's words")
    async with open_window() as window:
        moderation = install_moderation(window)
        await _open_chat(window, event.token)
        await wait_until(lambda: window.chat_pane.select_message(posted.id), message="no row")
        dialog = await _trigger(window, moderation, ActionKind.DELETE_MESSAGE)
        await service.chat.delete(event.token, posted.id)  # someone was faster
        assert isinstance(dialog, AsyncActionDialog)
        await send(qtbot, dialog)
        assert dialog.isVisible() and dialog.send_button.isEnabled()
        assert dialog.error_text == (
            "Cannot delete Moderator1's message 'The moderator's words': it is a system "
            "message or was deleted already; only messages people wrote can be deleted"
        )

    alice = service_for(demo_server, "alice")
    try:
        async with open_window(alice) as window:
            await _open_chat(window, event.token)
            mine = await service.chat.post(event.token, "Only I may delete this")
            await wait_until(lambda: window.chat_pane.select_message(mine.id), message="no row")
            await wait_until(
                lambda: (
                    window.registry.verdict(ActionKind.DELETE_MESSAGE).reason
                    == "Only moderators can delete other people's messages"
                ),
                message="the rule did not refuse",
            )
            assert window.registry.verdict(ActionKind.CLEAR_HISTORY).reason == (
                "Only moderators can clear the history"
            )
    finally:
        await alice.aclose()


async def test_clear_history_asks_for_the_name(
    qtbot: QtBot, open_window: WindowOpener, service: TalkService
) -> None:
    event = await make_event_room(service, "Stand-up")
    await service.chat.post(event.token, "yesterday's notes")
    async with open_window() as window:
        moderation = install_moderation(window)
        await _open_chat(window, event.token)
        dialog = await _trigger(window, moderation, ActionKind.CLEAR_HISTORY)
        assert isinstance(dialog, ClearHistoryDialog)
        assert not dialog.send_button.isEnabled()
        qtbot.keyClicks(dialog.confirm_edit, "Stand-u")
        assert not dialog.send_button.isEnabled()
        qtbot.keyClicks(dialog.confirm_edit, "p")
        assert dialog.send_button.isEnabled()
        await send(qtbot, dialog)
        assert accepted(dialog)
        await wait_until(
            lambda: _texts(window) == ["You cleared the history of the conversation"],
            message="the pane still shows the old chat",
        )
        page = await service.chat.history(event.token)
        assert [m.system_message for m in page.messages] == ["history_cleared"]


async def test_post_a_silent_announcement_and_an_empty_one_is_refused(
    qtbot: QtBot, open_window: WindowOpener, service: TalkService
) -> None:
    event = await make_event_room(service, "Keynote")
    async with open_window() as window:
        moderation = install_moderation(window)
        await _open_chat(window, event.token)
        dialog = await _trigger(window, moderation, ActionKind.POST_ANNOUNCEMENT)
        assert isinstance(dialog, AnnouncementDialog)
        qtbot.keyClicks(dialog.text_edit, "   ")
        assert not dialog.send_button.isEnabled()
        dialog.text_edit.setPlainText("5 minutes left")
        dialog.silent_check.setChecked(True)
        assert dialog.counter.text() == "14 of 32,000 characters"
        await send(qtbot, dialog)
        assert accepted(dialog)
        assert _texts(window)[-1] == "5 minutes left"  # the answer, before any poll
        page = await service.chat.history(event.token, limit=1)
        assert page.messages[0].message == "5 minutes left" and page.messages[0].is_silent

        locked = await _trigger(window, moderation, ActionKind.POST_ANNOUNCEMENT)
        assert isinstance(locked, AnnouncementDialog)
        await service.rooms.set_read_only(event.token, True)
        locked.text_edit.setPlainText("after the lock")
        await send(qtbot, locked)
        assert locked.isVisible() and locked.text() == "after the lock"
        assert "read-only" in locked.error_text


async def test_hostile_names_and_texts_are_plain(
    qtbot: QtBot, open_window: WindowOpener, service: TalkService, demo_server: DemoServer
) -> None:
    event = await make_event_room(service, "Open day", room_type=ConversationType.PUBLIC)
    add_guest(demo_server, event.token, HOSTILE_GUEST)
    with demo_server.state.lock:
        room = demo_server.state.rooms[event.token]
        guest = next(a for a in room.attendees.values() if a.display_name == HOSTILE_GUEST)
        demo_server.state.post_comment(
            room, guest.actor_type, guest.actor_id, guest.display_name, "<b>{file}</b> <img>"
        )
    async with open_window() as window:
        await _open_chat(window, event.token)
        model = window.chat_pane.model
        row = model.rowCount() - 1
        assert model.index(row, ChatColumn.AUTHOR).data() == HOSTILE_GUEST
        assert model.index(row, ChatColumn.MESSAGE).data() == "<b>{file}</b> <img>"
        tip = model.index(row, ChatColumn.MESSAGE).data(Qt.ItemDataRole.ToolTipRole)
        assert "<img>" not in tip and "&lt;img&gt;" in tip  # escaped: shown as characters


async def test_the_pane_follows_selection_and_visibility(
    qtbot: QtBot, open_window: WindowOpener, service: TalkService
) -> None:
    first = await make_event_room(service, "First")
    second = await make_event_room(service, "Second")
    async with open_window() as window:
        reader = window.chat_reader
        await _open_chat(window, first.token)
        await _open_chat(window, second.token)
        assert reader.token == second.token
        window.conversation_view.clearSelection()
        window.conversation_view.selectionModel().clearCurrentIndex()
        await wait_until(lambda: reader.token is None, message="the reader kept reading")
        assert window.chat_pane.model.rowCount() == 0
        assert window.chat_pane.header.text() == "Select a conversation to see its chat"
        assert window.select_room(first.token)
        await wait_until(lambda: reader.running, message="not reading the first room")
        window.hide()
        assert not reader.running
        window.show()
        await wait_until(lambda: reader.running, message="not reading after showing again")


async def test_a_waiting_chat_never_holds_up_the_participant_list(
    qtbot: QtBot, open_window: WindowOpener, service: TalkService
) -> None:
    """The chat's long poll waits on the server (30 s) on its own connection and task: the
    participant polls go on at their own pace meanwhile, all answered."""
    event = await make_event_room(service, "Busy room")
    async with open_window(config=replace(FAST, chat_timeout=30)) as window:
        await _open_chat(window, event.token)
        reader = window.chat_reader
        answers: list[str] = []
        reader.polled.connect(answers.append)
        await wait_until(lambda: reader.running, message="the chat is not being read")
        polls: list[str] = []
        window.controller.poll_finished.connect(
            lambda what: polls.append(what) if what == "participants" else None
        )
        await wait_until(lambda: len(polls) >= 5, message="participant polls stalled")
        assert answers == []  # all the while one long poll was waiting for news
        assert len(window.participant_model) == 3

"""The chat pane in ``--server`` mode against the real Talk server: the conversation's chat
shown when it is clicked, a new message arriving by long poll, a spam message deleted and a
silent announcement posted through the real QActions and dialogs, each checked on the server
through moderator1's own service."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.moderation import ActionKind
from app.ui.chat.model import ChatColumn
from app.ui.main_window import MainWindow
from app.ui.moderation import ModerationController
from tests.helpers.real_server import RealServer
from tests.helpers.waiting import wait_until
from tests.real_server.conftest import ServiceFactory
from tests.real_server.test_gui_session import (
    SERVER_WAIT,
    _click_room,
    _open_dialog,
    _send,
    _server_window,
)

pytestmark = pytest.mark.real_server


def _texts(window: MainWindow) -> list[str]:
    model = window.chat_pane.model
    return [model.index(row, ChatColumn.MESSAGE).data() for row in range(model.rowCount())]


async def test_the_chat_pane_on_the_real_server(
    qtbot: QtBot,
    real_server: RealServer,
    real_service: TalkService,
    real_service_for: ServiceFactory,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
    config_dir: Path,
) -> None:
    room = await real_service.rooms.create(2, room_name("chat gui"))
    cleanup_rooms.append(room.token)
    await real_service.participants.add(room.token, "alice")
    alice = await real_service_for("alice")
    spam = await alice.chat.post(room.token, "Cheap followers at http://spam.example")

    async with _server_window(qtbot, real_server) as console:
        window, moderation = console.window, console.moderation
        assert isinstance(moderation, ModerationController)
        await wait_until(
            lambda: window.conversation_model.row_of(room.token) is not None,
            timeout=SERVER_WAIT,
            message="the room never appeared in the list",
        )
        _click_room(qtbot, window, room.token)
        await wait_until(
            lambda: spam.message in _texts(window),
            timeout=SERVER_WAIT,
            message="the chat never showed",
        )
        assert "You added Alice" in _texts(window)

        # Alice writes while the pane waits on the server's long poll: it arrives by itself.
        question = await alice.chat.post(room.token, "Where are the slides?")
        await wait_until(
            lambda: _texts(window)[-1] == question.message,
            timeout=SERVER_WAIT,
            message="the new message never arrived",
        )

        # Delete the spam.
        assert window.chat_pane.select_message(spam.id)
        dialog = await _open_dialog(window, moderation, ActionKind.DELETE_MESSAGE)
        assert "Alice's message 'Cheap followers" in dialog.intro.text()
        await _send(qtbot, dialog)
        page = await real_service.chat.history(room.token, limit=10)
        assert next(m for m in page.messages if m.id == spam.id).is_deleted
        await wait_until(
            lambda: "You deleted a message" in _texts(window),
            timeout=SERVER_WAIT,
            message="the deletion's notice never showed",
        )
        assert spam.message not in _texts(window)

        # A silent announcement.
        post = await _open_dialog(window, moderation, ActionKind.POST_ANNOUNCEMENT)
        edit = post.findChild(QPlainTextEdit, "announcementEdit")
        silent = post.findChild(QCheckBox, "announcementSilentCheck")
        assert edit is not None and silent is not None
        edit.setPlainText("Slides are in the shared folder")
        silent.setChecked(True)
        await _send(qtbot, post)
        newest = (await real_service.chat.history(room.token, limit=1)).messages[0]
        assert newest.message == "Slides are in the shared folder" and newest.is_silent
        assert _texts(window)[-1] == "Slides are in the shared folder"

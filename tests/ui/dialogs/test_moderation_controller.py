"""The moderation controller in the real main window: handlers for every moderation action,
shown in the context menus, bulk dialogs for several selected conversations, refresh after
success."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.moderation import ActionKind
from app.ui.action_ids import (
    ALL_ACTIONS,
    CALL_ACTIONS,
    CONVERSATION_ACTIONS,
    PARTICIPANT_ACTIONS,
    ActionId,
)
from app.ui.dialogs.bulk_result import BulkResultDialog
from app.ui.dialogs.rename import RenameDialog
from app.ui.models import RECORD_ROLE
from app.ui.moderation import install_moderation
from tests.helpers.moderation import make_event_room, send
from tests.helpers.waiting import wait_until
from tests.ui.conftest import WindowOpener

NOT_MINE = {ActionKind.FAVORITE}  # personal, not moderation: left to the main window's owner


async def test_every_moderation_action_gets_a_handler(
    open_window: WindowOpener, service: TalkService
) -> None:
    async with open_window() as window:
        before = {a for a in ALL_ACTIONS if window.registry.has_handler(a)}
        controller = install_moderation(window)
        for action_id in (
            *CONVERSATION_ACTIONS,
            *PARTICIPANT_ACTIONS,
            *CALL_ACTIONS,
            ActionId.AUDIT_LOG,
        ):
            if action_id not in NOT_MINE:
                assert window.registry.has_handler(action_id), action_id
        controller.uninstall()
        assert {a for a in ALL_ACTIONS if window.registry.has_handler(a)} == before


async def test_context_menus_offer_the_actions(
    open_window: WindowOpener, qtbot: QtBot, service: TalkService
) -> None:
    event = await make_event_room(service, "Menu test")
    async with open_window() as window:
        install_moderation(window)
        await wait_until(lambda: window.controller.loaded)
        assert window.select_room(event.token)
        await wait_until(lambda: len(window.participant_model) == 3)
        view = window.participant_view
        alice_row = next(
            r
            for r in range(view.model().rowCount())
            if "Alice" in str(view.model().index(r, 0).data())
        )
        view.selectRow(alice_row)
        view.customContextMenuRequested.emit(QPoint(5, 5))
        menu = window.findChild(QMenu, "participantViewContextMenu")
        assert menu is not None
        enabled = {a.objectName() for a in menu.actions() if a.isEnabled()}
        assert {"actionPromote", "actionRemoveParticipant", "actionAddParticipant"} <= enabled
        menu.close()

        window.conversation_view.customContextMenuRequested.emit(QPoint(5, 5))
        menu = window.findChild(QMenu, "conversationViewContextMenu")
        assert menu is not None
        enabled = {a.objectName() for a in menu.actions() if a.isEnabled()}
        assert {
            "actionRename",
            "actionLobby",
            "actionReadOnly",
            "actionGuests",
            "actionDelete",
            "actionJoinCall",
        } <= enabled
        menu.close()


async def test_success_puts_the_answer_into_the_lists_at_once(
    open_window: WindowOpener, qtbot: QtBot, service: TalkService
) -> None:
    """The renamed room comes from the write's answer: no poll falls due meanwhile."""
    from app.live import PollConfig

    slow = PollConfig(rooms_interval=60, selected_interval=60, full_interval=600)
    event = await make_event_room(service, "Before")
    async with open_window(config=slow) as window:
        controller = install_moderation(window)
        await wait_until(lambda: window.controller.loaded)
        assert window.select_room(event.token)
        window.registry.action(ActionKind.RENAME).trigger()
        dialog = controller.last_dialog
        assert isinstance(dialog, RenameDialog)
        dialog.name_edit.setText("After")
        await send(qtbot, dialog)

        room = window.conversation_model.get(event.token)
        assert room is not None and room.title == "After"
        assert window.current_room() == room


async def test_several_conversations_go_to_the_bulk_dialog(
    open_window: WindowOpener, qtbot: QtBot, service: TalkService
) -> None:
    rooms = [(await make_event_room(service, f"Bulk {i}", logins=())).room for i in range(3)]
    async with open_window() as window:
        controller = install_moderation(window)
        await wait_until(lambda: all(window.controller.room(r.token) for r in rooms))
        view = window.conversation_view
        model = view.model()
        selection = QItemSelection()
        tokens = {r.token for r in rooms}
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            record = index.data(RECORD_ROLE)
            if getattr(record, "token", None) in tokens:
                selection.select(index, index)
        assert window.select_room(rooms[0].token)
        view.selectionModel().select(
            selection,
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
        await wait_until(lambda: len(window.registry.context.rooms) == 3)
        window.registry.action(ActionKind.READ_ONLY).trigger()
        dialog = controller.last_dialog
        assert isinstance(dialog, BulkResultDialog)
        assert dialog.table.rowCount() == 3
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: dialog.outcome is not None)
        assert dialog.outcome is not None and dialog.outcome.succeeded == 3
        for room in rooms:
            assert (await service.rooms.get(room.token)).is_read_only

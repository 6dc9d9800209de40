"""Default column layout fits the window; the user's saved layout comes back on the next start."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QHeaderView, QTableView
from pytestqt.qtbot import QtBot

from app.ui import window_state
from app.ui.models import ConversationModel, ParticipantModel, PersonColumn, RoomColumn
from tests.helpers.waiting import wait_until
from tests.ui.conftest import WindowOpener
from tests.ui.factories import person, room


def _fits(view: QTableView) -> bool:
    header = view.horizontalHeader()
    total = sum(header.sectionSize(i) for i in range(header.count()))
    return total <= view.viewport().width() + 1


async def test_default_columns_fit_a_1360_px_window(open_window: WindowOpener) -> None:
    async with open_window() as window:
        window.resize(1360, 800)
        await wait_until(lambda: len(window.conversation_model) > 5)
        for view, name_column in (
            (window.conversation_view, RoomColumn.NAME),
            (window.participant_view, PersonColumn.NAME),
        ):
            header = view.horizontalHeader()
            await wait_until(partial(_fits, view), message=f"{view.objectName()} fits")
            assert not view.horizontalScrollBar().isVisible()
            assert header.sectionResizeMode(name_column) == QHeaderView.ResizeMode.Stretch
            assert header.sectionSize(name_column) >= 140
        header = window.conversation_view.horizontalHeader()
        for column in (RoomColumn.GUESTS, RoomColumn.READ_ONLY, RoomColumn.PASSWORD):
            assert header.sectionSize(column) < 40
        left, right = window._splitter.sizes()
        assert 1.0 <= left / right <= 1.3


def test_icon_columns_keep_their_words_in_tooltips(qtbot: QtBot) -> None:
    rooms = ConversationModel()
    rooms.upsert([room("a", read_only=1, has_password=True)])
    cell = rooms.index(0, RoomColumn.READ_ONLY)
    assert rooms.data(cell) == ""
    assert rooms.data(cell, Qt.ItemDataRole.AccessibleTextRole) == "Read-only"
    assert "nobody can write" in rooms.data(cell, Qt.ItemDataRole.ToolTipRole)
    assert rooms.data(cell, Qt.ItemDataRole.DecorationRole) is not None
    horizontal = Qt.Orientation.Horizontal
    assert rooms.headerData(RoomColumn.PASSWORD, horizontal) == ""
    assert rooms.headerData(RoomColumn.PASSWORD, horizontal, Qt.ItemDataRole.ToolTipRole)
    assert rooms.headerData(RoomColumn.PASSWORD, horizontal, Qt.ItemDataRole.DecorationRole)
    assert rooms.headerData(RoomColumn.NAME, horizontal) == "Name"

    people = ParticipantModel()
    people.set_room(room("r"))
    people.set_participants("r", [person(1, actor_type="guests")])
    kind = people.index(0, PersonColumn.KIND)
    assert people.data(kind) == ""
    assert people.data(kind, Qt.ItemDataRole.ToolTipRole) == "Guest"


async def test_saved_column_layout_is_restored(open_window: WindowOpener) -> None:
    async with open_window() as window:
        header = window.participant_view.horizontalHeader()
        header.resizeSection(PersonColumn.ROLE, 161)
        header.moveSection(header.visualIndex(PersonColumn.STATUS), 1)
        window.participant_view.sortByColumn(PersonColumn.ROLE, Qt.SortOrder.DescendingOrder)
    # closing saved the layout
    async with open_window() as window:
        header = window.participant_view.horizontalHeader()
        assert header.sectionSize(PersonColumn.ROLE) == 161
        assert header.visualIndex(PersonColumn.STATUS) == 1
        assert header.sortIndicatorSection() == PersonColumn.ROLE
        assert window.participant_model.sort_column == PersonColumn.ROLE
        assert window.participant_model.sort_order == Qt.SortOrder.DescendingOrder


async def test_column_layout_saved_under_older_rules_is_ignored(
    open_window: WindowOpener,
) -> None:
    async with open_window() as window:
        window.participant_view.horizontalHeader().resizeSection(PersonColumn.ROLE, 161)
    settings = QSettings(
        str(window_state.config_dir() / window_state.FILE_NAME), QSettings.Format.IniFormat
    )
    settings.remove("mainWindow/headerVersion")
    settings.sync()
    async with open_window() as window:
        assert window.participant_view.horizontalHeader().sectionSize(PersonColumn.ROLE) != 161

"""The item models update by diff: inserts, removals and dataChanged, never a reset."""

from __future__ import annotations

import msgspec
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QSignalSpy
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from app.ui.models import (
    RECORD_ROLE,
    ConversationModel,
    ParticipantModel,
    PersonColumn,
    RoomColumn,
    SearchProxyModel,
    contiguous,
)
from tests.ui.factories import person, room


def test_contiguous_groups_rows() -> None:
    assert contiguous([5, 1, 2, 3, 9, 8]) == [(1, 3), (5, 5), (8, 9)]
    assert contiguous([]) == []


def test_upsert_inserts_changes_and_ignores_equal_records(qtbot: QtBot) -> None:
    model = ConversationModel()
    resets = QSignalSpy(model.modelReset)
    inserted = QSignalSpy(model.rowsInserted)
    changed = QSignalSpy(model.dataChanged)

    assert model.upsert([room("a"), room("b"), room("c")]) == (3, 0)
    assert model.rowCount() == 3 and inserted.count() == 1

    assert model.upsert([room("a"), room("b", name="B2", display_name="B2"), room("c")]) == (0, 1)
    assert changed.count() == 1
    assert changed.at(0)[0].row() == 1 and changed.at(0)[1].row() == 1
    assert model.data(model.index(1, RoomColumn.NAME)) == "B2"
    assert resets.count() == 0


def test_replace_all_removes_missing_rows_in_blocks(qtbot: QtBot) -> None:
    model = ParticipantModel()
    model.set_room(room("r"))
    people = [person(i) for i in range(10)]
    model.set_participants("r", people)
    removed = QSignalSpy(model.rowsRemoved)
    resets = QSignalSpy(model.modelReset)

    keep = [p for p in people if p.attendee_id not in (2, 3, 4, 7)]
    model.set_participants("r", keep)

    assert model.keys() == [0, 1, 5, 6, 8, 9]
    assert removed.count() == 2  # rows 2-4 and row 7
    assert resets.count() == 0
    assert model.row_of(8) == 4


def test_participants_of_another_room_are_ignored(qtbot: QtBot) -> None:
    model = ParticipantModel()
    model.set_room(room("r"))
    model.set_participants("other", [person(1)])
    assert model.rowCount() == 0


def test_lobby_column_follows_room_lobby_state(qtbot: QtBot) -> None:
    model = ParticipantModel()
    model.set_room(room("r"))
    model.set_participants("r", [person(1, session_ids=("s1",))])
    index = model.index(0, PersonColumn.LOBBY)
    assert model.data(index) == ""
    model.set_room(room("r", lobby_state=1))
    assert model.data(index) == "Waiting"
    assert model.rowCount() == 1  # same room: rows kept


def test_lobby_countdown_uses_the_clock(qtbot: QtBot) -> None:
    model = ConversationModel()
    model.clock = lambda: 1_000_000.0
    model.upsert([room("a", lobby_state=1, lobby_timer=1_000_000 + 14 * 60)])
    assert model.data(model.index(0, RoomColumn.LOBBY)) == "opens in 14 min"
    assert model.data(model.index(0, RoomColumn.LOBBY), Qt.ItemDataRole.DecorationRole)
    tooltip = model.data(model.index(0, RoomColumn.LOBBY), Qt.ItemDataRole.ToolTipRole)
    assert "opens automatically" in tooltip


def test_selection_survives_updates_through_the_proxy(qtbot: QtBot) -> None:
    model = ParticipantModel()
    model.set_room(room("r"))
    people = [person(i, display_name=f"P{i:03d}") for i in range(200)]
    model.set_participants("r", people)
    proxy = SearchProxyModel()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(PersonColumn.NAME, Qt.SortOrder.AscendingOrder)
    view.selectionModel().select(
        proxy.index(150, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    # 1% changed, some removed, some added
    update = [
        msgspec.structs.replace(p, in_call=1) if p.attendee_id % 50 == 0 else p
        for p in people
        if p.attendee_id not in (3, 4)
    ] + [person(500, display_name="P999")]
    model.set_participants("r", update)
    rows = view.selectionModel().selectedRows()
    assert len(rows) == 1
    assert rows[0].data(RECORD_ROLE).display_name == "P150"


def test_search_filters_by_name(qtbot: QtBot) -> None:
    model = ConversationModel()
    model.upsert([room("a", display_name="Town hall"), room("b", display_name="Board")])
    proxy = SearchProxyModel()
    proxy.setSourceModel(model)
    proxy.set_search("TOWN")
    assert proxy.rowCount() == 1
    assert proxy.record_at(0).token == "a"
    proxy.set_search("")
    assert proxy.rowCount() == 2

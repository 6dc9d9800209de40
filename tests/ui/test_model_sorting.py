"""The models sort themselves (the proxy only filters) and keep the order across diff updates."""

from __future__ import annotations

import random

import msgspec
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtTest import QSignalSpy
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from app.api.models import Participant
from app.ui.models import (
    KEY_ROLE,
    RECORD_ROLE,
    ConversationModel,
    ParticipantModel,
    PersonColumn,
    PinnedSearchProxyModel,
    RoomColumn,
    SearchProxyModel,
)
from tests.ui.factories import person, room

ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


def _people(count: int, seed: int = 1) -> list[Participant]:
    rng = random.Random(seed)
    return [
        person(
            i,
            display_name=f"Person {rng.randrange(10_000):04d}",
            participant_type=rng.choice((1, 2, 3, 4)),
            last_ping=rng.randrange(1000),
        )
        for i in range(count)
    ]


def _view(qtbot: QtBot, model: ParticipantModel) -> tuple[QTableView, SearchProxyModel]:
    proxy = SearchProxyModel()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    return view, proxy


def _shown(proxy: SearchProxyModel) -> list[int]:
    return [proxy.key_at(row) for row in range(proxy.rowCount())]


def _expected(people: list[Participant], column: PersonColumn, order: Qt.SortOrder) -> list[int]:
    model = ParticipantModel()
    keyed = sorted(
        people,
        key=lambda p: (model.sort_value(p, column), p.attendee_id),
        reverse=order == DESC,
    )
    return [p.attendee_id for p in keyed]


def _room_model(people: list[Participant]) -> ParticipantModel:
    model = ParticipantModel()
    model.set_room(room("r"))
    model.set_participants("r", people)
    return model


def test_sorts_by_any_column_in_both_orders(qtbot: QtBot) -> None:
    people = _people(300)
    model = _room_model(people)
    view, proxy = _view(qtbot, model)
    for column in PersonColumn:
        for order in (ASC, DESC):
            view.sortByColumn(column, order)
            assert model.sort_column == column and model.sort_order == order
            assert _shown(proxy) == _expected(people, column, order), (column, order)
    assert proxy.sortColumn() == -1  # the proxy itself never sorts


def test_header_clicks_sort_and_reverse(qtbot: QtBot) -> None:
    people = _people(50)
    model = _room_model(people)
    view, proxy = _view(qtbot, model)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    header = view.horizontalHeader()
    pos = QPoint(header.sectionViewportPosition(PersonColumn.ROLE) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    first = model.sort_order
    assert model.sort_column == PersonColumn.ROLE
    assert _shown(proxy) == _expected(people, PersonColumn.ROLE, first)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert model.sort_order != first
    assert _shown(proxy) == _expected(people, PersonColumn.ROLE, model.sort_order)


def test_changed_sort_key_moves_the_row_and_selection_follows(qtbot: QtBot) -> None:
    people = [person(i, display_name=f"P{i:03d}", in_call=0) for i in range(100)]
    model = _room_model(people)
    view, proxy = _view(qtbot, model)
    view.sortByColumn(PersonColumn.PRESENCE, ASC)
    mover = 57
    row = _shown(proxy).index(mover)
    view.selectionModel().select(
        proxy.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.selectionModel().setCurrentIndex(
        proxy.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    resets = QSignalSpy(model.modelReset)
    layouts = QSignalSpy(model.layoutChanged)
    removed = QSignalSpy(model.rowsRemoved)

    update = [
        msgspec.structs.replace(p, in_call=1) if p.attendee_id == mover else p for p in people
    ]
    model.set_participants("r", update)

    assert _shown(proxy)[0] == mover  # in call ranks first
    assert _shown(proxy) == _expected(update, PersonColumn.PRESENCE, ASC)
    assert resets.count() == 0 and removed.count() == 0 and layouts.count() == 1
    rows = view.selectionModel().selectedRows()
    assert [r.data(KEY_ROLE) for r in rows] == [mover]
    assert view.selectionModel().currentIndex().data(KEY_ROLE) == mover
    assert model.row_of(mover) == 0 and model.record(0).attendee_id == mover


def test_change_that_keeps_the_order_emits_no_layout_change(qtbot: QtBot) -> None:
    people = _people(100)
    model = _room_model(people)
    view, proxy = _view(qtbot, model)
    view.sortByColumn(PersonColumn.NAME, ASC)
    layouts = QSignalSpy(model.layoutChanged)
    changed = QSignalSpy(model.dataChanged)
    update = [
        msgspec.structs.replace(p, in_call=1) if p.attendee_id % 10 == 0 else p for p in people
    ]
    model.set_participants("r", update)
    assert layouts.count() == 0 and changed.count() > 0
    assert _shown(proxy) == _expected(update, PersonColumn.NAME, ASC)


def test_new_rows_are_inserted_at_their_sorted_places(qtbot: QtBot) -> None:
    people = [person(i, display_name=f"P{i * 10:04d}") for i in range(50)]
    model = _room_model(people)
    view, proxy = _view(qtbot, model)
    for order in (ASC, DESC):
        view.sortByColumn(PersonColumn.NAME, order)
        inserted = QSignalSpy(model.rowsInserted)
        layouts = QSignalSpy(model.layoutChanged)
        joined = [person(1000 + order.value, display_name="P0125")]
        model.set_participants("r", people + joined)
        assert inserted.count() == 1 and layouts.count() == 0
        expected = _expected(people + joined, PersonColumn.NAME, order)
        assert inserted.at(0)[1] == expected.index(joined[0].attendee_id)
        assert _shown(proxy) == expected
        model.set_participants("r", people)
        assert _shown(proxy) == _expected(people, PersonColumn.NAME, order)


def test_random_polls_keep_rows_sorted_by_diff(qtbot: QtBot) -> None:
    rng = random.Random(7)
    people = _people(400, seed=3)
    model = _room_model(people)
    view, proxy = _view(qtbot, model)
    resets = QSignalSpy(model.modelReset)
    for step in range(12):
        column = rng.choice(list(PersonColumn))
        order = rng.choice((ASC, DESC))
        view.sortByColumn(column, order)
        kept = [p for p in people if rng.random() > 0.05]
        changed = [
            msgspec.structs.replace(
                p, last_ping=rng.randrange(1000), participant_type=rng.choice((1, 2, 3, 4))
            )
            if rng.random() < 0.05
            else p
            for p in kept
        ]
        joined = _people(rng.choice((1, 3, 40)), seed=100 + step)
        joined = [
            msgspec.structs.replace(p, attendee_id=10_000 + step * 100 + i)
            for i, p in enumerate(joined)
        ]
        people = changed + joined
        rng.shuffle(people)
        model.set_participants("r", people)
        assert _shown(proxy) == _expected(people, column, order), (step, column, order)
        assert [model.row_of(k) for k in model.keys()] == list(range(len(model)))
    assert resets.count() == 0


def test_search_filters_the_sorted_rows(qtbot: QtBot) -> None:
    people = [person(i, display_name=name) for i, name in enumerate(["Cleo", "Al", "Bea", "Ali"])]
    model = _room_model(people)
    view, proxy = _view(qtbot, model)
    view.sortByColumn(PersonColumn.NAME, DESC)
    proxy.set_search("al")
    assert [proxy.record_at(r).display_name for r in range(proxy.rowCount())] == ["Ali", "Al"]
    model.set_participants("r", [*people, person(9, display_name="Alma")])
    assert [proxy.record_at(r).display_name for r in range(proxy.rowCount())] == [
        "Alma",
        "Ali",
        "Al",
    ]
    proxy.set_search("")
    assert proxy.rowCount() == 5


def test_unsorted_model_keeps_arrival_order(qtbot: QtBot) -> None:
    model = _room_model([person(3), person(1)])
    model.sort(-1)
    model.set_participants("r", [person(3), person(1), person(2)])
    assert model.keys() == [3, 1, 2]
    assert model.data(model.index(2, 0), RECORD_ROLE).attendee_id == 2


def test_participant_count_moves_a_conversation(qtbot: QtBot) -> None:
    model = ConversationModel()
    model.upsert([room("a"), room("b"), room("c")])
    model.sort(RoomColumn.PARTICIPANTS, DESC)
    model.set_participant_count("c", 12)
    assert model.keys()[0] == "c"
    model.set_participant_count("a", 40)
    assert model.keys()[:2] == ["a", "c"]


def test_pinned_conversation_stays_while_searching(qtbot: QtBot) -> None:
    model = ConversationModel()
    model.upsert([room("t1", display_name="Town hall"), room("b2", display_name="Board")])
    model.sort(RoomColumn.NAME, ASC)
    proxy = PinnedSearchProxyModel()
    proxy.setSourceModel(model)
    proxy.set_pinned("b2")
    proxy.set_search("town")
    assert [proxy.key_at(r) for r in range(proxy.rowCount())] == ["b2", "t1"]
    proxy.set_pinned(None)
    assert [proxy.key_at(r) for r in range(proxy.rowCount())] == ["t1"]
    proxy.set_pinned("b2")
    proxy.set_search("")
    assert proxy.rowCount() == 2

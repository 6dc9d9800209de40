"""The 30 s clock tick repaints the countdown cells on screen, not whole columns."""

from __future__ import annotations

from PySide6.QtTest import QSignalSpy
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from app.ui.models import ConversationModel, RoomColumn, SearchProxyModel
from app.ui.visible_rows import visible_source_rows
from tests.ui.factories import room

NOW = 1_000_000.0


def test_a_tick_tells_only_the_visible_countdowns(qtbot: QtBot) -> None:
    model = ConversationModel()
    model.clock = lambda: NOW
    rooms = [
        room(f"r{n:03}", name=f"Room {n:03}", display_name=f"Room {n:03}")
        if n % 3
        else room(
            f"r{n:03}",
            name=f"Room {n:03}",
            display_name=f"Room {n:03}",
            lobby_state=1,
            lobby_timer=int(NOW) + 600,
        )
        for n in range(300)
    ]
    model.upsert(rooms)
    proxy = SearchProxyModel()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    qtbot.addWidget(view)
    view.resize(600, 200)
    view.show()
    qtbot.waitExposed(view)
    proxy.set_search("room 1")  # rows 100-199 and 1, 10-19: the proxy maps rows around

    shown = visible_source_rows(view)
    assert shown and len(shown) < 20, shown
    assert all(model.record(row).title.lower().startswith("room 1") for row in shown)

    changes = QSignalSpy(model.dataChanged)
    model.clock = lambda: NOW + 300
    model.tick(shown)
    cells = [(changes.at(i)[0], changes.at(i)[1]) for i in range(changes.count())]
    assert cells, "no countdown was repainted"
    for top_left, bottom_right in cells:
        assert top_left == bottom_right, "more than one cell per change"
        assert top_left.column() == RoomColumn.LOBBY
        assert top_left.row() in shown
        assert model.record(top_left.row()).lobby_timer  # only the rows that count down
    counting = [row for row in shown if model.record(row).lobby_timer]
    assert sorted(index.row() for index, _ in cells) == sorted(counting)
    assert model.data(model.index(counting[0], RoomColumn.LOBBY)) == "opens in 5 min"


def test_a_hidden_view_shows_no_rows(qtbot: QtBot) -> None:
    model = ConversationModel()
    model.upsert([room("a"), room("b")])
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    assert visible_source_rows(view) == []

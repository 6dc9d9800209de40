"""The lists' columns at the default window size: the usual longest texts fit, every header
has words (tooltip, header menu), and the header menu shows and hides columns."""

from __future__ import annotations

import time

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView

from app.api import TalkService
from app.ui.columns import cell_width, column_name, header_menu
from app.ui.formatting import lobby_text
from app.ui.models import PersonColumn, RoomColumn
from tests.helpers.waiting import wait_until
from tests.ui.conftest import WindowOpener


def _row_of(view: QTableView, text: str) -> int:
    model = view.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == text:
            return row
    return -1


def _shown_whole(view: QTableView, index: QModelIndex) -> bool:
    """The cell's text and icon fit its column (what the delegate asks for)."""
    text = str(index.data() or "")
    with_icon = index.data(Qt.ItemDataRole.DecorationRole) is not None
    return cell_width(view, text, with_icon) <= view.horizontalHeader().sectionSize(index.column())


async def test_long_texts_fit_at_the_default_size(
    open_window: WindowOpener, service: TalkService
) -> None:
    listing = await service.rooms.list()
    desk = next(r for r in listing.rooms if r.title == "Support Desk")
    await service.webinar.set_lobby(desk.token, True, int(time.time()) + 14 * 60 + 30)
    async with open_window() as window:
        rooms = window.conversation_view
        await wait_until(lambda: _row_of(rooms, "Support Desk") >= 0)
        lobby = rooms.model().index(_row_of(rooms, "Support Desk"), RoomColumn.LOBBY)
        await wait_until(lambda: lobby.data() == "opens in 14 min", message="the countdown")
        assert window.width() == 1280  # the default size
        # the countdown: its text and the lobby icon within the column, as painted
        header = rooms.horizontalHeader()
        metrics = rooms.fontMetrics()
        icon = rooms.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        room_for_text = header.sectionSize(RoomColumn.LOBBY) - icon - 8
        assert metrics.horizontalAdvance("opens in 14 min") <= room_for_text
        assert _shown_whole(rooms, lobby)
        oscar = rooms.model().index(_row_of(rooms, "oscar"), RoomColumn.TYPE)
        assert oscar.data() == "Former one-to-one"
        assert _shown_whole(rooms, oscar)
        assert header.sectionSize(RoomColumn.NAME) >= 120
        assert header.isSectionHidden(RoomColumn.PARTICIPANTS)

        rooms.selectRow(_row_of(rooms, "Town Hall"))  # its call has a phone and a camera
        people = window.participant_view
        await wait_until(lambda: _row_of(people, "+4930123456789") >= 0, message="the phone")
        phone = _row_of(people, "+4930123456789")
        model = people.model()
        assert _shown_whole(people, model.index(phone, PersonColumn.NAME))

        def in_call() -> list[QModelIndex]:
            cells = (model.index(r, PersonColumn.PRESENCE) for r in range(model.rowCount()))
            return [c for c in cells if str(c.data()).startswith("In call (audio")]

        await wait_until(lambda: len(in_call()) >= 2, message="people in the call")
        presence = in_call()
        assert any(index.data() == "In call (audio, video)" for index in presence)
        assert all(_shown_whole(people, index) for index in presence)
        assert people.horizontalHeader().isSectionHidden(PersonColumn.STATUS)
        for view in (rooms, people):
            assert not view.horizontalScrollBar().isVisible()
            # selected rows draw their icons in the selected mode (a light rim)
            assert view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows


async def test_every_header_has_words_and_a_menu_entry(open_window: WindowOpener) -> None:
    async with open_window() as window:
        for view in (window.conversation_view, window.participant_view):
            header = view.horizontalHeader()
            model = view.model()
            assert header.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
            menu = header_menu(view)
            entries = menu.actions()
            assert len(entries) == header.count()
            for column, entry in enumerate(entries):
                horizontal = Qt.Orientation.Horizontal
                tip = model.headerData(column, horizontal, Qt.ItemDataRole.ToolTipRole)
                assert tip, f"{view.objectName()} column {column} has no tooltip"
                name = column_name(view, column)
                assert entry.text() == name and name and not name.startswith("Column")
                assert str(tip).startswith(name)
                assert entry.isChecked() == (not header.isSectionHidden(column))
            icon_only = [
                c
                for c in range(header.count())
                if not model.headerData(c, Qt.Orientation.Horizontal)
            ]
            assert icon_only, "the icon-only headers are named in the menu"
            menu.deleteLater()

        rooms = window.conversation_view
        header = rooms.horizontalHeader()
        menu = header_menu(rooms)
        count = menu.actions()[RoomColumn.PARTICIPANTS]
        assert count.text() == "Participants" and not count.isChecked()
        count.trigger()
        assert not header.isSectionHidden(RoomColumn.PARTICIPANTS)
        read_only = menu.actions()[RoomColumn.READ_ONLY]
        assert read_only.text() == "Read-only"
        read_only.trigger()
        assert header.isSectionHidden(RoomColumn.READ_ONLY)
        assert not menu.actions()[RoomColumn.NAME].isEnabled()  # the name always stays
        assert header.sectionResizeMode(RoomColumn.NAME) == QHeaderView.ResizeMode.Stretch
        menu.deleteLater()


def test_lobby_text_is_short_beside_its_icon() -> None:
    now = 1_800_000_000.0
    assert lobby_text(0, 0, now) == ""
    assert lobby_text(1, 0, now) == "On"
    assert lobby_text(1, int(now) + 14 * 60 + 5, now) == "opens in 14 min"
    assert lobby_text(1, int(now) - 1, now) == "opening now"
    assert lobby_text(1, int(now) + 2 * 3600, now).startswith("opens at ")
    assert len(lobby_text(1, int(now) + 3 * 86400, now)) <= len("opens in 14 min")

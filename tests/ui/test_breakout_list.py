"""Breakout rooms in the conversation list: right under their parent whatever the sort
column and order, moving with it, indented, with their state; and in the window, the seeded
running session as the user sees it (search, selection)."""

from __future__ import annotations

import msgspec
from PySide6.QtCore import Qt

from app.demo_server.breakout_seed import WORKSHOP
from app.ui.columns import cell_width
from app.ui.models import ConversationModel
from app.ui.models.breakout_rows import INDENT
from app.ui.models.conversations import RoomColumn
from app.ui.models.keyed import RECORD_ROLE
from tests.helpers.waiting import wait_until
from tests.ui.conftest import WindowOpener
from tests.ui.factories import room

ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder

PARENT = room("par", name="Middle", display_name="Middle", breakout_room_mode=1)


def child(number: int, **fields: object) -> object:
    return room(
        f"kid{number}",
        name=f"Room {number}",
        display_name=f"Room {number}",
        object_type="room",
        object_id="par",
        id=100 + number,
        **fields,
    )


def names(model: ConversationModel) -> list[str]:
    return [model.data(model.index(row, RoomColumn.NAME)) for row in range(model.rowCount())]


def test_children_follow_their_parent_in_every_order_and_column(qapp: object) -> None:
    model = ConversationModel()
    model.upsert(
        [
            child(2),
            room("zzz", name="Zulu", display_name="Zulu", unread_messages=9),
            child(1, breakout_room_status=2),
            PARENT,
            room("aaa", name="Alpha", display_name="Alpha", unread_messages=1),
        ]
    )
    model.sort(RoomColumn.NAME, ASC)
    kids = [INDENT + "Room 1", INDENT + "Room 2"]
    assert names(model) == ["Alpha", "Middle", *kids, "Zulu"]
    model.sort(RoomColumn.NAME, DESC)
    assert names(model) == ["Zulu", "Middle", *kids, "Alpha"]  # still Room 1, Room 2
    model.sort(RoomColumn.UNREAD, DESC)
    assert names(model) == ["Zulu", "Alpha", "Middle", *kids]
    # the parent's unread count changes: its rooms move along with it
    model.upsert([msgspec.structs.replace(PARENT, unread_messages=50)])
    assert names(model) == ["Middle", *kids, "Zulu", "Alpha"]
    model.set_participant_count("aaa", 3)
    model.sort(RoomColumn.PARTICIPANTS, ASC)
    assert names(model)[-1] == "Alpha" and names(model)[1:3] == kids


def test_a_parent_arriving_after_its_rooms_gathers_them(qapp: object) -> None:
    model = ConversationModel()
    model.sort(RoomColumn.NAME, ASC)
    model.upsert([child(1), room("b", name="Bravo", display_name="Bravo"), child(2)])
    assert names(model) == ["Bravo", INDENT + "Room 1", INDENT + "Room 2"]  # by their own
    model.upsert([msgspec.structs.replace(PARENT, name="Alpha", display_name="Alpha")])
    assert names(model) == ["Alpha", INDENT + "Room 1", INDENT + "Room 2", "Bravo"]


def test_state_in_words(qapp: object) -> None:
    model = ConversationModel()
    started = msgspec.structs.replace(PARENT, breakout_room_status=1)
    model.upsert([started, child(1, breakout_room_status=2), child(2, lobby_state=1)])
    model.sort(RoomColumn.NAME, ASC)
    types = [model.data(model.index(row, RoomColumn.TYPE)) for row in range(3)]
    assert types == ["Group, rooms running", "Room, asks for help", "Room, closed"]
    tip = model.data(model.index(1, RoomColumn.NAME), Qt.ItemDataRole.ToolTipRole)
    assert "Breakout room of 'Middle': asks for help" in tip
    assert model.data(model.index(1, RoomColumn.NAME), Qt.ItemDataRole.DecorationRole) is not None


async def test_the_window_lists_the_seeded_session_under_its_parent(
    open_window: WindowOpener,
) -> None:
    async with open_window() as window:
        await wait_until(lambda: window.controller.loaded)
        model = window.conversation_model
        await wait_until(lambda: any(r.title == WORKSHOP for r in model.records()))
        proxy = window.conversation_proxy
        shown = [proxy.index(row, 0).data() for row in range(proxy.rowCount())]
        at = shown.index(WORKSHOP)
        assert shown[at + 1 : at + 4] == [INDENT + f"Room {n}" for n in (1, 2, 3)]
        window.search_edit.setText("design work")  # the parent's name finds its rooms too
        await wait_until(lambda: proxy.rowCount() == 4, message="search")
        second = proxy.index(2, 0)
        assert proxy.data(proxy.index(2, RoomColumn.TYPE)) == "Room, asks for help"
        assert window.select_room(second.data(RECORD_ROLE).token)
        current = window.current_room()
        assert current is not None and current.title == "Room 2"


async def test_breakout_types_are_shown_whole_at_the_default_size(
    open_window: WindowOpener,
) -> None:
    """The seeded session's Type cells (a parent with rooms running, a room asking for help,
    open rooms) fit their column at 1280 px, and the name keeps its room."""
    async with open_window() as window:
        assert window.width() == 1280  # the default size
        await wait_until(lambda: window.controller.loaded)
        view = window.conversation_view
        proxy = window.conversation_proxy
        await wait_until(
            lambda: any(proxy.index(r, 0).data() == WORKSHOP for r in range(proxy.rowCount()))
        )
        at = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == WORKSHOP)
        types = [str(proxy.index(row, RoomColumn.TYPE).data()) for row in range(at, at + 4)]
        assert types[0] == "Group, rooms running" and "Room, asks for help" in types
        header = view.horizontalHeader()
        width = header.sectionSize(RoomColumn.TYPE)
        cut = [text for text in types if cell_width(view, text, False) > width]
        assert not cut, f"{width} px cuts {cut}"
        assert header.sectionSize(RoomColumn.NAME) >= 120
        assert not view.horizontalScrollBar().isVisible()

"""The chat pane's Time column shows its whole text at the default window size: today's
times and an earlier day's ("Dec 02 14:05"), whichever rows there are when it is sized."""

from __future__ import annotations

from app.ui.chat.model import ChatColumn, longest_times
from app.ui.columns import cell_width
from tests.helpers.waiting import wait_until
from tests.ui.conftest import WindowOpener


async def test_time_column_fits_its_times(open_window: WindowOpener) -> None:
    async with open_window() as window:
        assert window.width() == 1280  # the default size
        await wait_until(lambda: window.controller.loaded, message="rooms never loaded")
        token = next(r.token for r in window.controller.rooms.values() if r.name == "Town Hall")
        assert window.select_room(token)
        pane = window.chat_pane
        await wait_until(lambda: pane.model.rowCount() > 0, message="the chat never showed")
        view = pane.view
        width = view.horizontalHeader().sectionSize(ChatColumn.TIME)
        shown = [
            str(pane.model.index(row, ChatColumn.TIME).data())
            for row in range(pane.model.rowCount())
        ]
        assert all(shown)
        cut = [t for t in shown + longest_times() if cell_width(view, t, False) > width]
        assert not cut, f"{width} px cuts {cut}"
        # and no wider than needed: the message keeps the room
        assert width <= max(cell_width(view, t, False) for t in longest_times()) + 40

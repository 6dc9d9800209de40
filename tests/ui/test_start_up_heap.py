"""The window keeps what start-up made out of full collections while it lives (a full
collection over it was a 40 ms stall), and lets it be collected again when it shuts down."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.helpers.start_up_heap import check_start_up_heap_kept
from tests.ui.conftest import WindowOpener


async def test_a_window_keeps_its_start_up_heap_from_its_first_listing_until_shutdown(
    qapp: QApplication, open_window: WindowOpener
) -> None:
    await check_start_up_heap_kept(qapp, open_window(), lambda w: w.controller.loaded)

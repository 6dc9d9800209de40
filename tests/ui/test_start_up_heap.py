"""The window keeps what start-up made out of full collections while it lives (a full
collection over it was a 40 ms stall), and lets it be collected again when it shuts down."""

from __future__ import annotations

import gc

from PySide6.QtWidgets import QApplication

from app.qtapp.main_thread_gc import collect_on_main_thread
from tests.helpers.waiting import wait_until
from tests.ui.conftest import WindowOpener


async def test_a_window_keeps_its_start_up_heap_from_its_first_listing_until_shutdown(
    qapp: QApplication, open_window: WindowOpener
) -> None:
    with collect_on_main_thread(qapp):
        async with open_window() as window:
            assert not gc.get_freeze_count()
            await wait_until(lambda: window.controller.loaded, message="no first listing")
            assert gc.get_freeze_count() > 1000
        assert not gc.get_freeze_count()

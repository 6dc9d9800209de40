"""The kiosk keeps what start-up made out of full collections while it runs, and lets it be
collected again when it shuts down (``tests.helpers.start_up_heap``, as for the window)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.helpers.start_up_heap import check_start_up_heap_kept
from tests.kiosk.conftest import KioskOpener


async def test_the_kiosk_keeps_its_start_up_heap_from_its_first_listing_until_shutdown(
    qapp: QApplication, open_kiosk: KioskOpener
) -> None:
    await check_start_up_heap_kept(qapp, open_kiosk(), lambda k: k.feed.controller.loaded)

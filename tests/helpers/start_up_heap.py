"""The check both front-ends share: start-up's heap is frozen from the first listing on
(``app.qtapp.main_thread_gc.keep_start_up_heap``) and released when the front-end closes."""

from __future__ import annotations

import gc
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from typing import TypeVar

from PySide6.QtWidgets import QApplication

from app.qtapp.main_thread_gc import collect_on_main_thread
from tests.helpers.waiting import wait_until

F = TypeVar("F")


async def check_start_up_heap_kept(
    qapp: QApplication,
    opened: AbstractAsyncContextManager[F],
    loaded: Callable[[F], bool],
) -> None:
    """Open a front-end under the program's collector: nothing frozen until ``loaded``, a
    frozen start-up heap (over a thousand objects) from then on, nothing after it closed.

    Args:
        opened: the front-end's opener, not entered yet (``open_window()``, ``open_kiosk()``).
        loaded: whether the front-end has its first listing.
    """
    with collect_on_main_thread(qapp):
        async with opened as front_end:
            if not loaded(front_end):
                assert not gc.get_freeze_count(), "frozen before the first listing"
            await wait_until(lambda: loaded(front_end), message="no first listing")
            assert gc.get_freeze_count() > 1000
        assert not gc.get_freeze_count()

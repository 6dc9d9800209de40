"""Cyclic garbage is collected on the GUI thread, never in a worker thread (Qt segfaults)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QApplication

from app.qtapp.main_thread_gc import collect_if_due, collect_on_main_thread
from tests.helpers.waiting import wait_until


class Cycle:
    """Garbage only the cyclic collector frees; notes the thread that freed it."""

    freed_in: list[str] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        Cycle.freed_in.append(threading.current_thread().name)


def make_garbage() -> None:
    for _ in range(5 * gc.get_threshold()[0]):  # well past the automatic threshold
        Cycle()


async def test_garbage_made_in_a_worker_is_freed_on_the_gui_thread(qapp: QApplication) -> None:
    Cycle.freed_in.clear()
    gc.enable()  # as in the app (the test suite itself collects between tests only)
    try:
        with collect_on_main_thread(qapp):
            assert not gc.isenabled()
            worker = threading.Thread(target=make_garbage, name="worker")
            worker.start()
            worker.join()
            assert Cycle.freed_in == []  # the worker never ran the collector
            await wait_until(lambda: Cycle.freed_in, message="nothing was collected")
        assert gc.isenabled()  # the app's setting is back
    finally:
        gc.disable()
    assert set(Cycle.freed_in) == {threading.main_thread().name}


def test_collects_only_when_a_threshold_is_crossed() -> None:
    gc.collect()
    assert collect_if_due() is None
    make_garbage()
    assert collect_if_due() is not None

"""Cyclic garbage is collected on the GUI thread, never in a worker thread (Qt segfaults)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QApplication

from app.qtapp.main_thread_gc import (
    collect_if_due,
    collect_on_main_thread,
    keep_start_up_heap,
    release_start_up_heap,
)
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


def churn_until(wanted: int | None, rounds: int) -> set[int | None]:
    """Make cyclic garbage and run the collector as the app's timer would, ``rounds`` times
    (or until generation ``wanted`` was collected); the generations collected."""
    seen: set[int | None] = set()
    for _ in range(rounds):
        for _ in range(gc.get_threshold()[0] + 1):
            cycle: list[object] = []
            cycle.append(cycle)
        seen.add(collect_if_due())
        if wanted in seen:
            break
    return seen


def test_the_oldest_generation_waits_until_a_quarter_more_reached_it() -> None:
    """CPython's own rule: no full collection while what reached the oldest generation is
    less than a quarter of what it held (each was a 40-80 ms pause with a big room)."""
    gc.collect()
    gc.collect(2)
    _, threshold1, threshold2 = gc.get_threshold()
    rounds = threshold1 * threshold2 * 3  # three times the young collections a full one needs
    assert collect_if_due() in (None, 0, 1, 2)  # the first full collection sets the baseline
    churn_until(2, rounds)

    assert 2 not in churn_until(2, rounds), "a full collection ran with nothing new kept"

    kept = [[index] for index in range(len(gc.get_objects(generation=2)) // 4 + 1000)]
    assert 2 in churn_until(2, rounds), "no full collection after a quarter more was kept"
    del kept


def test_start_up_heap_is_kept_out_of_full_collections_until_released(qapp: QApplication) -> None:
    """A full collection after start-up walks only what came later (the first one walked the
    whole start-up heap: a 40 ms stall); cycles of start-up are freed once released."""
    gc.collect()
    assert not gc.get_freeze_count()
    assert keep_start_up_heap() is False  # no mirror running: tests of one window keep theirs
    assert not gc.get_freeze_count()
    Cycle.freed_in.clear()
    with collect_on_main_thread(qapp):
        Cycle()  # garbage made during start-up
        assert keep_start_up_heap() is True
        assert keep_start_up_heap() is False  # once
        assert gc.get_freeze_count() > 1000
        gc.collect(2)
        assert len(gc.get_objects(generation=2)) < gc.get_freeze_count() // 10
        assert Cycle.freed_in == []  # frozen: start-up's cycles wait
        release_start_up_heap()
        assert not gc.get_freeze_count()
        gc.collect(2)
        assert Cycle.freed_in == [threading.main_thread().name]
        assert keep_start_up_heap() is True  # the next front-end (an account switch) keeps its own
    assert not gc.get_freeze_count()  # leaving the mirror releases what is kept

"""Run Python's cyclic garbage collector on the Qt thread only.

Automatic collection runs in whichever thread happens to cross an allocation threshold: in
--demo mode and in the offline kiosk that is often the in-process demo server's thread (or a
keyring executor thread). A Python-owned QObject freed there cannot stop its Qt timers from
the wrong thread ("QObject::~QObject: Timers cannot be stopped from another thread"); the
GUI thread's timer list keeps pointing at freed memory and the next tick segfaults. So the
automatic collector is switched off while the app runs, and a timer on the GUI thread does
the same work, between events.

Once a front-end shows its first listing, what start-up made (modules, classes, the window's
widgets, the listing) lives until the front-end closes: ``keep_start_up_heap`` moves it out
of the collector's sight (``gc.freeze``), so a full collection scans only what came later. The
first one otherwise walked the whole start-up heap, a 40 ms stall a user sees as a stutter.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 250
"""How often the GUI thread looks at the collector's counters (cheap when nothing is due)."""


class _LongLived:
    """How many objects the oldest generation held after its last collection."""

    total: int | None = None


class _Mirror:
    """Whether ``collect_on_main_thread`` runs (the program, not a test of one window)."""

    active: bool = False


def collect_if_due() -> int | None:
    """Collect the generation the automatic collector would collect now; None if none is due.

    Mirrors CPython's rules: generation 0 after ``threshold0`` net allocations, an older
    generation once the younger one was collected ``threshold1``/``threshold2`` times, and the
    oldest only when what reached it since its last collection is more than a quarter of what
    it held then (CPython's ``long_lived_pending > long_lived_total / 4``). Without that last
    rule a window with a 10,000-person room ran full collections CPython would skip, each a
    pause of 40-80 ms that a user sees as a stutter; CPython itself would not have run them.
    """
    count0, count1, count2 = gc.get_count()
    threshold0, threshold1, threshold2 = gc.get_threshold()
    if threshold0 == 0 or count0 < threshold0:
        return None
    generation = 0
    if count1 >= threshold1:
        generation = 1
        if count2 >= threshold2 and _oldest_has_grown():
            generation = 2
    gc.collect(generation)
    if generation == 2:
        _LongLived.total = len(gc.get_objects(generation=2))
    return generation


def _oldest_has_grown() -> bool:
    """Whether a full collection is due by CPython's quarter rule (the first one always is)."""
    if _LongLived.total is None:
        return True
    pending = len(gc.get_objects(generation=2)) - _LongLived.total
    return pending > _LongLived.total // 4


def keep_start_up_heap() -> bool:
    """Freeze what start-up made (once per front-end; only while the mirror runs); whether it
    did.

    Frozen objects are still freed when their last reference goes; only cyclic garbage among
    them waits until ``release_start_up_heap``: start-up's cycles are the window and its
    parts, kept until the front-end closes anyway.
    """
    if not _Mirror.active or gc.get_freeze_count():
        return False
    gc.freeze()
    _LongLived.total = None  # what the oldest generation holds now starts from nothing
    return True


def release_start_up_heap() -> None:
    """The front-end closes (or an account switch replaces it): collect its heap again."""
    if gc.get_freeze_count():
        gc.unfreeze()
        _LongLived.total = None


@contextmanager
def collect_on_main_thread(parent: QObject) -> Iterator[QTimer]:
    """Within the block, cyclic garbage is collected by a timer owned by ``parent``'s thread.

    The previous automatic-collection setting is restored afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    timer = QTimer(parent)
    timer.setObjectName("mainThreadGcTimer")
    timer.setInterval(CHECK_INTERVAL_MS)
    timer.timeout.connect(collect_if_due)
    timer.start()
    _Mirror.active = True
    try:
        yield timer
    finally:
        _Mirror.active = False
        release_start_up_heap()
        timer.stop()
        timer.deleteLater()
        if was_enabled:
            gc.enable()

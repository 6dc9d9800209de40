"""The window's side of ``bench.ui_bench``: the real program, measured from inside its process.

Run by the benchmark as ``python -m bench.ui_probe MODE URL LOGIN ROOMS PEOPLE`` with the app
password in ``$TALK_MODERATOR_PASSWORD`` and an empty ``$TALK_MODERATOR_CONFIG_DIR``. It makes
the QApplication the program would make (``app.qtapp.loop.qt_application``, which the start-up
then reuses), schedules itself on the event loop and calls the program's own ``main`` with
``--server``: everything from process start on is the user's path. It never calls the models
or the service for the window; it only watches (an event filter on the views, a wrapper that
notes when a poll of the big room starts, a 5 ms heartbeat timer).

Modes:
    start: print ``{"painted": s, "hwm": MB}`` once 5,000 conversations are painted, and exit.
    long: then select the 10,000-person room, print ``STEADY`` (the benchmark's other client
        starts changing 1 % of its people every few seconds), poll for ``STEADY_SECONDS``
        and print the figures as one JSON line.
"""

from __future__ import annotations

import asyncio
import cProfile
import gc
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from app.qtapp.loop import qt_application  # noqa: E402
from bench.ui_clock import peak_rss_mb, seconds_since_process_start  # noqa: E402

STEADY_SECONDS = 75.0
"""Longer than the 60 s between full listings and two 30 s clock ticks."""
POLL_INTERVAL = "1.25"
"""``--poll-interval``: the list every 1.25 s, the selected room every 0.5 s (its minimum)."""
HEARTBEAT_MS = 5
PROFILE_ENV = "UI_BENCH_PROFILE"
"""A file name: the UI thread's profile of the steady polling is written there (cProfile)."""
VERBOSE_ENV = "UI_BENCH_VERBOSE"
"""Set: the start-up's phases, stalls over 10 ms, collections and long callbacks are printed."""
SECONDS_ENV = "UI_BENCH_SECONDS"
"""Seconds of steady polling instead of ``STEADY_SECONDS`` (looking into one figure)."""


def report(**figures: Any) -> None:
    print(json.dumps(figures), flush=True)


class PaintWatch(QObject):
    """Calls ``done`` right after the first paint of ``view`` with at least ``rows`` rows."""

    def __init__(self, view: QTableView, rows: int, done: Callable[[], None]) -> None:
        super().__init__(view)
        self.view, self.rows, self.done = view, rows, done
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.view.model().rowCount() >= self.rows:
            self.view.viewport().removeEventFilter(self)
            QTimer.singleShot(0, self.done)  # runs once this paint is over
        return False


class Heartbeat:
    """A 5 ms timer on the UI thread; a gap beyond 5 ms is a stall the user could feel."""

    def __init__(self) -> None:
        self.beats: list[tuple[float, float]] = []
        """``(time, gap ms)`` per beat."""
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._beat)
        self._timer.start()

    def _beat(self) -> None:
        now = time.perf_counter()
        self.beats.append((now, (now - self._last) * 1000 - HEARTBEAT_MS))
        self._last = now

    def longest(self, start: float, end: float) -> float:
        return max((gap for at, gap in self.beats if start <= at < end), default=0.0)


async def until(condition: Callable[[], object], timeout: float = 180.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("benchmark condition not met")
        await asyncio.sleep(0.01)


async def the_window() -> Any:
    from app.ui.main_window import MainWindow

    found: list[Any] = []

    def look() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        return bool(found)

    await until(look, timeout=60)
    return found[0]


class PollMeter:
    """UI-thread CPU time of each poll of one room: from the start of its read to the end of
    the event-loop turn after the poll (the repaint it caused included)."""

    def __init__(self, window: Any, token: str) -> None:
        self.polls: list[tuple[float, float, bool]] = []
        """``(wall time, CPU ms, changed)`` per poll of ``token``."""
        self.full_listings: list[float] = []
        self.ticks: list[float] = []
        self._token = token
        self._started: float | None = None
        self._changed = False
        controller = window.controller
        area = controller.service.participants
        read_all = area.read_all

        async def timed_read(token: str, **kwargs: Any) -> Any:
            if token == self._token:
                self._started = time.thread_time()
                self._changed = False
            return await read_all(token, **kwargs)

        area.read_all = timed_read
        rooms = controller.service.rooms
        listing = rooms.list

        async def noted_list(**kwargs: Any) -> Any:
            if kwargs.get("modified_since") is None:
                self.full_listings.append(time.perf_counter())
            return await listing(**kwargs)

        rooms.list = noted_list
        controller.participants_changed.connect(self._on_changed)
        controller.poll_finished.connect(self._on_poll)
        window.findChild(QTimer, "clockTickTimer").timeout.connect(
            lambda: self.ticks.append(time.perf_counter())
        )

    def _on_changed(self, token: str, _people: object) -> None:
        if token == self._token:
            self._changed = True

    def _on_poll(self, kind: str) -> None:
        if kind == "participants" and self._started is not None:
            started, changed = self._started, self._changed
            self._started = None
            QTimer.singleShot(0, lambda: self._done(started, changed))

    def _done(self, started: float, changed: bool) -> None:
        self.polls.append((time.perf_counter(), (time.thread_time() - started) * 1000, changed))


def third_figures(meter: PollMeter, heart: Heartbeat, start: float, end: float) -> dict[str, Any]:
    polls = [p for p in meter.polls if start <= p[0] < end]
    same = [cpu for _, cpu, changed in polls if not changed]
    changed = [cpu for _, cpu, changed in polls if changed]
    return {
        "unchanged_ms": statistics.median(same) if same else None,
        "changed_ms": statistics.median(changed) if changed else None,
        "unchanged_polls": len(same),
        "changed_polls": len(changed),
        "stall_ms": heart.longest(start, end),
        "full_listings": sum(start <= t < end for t in meter.full_listings),
        "ticks": sum(start <= t < end for t in meter.ticks),
        "hwm_mb": peak_rss_mb(),
    }


async def drive(mode: str, rooms: int, people: int, at: dict[str, float]) -> None:
    """Measure; ``at`` holds the start-up's phases (seconds since process start)."""
    window = await the_window()
    painted = asyncio.Event()

    def rooms_painted() -> None:
        at["painted"] = seconds_since_process_start()
        painted.set()

    at["window"] = seconds_since_process_start()
    window.controller.rooms_loaded.connect(
        lambda: at.setdefault("loaded", seconds_since_process_start())
    )
    PaintWatch(window.conversation_view, rooms, rooms_painted)
    await painted.wait()
    if mode == "start":
        report(painted=at["painted"], phases=at, hwm=peak_rss_mb())
        os._exit(0)

    controller = window.controller
    big = max(controller.rooms.values(), key=lambda r: r.title.startswith("All Hands"))
    people_painted = asyncio.Event()
    PaintWatch(window.participant_view, people, people_painted.set)
    chosen = time.perf_counter()
    window.select_room(big.token)
    await people_painted.wait()
    select_s = time.perf_counter() - chosen
    await asyncio.sleep(3)  # the fill's deferred work (header summary) done

    meter = PollMeter(window, big.token)
    collections: list[tuple[float, int, float]] = []
    """``(time, generation, ms)`` of each cyclic garbage collection on the UI thread."""
    collecting: list[float] = []

    def timed_collection(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collecting[:] = [time.perf_counter()]
        elif collecting:
            now = time.perf_counter()
            collections.append((now, info["generation"], (now - collecting[0]) * 1000))

    gc.callbacks.append(timed_collection)
    long_turns: list[tuple[float, float, float, str]] = []
    """``(time, wall ms, CPU ms, callback)`` of event-loop callbacks longer than 8 ms."""
    run = asyncio.Handle._run

    def timed_run(handle: asyncio.Handle) -> None:
        wall, cpu = time.perf_counter(), time.thread_time()
        run(handle)
        spent = (time.perf_counter() - wall) * 1000
        if spent > 8:
            used = (time.thread_time() - cpu) * 1000
            long_turns.append((time.perf_counter(), spent, used, repr(handle)[:160]))

    if os.environ.get(VERBOSE_ENV):  # costs a little per callback: only when asked
        asyncio.Handle._run = timed_run  # type: ignore[method-assign,assignment]
    heart = Heartbeat()
    print(f"STEADY {big.token}", flush=True)
    profile_to = os.environ.get(PROFILE_ENV)
    profiler = cProfile.Profile() if profile_to else None
    if profiler is not None:
        profiler.enable()
    start = time.perf_counter()
    await asyncio.sleep(float(os.environ.get(SECONDS_ENV, STEADY_SECONDS)))
    end = time.perf_counter()
    if profiler is not None and profile_to:
        profiler.disable()
        profiler.dump_stats(profile_to)
    third = (end - start) / 3
    samples = [
        third_figures(meter, heart, start + i * third, start + (i + 1) * third) for i in range(3)
    ]

    def since(t: float) -> float:
        return round(t - start, 2)

    long_gaps = [(since(t), round(gap, 1)) for t, gap in heart.beats if gap > 10 and t >= start]
    report(
        painted=at["painted"],
        phases=at,
        long_gaps=long_gaps,
        changed_at=[since(t) for t, _, changed in meter.polls if changed],
        full_at=[since(t) for t in meter.full_listings],
        ticks_at=[since(t) for t in meter.ticks],
        collections=[(since(t), g, round(ms, 1)) for t, g, ms in collections if g or ms > 5],
        long_turns=[(since(t), round(w, 1), round(c, 1), what) for t, w, c, what in long_turns],
        select_s=select_s,
        rows=len(window.participant_model),
        samples=samples,
        full_listings=len(meter.full_listings),
        ticks=len(meter.ticks),
        hwm=peak_rss_mb(),
    )
    os._exit(0)


def main() -> int:
    mode, url, login, rooms, people = sys.argv[1:6]
    began = seconds_since_process_start()
    qt_application()
    tasks: list[asyncio.Task[None]] = []

    def kickoff() -> None:
        phases = {"probe": began, "loop": seconds_since_process_start()}
        coroutine = drive(mode, int(rooms), int(people), phases)
        tasks.append(asyncio.get_running_loop().create_task(coroutine))
        tasks[-1].add_done_callback(ended)

    def ended(task: asyncio.Task[None]) -> None:
        if not task.cancelled() and task.exception() is not None:
            print(f"probe failed: {task.exception()!r}", file=sys.stderr, flush=True)
            os._exit(1)

    QTimer.singleShot(0, kickoff)
    from app.__main__ import main as program

    return program(["--server", url, "--user", login, "--poll-interval", POLL_INTERVAL])


if __name__ == "__main__":
    sys.exit(main())

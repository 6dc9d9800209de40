"""Main-window benchmark: 5,000 conversations and one conversation of 10,000 participants.

Run: ``.venv/bin/python -m bench.ui_bench`` (headless: QT_QPA_PLATFORM=offscreen is set).
The demo server runs in a child process so its JSON work does not share our GIL and the
main-thread figures are the console's own.
"""

from __future__ import annotations

import asyncio
import os
import resource
import statistics
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx  # noqa: E402
import msgspec  # noqa: E402
import qasync  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.api import TalkService  # noqa: E402
from app.live import PollConfig  # noqa: E402
from app.ui.bootstrap import build_window  # noqa: E402

ROOMS, PEOPLE = 5000, 10000
CHAT = "/ocs/v2.php/apps/spreed/api/v1/chat/{}"
OCS = {"OCS-APIRequest": "true", "Accept": "application/json"}
SERVER = (
    "import sys; from app.demo_server import DemoServer; "
    f"s = DemoServer(rooms={ROOMS}, participants={PEOPLE}).start(); "
    "print(s.url, s.moderator.login, s.moderator.app_password, flush=True); sys.stdin.read()"
)


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Heartbeat:
    """A 5 ms timer on the UI thread; the longest gap between beats is the longest stall."""

    def __init__(self) -> None:
        self.gaps: list[float] = [0.0]
        self._last = 0.0
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self._last = now

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        """Stop; returns the longest stall in ms (the gap beyond the 5 ms interval)."""
        self._timer.stop()
        self._beat()
        return max(self.gaps) - 5


async def until(condition: Callable[[], object], timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("benchmark condition not met")
        await asyncio.sleep(0.005)


async def run(url: str, login: str, password: str, results: list[tuple[str, str, str]]) -> None:
    """Measure into ``results`` (kept when closing the client fails afterwards)."""
    service = TalkService(url, login, password, timeout=60)
    config = PollConfig(rooms_interval=2.0, selected_interval=0.5, full_interval=60)
    started = time.perf_counter()
    window = build_window(service, f"{login}@bench", poll_config=config)
    window.show()
    rooms_heart = Heartbeat()
    rooms_heart.start()
    window.start()
    try:
        await until(lambda: len(window.conversation_model) >= ROOMS)
        filled = time.perf_counter() - started
        results.append(("start to filled conversation list", f"{filled:.2f} s", "-"))
        await asyncio.sleep(0.2)
        results.append(
            (
                "longest main-thread stall while filling the 5,000 conversations",
                f"{rooms_heart.stop():.0f} ms",
                "< 100 ms",
            )
        )

        big = max(window.controller.rooms.values(), key=lambda r: r.title.startswith("Large"))
        sizes = {}
        for room in window.controller.rooms.values():
            sizes[room.token] = room
        t0 = time.perf_counter()
        heart = Heartbeat()
        heart.start()
        # the seeded 10,000-person room: select each candidate until one has PEOPLE rows
        window.select_room(big.token)
        await until(lambda: len(window.participant_model) > 0)
        if len(window.participant_model) < PEOPLE:
            for token in sizes:
                t0 = time.perf_counter()
                window.select_room(token)
                await until(lambda t=token: window.participant_model.token == t)  # type: ignore[misc]
                await until(lambda: len(window.participant_model) > 0, timeout=10)
                if len(window.participant_model) >= PEOPLE:
                    break
        await until(lambda: len(window.participant_model) >= PEOPLE)
        results.append(
            ("select to filled 10,000-person list", f"{time.perf_counter() - t0:.2f} s", "-")
        )
        # let the deferred work of the fill (header summary, first paint) run, then read the beat
        await asyncio.sleep(0.2)
        results.append(
            (
                "longest main-thread stall while filling the 10,000-person list",
                f"{heart.stop():.0f} ms",
                "< 100 ms",
            )
        )

        # main-thread time to apply one poll with 1 % of rows changed (views attached, sorted)
        model = window.participant_model
        big_token = model.token
        assert big_token is not None
        base = model.records()
        times = []
        for round_ in range(7):
            changed = [
                msgspec.structs.replace(p, in_call=(p.in_call ^ 1), last_ping=p.last_ping + 1)
                if (i + round_) % 100 == 0
                else p
                for i, p in enumerate(base)
            ]
            t = time.perf_counter()
            model.set_participants(big_token, changed)
            times.append((time.perf_counter() - t) * 1000)
            base = changed
        results.append(
            (
                "apply a poll with 1 % of 10,000 rows changed",
                f"{statistics.median(times):.1f} ms (max {max(times):.1f})",
                "< 20 ms",
            )
        )

        # longest main-thread stall while polling the big room (heartbeat every 5 ms)
        heart = Heartbeat()
        polls = [0]
        window.controller.poll_finished.connect(
            lambda kind: polls.__setitem__(0, polls[0] + (kind == "participants"))
        )
        heart.start()
        t = time.perf_counter()
        await until(lambda: polls[0] >= 8, timeout=120)
        quiet = time.perf_counter() - t
        stall = heart.stop()
        results.append(("longest main-thread stall during polls", f"{stall:.0f} ms", "< 50 ms"))
        results.append(("8 participant polls, chat pane quiet", f"{quiet:.2f} s", "-"))

        # the same, while the chat pane of that room receives 4 messages a second
        chat = window.chat_pane.model
        before = chat.rowCount()

        # someone else posting, from another thread (their client's work is not ours)
        stop_talking = threading.Event()

        def chatter() -> None:
            with httpx.Client(base_url=url, auth=(login, password), headers=OCS) as client:
                number = 0
                while not stop_talking.wait(0.25):
                    client.post(CHAT.format(big_token), json={"message": f"bench {number}"})
                    number += 1

        talking = threading.Thread(target=chatter, daemon=True)
        talking.start()
        heart = Heartbeat()
        polls[0] = 0
        heart.start()
        t = time.perf_counter()
        await until(lambda: polls[0] >= 8, timeout=120)
        spent = time.perf_counter() - t
        stall = heart.stop()
        stop_talking.set()
        talking.join()
        shown = chat.rowCount() - before
        results.append(
            (
                "longest main-thread stall during polls, chat pane receiving",
                f"{stall:.0f} ms ({shown} messages)",
                "< 50 ms",
            )
        )
        results.append(
            ("8 participant polls, chat pane receiving", f"{spent:.2f} s", "about the same")
        )

        # main-thread cost of one new chat message: merge, row insert, follow to the end
        reader = window.chat_reader
        newest = max((m.id for m in reader.messages()), default=0)
        template = reader.messages()[-1]
        costs = []
        for offset in range(1, 21):
            message = msgspec.structs.replace(template, id=newest + 1000 + offset)
            t = time.perf_counter()
            reader.apply(big_token, [message])
            window.chat_pane.view.viewport().repaint()
            costs.append((time.perf_counter() - t) * 1000)
        results.append(
            (
                "one new chat message on the UI thread (incl. repaint)",
                f"{statistics.median(costs):.1f} ms (max {max(costs):.1f})",
                "< 5 ms",
            )
        )
        results.append(("resident memory", f"{rss_mb():.0f} MB", "< 300 MB"))
    finally:
        await window.shutdown()
        window.close()
        await service.aclose()


def main() -> int:
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    results: list[tuple[str, str, str]] = []
    failed = False
    try:
        assert server.stdout is not None
        url, login, password = server.stdout.readline().split()
        app = QApplication.instance() or QApplication([sys.argv[0]])
        with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
            runner.run(run(url, login, password, results))
    except Exception:
        # httpx/anyio sometimes fails to close its pool under qasync ("no running event loop")
        # after the measurements are done; show the error but keep the figures.
        traceback.print_exc()
        failed = True
    finally:
        server.kill()
        server.wait()
    print(f"{'figure':64} {'measured':>22}   target")
    for name, value, target in results:
        print(f"{name:64} {value:>22}   {target}")
    sys.stdout.flush()
    sys.stderr.flush()
    if failed and not (results and results[-1][0] == "resident memory"):  # not all measured
        os._exit(1)
    # PySide6 can crash while the interpreter tears down Qt objects at exit; the figures are
    # printed, so leave without that teardown.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())

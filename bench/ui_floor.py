"""The machine's own stall floor for ``bench.ui_bench``: a bare Qt process doing nothing but
the benchmark's 5 ms heartbeat, at the same time as the window polls.

Run as ``python -m bench.ui_floor SECONDS``; prints, as one JSON line, the longest gap beyond
5 ms in each third of that time. Whatever this process sees, no program on this machine could
have avoided at that moment: it is the other processes' (and the scheduler's) share of the
window's stall figure.
"""

from __future__ import annotations

import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

HEARTBEAT_MS = 5


def main() -> int:
    seconds = float(sys.argv[1])
    app = QApplication([sys.argv[0]])
    beats: list[tuple[float, float]] = []
    last = [time.perf_counter()]
    start = last[0]

    def beat() -> None:
        now = time.perf_counter()
        beats.append((now, (now - last[0]) * 1000 - HEARTBEAT_MS))
        last[0] = now
        if now - start >= seconds:
            app.exit(0)

    timer = QTimer()
    timer.setInterval(HEARTBEAT_MS)
    timer.timeout.connect(beat)
    timer.start()
    app.exec()
    third = seconds / 3
    longest = [
        max(
            (gap for at, gap in beats if start + i * third <= at < start + (i + 1) * third),
            default=0,
        )
        for i in range(3)
    ]
    print(json.dumps({"stall_ms": longest}), flush=True)
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)

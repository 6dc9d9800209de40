"""The soak's demo server, in a process of its own, driven by one JSON command a line.

Why a child process: the demo server's JSON work would otherwise share the front-end's GIL
and its memory, and the soak's figures (RSS, Python objects, stalls) must be the front-end's
own. Run by ``bench.soak``; by hand: ``.venv/bin/python -m bench.soak_server``.

Protocol: the first line written is ``{"url", "login", "password"}``; then each line read
from stdin is a command, answered by one line ``{"ok": true, ...}`` or
``{"ok": false, "error": "..."}``:

* ``{"op": "faults", "fail_rate": 0.03, "kinds": [...], "latency_ms": 20}`` (``set_faults``)
* ``{"op": "fail_next", "kind": "drop-after", "method": "PUT", "count": 1}``
* ``{"op": "stop"}`` / ``{"op": "start"}``: down, and back on the same port
* ``{"op": "pending"}``: ``{"pending": n}``, ``fail_next`` faults no request has met yet
* ``{"op": "met"}``: ``{"met": {kind: count, "requests": n}}`` (``DemoServer.faults_met``)

End of input stops the server and ends the process.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from app.demo_server import DemoServer


def handle(server: DemoServer, command: dict[str, Any]) -> dict[str, Any]:
    """Carry out one command; raises on a bad one (the caller answers with the error)."""
    op = command.get("op")
    if op == "faults":
        config = server.set_faults(
            fail_rate=command.get("fail_rate"),
            kinds=command.get("kinds"),
            latency_ms=command.get("latency_ms"),
        )
        return {"fail_rate": config.fail_rate, "kinds": sorted(config.kinds)}
    if op == "fail_next":
        server.fail_next(
            str(command["kind"]), method=command.get("method"), count=int(command.get("count", 1))
        )
        return {"pending": server.pending_faults()}
    if op == "stop":
        server.stop()
        return {"running": server.running}
    if op == "start":
        server.start()
        # CLOCK_MONOTONIC is one clock for every process of the machine: the soak measures
        # its recovery from the moment the socket listened again.
        return {"running": server.running, "url": server.url, "listening_at": time.monotonic()}
    if op == "pending":
        return {"pending": server.pending_faults()}
    if op == "met":
        return {"met": server.faults_met()}
    raise ValueError(f"unknown command {op!r}: faults, fail_next, pending, stop, start or met")


def main(seed: int = 1) -> int:
    # no signaling server: the soak measures polling under faults (with one, the watched
    # rooms are pushed over its websocket and polled only once a minute)
    server = DemoServer(seed=seed, hpb=False).start()
    moderator = server.moderator
    hello = {"url": server.url, "login": moderator.login, "password": moderator.app_password}
    print(json.dumps(hello), flush=True)
    try:
        for line in sys.stdin:
            if not line.strip():
                continue
            try:
                answer = {"ok": True, **handle(server, json.loads(line))}
            except Exception as exc:  # the soak reports it; the server keeps serving
                answer = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
            print(json.dumps(answer), flush=True)
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1))

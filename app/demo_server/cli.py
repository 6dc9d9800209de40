"""``talk-moderator demo-server``: run the demo Talk server until Ctrl+C.

Prints the URL, the credentials of ``moderator1`` (login + app password) and a ready-to-copy
example command.
"""

from __future__ import annotations

import argparse
import errno
import os
import shlex
import shutil
import signal
import sys
import threading

from .server import DemoServer


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="talk-moderator demo-server",
        description="Run an in-memory, Talk-compatible demo server with seeded data.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8080, help="port (0 = any free port)")
    parser.add_argument(
        "--rooms",
        type=int,
        default=None,
        help="total conversations of moderator1 (extra ones are generated)",
    )
    parser.add_argument(
        "--participants", type=int, default=None, help="size of the largest conversation"
    )
    parser.add_argument("--latency-ms", type=int, default=0, help="delay added to each request")
    parser.add_argument(
        "--fail-rate",
        type=float,
        default=0.0,
        help="probability of an injected fault per request (0..1)",
    )
    parser.add_argument("--seed", type=int, default=1, help="seed of the demo data")
    parser.add_argument(
        "--activity",
        action="store_true",
        help="move people in and out of calls every couple of seconds",
    )
    parser.add_argument(
        "--no-sip",
        dest="sip",
        action="store_false",
        help="behave like a server without SIP dial-in/dial-out",
    )
    parser.add_argument(
        "--no-recording",
        dest="recording",
        action="store_false",
        help="behave like a server without a recording server (recordings and recording "
        "consent refused, as on the real test server)",
    )
    return parser


def program() -> str:
    """How to run this program again from a shell: ``talk-moderator`` when that is on PATH,
    else the path it was started by (``.venv/bin/talk-moderator`` after scripts/setup.sh), or
    ``python -m app``."""
    started = sys.argv[0] if sys.argv else ""
    name = os.path.basename(started)
    if name.startswith("talk-moderator"):
        on_path = shutil.which(name)
        if on_path and os.path.realpath(on_path) == os.path.realpath(started):
            return name
        return shlex.quote(started)
    return f"{shlex.quote(sys.executable)} -m app"


def banner(server: DemoServer) -> str:
    user = server.moderator
    command = program()
    return "\n".join(
        [
            f"Talk demo server (Nextcloud 32.0.1, Talk 21.1.7) listening on {server.url}",
            f"  moderator login:        {user.login}",
            f"  moderator app password: {user.app_password}",
            f"  moderator password:     {user.password}",
            "",
            "Try:",
            f"  export TALK_MODERATOR_PASSWORD='{user.app_password}'; "
            f"{command} --server {server.url} --user {user.login} rooms list",
            f"  {command}   (sign in to {server.url}: the browser's login page takes the "
            "moderator password, Login Flow)",
            "",
            "Press Ctrl+C to stop.",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not 0.0 <= args.fail_rate <= 1.0:
        print("--fail-rate must be between 0 and 1", file=sys.stderr)
        return 2
    server = DemoServer(
        seed=args.seed,
        rooms=args.rooms,
        participants=args.participants,
        latency_ms=args.latency_ms,
        fail_rate=args.fail_rate,
        sip=args.sip,
        recording=args.recording,
        activity=args.activity,
        host=args.host,
        port=args.port,
    )
    try:
        server.start()
    except OSError as error:
        why = str(error)
        if error.errno == errno.EADDRINUSE:
            why = "the port is in use; pick another with --port N (0: any free port)"
        print(f"cannot listen on {args.host}:{args.port}: {why}", file=sys.stderr)
        return 1
    print(banner(server), flush=True)
    stopped = threading.Event()
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda _signum, _frame: stopped.set())
    try:
        while not stopped.wait(0.5):
            if not server.running:
                print("demo server stopped unexpectedly", file=sys.stderr)
                return 1
    except KeyboardInterrupt:
        pass
    finally:
        print("stopping", file=sys.stderr)
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

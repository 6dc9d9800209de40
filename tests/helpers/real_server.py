"""A real Nextcloud + Talk for the ``real_server`` tests, started once per test run.

``../shared/talk-server/run.sh`` unpacks and serves Nextcloud 32.0.1 with Talk 21.1.7 on
loopback (PHP's built-in server, SQLite). Booting takes about 20 s, so the suite starts it in
a background thread as soon as collection shows that a ``real_server`` test will run; the
``real_server`` fixture only waits for it. The server lives in a temporary folder on a free
port and is stopped when the run ends.

A second server, started with ``--signaling`` (Talk's high-performance signaling server on
the next port), serves the tests of live events (``real_signaling_server``); it boots only
when such a test is collected, kept like the first with its own variable.

Where ``../shared/talk-server`` is absent the tests are skipped with that reason, unless
``TALK_MODERATOR_REQUIRE_REAL_SERVER=1`` (set by ``.ci/run``) turns the absence into a failure:
in CI these tests must run.
"""

from __future__ import annotations

import os
import shlex
import shutil
import socket
import subprocess
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

START_TIMEOUT_S = 300.0
"""Unpacking and installing takes ~20 s here; PHP's packages may have to be installed first."""

REQUIRE_ENV = "TALK_MODERATOR_REQUIRE_REAL_SERVER"
KEEP_ENV = "TALK_MODERATOR_KEEP_REAL_SERVER"
"""Set to a folder to reuse (and keep running) a server there between runs, for local work."""
KEEP_SIGNALING_ENV = "TALK_MODERATOR_KEEP_REAL_SIGNALING_SERVER"
"""The same for the server with a signaling server (``run.sh start DIR PORT --signaling``)."""

USERS = ("moderator1", "alice", "bob", "carol", "dave", "admin")

_BOOTING = threading.Lock()
"""One ``run.sh start`` at a time: on a fresh machine each may install PHP's packages with
apt-get, and two at once would fight over its lock."""


@dataclass(frozen=True)
class RealUser:
    """One account on the real server: its login password and an app password."""

    login: str
    password: str
    app_password: str

    def __repr__(self) -> str:  # never show the secrets in a test report
        return f"RealUser({self.login!r})"


@dataclass
class RealServer:
    """A running real server: where it answers, who may sign in, where its logs are."""

    url: str
    folder: Path
    users: dict[str, RealUser] = field(default_factory=dict)
    signaling_url: str = ""
    """The signaling server's base URL (``TALK_SIGNALING_URL``); "" without one."""

    @property
    def moderator(self) -> RealUser:
        return self.users["moderator1"]

    @property
    def logs(self) -> dict[str, Path]:
        """PHP's request log and Nextcloud's own log (exceptions, with stack traces)."""
        logs = {
            "server.log": self.folder / "server.log",
            "nextcloud.log": self.folder / "data" / "nextcloud.log",
        }
        if self.signaling_url:
            logs["signaling.log"] = self.folder / "signaling" / "server.log"
        return logs

    def log_sizes(self) -> dict[str, int]:
        return {name: _size(path) for name, path in self.logs.items()}

    def log_since(self, sizes: dict[str, int], limit: int = 20_000) -> str:
        """What the server logged after ``sizes`` were taken (the last ``limit`` characters)."""
        parts = []
        for name, path in self.logs.items():
            start = sizes.get(name, 0)
            try:
                with path.open("rb") as handle:
                    handle.seek(start)
                    text = handle.read().decode("utf-8", "replace")
            except OSError:
                continue
            if text.strip():
                parts.append(f"--- {name} ---\n{text[-limit:]}")
        return "\n".join(parts)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def run_script(shared_dir: Path) -> Path:
    return shared_dir / "talk-server" / "run.sh"


def free_port(*, and_next: bool = False) -> int:
    """A free loopback port (with ``and_next`` one whose successor is free too)."""
    for _ in range(50):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.bind(("127.0.0.1", 0))
            port = int(sock.getsockname()[1])
        if not and_next:
            return port
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            try:
                sock.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
        return port
    raise OSError("no two free neighbouring ports")


def read_env(path: Path) -> dict[str, str]:
    """``server.env`` is shell syntax (``NAME='value'``); shlex reads it without a shell."""
    values: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        name, _, raw = line.partition("=")
        parts = shlex.split(raw)
        values[name] = parts[0] if parts else ""
    return values


def server_from_env(folder: Path) -> RealServer:
    env = read_env(folder / "server.env")
    users = {}
    for login in USERS:
        key = login.upper()
        if f"TALK_{key}_PASSWORD" in env:
            users[login] = RealUser(
                login=env.get(f"TALK_{key}_LOGIN", login),
                password=env[f"TALK_{key}_PASSWORD"],
                app_password=env.get(f"TALK_{key}_APP_PASSWORD", ""),
            )
    return RealServer(
        url=env["TALK_SERVER_URL"],
        folder=folder,
        users=users,
        signaling_url=env.get("TALK_SIGNALING_URL", ""),
    )


class RealServerBoot:
    """Starts the server in a thread so the rest of the suite runs while PHP boots.

    Args:
        shared_dir: the folder holding ``talk-server/run.sh``.
        signaling: start it with ``--signaling`` (the signaling server takes the next port).
    """

    def __init__(self, shared_dir: Path, *, signaling: bool = False) -> None:
        self.script = run_script(shared_dir)
        self.signaling = signaling
        kept = os.environ.get(KEEP_SIGNALING_ENV if signaling else KEEP_ENV)
        self.keep = bool(kept)
        self._prefix = "talk-real-signaling-server-" if signaling else "talk-real-server-"
        self.folder = Path(kept) if kept else Path(tempfile.gettempdir()) / self._prefix
        """Made when the boot starts (a run that needs no real server leaves no folder)."""
        asked = "0" if signaling else os.environ.get("TALK_MODERATOR_REAL_SERVER_PORT", "0")
        self.port = int(asked) or free_port(and_next=signaling)
        self.server: RealServer | None = None
        self.error: str | None = None
        self._thread: threading.Thread | None = None
        self._done = threading.Event()

    @property
    def available(self) -> bool:
        return self.script.is_file()

    def start(self) -> None:
        if self._thread is None:
            if not self.keep:
                self.folder = Path(tempfile.mkdtemp(prefix=self._prefix))
            self._thread = threading.Thread(target=self._boot, name="real-server-boot", daemon=True)
            self._thread.start()

    def _boot(self) -> None:
        try:
            if self.keep and (self.folder / "server.env").is_file():
                # reuse the kept server's port, so its server.env stays true
                self.port = int(
                    read_env(self.folder / "server.env")["TALK_SERVER_URL"].rsplit(":", 1)[1]
                )
            extra = ["--signaling"] if self.signaling else []
            with _BOOTING:
                done = subprocess.run(
                    ["bash", str(self.script), "start", str(self.folder), str(self.port), *extra],
                    capture_output=True,
                    text=True,
                    timeout=START_TIMEOUT_S,
                    check=False,
                )
            if done.returncode != 0:
                self.error = f"run.sh start failed (exit {done.returncode}):\n{done.stderr[-4000:]}"
                return
            self.server = server_from_env(self.folder)
            if self.signaling and not self.server.signaling_url:
                self.server, self.error = None, "run.sh started no signaling server"
        except subprocess.TimeoutExpired:
            self.error = f"the real server did not start within {START_TIMEOUT_S:.0f} s"
        except (OSError, KeyError, ValueError) as exc:
            self.error = f"cannot start the real server: {type(exc).__name__}: {exc}"
        finally:
            self._done.set()

    def wait(self) -> RealServer:
        """The running server, or ``RuntimeError`` saying why there is none."""
        self.start()
        self._done.wait(2 * START_TIMEOUT_S + 30)  # the other boot may go first
        if self.server is None:
            raise RuntimeError(self.error or "the real server did not start")
        return self.server

    def stop(self) -> None:
        if self._thread is None or self.keep:
            return
        self._done.wait(2 * START_TIMEOUT_S + 30)  # the other boot may go first
        subprocess.run(
            ["bash", str(self.script), "stop", str(self.folder)],
            capture_output=True,
            timeout=60,
            check=False,
        )
        shutil.rmtree(self.folder, ignore_errors=True)

"""Soak: the main window and the kiosk against a failing demo server, for minutes on end.

Run: ``.venv/bin/python -m bench.soak --minutes 10 [--front-end window|kiosk|both]
[--poll 0.2]`` (headless: QT_QPA_PLATFORM=offscreen is set). Prints its figures next to their
targets and exits 1 when a target is missed (2 for bad arguments).

What happens, for each front-end in a process of its own (``both`` runs them one after the
other, so each has the machine's CPUs and its own memory figures):

* the demo server runs in a child process (``bench.soak_server``), so its work is not in the
  figures; it injects faults into a share of all requests (500, 502, 503, 429 with
  Retry-After, dropped connections, truncated JSON) and adds latency to every one;
* the front-end polls every ``--poll`` seconds, its backoff capped at ``--backoff-max``;
* every ``--action-every`` seconds the lobby of "Town Hall" is switched through the
  front-end's own path (the window's Lobby dialog, the kiosk card's button), every other
  time with the write's answer spoiled on purpose (lost after the write was done, a stall, a
  drop, 500, 503, 429, 502, truncated), and the server's state is checked afterwards;
* the server is stopped and started again on the same port (``--outages`` times, long
  enough for the backoff to reach its cap), and once, in the middle, refuses the
  credentials (401): the window asks to sign in again and the soak types the app password
  in; the kiosk tries the same password again by itself.

Random faults are paused from the moment the server is back (or the 401 was given) until
the first poll that succeeds, so the recovery time measures the backoff, not bad luck.
Everything the run writes (settings, audit log, keyring) goes to a temporary directory.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # ``python bench/soak.py`` as well as ``python -m bench.soak``

_SANDBOX = Path(tempfile.mkdtemp(prefix="talk-moderator-soak-"))
"""HOME and the XDG directories of the run: the user's settings and audit log stay untouched."""
for _var, _sub in (
    ("HOME", "home"),
    ("XDG_CONFIG_HOME", "config"),
    ("XDG_DATA_HOME", "data"),
    ("XDG_STATE_HOME", "state"),
    ("XDG_CACHE_HOME", "cache"),
):
    (_SANDBOX / _sub).mkdir(parents=True, exist_ok=True)
    os.environ[_var] = str(_SANDBOX / _sub)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("TALK_MODERATOR_PASSWORD", None)

import argparse  # noqa: E402
import asyncio  # noqa: E402
import dataclasses  # noqa: E402
import json  # noqa: E402
import subprocess  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
import traceback  # noqa: E402
from collections import Counter  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from typing import Any  # noqa: E402

import keyring  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from keyring.errors import PasswordDeleteError  # noqa: E402

from app.api import TalkError, TalkService  # noqa: E402
from app.demo_server.faults import DEFAULT_FAULT_KINDS  # noqa: E402
from app.live import ConnectionState, ConnectionStatus, PollConfig  # noqa: E402
from app.qtapp import run_qt  # noqa: E402
from bench.soak_fronts import (  # noqa: E402
    OUTCOMES,
    ActionResult,
    Front,
    KioskFront,
    SoakFailure,
    WindowFront,
    until,
)
from bench.soak_probes import (  # noqa: E402
    Problems,
    live_qobjects,
    memory_kb,
    python_objects,
    qt_wrappers,
    settle_deletions,
    singleton_references,
)

WRITE_FAULTS: tuple[str | None, ...] = (
    None,
    "drop-after",
    None,
    "500",
    None,
    "stall",
    None,
    "drop",
    None,
    "503",
    None,
    "malformed",
    None,
    "429",
    None,
    "502",
)
"""What the lobby switches meet, in turn (on top of the random faults): every other one has
its write spoiled. ``drop-after`` and ``malformed`` lose the answer of a write that was done,
``stall`` and ``drop`` of one that was not, 502 may be either."""
RSS_GROWTH_LIMIT = 10.0
BASELINE_SECONDS = 120.0
"""RSS is compared from minute 2 (start-up caches filled) to the end."""
BASELINE_FRACTION = 0.2
"""Runs shorter than 10 minutes take their baseline as early, proportionally."""
SINGLETON_SLACK = 500
"""References to None and True may move by a few hundred with the screen's state; a C
extension stealing them takes one per call, thousands a minute (PySide6 6.12.0)."""
SIGN_OUT_ATTEMPTS = 3
FAILING = (ConnectionState.RECONNECTING, ConnectionState.OFFLINE, ConnectionState.SIGNED_OUT)


class MemoryKeyring(KeyringBackend):
    """The run's app passwords, in memory: signing in again must not touch the real keyring."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError(f"no secret for {service}/{username}")


# --------------------------------------------------------------------------- the server


class ServerProcess:
    """The demo server child (``bench.soak_server``); commands go to it off the UI thread."""

    def __init__(self, seed: int) -> None:
        self.log = _SANDBOX / "demo-server.log"
        with self.log.open("w", encoding="utf-8") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "bench.soak_server", str(seed)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
                text=True,
                cwd=Path(__file__).resolve().parents[1],
            )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise SoakFailure("the demo server process did not start")
        hello = json.loads(line)
        self.url: str = hello["url"]
        self.login: str = hello["login"]
        self.password: str = hello["password"]
        self._lock = threading.Lock()

    def _call(self, command: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            assert self.process.stdin is not None and self.process.stdout is not None
            self.process.stdin.write(json.dumps(command) + "\n")
            self.process.stdin.flush()
            line = self.process.stdout.readline()
        if not line:
            raise SoakFailure(f"the demo server process ended (exit {self.process.poll()})")
        answer: dict[str, Any] = json.loads(line)
        if not answer.get("ok"):
            raise SoakFailure(f"demo server refused {command}: {answer.get('error')}")
        return answer

    async def call(self, op: str, **arguments: Any) -> dict[str, Any]:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(None, self._call, {"op": op, **arguments})

    def errors_logged(self) -> int:
        """Tracebacks the demo server logged (uvicorn's, e.g. a client that hung up while
        a request body was read: what a dropped connection looks like from that side)."""
        if not self.log.exists():
            return 0
        return self.log.read_text(encoding="utf-8", errors="replace").count("Traceback")

    def close(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.close()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


# --------------------------------------------------------------------------- the plan


@dataclass(frozen=True)
class Plan:
    """The run's settings (see ``parse_args``)."""

    front_end: str
    minutes: float
    poll: float
    backoff_max: float
    fail_rate: float
    latency_ms: int
    action_every: float
    outages: int
    seed: int

    @property
    def seconds(self) -> float:
        return self.minutes * 60

    @property
    def baseline_at(self) -> float:
        return min(BASELINE_SECONDS, BASELINE_FRACTION * self.seconds)

    @property
    def outage_seconds(self) -> float:
        """Long enough for the doubling backoff (from one poll interval) to reach its cap."""
        return 2 * self.backoff_max + 1

    @property
    def recovery_target(self) -> float:
        return self.backoff_max + self.poll

    def poll_config(self) -> PollConfig:
        """The window's intervals (the kiosk derives the same from poll and retry cap)."""
        return PollConfig(
            rooms_interval=self.poll,
            selected_interval=self.poll,
            full_interval=max(30.0, 6 * self.poll),
            backoff_base=min(2.0, self.poll),
            backoff_max=self.backoff_max,
        )

    def events(self) -> list[tuple[float, str]]:
        """(seconds from the start, what): outages spread over the run, the 401 in the
        middle, the lobby switches every ``action_every``."""
        total = self.seconds
        planned = [(self.baseline_at, "baseline"), (0.5 * total, "401")]
        for k in range(self.outages):
            planned.append(((0.3 + 0.55 * k / max(1, self.outages - 1)) * total, "outage"))
        at = self.action_every
        while at < total - 2:
            planned.append((at, "action"))
            at += self.action_every
        return sorted(planned)


# --------------------------------------------------------------------------- the soak


@dataclass
class Figures:
    """Everything measured in one front-end's run."""

    polls: Counter[str] = field(default_factory=Counter)
    poll_failures: int = 0
    reconnects: int = 0
    recoveries: list[float] = field(default_factory=list)
    sign_out_recovery: float | None = None
    sign_out_how: str = ""
    quiet_401: int = 0
    actions: Counter[str] = field(default_factory=Counter)
    write_faults: Counter[str] = field(default_factory=Counter)
    false_outcomes: list[str] = field(default_factory=list)
    display_lag: list[str] = field(default_factory=list)
    unusable: list[str] = field(default_factory=list)
    card_reasons: list[bool] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    skipped_actions: int = 0
    faults_met: dict[str, int] = field(default_factory=dict)
    server_errors: int = 0
    memory: dict[str, dict[str, int]] = field(default_factory=dict)
    objects: dict[str, int] = field(default_factory=dict)
    qobjects: dict[str, int] = field(default_factory=dict)
    singletons: dict[str, dict[str, int]] = field(default_factory=dict)
    qclasses: dict[str, Counter[str]] = field(default_factory=dict)
    wrapper_types: dict[str, Counter[str]] = field(default_factory=dict)
    wrappers: dict[str, int] = field(default_factory=dict)
    audit: Counter[str] = field(default_factory=Counter)
    failure: str = ""
    elapsed: float = 0.0


class Soak:
    """One front-end's run against the server child; fills ``figures``."""

    def __init__(self, plan: Plan, server: ServerProcess, front: Front, audit: Path) -> None:
        self.plan = plan
        self.server = server
        self.front = front
        self.audit = audit
        self.figures = Figures()
        self.problems = Problems()
        self.referee = TalkService(server.url, server.login, server.password, read_retries=5)
        self._failing = False
        self._connected_at = 0.0
        self._signed_out_at: float | None = None
        self._lobby_at_baseline: bool | None = None
        self._started = 0.0
        self._action_count = 0
        self._unsent: str | None = None
        """A ``fail_next`` fault still waiting for a write (the front-end sent none)."""

    # ----------------------------------------------------------------- observing

    def _on_status(self, status: ConnectionStatus) -> None:
        if status.state == ConnectionState.CONNECTED:
            self._connected_at = time.monotonic()
            if self._failing:
                self.figures.reconnects += 1
            self._failing = False
        elif status.state in FAILING:
            self._failing = True
            if status.state == ConnectionState.SIGNED_OUT and self._signed_out_at is None:
                self._signed_out_at = time.monotonic()

    def _on_poll(self, kind: str) -> None:
        self.figures.polls[kind] += 1

    def _on_error(self, _message: str) -> None:
        self.figures.poll_failures += 1

    def _sample(self, name: str, *, qt: bool = True) -> None:
        self.figures.memory[name] = memory_kb()
        self.figures.singletons[name] = singleton_references()
        self.figures.objects[name] = python_objects()
        if qt:
            classes = live_qobjects()
            self.figures.qobjects[name] = sum(classes.values())
            self.figures.qclasses[name] = classes
            wrappers = qt_wrappers()
            self.figures.wrappers[name] = sum(wrappers.values())
            self.figures.wrapper_types[name] = wrappers

    async def _watch_memory(self) -> None:
        """Progress once a minute (a long run should not look hung)."""
        while True:
            await asyncio.sleep(60)
            rss = memory_kb().get("VmRSS", 0) / 1024
            elapsed = (time.monotonic() - self._started) / 60
            print(
                f"  [{self.front.name} {elapsed:4.1f} min] polls {sum(self.figures.polls.values())}"
                f", failures {self.figures.poll_failures}, actions {self._action_count}, "
                f"RSS {rss:.0f} MB",
                flush=True,
            )

    # ----------------------------------------------------------------- the run

    async def run(self) -> None:
        front = self.front
        ticker: asyncio.Task[None] | None = None
        try:
            await front.open()
            # after the kiosk's crash guard (installed by open): both see everything
            self.problems.install(asyncio.get_running_loop())
            controller = front.controller
            controller.connection_changed.connect(self._on_status)
            controller.poll_finished.connect(self._on_poll)
            controller.error.connect(self._on_error)
            await self.server.call(
                "faults",
                fail_rate=self.plan.fail_rate,
                kinds=sorted(DEFAULT_FAULT_KINDS),
                latency_ms=self.plan.latency_ms,
            )
            await settle_deletions()
            self._sample("start")
            self._started = time.monotonic()
            ticker = asyncio.ensure_future(self._watch_memory())
            for at, what in self.plan.events():
                delay = self._started + at - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
                elif what == "action" and -delay > self.plan.action_every:
                    self.figures.skipped_actions += 1  # an outage ran long: no catch-up burst
                    continue
                await self._event(what)
            rest = self._started + self.plan.seconds - time.monotonic()
            if rest > 0:
                await asyncio.sleep(rest)
            await self._finish()
        except SoakFailure as exc:
            self.figures.failure = str(exc)
        except Exception as exc:  # the soak's own bug: still show what was measured
            traceback.print_exc()
            self.figures.failure = f"the soak itself failed: {exc!r}"
        finally:
            self.figures.elapsed = time.monotonic() - self._started if self._started else 0
            if ticker is not None:
                ticker.cancel()
            try:
                self.figures.faults_met = (await self.server.call("met"))["met"]
            except SoakFailure as exc:
                self.figures.failure = self.figures.failure or str(exc)
            await front.close()
            await self.referee.aclose()
            self.problems.uninstall()
            self._read_audit()

    async def _event(self, what: str) -> None:
        if what == "baseline":
            # sampled right after a clean switch, as the end is: the screen in the same shape
            # (the window keeps the last dialog, whose error line has its own Qt objects)
            await self.server.call("faults", fail_rate=0.0)
            await self._switch_lobby(spoil=False)
            await settle_deletions()
            self._lobby_at_baseline = self.front.lobby_shown()
            self._sample("baseline")
            await self.server.call("faults", fail_rate=self.plan.fail_rate)
        elif what == "action":
            await self._switch_lobby()
        elif what == "outage":
            await self._outage()
        elif what == "401":
            await self._sign_out()

    async def _recovered_after(self, since: float, what: str) -> float:
        """Seconds from ``since`` to the first successful poll after it."""
        await until(
            lambda: self._connected_at > since and not self._failing,
            3 * self.plan.backoff_max + 60,
            f"no successful poll after {what}",
        )
        return max(0.0, self._connected_at - since)

    async def _outage(self) -> None:
        await self.server.call("faults", fail_rate=0.0)
        await self.server.call("stop")
        await asyncio.sleep(self.plan.outage_seconds)
        if not self._failing:
            raise SoakFailure("the server was down, but the front-end never said it failed")
        back = (await self.server.call("start"))["listening_at"]
        self.figures.recoveries.append(await self._recovered_after(back, "the server came back"))
        await self.server.call("faults", fail_rate=self.plan.fail_rate)

    async def _sign_out(self) -> None:
        await self.server.call("faults", fail_rate=0.0)
        self._signed_out_at = None
        for _attempt in range(SIGN_OUT_ATTEMPTS):
            await self.server.call("fail_next", kind="401", method="GET")
            try:
                await until(lambda: self._signed_out_at is not None, 10, "")
                break
            except SoakFailure:
                # a reader that leaves signing in again to the poller met it (the window's
                # lobby watch): counted, and the next GET gets the next 401
                self.figures.quiet_401 += 1
        else:
            raise SoakFailure(f"{SIGN_OUT_ATTEMPTS} 401s and the front-end never signed out")
        refused = self._signed_out_at
        assert refused is not None
        self.figures.sign_out_how = await self.front.after_sign_out()
        self.figures.sign_out_recovery = await self._recovered_after(refused, "the 401")
        await self.server.call("faults", fail_rate=self.plan.fail_rate)

    async def _server_lobby(self) -> bool:
        """The lobby as the server has it, read by a referee with its own connection."""
        for _attempt in range(10):
            try:
                return (await self.referee.rooms.get(self.front.token)).lobby_enabled
            except TalkError:
                await asyncio.sleep(0.5)
        raise SoakFailure("the referee could not read the room ten times in a row")

    async def _switch_lobby(self, *, spoil: bool = True) -> None:
        """Switch the lobby through the front-end, judge the outcome against the server."""
        wanted = not self.front.lobby_shown()
        fault: str | None = None
        if self._unsent is not None:
            fault = self._unsent  # the last spoiled write was never sent: this one meets it
        elif spoil:
            fault = WRITE_FAULTS[self._action_count % len(WRITE_FAULTS)]
            if fault is not None:
                await self.server.call("fail_next", kind=fault, method="PUT")
        self._action_count += 1
        result = await self.front.switch_lobby(wanted)
        self._unsent = None
        if fault is not None:
            if (await self.server.call("pending"))["pending"]:
                self._unsent = fault
            else:
                self.figures.write_faults[fault] += 1
        self._judge(result, fault, await self._server_lobby())
        # what the screen shows catches up with the server within a few polls
        truth = await self._server_lobby()
        try:
            await until(
                lambda: self.front.lobby_shown() == truth,
                3 * self.plan.backoff_max + 10,
                "display",
            )
        except SoakFailure:
            self.figures.display_lag.append(f"action {self._action_count}: server {truth}")

    def _judge(self, result: ActionResult, fault: str | None, server: bool) -> None:
        figures = self.figures
        figures.actions[result.outcome] += 1
        label = f"action {self._action_count} (fault {fault}): {result.outcome}"
        if result.outcome == "unexpected":
            figures.unreadable.append(f"{label}: {result.message!r}")
        applied = result.outcome in ("accepted", "verified-applied")
        not_applied = result.outcome in ("verified-not-applied", "refused", "not-offered")
        if (applied and server != result.wanted) or (not_applied and server == result.wanted):
            figures.false_outcomes.append(f"{label}, but the server has lobby={server}")
        if not result.usable:
            figures.unusable.append(label)
        failed = result.outcome in ("verified-not-applied", "refused", "unknown", "unexpected")
        if isinstance(self.front, KioskFront) and failed:
            figures.card_reasons.append(bool(result.on_card) and result.on_card in result.message)

    async def _finish(self) -> None:
        """Faults off; clean switches until the lobby is as it was at the baseline (at least
        one, as before the baseline's sample); the end's figures."""
        await self.server.call("faults", fail_rate=0.0, latency_ms=0)
        for _attempt in range(4):
            await self._switch_lobby(spoil=False)
            if self.front.lobby_shown() == self._lobby_at_baseline:
                break
        await asyncio.sleep(3 * self.plan.poll + 1)  # a few clean polls
        await settle_deletions()
        self._sample("end")

    def _read_audit(self) -> None:
        if not self.audit.exists():
            return
        for line in self.audit.read_text(encoding="utf-8").splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                self.figures.audit["torn line"] += 1
                continue
            outcome = record.get("outcome") or ("ok" if record.get("ok") else "refused")
            self.figures.audit[outcome] += 1


# --------------------------------------------------------------------------- figures


def _mb(kb: int) -> str:
    return f"{kb / 1024:.0f} MB"


def _growth(memory: dict[str, dict[str, int]]) -> float | None:
    if "baseline" not in memory or "end" not in memory:
        return None
    base, end = memory["baseline"]["VmRSS"], memory["end"]["VmRSS"]
    return 100.0 * (end - base) / base


def report(plan: Plan, figures: Figures, problems: Problems) -> bool:
    """Print the figures with their targets; True when every target is met."""
    rows: list[tuple[str, str, str, bool | None]] = []

    def row(name: str, value: object, target: str = "-", ok: bool | None = None) -> None:
        rows.append((name, str(value), target, ok))

    baseline_words = (
        "minute 2"
        if plan.baseline_at == BASELINE_SECONDS
        else f"{plan.baseline_at:.0f} s (a fifth of the run, as minute 2 is of 10)"
    )
    print(
        f"\nsoak of the {plan.front_end}: {plan.minutes:g} min, polls every {plan.poll:g} s, "
        f"backoff capped at {plan.backoff_max:g} s, random faults in {plan.fail_rate:.0%} of "
        f"requests ({', '.join(sorted(DEFAULT_FAULT_KINDS))}), {plan.latency_ms} ms latency; "
        f"RSS baseline at {baseline_words}"
    )
    row("run time", f"{figures.elapsed / 60:.1f} min")
    row(
        "polls done (rooms / participants)",
        f"{figures.polls['rooms']} / {figures.polls['participants']}",
    )
    row("polls failed", figures.poll_failures)
    met = dict(figures.faults_met)
    requests = met.pop("requests", 0)
    row("requests served by the demo server", requests)
    row("tracebacks in the demo server's own log", figures.server_errors)
    row("faults met, by kind", ", ".join(f"{k}: {v}" for k, v in sorted(met.items())) or "none")
    row("reconnects (failing -> connected)", figures.reconnects)
    longest = max(figures.recoveries, default=None)
    row(
        f"longest recovery after the server came back ({len(figures.recoveries)} outages)",
        "-" if longest is None else f"{longest:.2f} s",
        f"<= {plan.recovery_target:g} s (backoff max + one poll)",
        longest is not None and longest <= plan.recovery_target,
    )
    if figures.sign_out_recovery is not None:
        kiosk = plan.front_end == "kiosk"
        row(
            f"401 to polling again ({figures.sign_out_how})",
            f"{figures.sign_out_recovery:.2f} s",
            f"<= {plan.recovery_target:g} s" if kiosk else "-",
            figures.sign_out_recovery <= plan.recovery_target if kiosk else None,
        )
    else:
        row("401 to polling again", "not reached", "reached", False)
    if figures.quiet_401:
        row("401s met by a reader that did not sign out", figures.quiet_401)
    actions = sum(figures.actions.values())
    row(
        f"lobby switches ({actions}; {sum(figures.write_faults.values())} with a spoiled write)",
        ", ".join(f"{k} {figures.actions[k]}" for k in OUTCOMES if figures.actions[k]),
    )
    row(
        "  spoiled writes, by kind",
        ", ".join(f"{k}: {v}" for k, v in sorted(figures.write_faults.items())),
    )
    row(
        "  outcome the server contradicts",
        len(figures.false_outcomes),
        "0",
        not figures.false_outcomes and actions > 0,
    )
    row(
        "  outcome without a readable message", len(figures.unreadable), "0", not figures.unreadable
    )
    row("  control left unusable", len(figures.unusable), "0", not figures.unusable)
    row(
        "  screen behind the server afterwards",
        len(figures.display_lag),
        "0",
        not figures.display_lag,
    )
    if plan.front_end == "kiosk":
        shown = sum(figures.card_reasons)
        row(
            "  failed switches with the reason on the card",
            f"{shown} / {len(figures.card_reasons)}",
            "all",
            shown == len(figures.card_reasons),
        )
    if figures.skipped_actions:
        row("  switches skipped (an outage ran over them)", figures.skipped_actions)
    row("audit log records", ", ".join(f"{k} {v}" for k, v in sorted(figures.audit.items())))
    memory = figures.memory
    if "start" in memory and "end" in memory:
        row(
            "RSS start / baseline / end / peak (VmHWM)",
            " / ".join(
                _mb(memory[name]["VmRSS"])
                for name in ("start", "baseline", "end")
                if name in memory
            )
            + f" / {_mb(memory['end']['VmHWM'])}",
        )
    growth = _growth(memory)
    row(
        "RSS growth, baseline -> end",
        "-" if growth is None else f"{growth:+.1f} %",
        f"< {RSS_GROWTH_LIMIT:g} %",
        growth is not None and growth < RSS_GROWTH_LIMIT,
    )
    objects, qobjects, wrappers = figures.objects, figures.qobjects, figures.wrappers
    if "baseline" in objects and "end" in objects:
        delta = objects["end"] - objects["baseline"]
        row(
            "Python objects, start / baseline / end",
            f"{objects['start']} / {objects['baseline']} / {objects['end']} ({delta:+d} "
            f"since the baseline, {100 * delta / objects['baseline']:+.1f} %)",
        )
    if "baseline" in qobjects and "end" in qobjects:
        row(
            "live QObjects, start / baseline / end",
            f"{qobjects['start']} / {qobjects['baseline']} / {qobjects['end']}",
            "end <= baseline",
            qobjects["end"] <= qobjects["baseline"],
        )
        row(
            "valid Qt wrappers, start / baseline / end",
            f"{wrappers['start']} / {wrappers['baseline']} / {wrappers['end']}",
        )
    refs = figures.singletons
    if "baseline" in refs and "end" in refs:
        falls = [refs["baseline"][name] - refs["end"][name] for name in ("None", "True")]
        row(
            "references to None / True, baseline -> end",
            " / ".join(f"{refs['baseline'][n]} -> {refs['end'][n]}" for n in ("None", "True")),
            f"no fall over {SINGLETON_SLACK}",
            all(fall <= SINGLETON_SLACK for fall in falls),
        )
    row(
        "exceptions logged (with a traceback)",
        problems.exceptions_logged,
        "0",
        problems.exceptions_logged == 0,
    )
    row("unhandled exceptions (hooks)", problems.unhandled, "0", problems.unhandled == 0)
    row("Qt warnings", problems.qt_warnings, "0", problems.qt_warnings == 0)
    row(
        "error log lines, by logger",
        ", ".join(f"{k}: {v}" for k, v in sorted(problems.errors.items())) or "none",
    )
    row("warning log lines", sum(problems.warnings.values()))
    if figures.failure:
        row("the run stopped early", figures.failure, "runs to the end", False)

    width = max(len(name) for name, *_ in rows)
    print(f"{'figure':{width}}  {'measured':>28}   target")
    for name, value, target, ok in rows:
        mark = "" if ok is None else ("  ok" if ok else "  MISSED")
        print(f"{name:{width}}  {value:>28}   {target}{mark}")
    grown: list[str] = []
    if "baseline" in figures.qclasses and "end" in figures.qclasses:
        more = figures.qclasses["end"] - figures.qclasses["baseline"]
        grown = [f"{name} +{count}" for name, count in more.most_common(8)]
    wrapped: list[str] = []
    if "baseline" in figures.wrapper_types and "end" in figures.wrapper_types:
        more = figures.wrapper_types["end"] - figures.wrapper_types["baseline"]
        wrapped = [f"{name} +{count}" for name, count in more.most_common(8)]
    for title, items in (
        ("QObjects grown", grown),
        ("Qt wrappers grown", wrapped),
        ("contradicted outcomes", figures.false_outcomes),
        ("unreadable outcomes", figures.unreadable),
        ("unusable afterwards", figures.unusable),
        ("screen behind", figures.display_lag),
        ("problems seen", problems.examples),
    ):
        for item in items[:8]:
            print(f"  {title}: {item}")
    return all(ok is not False for *_, ok in rows)


# --------------------------------------------------------------------------- running


def build_front(plan: Plan, server: ServerProcess, audit: Path) -> Front:
    if plan.front_end == "window":
        return WindowFront(server.url, server.login, server.password, plan.poll_config(), audit)
    return KioskFront(server.url, server.login, server.password, plan.poll, plan.backoff_max, audit)


def run_one(plan: Plan, json_path: Path | None = None) -> int:
    """One front-end in this process; 0 when every target was met. ``json_path``: the
    figures as JSON too (the suite's test reads them)."""
    keyring.set_keyring(MemoryKeyring())
    server = ServerProcess(plan.seed)
    audit = _SANDBOX / f"audit-{plan.front_end}.jsonl"
    holder: list[Soak] = []

    async def main() -> int:
        soak = Soak(plan, server, build_front(plan, server, audit), audit)
        holder.append(soak)
        await soak.run()
        return 0

    try:
        run_qt(main)
    except Exception:
        traceback.print_exc()
        if holder:
            holder[0].figures.failure = holder[0].figures.failure or "the run raised (above)"
    finally:
        server.close()
        if holder:
            holder[0].figures.server_errors = server.errors_logged()
    if not holder:
        print("the soak could not start", file=sys.stderr)
        return 1
    soak = holder[0]
    met = report(plan, soak.figures, soak.problems)
    print(f"{plan.front_end}: {'every target met' if met else 'TARGETS MISSED'}", flush=True)
    if json_path is not None:
        problems = soak.problems
        record = {
            "front_end": plan.front_end,
            "targets_met": met,
            "plan": dataclasses.asdict(plan),
            "figures": {
                f.name: _plain(getattr(soak.figures, f.name))
                for f in dataclasses.fields(soak.figures)
            },
            "problems": {
                "exceptions_logged": problems.exceptions_logged,
                "unhandled": problems.unhandled,
                "qt_warnings": problems.qt_warnings,
                "errors": dict(problems.errors),
                "examples": problems.examples,
            },
        }
        json_path.write_text(json.dumps(record, indent=1, default=str), encoding="utf-8")
    return 0 if met else 1


def _plain(value: object) -> object:
    """JSON-ready: counters as plain dicts (``asdict`` turns a Counter's items into keys)."""
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def run_both(plan: Plan, argv: list[str]) -> int:
    """Each front-end in a child process of its own, one after the other."""
    failed: list[str] = []
    for front_end in ("window", "kiosk"):
        args = [*argv, "--front-end", front_end]
        child = subprocess.run([sys.executable, "-m", "bench.soak", *args], check=False, cwd=ROOT)
        if child.returncode < 0:
            failed.append(f"{front_end} crashed (signal {-child.returncode})")
        elif child.returncode:
            failed.append(f"{front_end} missed a target (exit {child.returncode})")
    print("\nsoak:", "; ".join(failed) if failed else "both front-ends met every target")
    return 1 if failed else 0


def parse_args(argv: list[str]) -> tuple[Plan, list[str], Path | None]:
    parser = argparse.ArgumentParser(
        prog="python -m bench.soak", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--minutes", type=float, default=10.0, help="per front-end (10)")
    parser.add_argument("--front-end", choices=("window", "kiosk", "both"), default="both")
    parser.add_argument("--poll", type=float, default=0.2, help="poll interval, s (0.2)")
    parser.add_argument("--backoff-max", type=float, default=5.0, help="backoff cap, s (5)")
    parser.add_argument(
        "--fail-rate", type=float, default=0.03, help="share of requests with a random fault (0.03)"
    )
    parser.add_argument("--latency-ms", type=int, default=20, help="added to every request")
    parser.add_argument(
        "--action-every", type=float, default=10.0, help="seconds between lobby switches (10)"
    )
    parser.add_argument(
        "--outages",
        type=int,
        default=None,
        help="server stops and restarts (default: one per 4 minutes, >= 1)",
    )
    parser.add_argument("--seed", type=int, default=1, help="the demo server's data")
    parser.add_argument(
        "--json", type=Path, default=None, help="also write the figures here (one front-end)"
    )
    ns = parser.parse_args(argv)
    if ns.minutes <= 0 or ns.poll <= 0 or ns.backoff_max < ns.poll or ns.action_every <= 0:
        parser.error("need --minutes > 0, --poll > 0, --backoff-max >= --poll, --action-every > 0")
    if not 0 <= ns.fail_rate < 1:
        parser.error("--fail-rate must be within 0..1")
    outages = ns.outages if ns.outages is not None else max(1, round(ns.minutes / 4))
    plan = Plan(
        ns.front_end,
        ns.minutes,
        ns.poll,
        ns.backoff_max,
        ns.fail_rate,
        max(0, ns.latency_ms),
        ns.action_every,
        max(1, outages),
        ns.seed,
    )
    return plan, _without_front_end(argv), ns.json


def _without_front_end(argv: list[str]) -> list[str]:
    """The arguments for a child run: all but ``--front-end X`` / ``--front-end=X``."""
    rest: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--front-end":
            skip = True
        elif not arg.startswith("--front-end="):
            rest.append(arg)
    return rest


def leave_sandbox(code: int) -> None:
    """Remove the run's temporary HOME when it passed; when not, keep it (the demo server's
    log, the audit log) and say where it is."""
    if code == 0:
        shutil.rmtree(_SANDBOX, ignore_errors=True)
    else:
        kept = f"the run's files (demo server log, audit log) are kept in {_SANDBOX}"
        print(kept, file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    plan, rest, json_path = parse_args(argv)
    if plan.front_end == "both":
        if json_path is not None:
            print("--json needs one --front-end (window or kiosk)", file=sys.stderr)
            leave_sandbox(0)
            return 2
        code = run_both(plan, rest)
        leave_sandbox(code)
        return code
    try:
        code = run_one(plan, json_path)
    except Exception:
        traceback.print_exc()
        code = 1
    leave_sandbox(code)
    sys.stdout.flush()
    sys.stderr.flush()
    # PySide6 can crash while the interpreter tears down Qt objects at exit; the figures are
    # printed, so leave without that teardown (as bench.ui_bench does).
    os._exit(code)


if __name__ == "__main__":
    sys.exit(main())

"""The exit PIN lock-out cannot be raced, outlived by a restart, or read from the log."""

from __future__ import annotations

import json
import logging
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from app.kiosk.dialogs import PinDialog
from app.kiosk.pin import PinGuard, default_state_path, hash_pin, parse_pin_hash
from tests.helpers.waiting import wait_until

PIN = "482916"
STORED = parse_pin_hash(hash_pin(PIN, iterations=1000))


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_an_attempt_counts_before_its_check_and_one_check_runs_at_a_time() -> None:
    guard = PinGuard(clock=Clock())
    assert guard.begin_check()
    assert guard.failures == 1  # counted before the slow check ends
    assert not guard.begin_check()  # a second PIN while the first is checked: refused
    assert guard.failures == 1
    guard.finish_check(False)
    assert guard.begin_check() and guard.failures == 2
    guard.finish_check(True)
    assert guard.failures == 0


def test_five_quick_wrong_pins_lock_even_the_right_one_out() -> None:
    guard = PinGuard(clock=Clock())
    for _ in range(5):
        assert guard.begin_check()
        guard.finish_check(False)
    assert guard.locked
    assert not guard.begin_check()


def test_the_lock_and_the_count_survive_a_restart(tmp_path: Path) -> None:
    clock = Clock()
    path = tmp_path / "state" / "kiosk-pin.json"
    guard = PinGuard(clock=clock, path=path)
    for _ in range(3):
        guard.begin_check()
        guard.finish_check(False)
    assert PinGuard(clock=clock, path=path).failures == 3
    assert _mode(path) == 0o600
    assert _mode(path.parent) == 0o700

    for _ in range(2):
        guard.begin_check()
        guard.finish_check(False)
    clock.now += 10
    restarted = PinGuard(clock=clock, path=path)
    assert restarted.locked and 49 < restarted.remaining_lock() <= 50
    assert json.loads(path.read_text())["locked_until"] == clock.now - 10 + 60


def test_a_kill_during_the_last_check_counts_as_wrong(tmp_path: Path) -> None:
    clock = Clock()
    path = tmp_path / "kiosk-pin.json"
    guard = PinGuard(clock=clock, path=path)
    for _ in range(4):
        guard.begin_check()
        guard.finish_check(False)
    assert guard.begin_check()  # the window is killed now, before the check ends
    assert PinGuard(clock=clock, path=path).locked


def test_a_damaged_state_file_locks_and_a_loose_one_is_tightened(tmp_path: Path) -> None:
    path = tmp_path / "kiosk-pin.json"
    path.write_text("{not json")
    assert PinGuard(clock=Clock(), path=path).locked
    path.write_text('{"failures": 1, "locks": 0, "locked_until": 0}')
    path.chmod(0o644)
    assert PinGuard(clock=Clock(), path=path).failures == 1
    assert _mode(path) == 0o600


def test_the_kiosk_guard_lives_in_the_state_folder() -> None:
    guard = PinGuard.for_kiosk()
    assert guard.path == default_state_path()
    assert "state" in str(guard.path) and guard.path.name == "kiosk-pin.json"


async def test_cancel_during_a_check_keeps_the_count_and_raises_nothing(qtbot: QtBot) -> None:
    guard = PinGuard(clock=Clock())
    first = PinDialog(None, STORED, guard)
    first.edit.setText("111111")
    first.submit()
    task = first._task
    assert task is not None and guard.checking
    first.reject()  # Cancel while the PIN is being checked: the dialog is deleted
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    second = PinDialog(None, STORED, guard)
    qtbot.addWidget(second)
    second.edit.setText(PIN)
    second.submit()  # a second check while the first one runs: refused, not queued
    assert second._task is None
    assert "checking" in second.status.text().lower()

    await wait_until(task.done)
    assert task.exception() is None  # no RuntimeError from the deleted widget
    assert guard.failures == 1 and not guard.checking


async def test_the_pin_is_sealed_in_the_executor_log(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    guard = PinGuard(clock=Clock())
    dialog = PinDialog(None, STORED, guard)
    qtbot.addWidget(dialog)
    unlocked: list[bool] = []
    dialog.unlocked.connect(lambda: unlocked.append(True))
    caplog.set_level(logging.DEBUG)
    dialog.edit.setText(PIN)
    dialog.submit()
    await wait_until(lambda: unlocked)
    assert "Sealed(***)" in caplog.text  # the executor did log its arguments
    assert PIN not in caplog.text
    assert STORED.encode().split("$")[-1] not in caplog.text  # nor the hash to brute-force

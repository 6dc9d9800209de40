"""The hidden --smoke-test watcher that packaging/test-package.sh relies on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.ui.smoke import SCREENSHOT_ENV, SmokeTest, seconds_since_process_start


def test_succeeds_once_the_window_shows_rows(
    qtbot: QtBot,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shot = tmp_path / "window.png"
    monkeypatch.setenv(SCREENSHOT_ENV, str(shot))
    window = QWidget()
    window.resize(200, 100)
    qtbot.addWidget(window)
    rows = [0]
    codes: list[int] = []
    SmokeTest(window, lambda: rows[0], codes.append, timeout=30)
    window.show()
    qtbot.waitExposed(window)
    assert codes == []  # shown, but no data yet
    rows[0] = 3
    qtbot.waitUntil(lambda: codes == [0])
    assert "smoke-test: ok: window shown with 3 conversations" in capsys.readouterr().out
    assert QImage(str(shot)).width() == 200


def test_fails_when_no_data_arrives(qtbot: QtBot, capsys: pytest.CaptureFixture[str]) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    codes: list[int] = []
    SmokeTest(window, lambda: 0, codes.append, timeout=0.2)
    qtbot.waitUntil(lambda: codes == [1])
    assert "smoke-test: FAILED" in capsys.readouterr().err


def test_process_start_is_in_the_past() -> None:
    assert 0 < seconds_since_process_start() < 3600


def test_demo_app_passes_its_own_smoke_test(tmp_path: Path) -> None:
    """What test-package.sh runs on the installed .deb, here from the source tree."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        TALK_MODERATOR_SMOKE_TIMEOUT="60",
        LC_ALL="C.UTF-8",  # "system" is English here whatever the machine's locale
        LANGUAGE="en",
    )
    result = subprocess.run(
        [sys.executable, "-m", "app", "--demo", "--smoke-test"],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke-test: ok: window shown with" in result.stdout
    assert result.stdout.strip().endswith("language en")  # the C locale: English


def test_the_app_starts_in_the_saved_language(tmp_path: Path) -> None:
    """Settings > Language = Deutsch: the German catalogue is found and installed at start
    (scripts/setup.sh built it; test-package.sh checks the same of the installed .deb)."""
    config = tmp_path / "config" / "talk-moderator"
    config.mkdir(parents=True)
    (config / "settings.json").write_text('{"version": 1, "language": "de"}', encoding="utf-8")
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        TALK_MODERATOR_SMOKE_TIMEOUT="60",
        LC_ALL="C.UTF-8",  # "system" is English here whatever the machine's locale
        LANGUAGE="en",
    )
    env.pop("TALK_MODERATOR_CONFIG_DIR", None)
    result = subprocess.run(
        [sys.executable, "-m", "app", "--demo", "--smoke-test"],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("language de"), (
        f"{result.stdout.strip()!r}: is the catalogue built (scripts/translations.py build)?"
    )

"""Per-user files are the user's only: folder 0700, files 0600, older 0644 files tightened."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from app.audit import AuditLog, default_audit_path
from app.settings import SettingsStore, settings_path
from app.ui import window_state
from tests.security.test_audit_csv import entry


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def fresh_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A config folder that does not exist yet, under a umask that would make files 0644."""
    folder = tmp_path / "home" / ".config" / "talk-moderator"
    monkeypatch.setenv("TALK_MODERATOR_CONFIG_DIR", str(folder))
    return folder


def test_new_settings_and_audit_log_are_private(fresh_config: Path) -> None:
    SettingsStore().update(poll_interval=7)
    AuditLog().append(entry())
    assert _mode(fresh_config) == 0o700
    assert _mode(settings_path()) == 0o600
    assert _mode(default_audit_path()) == 0o600


def test_files_left_readable_by_an_older_version_are_tightened(fresh_config: Path) -> None:
    fresh_config.mkdir(parents=True, mode=0o755)
    fresh_config.chmod(0o755)
    for name in ("settings.json", "audit.jsonl", "window.ini"):
        (fresh_config / name).write_text("{}\n" if name == "settings.json" else "")
        (fresh_config / name).chmod(0o644)
    SettingsStore()
    assert _mode(fresh_config) == 0o700
    assert _mode(settings_path()) == 0o600
    AuditLog().append(entry())
    assert _mode(default_audit_path()) == 0o600
    window_state.window_settings()
    assert _mode(fresh_config / "window.ini") == 0o600


def test_window_layout_file_is_private_after_qt_saves_it(fresh_config: Path, qtbot: object) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMainWindow, QSplitter, QTreeView

    window = QMainWindow()
    splitter = QSplitter(Qt.Orientation.Horizontal)
    view = QTreeView()
    splitter.addWidget(view)
    window.setCentralWidget(splitter)
    window_state.save(window, splitter, {"rooms": view.header()})
    path = fresh_config / "window.ini"
    assert path.stat().st_size > 0  # Qt wrote it
    assert _mode(path) == 0o600 and _mode(fresh_config) == 0o700
    window.deleteLater()

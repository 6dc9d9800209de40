"""Accounts tests: dialogs close while the qasync loop runs the test; the shared account store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.accounts import AccountStore
from app.secrets import SecretStore
from app.settings import SettingsStore
from tests.helpers.memory_keyring import MemoryKeyring


@pytest.fixture(autouse=True)
def _keep_running_when_dialogs_close() -> Iterator[None]:
    """Closing the last visible window must not quit the app (and stop the test's loop)."""
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    previous = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    yield
    app.setQuitOnLastWindowClosed(previous)


@pytest.fixture
def store(config_dir: Path, memory_keyring: MemoryKeyring) -> AccountStore:
    """An empty account store over this test's config folder and throw-away keyring."""
    return AccountStore(SettingsStore(), SecretStore())

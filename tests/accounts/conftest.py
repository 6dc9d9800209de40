"""Accounts tests: dialogs close while the qasync loop runs the test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def _keep_running_when_dialogs_close() -> Iterator[None]:
    """Closing the last visible window must not quit the app (and stop the test's loop)."""
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    previous = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    yield
    app.setQuitOnLastWindowClosed(previous)

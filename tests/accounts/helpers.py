"""Showing and clicking through the accounts dialogs, shared by the accounts tests."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import TypeVar

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

DIALOGS: list[QDialog] = []
"""Dialogs a test opened; ``_close_dialogs`` rejects them after the test."""
DialogT = TypeVar("DialogT", bound=QDialog)


@pytest.fixture(autouse=True)
async def _close_dialogs() -> AsyncIterator[None]:
    """Close the test's dialogs while its loop still runs, so their tasks end with it.

    Autouse in the test modules that import it (those that open dialogs).
    """
    yield
    while DIALOGS:
        dialog = DIALOGS.pop()
        # pytest-qt's teardown (close + deleteLater + processEvents) runs before this
        # fixture's finalizer, and may already have deleted the dialog.
        if shiboken6.isValid(dialog):
            dialog.reject()
    await asyncio.sleep(0)


def kept(qtbot: QtBot, dialog: DialogT) -> DialogT:
    """Hand ``dialog`` to qtbot and to ``_close_dialogs``, without showing it."""
    qtbot.addWidget(dialog)
    DIALOGS.append(dialog)
    return dialog


def shown(qtbot: QtBot, dialog: DialogT) -> DialogT:
    """Show ``dialog``, closed again after the test (while its loop still runs)."""
    kept(qtbot, dialog).show()
    return dialog


def click(qtbot: QtBot, parent: QWidget, name: str) -> None:
    """Click the button ``name`` as a user would: it must be there, shown and enabled."""
    button = parent.findChild(QPushButton, name)
    assert button is not None and button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

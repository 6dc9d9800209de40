"""Clicking through the accounts dialogs, shared by the accounts tests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot


def click(qtbot: QtBot, parent: QWidget, name: str) -> None:
    """Click the button ``name`` as a user would: it must be there, shown and enabled."""
    button = parent.findChild(QPushButton, name)
    assert button is not None and button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

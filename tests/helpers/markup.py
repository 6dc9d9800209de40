"""Checks that names from the server are shown as text, for the kiosk and the window tests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

HOSTILE_GUEST = "<img src='file:///etc/passwd'><b>STAFF: evacuate</b>"
"""A guest name that would draw an image and bold text if taken for markup; under Talk's
64-character limit for guest names (longer ones are cut)."""


def labels_showing(widget: QWidget, text: str) -> list[QLabel]:
    return [label for label in widget.findChildren(QLabel) if text in label.text()]


def assert_plain(labels: list[QLabel]) -> None:
    """Each label shows its text literally (and there is at least one)."""
    assert labels, "the name is not shown at all"
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText, (
            f"{label.objectName() or type(label).__name__} would render markup: {label.text()!r}"
        )

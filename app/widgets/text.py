"""Text from the server shown as text, never as markup.

Qt guesses: a ``QLabel`` (and a tooltip) whose text looks like HTML is rendered as rich text.
Conversation names, display names and guest names come from anyone who can join by a link, so
a guest called ``<img src=...><b>Evil</b>`` would otherwise draw an image, load a file or
fake a bold warning on a kiosk screen. Every label that can show server data is a
``PlainLabel``; every tooltip that can is built with ``plain_tooltip``.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class PlainLabel(QLabel):
    """A ``QLabel`` that shows its text literally, whatever it contains."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setOpenExternalLinks(False)
        if text:
            self.setText(text)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally: escaped, inside markup Qt will not guess at."""
    if not text:
        return ""
    escaped = html.escape(text, quote=False).replace("\n", "<br>")
    return f"<p style='white-space:pre-wrap'>{escaped}</p>"

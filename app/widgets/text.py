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
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QWidget


class PlainLabel(QLabel):
    """A ``QLabel`` that shows its text literally, whatever it contains.

    Built like a ``QLabel``: ``PlainLabel(text, parent)``, ``PlainLabel(parent)`` or
    ``PlainLabel()``.
    """

    def __init__(self, text: str | QWidget = "", parent: QWidget | None = None) -> None:
        if isinstance(text, QWidget):
            parent, text = text, ""
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setOpenExternalLinks(False)
        if text:
            self.setText(text)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally.

    Text Qt would not take for markup is returned as it is (Qt shows it plainly anyway); text
    it would is escaped and wrapped in a paragraph, so it shows its characters.
    """
    if not text or not GuiQt.mightBeRichText(text):
        return text
    escaped = html.escape(text, quote=False).replace("\n", "<br>")
    return f"<p style='white-space:pre-wrap'>{escaped}</p>"

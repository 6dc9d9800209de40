"""Finding English in a window that should be German: the texts a person sees, collected from a
widget tree, and the ones that are still English.

Used by the German window and kiosk tests. The catalogue is compiled from the committed ``.ts``
into a temporary folder (``compile_catalogue``), so the tests check the translations as
committed, whatever the checkout's build step left in the package.

A text is reported when, with its ``&`` shortcut marks removed, it is an English source text of
the catalogue that has a German translation (so it was shown untranslated), or when, after the
server's data (conversation titles, people's names, descriptions) is taken out, it still holds
a word that is English and not German (``ENGLISH_WORDS``).
"""

from __future__ import annotations

import contextlib
import html
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from app.qtapp.translations import Installed, install_translations, remove_translations

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "talk_moderator_de.ts"

ENGLISH_WORDS = frozenset(
    """
    the and you your yours is are not no yes select with this that these those of for from who
    what which when where why how can cannot may might must should would could only all any
    every everyone everybody nobody someone something nothing there their them they here please
    first again now yet already been being have has had were be do does did done conversation
    conversations participant participants people guest guests call calls calling settings
    search refresh remove removed add added join joined leave left end ended mute muted ban
    banned bans waiting wait open opens opened close closed cancel apply save delete deleted
    rename new file view help quit about connecting connected updated loading password passwords
    message messages poll polls recording record room rooms lobbies allow disallow let make turn
    off on enter type yourself moderators user users owner role roles presence seen unread
    writable read only listen speak everyone stop send sent back into past until time minutes
    hours seconds days ago never just today tomorrow yesterday notification notifications notify
    sound quiet account accounts sign signed server's invite invited invitation invitations
    import export phone number numbers dial ring hands raised up down more less show hide alerts
    alert
    """.split()
)
"""English words that are not also German ones ("in", "so", "was", "will", "Hand", "Kind",
"Start", "Last", "Panel", "Person", "Team", "Chat", "Lobby", "Live", "Status", "Name", "Server"
and Talk's "Breakout-Raum" are German too, so they are not here)."""

WORD = re.compile(r"[A-Za-zÄÖÜäöüß']+")
TAG = re.compile(r"<[^>]+>")
PATH = re.compile(r"\S*/\S*")


@dataclass(frozen=True)
class Seen:
    """One text a person sees, and where (for the failure message)."""

    where: str
    text: str


RUNNER_ENGLISH = (
    "answer was lost",
    "reading it again",
    "the change was",
    "try again",
    "Read again",
)
"""Words of the moderation core's English lost-answer sentences: none of them may show in a
German window or kiosk."""


def compile_catalogue(folder: Path) -> Path:
    """``talk_moderator_de.qm`` compiled from the committed catalogue into ``folder``."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    qm = folder / "talk_moderator_de.qm"
    command = [str(lrelease), "-silent", str(TS), "-qm", str(qm)]
    subprocess.run(command, check=True)
    return folder


@contextlib.contextmanager
def language(setting: str, folder: Path) -> Iterator[Installed]:
    """The app in ``setting``'s language (as at start) for the block, English again after."""
    installed = install_translations(setting, folder)
    try:
        yield installed
    finally:
        remove_translations()


def translated_sources() -> frozenset[str]:
    """English sources of the catalogue that have a German translation different from them."""
    sources = set()
    for message in ET.parse(TS).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        source = message.findtext("source") or ""
        german = translation.text or ""
        if message.get("numerus") != "yes" and german and german != source:
            sources.add(_plain(source))
    return frozenset(s for s in sources if s)


def _plain(text: str) -> str:
    """Without the shortcut marks and markup, whitespace collapsed."""
    text = html.unescape(TAG.sub(" ", text)) if "<" in text else text
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    return " ".join(text.split())


def _header_texts(where: str, model: QAbstractItemModel) -> Iterator[Seen]:
    if isinstance(model, QAbstractListModel):
        return  # a list has no header
    for column in range(model.columnCount(QModelIndex())):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(value, str) and value:
                yield Seen(f"{where} header {column}", value)


def action_texts(where: str, actions: Iterable[QAction]) -> Iterator[Seen]:
    """The texts of ``actions``, their submenus' too."""
    for action in actions:
        if action.isSeparator():
            continue
        name = action.objectName() or action.text()
        for text in (action.text(), action.iconText(), action.toolTip(), action.statusTip()):
            if text:
                yield Seen(f"{where} {name}", text)
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield Seen(f"{where} {name} menu", menu.title())
            yield from action_texts(f"{where} {name} >", menu.actions())


def widget_texts(root: QWidget) -> list[Seen]:
    """Every text ``root`` and its children show: titles, labels, buttons, group boxes, combo
    items, placeholders, tab names, item views' headers, tooltips and their actions'."""
    seen: list[Seen] = []
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        if widget.isWindow() or isinstance(widget, QDockWidget):
            seen.append(Seen(f"{where} title", widget.windowTitle()))
        if widget.toolTip():
            seen.append(Seen(f"{where} tooltip", widget.toolTip()))
        if widget.accessibleName():
            seen.append(Seen(f"{where} accessible name", widget.accessibleName()))
        if isinstance(widget, QLabel):
            seen.append(Seen(where, widget.text()))
        elif isinstance(widget, QAbstractButton):
            seen.append(Seen(where, widget.text()))
        elif isinstance(widget, QGroupBox):
            seen.append(Seen(where, widget.title()))
        elif isinstance(widget, QComboBox):
            seen += [Seen(f"{where} item", widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            seen.append(Seen(f"{where} placeholder", widget.placeholderText()))
        elif isinstance(widget, QTabWidget):
            seen += [Seen(f"{where} tab", widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            seen += _header_texts(where, widget.model())
        if isinstance(widget, QSpinBox):
            seen += [Seen(where, widget.suffix()), Seen(where, widget.prefix())]
        if isinstance(widget, QAbstractSpinBox):
            seen.append(Seen(where, widget.specialValueText()))
        if isinstance(widget, QMenu):
            seen.append(Seen(f"{where} title", widget.title()))
        seen += action_texts(where, widget.actions())
    return [s for s in seen if s.text and s.text.strip()]


def english(seen: Iterable[Seen], data: Iterable[str]) -> list[str]:
    """The texts of ``seen`` that are English: a translated source shown as it is, or a text
    with an English word once the server's ``data`` (titles, names) is taken out."""
    sources = translated_sources()
    names = sorted({d for d in data if d}, key=len, reverse=True)
    found: list[str] = []
    for item in seen:
        text = _plain(item.text)
        if text in sources:
            found.append(f"{item.where}: {item.text!r} (an English source of the catalogue)")
            continue
        rest = PATH.sub(" ", text.replace("@all", " "))  # Talk's keyword, file names
        for name in names:
            rest = rest.replace(name, " ")
        words = {w.lower().strip("'") for w in WORD.findall(rest)}
        hits = sorted(words & ENGLISH_WORDS)
        if hits:
            found.append(f"{item.where}: {item.text!r} (English: {', '.join(hits)})")
    return sorted(set(found))

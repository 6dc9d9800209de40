"""Conversation and guest names are shown as text in the main window, never as markup.

Qt renders a label's text, a tooltip and a message box as rich text when it looks like HTML.
Names come from anyone with a public link (guests) or edit rights (conversation names), so a
name with ``<img>`` or ``<b>`` must show its characters, not draw an image or fake formatting.
"""

from __future__ import annotations

import html
import inspect
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.api.constants import ConversationType
from app.demo_server import DemoServer
from app.moderation import ActionRunner
from app.ui.dialogs.remove_participant import remove_participant_dialog
from tests.helpers.markup import HOSTILE_GUEST, assert_plain, labels_showing
from tests.helpers.moderation import add_guest, make_event_room, opened
from tests.helpers.waiting import wait_until
from tests.ui.conftest import WindowOpener

ROOM = "<i>Main</i> <img src='x'>hall"
RICH_LABEL_MODULES = {"about.py"}
"""Modules whose labels show only our own static text and links, on purpose as rich text."""


def _assert_tooltip_safe(tip: object, name: str) -> None:
    """A tooltip may mention the name only escaped (Qt guesses rich text for tooltips)."""
    if not isinstance(tip, str) or not tip:
        return
    assert name not in tip or not GuiQt.mightBeRichText(tip), f"tooltip renders markup: {tip!r}"
    if GuiQt.mightBeRichText(tip) and html.escape(name, quote=False)[:10] in tip:
        assert "<img" not in tip


async def test_hostile_names_in_lists_header_tooltips_and_dialogs(
    qtbot: QtBot,
    open_window: WindowOpener,
    service: TalkService,
    demo_server: DemoServer,
    runner: ActionRunner,
) -> None:
    event = await make_event_room(service, ROOM, room_type=ConversationType.PUBLIC)
    guest_id = add_guest(demo_server, event.token, HOSTILE_GUEST)
    async with open_window() as window:
        await wait_until(lambda: window.controller.loaded)
        assert window.select_room(event.token)
        await wait_until(
            lambda: guest_id in set(window.participant_model.keys()),
            message="the guest never appeared",
        )
        assert_plain(labels_showing(window, "<i>Main</i>"))

        for model, name in (
            (window.participant_model, HOSTILE_GUEST),
            (window.conversation_model, ROOM),
        ):
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
                    _assert_tooltip_safe(tip, name)

    guest = next(
        p for p in await service.participants.list(event.token) if p.attendee_id == guest_id
    )
    dialog = opened(qtbot, remove_participant_dialog(runner, event.room, guest))
    assert_plain(labels_showing(dialog, "STAFF: evacuate"))
    for widget in QApplication.topLevelWidgets():
        _assert_tooltip_safe(widget.toolTip(), HOSTILE_GUEST)


def test_no_ui_module_builds_a_markup_guessing_label() -> None:
    """Every label of the window and its dialogs is a ``PlainLabel`` (about.py excepted)."""
    import app.ui

    root = Path(inspect.getfile(app.ui)).parent
    offenders = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if path.name not in RICH_LABEL_MODULES and "QLabel(" in path.read_text(encoding="utf-8")
    ]
    assert not offenders, f"bare QLabel (guesses rich text) in: {offenders}"

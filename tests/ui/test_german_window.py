"""The window in German: no English left in its menus, toolbar, columns, status bar, panels
and the dialogs its actions open.

The console is built as the app builds it (``build_console``), over the demo server, after the
German catalogue was installed as at a start with Settings > Language = Deutsch. The test walks
every menu and toolbar action (texts and tooltips, the disabled ones' reasons included), the
lists' headers, the status bar and the docked panels, then triggers every action that is
enabled for a moderated conversation with a running call and a selected participant and reads
each dialog it opens. A text fails when it is a translated English source shown as it is, or
holds an English word once the server's data (titles, names, descriptions) is taken out.

The same walk in English must find plenty: the check can fail.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QTableView, QToolBar, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from app.accounts import AccountStore
from app.api import TalkService
from app.audit import AuditLog
from app.settings import SettingsStore
from app.ui.action_ids import ALL_ACTIONS, ActionId
from app.ui.bootstrap import build_console, show_console
from app.ui.columns import cell_width
from app.ui.main_window import MainWindow
from app.ui.models import PersonColumn, RoomColumn
from app.ui.toolbar import LABELLED, toolbar_actions
from tests.helpers.untranslated import (
    Seen,
    action_texts,
    english,
    language,
    widget_texts,
)
from tests.helpers.waiting import wait_until
from tests.ui.conftest import FAST

ROOM = "Product Launch Webinar"
"""Lobby on with a timer, people waiting, a call running, the moderator its owner: most
actions are enabled there."""
NOT_TRIGGERED = {ActionId.QUIT: "closes the window"}


def _dialogs() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


async def _walk(window: MainWindow, service: TalkService) -> tuple[list[Seen], set[str], int]:
    """Everything the window shows, then every dialog its enabled actions open; the server's
    data (to leave out of the check) and how many dialogs were read."""
    await wait_until(lambda: window.controller.loaded, message="no listing")
    rooms = (await service.rooms.list()).rooms
    room = next(r for r in rooms if r.title == ROOM)
    assert window.select_room(room.token)
    await wait_until(lambda: len(window.participant_model) > 0, message="no participants")
    people = window.participant_model.records()
    guest = next(p for p in people if not p.is_moderator)
    assert window.select_person(room.token, guest.attendee_id)
    await wait_until(lambda: window.selected_participants() != (), message="not selected")
    data = {window.account_label, service.login, service.server_url}
    for r in rooms:
        data |= {r.title, r.name, r.description, r.display_name}
    for person in people:
        data |= {person.title, person.actor_id}

    seen = widget_texts(window)
    seen += action_texts("menu", window.menuBar().actions())
    for bar in window.findChildren(QToolBar):
        seen += action_texts("toolbar", bar.actions())
    opened = 0
    for key in ALL_ACTIONS:
        action = window.registry[key]
        if key in NOT_TRIGGERED or not action.isEnabled():
            continue
        before = set(_dialogs())
        action.trigger()
        await wait_until(lambda: not window.registry.busy, message=f"{key} did not finish")
        for dialog in [d for d in _dialogs() if d not in before]:
            opened += 1
            seen += [Seen(f"{key} dialog: {s.where}", s.text) for s in widget_texts(dialog)]
            dialog.close()
    return seen, {d for d in data if d}, opened


@pytest.fixture
def console_of(
    qtbot: QtBot, service: TalkService, config_dir: Path, tmp_path: Path
) -> Iterator[object]:
    """Builds (inside the test) the console as the app does; the window is closed after."""
    built: list[MainWindow] = []

    def build() -> MainWindow:
        console = build_console(
            service,
            "moderator@demo",
            AccountStore(SettingsStore()),
            poll_config=FAST,
            audit=AuditLog(tmp_path / "audit.jsonl"),
        )
        qtbot.addWidget(console.window)
        show_console(console)
        built.append(console.window)
        return console.window

    yield build
    for window in built:
        window.close()


async def test_the_window_in_german_shows_no_english(
    console_of: object, service: TalkService, catalogue: Path
) -> None:
    with language("de", catalogue) as installed:
        assert installed.ours
        window = console_of()  # type: ignore[operator]
        try:
            seen, data, opened = await _walk(window, service)
        finally:
            await window.shutdown()
    assert opened >= 20, f"only {opened} dialogs were opened: the walk missed the actions"
    assert len(seen) > 300
    leftovers = english(seen, data)
    assert not leftovers, f"{len(leftovers)} English texts in the German window:\n" + "\n".join(
        leftovers
    )


async def test_the_same_walk_in_english_finds_english(
    console_of: object, service: TalkService, catalogue: Path
) -> None:
    """The check can fail: the English window is full of what it looks for."""
    with language("en", catalogue):
        window = console_of()  # type: ignore[operator]
        try:
            seen, data, _opened = await _walk(window, service)
        finally:
            await window.shutdown()
    leftovers = english(seen, data)
    assert len(leftovers) > 200
    assert any("&File" in line or "'File'" in line for line in leftovers)


def _cut(view: QTableView, columns: tuple[int, ...]) -> list[str]:
    """The cells of ``columns`` whose text and icon do not fit the column."""
    model = view.model()
    cut = []
    for row in range(model.rowCount()):
        for column in columns:
            index = model.index(row, column)
            text = str(index.data() or "")
            with_icon = index.data(Qt.ItemDataRole.DecorationRole) is not None
            if text and cell_width(view, text, with_icon) > view.columnWidth(column):
                cut.append(f"{model.index(row, 0).data()}: {text!r}")
    return cut


async def test_german_words_fit_their_columns(
    console_of: object, service: TalkService, catalogue: Path
) -> None:
    """German words are longer ("Ehem. Einzelunterhaltung", "Eigentümer"): the columns are
    sized for them at the default size, as for the English ones."""
    with language("de", catalogue):
        window = console_of()  # type: ignore[operator]
        try:
            await wait_until(lambda: window.controller.loaded, message="no listing")
            rooms = window.conversation_view
            assert window.width() == 1280
            cut = _cut(rooms, (RoomColumn.TYPE, RoomColumn.ROLE))
            room = next(r for r in (await service.rooms.list()).rooms if r.title == "Town Hall")
            assert window.select_room(room.token)
            await wait_until(lambda: len(window.participant_model) > 0, message="no people")
            cut += _cut(window.participant_view, (PersonColumn.ROLE, PersonColumn.PRESENCE))
        finally:
            await window.shutdown()
    assert not cut, "cut in German:\n" + "\n".join(cut)


async def test_german_toolbar_shows_every_button_at_1280(
    console_of: object, catalogue: Path
) -> None:
    """The labelled buttons' German words are longer ("Aktualisieren", "Hinzufügen"): none is
    pushed into the overflow menu at the default width, and each label is whole."""
    with language("de", catalogue):
        window = console_of()  # type: ignore[operator]
        try:
            window.resize(1280, 760)
            await wait_until(lambda: window.width() == 1280, message="not resized")
            hidden, cut = [], []
            for key in toolbar_actions():
                button = window.toolbar.widgetForAction(window.registry[key])
                assert isinstance(button, QToolButton)
                if not button.isVisible():
                    hidden.append(button.text())
                elif key in LABELLED:
                    if button.width() < button.fontMetrics().horizontalAdvance(button.text()):
                        cut.append(button.text())
            assert window.registry[ActionId.REFRESH].iconText() == "Aktualisieren"
        finally:
            await window.shutdown()
    assert not hidden, f"in the overflow menu: {hidden}"
    assert not cut, f"labels cut: {cut}"

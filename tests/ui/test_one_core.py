"""The window and the CLI on the one moderation core: the same audit entries, and the
favorite action (added on the core) working in both, against the demo server."""

from __future__ import annotations

import asyncio
from dataclasses import asdict
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.audit import AuditLog, default_audit_path
from app.moderation import ActionKind
from app.ui.dialogs.base import AsyncActionDialog
from app.ui.moderation import install_moderation
from tests.cli.conftest import Run, cli  # noqa: F401 (the fixture)
from tests.helpers.moderation import make_event_room, send
from tests.helpers.waiting import wait_until
from tests.ui.conftest import WindowOpener

VARYING = {"time", "participant", "attendee_id", "detail"}
"""What differs between the two entries: who was promoted, and when."""


def _select_person(window, login: str) -> None:  # type: ignore[no-untyped-def]
    rows = window.participant_model.find_rows(lambda p: p.actor_id == login)
    assert rows, login
    source = window.participant_model.index(rows[0], 0)
    window.participant_view.selectRow(window.participant_proxy.mapFromSource(source).row())
    assert [p.actor_id for p in window.selected_participants()] == [login]


async def test_a_cli_write_is_audited_like_the_windows(
    cli: Run,  # noqa: F811
    open_window: WindowOpener,
    qtbot: QtBot,
    service: TalkService,
    config_dir: Path,
) -> None:
    event = await make_event_room(service, "Audited")
    async with open_window() as window:
        moderation = install_moderation(window)
        await wait_until(lambda: window.controller.loaded)
        assert window.select_room(event.token)
        await wait_until(lambda: len(window.participant_model) == 3)
        _select_person(window, "bob")
        action = window.registry.action(ActionKind.PROMOTE)
        await wait_until(action.isEnabled)
        action.trigger()
        dialog = moderation.last_dialog
        assert isinstance(dialog, AsyncActionDialog)
        if dialog.isVisible():  # a confirmation (confirmations on)
            await send(qtbot, dialog)
        await wait_until(lambda: len(AuditLog().entries()) == 1, message="no window entry")

    # The CLI runs its own event loop (asyncio.run), so beside this test's, in a thread.
    promoted = await asyncio.to_thread(cli, "participants", "promote", event.token, "alice")
    assert promoted.code == 0, promoted.err

    assert moderation.audit.path == AuditLog().path == default_audit_path()
    from_gui, from_cli = AuditLog().entries()
    assert from_cli.action is from_gui.action is ActionKind.PROMOTE
    assert from_cli.ok and from_gui.ok
    assert asdict(from_cli).keys() == asdict(from_gui).keys()
    same = {k: v for k, v in asdict(from_cli).items() if k not in VARYING}
    assert same == {k: v for k, v in asdict(from_gui).items() if k not in VARYING}
    alice = event.person("alice")
    assert (from_cli.participant, from_cli.attendee_id, from_cli.detail) == (
        alice.title,
        alice.attendee_id,
        f"promote {alice.title} to moderator",
    )


async def test_favorite_in_the_window(
    open_window: WindowOpener, service: TalkService, config_dir: Path
) -> None:
    event = await make_event_room(service, "Keep close", logins=())
    assert not event.room.is_favorite
    async with open_window() as window:
        install_moderation(window)
        await wait_until(lambda: window.controller.loaded)
        assert window.select_room(event.token)
        action = window.registry.action(ActionKind.FAVORITE)
        await wait_until(
            action.isEnabled, message=window.registry.verdict(ActionKind.FAVORITE).reason
        )
        assert action.text() == "Add to &Favorites"
        action.trigger()
        await wait_until(
            lambda: action.text() == "Remove from &Favorites", message="the label never flipped"
        )
        assert (await service.rooms.get(event.token)).is_favorite
        action.trigger()
        await wait_until(lambda: action.text() == "Add to &Favorites")
        assert not (await service.rooms.get(event.token)).is_favorite
    entries = [(e.action, e.detail, e.ok) for e in AuditLog().entries()]
    assert entries == [
        (ActionKind.FAVORITE, "added to favorites", True),
        (ActionKind.FAVORITE, "removed from favorites", True),
    ]


async def test_favorite_is_in_the_conversation_menus(
    open_window: WindowOpener, service: TalkService, config_dir: Path
) -> None:
    event = await make_event_room(service, "Menus", logins=())
    async with open_window() as window:
        install_moderation(window)
        await wait_until(lambda: window.controller.loaded)
        assert window.select_room(event.token)
        menu = window.findChild(QMenu, "conversationMenu")
        assert menu is not None
        assert "actionFavorite" in {a.objectName() for a in menu.actions()}
        window.conversation_view.customContextMenuRequested.emit(QPoint(5, 5))
        popup = window.findChild(QMenu, "conversationViewContextMenu")
        assert popup is not None
        enabled = {a.objectName() for a in popup.actions() if a.isEnabled()}
        assert "actionFavorite" in enabled
        popup.close()

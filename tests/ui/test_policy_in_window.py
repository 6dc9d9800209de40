"""Conversation policy and e-mail guests in the real main window against the demo server:
the Conversation > Settings menu shows the values and opens the dialog at its control, the
list's tooltip says when a conversation is listed or its messages expire, e-mail guests are
shown by their address (never the hash), and resending invitations is a participant action."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.audit import AuditLog
from app.moderation import ActionKind
from app.ui.action_ids import ActionId
from app.ui.dialogs.base import AsyncActionDialog
from app.ui.dialogs.conversation_settings import ConversationSettingsDialog
from app.ui.models import RECORD_ROLE
from app.ui.moderation import install_moderation
from tests.helpers.counting import CountingTransport, settle
from tests.helpers.moderation import accepted, make_event_room, send
from tests.helpers.waiting import wait_until
from tests.ui.conftest import WindowOpener
from tests.ui.test_action_requests import (
    QUIET,
    counted,
    listings,
    ready,
    report,
    targeted_reads,
    trigger,
    writes,
)

__all__ = ["counted"]  # the fixture, shared with the other request-counting tests


async def test_settings_menu_shows_the_values_and_opens_the_dialog(
    qtbot: QtBot, open_window: WindowOpener, service: TalkService
) -> None:
    event = await make_event_room(service, "Policy room")
    await service.policy.set_message_expiration(event.token, 86400)
    await service.policy.set_listable(event.token, 1)
    async with open_window() as window:
        moderation = install_moderation(window)
        await wait_until(lambda: window.controller.loaded)
        assert window.select_room(event.token)
        menu = window.findChild(QMenu, "conversationSettingsMenu")
        assert menu is not None
        expiration = window.registry.action(ActionKind.MESSAGE_EXPIRATION)
        await wait_until(expiration.isEnabled)
        assert expiration in menu.actions()
        assert expiration.text() == "&Message Expiration: 1 day…"
        assert window.registry.action(ActionKind.LISTABLE).text() == (
            "Who Can &Find It: users of this server…"
        )
        row = window.conversation_model.row_of(event.token)
        assert row is not None
        tip = window.conversation_model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
        assert "Listed: users of this server can find and join it" in tip
        assert "Messages are deleted after 1 day" in tip

        expiration.trigger()
        dialog = moderation.last_dialog
        assert isinstance(dialog, ConversationSettingsDialog) and dialog.isVisible()
        dialog.expiration_combo.setCurrentIndex(dialog.expiration_combo.findData(0))
        await send(qtbot, dialog)
        assert accepted(dialog)
        await wait_until(
            lambda: expiration.text() == "&Message Expiration: off…",
            message="the menu shows the answer",
        )
        window.registry.action(ActionId.CONVERSATION_SETTINGS).trigger()
        assert isinstance(moderation.last_dialog, ConversationSettingsDialog)
        moderation.last_dialog.reject()


async def test_email_guests_are_shown_by_address_and_can_be_invited_again(
    qtbot: QtBot, open_window: WindowOpener, service: TalkService
) -> None:
    event = await make_event_room(service, "Guests room")
    await service.participants.add(event.token, "carol@example.org", "emails")
    async with open_window() as window:
        moderation = install_moderation(window)
        await wait_until(lambda: window.controller.loaded)
        assert window.select_room(event.token)
        model = window.participant_model
        await wait_until(lambda: len(model) == 4, message="participants")
        names = [model.index(r, 0).data() for r in range(model.rowCount())]
        assert "carol@example.org" in names
        guest = next(
            model.index(r, 0).data(RECORD_ROLE)
            for r in range(model.rowCount())
            if model.index(r, 0).data() == "carol@example.org"
        )
        assert len(guest.actor_id) == 64 and guest.actor_id not in str(names)
        tip = model.index(model.row_of(guest.attendee_id) or 0, 0).data(Qt.ItemDataRole.ToolTipRole)
        assert "E-mail: carol@example.org" in tip

        resend = window.registry.action(ActionKind.RESEND_INVITATIONS)
        await wait_until(resend.isEnabled)
        assert resend.text() == "Resend All E-mail &Invitations"  # nobody selected
        view = window.participant_view
        row = next(
            r
            for r in range(view.model().rowCount())
            if view.model().index(r, 0).data() == "carol@example.org"
        )
        view.selectRow(row)
        await wait_until(lambda: resend.text() == "Resend E-mail &Invitation")
        resend.trigger()
        dialog = moderation.last_dialog
        assert isinstance(dialog, AsyncActionDialog)
        assert "carol@example.org" in dialog.intro.text()
        await send(qtbot, dialog)
        assert accepted(dialog)
        assert moderation.audit.entries()[-1].participant == "carol@example.org"


async def test_settings_cost_one_write_per_change_and_nothing_else(
    open_window: WindowOpener,
    qtbot: QtBot,
    counted: tuple[TalkService, CountingTransport],
    tmp_path: Path,
) -> None:
    """Opening the dialog sends nothing; Apply sends one write per changed setting, and the
    answers (the room) go into the lists: no listing, no read of the room."""
    svc, transport = counted
    event = await make_event_room(svc, "Counted")
    async with open_window(svc, config=QUIET) as window:
        moderation = install_moderation(window, AuditLog(tmp_path / "audit.jsonl"))
        await ready(window, transport, event)
        mark = transport.mark()
        trigger(window, "actionConversationSettings")
        dialog = moderation.last_dialog
        assert isinstance(dialog, ConversationSettingsDialog)
        await settle(transport)
        assert transport.since(mark) == []  # opening sends nothing
        dialog.listable_combo.setCurrentIndex(dialog.listable_combo.findData(1))
        dialog.expiration_combo.setCurrentIndex(dialog.expiration_combo.findData(86400))
        await send(qtbot, dialog)
        assert accepted(dialog)
        await settle(transport)
        sent = transport.since(mark)
        room = window.conversation_model.get(event.token)
        assert room is not None and (room.listable, room.message_expiration) == (1, 86400)
    assert [(s.method, s.path) for s in writes(sent)] == [
        ("PUT", f"/room/{event.token}/listable"),
        ("POST", f"/room/{event.token}/message-expiration"),
    ], report(sent)
    assert not listings(sent) and not targeted_reads(sent, event.token), report(sent)

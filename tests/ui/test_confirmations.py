"""The "confirmations" setting in the moderation dialogs, both ways.

On (the default): every action asks first. Off: simple, reversible single actions (promote,
demote, lobby bypass, read-only) are sent at once and their dialog opens only to show a refusal;
destructive ones (delete, remove, end call), demoting yourself and bulk runs always ask.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from app.accounts import AccountStore
from app.api import TalkService
from app.audit import AuditLog
from app.settings import SettingsStore
from app.ui.dialogs.base import AsyncActionDialog
from app.ui.dialogs.confirm import ConfirmActionDialog
from app.ui.dialogs.delete import DeleteDialog
from app.ui.dialogs.role import demote_dialog
from app.ui.main_window import MainWindow
from app.ui.moderation import ModerationController, install_moderation
from app.ui.session import AccountSession
from tests.helpers.moderation import EventRoom, make_event_room, send
from tests.helpers.waiting import wait_until
from tests.ui.conftest import WindowOpener
from tests.ui.test_action_requests import select_person, trigger


async def shown(window: MainWindow, event: EventRoom) -> None:
    await wait_until(lambda: window.controller.loaded)
    assert window.select_room(event.token)
    await wait_until(lambda: len(window.participant_model) == 3)


def visible_dialog(controller: ModerationController) -> AsyncActionDialog | None:
    dialog = controller.last_dialog
    if isinstance(dialog, AsyncActionDialog) and dialog.isVisible():
        return dialog
    return None


def moderator(window: MainWindow, event: EventRoom, login: str) -> bool:
    person = window.participant_model.get(event.person(login).attendee_id)
    return person is not None and person.is_moderator


async def test_with_confirmations_on_a_promotion_asks_first(
    open_window: WindowOpener, qtbot: QtBot, service: TalkService, tmp_path: Path
) -> None:
    event = await make_event_room(service, "Confirm on")
    audit = AuditLog(tmp_path / "audit.jsonl")
    async with open_window() as window:
        assert window.confirm_actions  # the default
        controller = install_moderation(window, audit)
        await shown(window, event)
        select_person(window, "alice")
        trigger(window, "actionPromote")
        dialog = visible_dialog(controller)
        assert isinstance(dialog, ConfirmActionDialog) and dialog.sends == 0
        assert audit.entries() == []
        await send(qtbot, dialog)
        await wait_until(lambda: moderator(window, event, "alice"))


async def test_with_confirmations_off_simple_actions_run_at_once_destructive_ones_ask(
    open_window: WindowOpener, qtbot: QtBot, service: TalkService, tmp_path: Path
) -> None:
    event = await make_event_room(service, "Confirm off")
    await service.webinar.set_lobby(event.token, True)  # lobby bypass needs a lobby
    audit = AuditLog(tmp_path / "audit.jsonl")
    async with open_window() as window:
        window.confirm_actions = False
        controller = install_moderation(window, audit)
        await shown(window, event)

        select_person(window, "alice")
        trigger(window, "actionPromote")
        assert visible_dialog(controller) is None
        await wait_until(lambda: moderator(window, event, "alice"))
        await wait_until(lambda: window.participant_view.selectionModel().hasSelection())
        trigger(window, "actionDemote")
        assert visible_dialog(controller) is None
        await wait_until(lambda: not moderator(window, event, "alice"))

        select_person(window, "bob")
        trigger(window, "actionLobbyBypass")
        assert visible_dialog(controller) is None

        def bypasses() -> bool:
            bob = window.participant_model.get(event.person("bob").attendee_id)
            return bob is not None and bob.ignores_lobby

        await wait_until(bypasses)

        trigger(window, "actionReadOnly")
        assert visible_dialog(controller) is None

        def locked() -> bool:
            room = window.conversation_model.get(event.token)
            return room is not None and room.is_read_only

        await wait_until(locked)
        assert [(e.action, e.ok) for e in audit.entries()] == [
            ("promote", True),
            ("demote", True),
            ("lobby-bypass", True),
            ("read-only", True),
        ]

        # Removing someone, deleting the conversation: always asked.
        select_person(window, "bob")
        trigger(window, "actionRemoveParticipant")
        removal = visible_dialog(controller)
        assert removal is not None and removal.sends == 0
        removal.reject()
        trigger(window, "actionDelete")
        assert isinstance(visible_dialog(controller), DeleteDialog)
        controller.last_dialog.reject()  # type: ignore[union-attr]
        assert len(audit.entries()) == 4


async def test_with_confirmations_off_a_confirmation_with_a_warning_still_asks(
    open_window: WindowOpener, service: TalkService, tmp_path: Path
) -> None:
    """Demoting yourself warns that only another moderator can undo it: never skipped.

    (The rules keep you from changing your own role today; the controller does not rely on it.)
    """
    event = await make_event_room(service, "Own role")
    me = await service.participants.list(event.token)
    own_entry = next(p for p in me if p.attendee_id == event.room.attendee_id)
    async with open_window() as window:
        window.confirm_actions = False
        controller = install_moderation(window, AuditLog(tmp_path / "audit.jsonl"))
        dialog = demote_dialog(controller.runner, event.room, own_entry, parent=window)
        assert "This is you" in dialog.warning.text()
        controller.quick(dialog)
        assert dialog.isVisible() and dialog.sends == 0
        dialog.reject()


async def test_with_confirmations_off_a_refusal_opens_the_dialog_with_the_reason(
    open_window: WindowOpener, qtbot: QtBot, service: TalkService, tmp_path: Path
) -> None:
    event = await make_event_room(service, "Refused at once")
    async with open_window() as window:
        window.confirm_actions = False
        controller = install_moderation(window, AuditLog(tmp_path / "audit.jsonl"))
        await shown(window, event)
        select_person(window, "alice")
        await service.participants.remove(event.token, event.person("alice").attendee_id)
        trigger(window, "actionPromote")  # alice is gone: the server refuses
        await wait_until(lambda: visible_dialog(controller) is not None)
        dialog = visible_dialog(controller)
        assert dialog is not None
        await wait_until(lambda: bool(dialog.error_text) and dialog.send_button.isEnabled())
        assert dialog.sends == 1
        dialog.reject()


async def test_the_account_session_keeps_the_window_s_confirmations_current(
    open_window: WindowOpener, qtbot: QtBot, service: TalkService, config_dir: Path
) -> None:
    store = AccountStore(SettingsStore())
    store.settings_store.update(confirm_actions=False)
    async with open_window() as window:
        session = AccountSession(window, store, None)
        assert window.confirm_actions is False
        session.show_settings()
        dialog = session.settings_dialog
        assert dialog is not None
        check = dialog.findChild(QCheckBox, "confirmActionsCheck")
        assert not check.isChecked()
        check.click()
        dialog.accept()
        assert window.confirm_actions is True
        assert SettingsStore().settings.confirm_actions is True
        await dialog.wait_idle()

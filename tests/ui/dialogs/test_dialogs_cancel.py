"""Cancel sends nothing, for every moderation dialog: no write reaches the server."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.audit import AuditLog
from app.moderation import ActionRunner
from app.ui.dialogs import call, guests, lobby_bypass, read_only, remove_participant, role
from app.ui.dialogs.add_participant import AddParticipantDialog
from app.ui.dialogs.base import AsyncActionDialog
from app.ui.dialogs.delete import DeleteDialog
from app.ui.dialogs.lobby import LobbyDialog
from app.ui.dialogs.password import PasswordDialog
from app.ui.dialogs.rename import RenameDialog
from app.ui.dialogs.sip import SipDialog
from tests.helpers.moderation import EventRoom, opened
from tests.helpers.openapi import ResponseLog

Factory = Callable[[ActionRunner, EventRoom], AsyncActionDialog]


def _fill(dialog: AsyncActionDialog, qtbot: QtBot) -> None:
    """Type something valid, so Cancel is pressed on a dialog that could have sent."""
    if isinstance(dialog, PasswordDialog):
        qtbot.keyClicks(dialog.password_edit, "Correct-Horse-42")
        qtbot.keyClicks(dialog.confirm_edit, "Correct-Horse-42")
    elif isinstance(dialog, RenameDialog):
        dialog.name_edit.setText("Something else")
    elif isinstance(dialog, DeleteDialog):
        dialog.confirm_edit.setText(dialog.room.title)
    elif isinstance(dialog, AddParticipantDialog):
        dialog.who_edit.setText("carol")
    elif isinstance(dialog, SipDialog):
        dialog.set_state(1)


FACTORIES: dict[str, Factory] = {
    "lobby": lambda r, e: LobbyDialog(r, e.room),
    "password": lambda r, e: PasswordDialog(r, e.room),
    "rename": lambda r, e: RenameDialog(r, e.room),
    "delete": lambda r, e: DeleteDialog(r, e.room),
    "read-only": lambda r, e: read_only.read_only_dialog(r, e.room),
    "guests": lambda r, e: guests.guests_dialog(r, e.room),
    "sip": lambda r, e: SipDialog(r, e.room),
    "add": lambda r, e: AddParticipantDialog(r, e.room),
    "remove": lambda r, e: remove_participant.remove_participant_dialog(r, e.room, e.person("bob")),
    "promote": lambda r, e: role.promote_dialog(r, e.room, e.person("bob")),
    "demote": lambda r, e: role.demote_dialog(r, e.room, e.person("bob")),
    "lobby-bypass": lambda r, e: lobby_bypass.lobby_bypass_dialog(r, e.room, e.person("bob")),
    "join-call": lambda r, e: call.join_call_dialog(r, e.room),
    "leave-call": lambda r, e: call.leave_call_dialog(r, e.room),
    "end-call": lambda r, e: call.end_call_dialog(r, e.room),
    "ring": lambda r, e: call.ring_dialog(r, e.room, e.person("bob")),
    "dial-out": lambda r, e: call.dial_out_dialog(r, e.room, e.person("bob")),
}


@pytest.mark.parametrize("name", sorted(FACTORIES))
async def test_cancel_sends_nothing(
    name: str,
    qtbot: QtBot,
    runner: ActionRunner,
    event: EventRoom,
    audit: AuditLog,
    openapi_log: ResponseLog,
) -> None:
    dialog = opened(qtbot, FACTORIES[name](runner, event))
    _fill(dialog, qtbot)
    assert dialog.send_button.isEnabled(), f"{name}: the filled-in dialog could send"
    start = len(openapi_log.verdicts)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.sends == 0
    writes = [v.response.describe() for v in openapi_log.since(start) if v.response.method != "GET"]
    assert writes == []
    assert audit.entries() == []

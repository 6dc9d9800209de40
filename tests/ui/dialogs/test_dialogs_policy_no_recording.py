"""Conversation Settings on a server like the real one, without a recording server: the
recording consent control is disabled and says why; the rest works as usual."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.demo_server import DemoServer
from app.moderation import ActionRunner
from app.ui.dialogs.conversation_settings import ConversationSettingsDialog
from tests.helpers.moderation import EventRoom, accepted, opened, send


@pytest.fixture
def demo_server(real_profile_server: DemoServer) -> DemoServer:
    """The demo server with the real server's profile: no recording server."""
    return real_profile_server


async def test_consent_control_is_disabled_and_says_why(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom
) -> None:
    caps = await service.account.capabilities()
    dialog = opened(qtbot, ConversationSettingsDialog(runner, event.room, caps))
    assert not dialog.consent_check.isEnabled()
    reason = "The server has no recording server, so no call asks for consent"
    assert dialog.consent_reason.isVisible() and dialog.consent_reason.text() == reason
    assert dialog.consent_check.toolTip() == reason
    dialog.mentions_combo.setCurrentIndex(dialog.mentions_combo.findData(1))
    await send(qtbot, dialog)
    assert accepted(dialog)
    assert not dialog.consent_check.isEnabled()  # still, after the busy state ended
    assert (await service.rooms.get(event.token)).mention_permissions == 1

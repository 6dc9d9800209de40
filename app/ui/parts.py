"""What one account's main window shows and drives, built before the window.

Why: the window is passive, it builds widgets over parts it is handed. The composition root
(``app.ui.bootstrap.build_console``) builds the parts, the window, and then what attaches to
the window (moderation dialogs, the account session). Tests and benchmarks that want the bare
window use ``build_parts`` and ``MainWindow(parts)`` the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject

from app.api.service import TalkService
from app.live import PollConfig, PollingController
from app.live.alert_center import AlertCenter
from app.live.chat import ChatReader
from app.live.lobby_watch import LobbyWatch
from app.live.signaling_watch import SignalingWatch

from .actions import ActionRegistry
from .live_models import bind_models
from .models import ConversationModel, ParticipantModel


@dataclass(frozen=True)
class WindowParts:
    """The non-widget half of one account's console.

    Args:
        service: the signed-in service (polled through ``controller``; its owner closes it).
        account_label: "user@server" (or the saved account's name) for title and status bar.
        controller: the live layer's poller, fed into the models.
        conversations: the conversation list's model.
        participants: the current conversation's participants.
        registry: every action of the window as a QAction.
        chat: reads the selected conversation's chat (the chat pane shows it).
        alerts: the live alerts (who waits in which lobby, help requests, calls starting,
            raised hands); its ``signaling`` follows the watched rooms over a signaling
            server where there is one.
        owner: the Qt parent of all of the above; the window adopts it, so the parts live
            exactly as long as the window.
    """

    service: TalkService
    account_label: str
    controller: PollingController
    conversations: ConversationModel
    participants: ParticipantModel
    registry: ActionRegistry
    owner: QObject
    chat: ChatReader
    alerts: AlertCenter


def build_parts(
    service: TalkService, account_label: str, *, poll_config: PollConfig | None = None
) -> WindowParts:
    """The controller (default intervals unless ``poll_config``), the models it feeds and the
    action registry, for ``MainWindow(parts)``."""
    owner = QObject()
    owner.setObjectName("windowParts")
    controller = PollingController(service, poll_config, owner)
    conversations = ConversationModel(owner)
    participants = ParticipantModel(owner)
    bind_models(controller, conversations, participants)
    signaling = SignalingWatch(service, controller, parent=owner)
    signaling.hands_changed.connect(participants.set_hands)
    lobbies = LobbyWatch(service, live=signaling.is_live, parent=owner)
    return WindowParts(
        service=service,
        account_label=account_label,
        controller=controller,
        conversations=conversations,
        participants=participants,
        registry=ActionRegistry(owner),
        owner=owner,
        chat=ChatReader(service, poll_timeout=controller.config.chat_timeout, parent=owner),
        alerts=AlertCenter(controller, lobbies, signaling=signaling, parent=owner),
    )

"""The status bar's word on how the window learns what changes: the signaling server,
Talk's internal signaling, or polling, and why.

The live layer decides (``SignalingWatch.mode`` with its reason, ``LobbyWatch.mode``); this
label only says it, in a few words with the details in its tooltip.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.live.lobby_watch import LobbyWatch
from app.live.signaling_watch import HPB, NONE, PARTIAL, SignalingWatch

from ..widgets import PlainLabel, plain_tooltip


class LiveModeLabel(PlainLabel):
    """``liveModeLabel``: which mode is active, and why (see module docs)."""

    def __init__(
        self,
        signaling: SignalingWatch,
        lobbies: LobbyWatch,
        *,
        poll_interval: float,
        live_interval: float,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self.setObjectName("liveModeLabel")
        self.signaling = signaling
        self.lobbies = lobbies
        self.poll_interval = poll_interval
        self.live_interval = live_interval
        signaling.mode_changed.connect(lambda *_: self.refresh())
        signaling.live_changed.connect(lambda *_: self.refresh())
        lobbies.mode_changed.connect(lambda *_: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        mode, reason = self.signaling.mode, self.signaling.reason
        if mode == HPB:
            text = self.tr("Live: signaling server")
            tip = self.tr(
                "Joins, leaves, calls, permissions and raised hands arrive within a fraction "
                "of a second over the signaling server ({reason}); the lists are polled only "
                "every {live:.0f} s as a safety net."
            ).format(reason=reason, live=self.live_interval)
        elif mode == PARTIAL:
            text = self.tr("Polling: signaling server unreachable")
            tip = self.tr(
                "The signaling server cannot be reached for some watched conversations "
                "({reason}); those are polled every {poll:.0f} s until it is back. Raised "
                "hands are shown only where it is connected."
            ).format(reason=reason, poll=self.poll_interval)
        elif mode == NONE and self.lobbies.mode == "signaling":
            text = self.tr("Live: Talk's internal signaling")
            tip = self.tr(
                "This server has no signaling server: lobbies are watched by Talk's internal "
                "signaling, the selected conversation is polled every {poll:.0f} s. Raised "
                "hands are not visible without a signaling server."
            ).format(poll=self.poll_interval)
        elif mode == NONE:
            text = self.tr("Polling")
            tip = self.tr(
                "This server has no signaling server: the lists are polled every {poll:.0f} s. "
                "Raised hands are not visible without a signaling server."
            ).format(poll=self.poll_interval)
        else:
            text = self.tr("Polling")
            tip = self.tr("Asking the server whether it has a signaling server…")
        self.setText(text)
        self.setToolTip(plain_tooltip(tip))

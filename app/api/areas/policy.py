"""A conversation's policy, set by its moderators: who may find it (listable), how long
messages live, who may mention everyone, whether joining the call needs recording consent.

The description, favorites and notification levels are in ``service.rooms``. Each write here
answers the conversation as it is afterwards.
"""

from __future__ import annotations

from ...i18n import QT_TRANSLATE_NOOP
from ..constants import API_BASE
from ..kinds import ActionKind
from ..models import Room
from .base import Area, verb


class PolicyArea(Area):
    """``service.policy``: listable, message expiration, @all mentions, recording consent."""

    async def set_listable(self, token: str, scope: int) -> Room | None:
        """0: participants only; 1: users with an account may find it; 2: guest accounts too.

        Raises:
            BadRequest: ``type`` (not a group or public conversation), ``breakout-room``,
                ``value``.
        """
        action = self._act(
            ActionKind.LISTABLE,
            verb(
                QT_TRANSLATE_NOOP("Verbs", "change who can find {room}"), room=self._quoted(token)
            ),
            token,
        )
        return await self._room_write(
            "PUT", f"{API_BASE}/room/{token}/listable", action, {"scope": scope}
        )

    async def set_message_expiration(self, token: str, seconds: int) -> Room | None:
        """Messages are deleted this many seconds after they were sent; 0 keeps them."""
        if seconds == 0:
            template = QT_TRANSLATE_NOOP("Verbs", "turn off message expiration in {room}")
        else:
            template = QT_TRANSLATE_NOOP("Verbs", "make messages in {room} expire")
        attempt = verb(template, room=self._quoted(token))
        action = self._act(ActionKind.MESSAGE_EXPIRATION, attempt, token)
        return await self._room_write(
            "POST", f"{API_BASE}/room/{token}/message-expiration", action, {"seconds": seconds}
        )

    async def set_mention_permissions(self, token: str, value: int) -> Room | None:
        """Who may mention @all: 0 everyone, 1 moderators only."""
        action = self._act(
            ActionKind.MENTION_PERMISSIONS,
            verb(
                QT_TRANSLATE_NOOP("Verbs", "change who may mention everyone in {room}"),
                room=self._quoted(token),
            ),
            token,
        )
        return await self._room_write(
            "PUT",
            f"{API_BASE}/room/{token}/mention-permissions",
            action,
            {"mentionPermissions": value},
        )

    async def set_recording_consent(self, token: str, value: int) -> Room | None:
        """Whether joining the call needs consent to its recording: 0 no, 1 yes.

        Raises:
            NotConfigured: 412 ``config``: the server has no recording server.
            BadRequest: ``call`` (asking for consent while a call runs), ``value``.
        """
        if value:
            template = QT_TRANSLATE_NOOP("Verbs", "require recording consent in {room}")
        else:
            template = QT_TRANSLATE_NOOP("Verbs", "stop requiring recording consent in {room}")
        attempt = verb(template, room=self._quoted(token))
        action = self._act(ActionKind.RECORDING_CONSENT, attempt, token)
        return await self._room_write(
            "PUT",
            f"{API_BASE}/room/{token}/recording-consent",
            action,
            {"recordingConsent": value},
        )

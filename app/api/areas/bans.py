"""Who may not come back to a conversation: Talk's ban list (API v1, capability ``ban-v1``).

A ban removes the banned person from the conversation and keeps them out: a banned user
cannot be added again, a banned guest cannot rejoin by the public link (Talk also bans the
address such a guest comes back from). Moderators cannot be banned, nor can you ban yourself.
"""

from __future__ import annotations

import builtins

from ...i18n import QT_TRANSLATE_NOOP
from ..constants import API_V1_BASE
from ..models import Ban
from .base import Area, verb

NOTE_MAX_BYTES = 4000
"""Talk's limit of the internal note: 4,000 bytes of UTF-8 (PHP's ``strlen``), not
characters, so 2,000 accented letters already fill it."""


def note_bytes(note: str) -> int:
    """How much of ``NOTE_MAX_BYTES`` a note uses."""
    return len(note.encode("utf-8"))


class BansArea(Area):
    """``service.bans``: list, ban, unban (moderators only)."""

    async def list(self, token: str) -> builtins.list[Ban]:
        action = self._act(
            "bans",
            verb(QT_TRANSLATE_NOOP("Verbs", "list the bans of {room}"), room=self._quoted(token)),
            token,
        )
        bans: builtins.list[Ban] = await self._transport.call(
            "GET", f"{API_V1_BASE}/ban/{token}", action, builtins.list[Ban]
        )
        return bans

    async def ban(
        self, token: str, actor_type: str, actor_id: str, note: str = "", *, name: str = ""
    ) -> Ban:
        """Ban a user, guest or e-mail guest (``actor_type`` users, guests, emails) or an
        address or range (``ip``); ``name`` is only for messages.

        Raises:
            BadRequest: ``internalNote`` (over ``NOTE_MAX_BYTES``), ``moderator``, ``self``,
                ``bannedActor`` (not bannable), ``room`` (not a group or public room).
            ServerError: 500 when the person is banned already.
        """
        who = name or actor_id
        action = self._act(
            "ban",
            verb(
                QT_TRANSLATE_NOOP("Verbs", "ban {who} from {room}"),
                who=who,
                room=self._quoted(token),
            ),
            token,
            who,
        )
        body = {"actorType": actor_type, "actorId": actor_id, "internalNote": note}
        ban: Ban = await self._transport.call(
            "POST", f"{API_V1_BASE}/ban/{token}", action, Ban, json=body
        )
        return ban

    async def unban(self, token: str, ban_id: int, *, name: str = "") -> None:
        """Lift a ban; the server answers success for an unknown id too."""
        who = name or f"ban {ban_id}"
        action = self._act(
            "unban",
            verb(
                QT_TRANSLATE_NOOP("Verbs", "lift the ban of {who} in {room}"),
                who=who,
                room=self._quoted(token),
            ),
            token,
            who,
        )
        await self._transport.call("DELETE", f"{API_V1_BASE}/ban/{token}/{ban_id}", action)

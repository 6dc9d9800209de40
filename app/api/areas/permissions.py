"""What everyone in a conversation may do: its default permissions, the call's, everyone's.

One person's permissions are ``service.participants.set_permissions``. The call's permissions
and "everyone at once" (``attendees/permissions/all``) were removed in Talk 20: such servers
answer 400 (``mode``, or no reason at all), which the explanations say in words.
"""

from __future__ import annotations

from ..constants import API_BASE
from ..models import Room
from ..permissions import describe
from .base import Area


class PermissionsArea(Area):
    """``service.permissions``: the conversation-wide permission levels."""

    async def set_default(self, token: str, permissions: int) -> Room | None:
        """The conversation's default permissions (0: Talk's built-in ones).

        Talk resets every attendee's own permissions when this changes.
        """
        return await self._set_level(token, "default", permissions)

    async def set_call(self, token: str, permissions: int) -> Room | None:
        """The running call's permissions (0: none of its own); Talk 19 and older only."""
        return await self._set_level(token, "call", permissions)

    async def _set_level(self, token: str, mode: str, permissions: int) -> Room | None:
        level = "default permissions" if mode == "default" else "call permissions"
        verb = f"set the {level} of {self._quoted(token)} to {describe(permissions)}"
        return await self._room_write(
            "PUT",
            f"{API_BASE}/room/{token}/permissions/{mode}",
            self._act("room-permissions", verb, token),
            {"permissions": permissions},
        )

    async def set_everyone(self, token: str, method: str, permissions: int) -> Room | None:
        """Everyone's own permissions at once (``method``: set, add or remove); Talk 19 and
        older only."""
        words = {"set": "set", "add": "give", "remove": "take away"}.get(method, method)
        verb = f"{words} {describe(permissions)} for everyone in {self._quoted(token)}"
        return await self._room_write(
            "PUT",
            f"{API_BASE}/room/{token}/attendees/permissions/all",
            self._act("everyone-permissions", verb, token),
            {"method": method, "permissions": permissions},
        )

"""A conversation's settings as one set of values, and the operations for what changed.

The window's Conversation Settings dialog shows a ``ConversationSettings`` read from the room
and sends only the differences (``changes``): each one its own operation, so each is its own
audited action and a refusal of one leaves the others done. No Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any

from ..api import Room
from ..api.constants import NotificationLevel
from ..api.kinds import ActionKind
from . import operations, policy
from .operation import Operation


@dataclass(frozen=True)
class ConversationSettings:
    """Everything the dialog shows, with Talk's values (``notification_level`` 0 is the
    server's default, which is shown but never sent)."""

    description: str = ""
    listable: int = 0
    message_expiration: int = 0
    mention_permissions: int = 0
    recording_consent: bool = False
    favorite: bool = False
    notification_level: int = int(NotificationLevel.DEFAULT)
    call_notifications: bool = True

    @classmethod
    def of_room(cls, room: Room) -> ConversationSettings:
        return cls(
            description=room.description,
            listable=room.listable,
            message_expiration=room.message_expiration,
            mention_permissions=room.mention_permissions,
            recording_consent=bool(room.recording_consent),
            favorite=room.is_favorite,
            notification_level=room.notification_level,
            call_notifications=bool(room.notification_calls),
        )

    def differing(self, other: ConversationSettings) -> tuple[str, ...]:
        """The names of the fields whose values differ."""
        return tuple(
            f.name for f in fields(self) if getattr(self, f.name) != getattr(other, f.name)
        )


KIND_OF: dict[str, ActionKind] = {
    "description": ActionKind.DESCRIPTION,
    "listable": ActionKind.LISTABLE,
    "message_expiration": ActionKind.MESSAGE_EXPIRATION,
    "mention_permissions": ActionKind.MENTION_PERMISSIONS,
    "recording_consent": ActionKind.RECORDING_CONSENT,
    "favorite": ActionKind.FAVORITE,
    "notification_level": ActionKind.NOTIFICATIONS,
    "call_notifications": ActionKind.CALL_NOTIFICATIONS,
}
"""Which action changes which field (the dialog enables each control by that kind's rule)."""


SETTER_OF: dict[str, Callable[[Room, Any], Operation]] = {
    "description": policy.set_description,
    "listable": policy.set_listable,
    "message_expiration": policy.set_message_expiration,
    "mention_permissions": policy.set_mention_permissions,
    "recording_consent": policy.set_recording_consent,
    "favorite": operations.set_favorite,
    "notification_level": policy.set_notification_level,
    "call_notifications": policy.set_call_notifications,
}
"""Which operation sets which field, given the room and the field's wanted value."""


def operation_for(room: Room, name: str, wanted: ConversationSettings) -> Operation:
    """The operation that sets field ``name`` of ``room`` to its value in ``wanted``.

    Raises:
        KeyError: ``name`` is not a setting.
    """
    return SETTER_OF[name](room, getattr(wanted, name))


def changes(room: Room, now: ConversationSettings, wanted: ConversationSettings) -> list[Operation]:
    """The operations taking ``now`` (what the server has) to ``wanted``, in the dialog's
    order; the description is compared as the server keeps it (without outer spaces), and
    the default notification level is never sent."""
    result = []
    for name in now.differing(wanted):
        if name == "description" and policy.trimmed(wanted.description) == now.description:
            continue
        if name == "notification_level" and wanted.notification_level == NotificationLevel.DEFAULT:
            continue
        result.append(operation_for(room, name, wanted))
    return result

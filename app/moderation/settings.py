"""A conversation's settings as one set of values, and the operations for what changed.

The window's Conversation Settings dialog shows a ``ConversationSettings`` read from the room
and sends only the differences (``changes``): each one its own operation, so each is its own
audited action and a refusal of one leaves the others done. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

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


def operation_for(room: Room, name: str, wanted: ConversationSettings) -> Operation:
    """The operation that sets field ``name`` of ``room`` to its value in ``wanted``."""
    if name == "description":
        return policy.set_description(room, wanted.description)
    if name == "listable":
        return policy.set_listable(room, wanted.listable)
    if name == "message_expiration":
        return policy.set_message_expiration(room, wanted.message_expiration)
    if name == "mention_permissions":
        return policy.set_mention_permissions(room, wanted.mention_permissions)
    if name == "recording_consent":
        return policy.set_recording_consent(room, wanted.recording_consent)
    if name == "favorite":
        return operations.set_favorite(room, wanted.favorite)
    if name == "notification_level":
        return policy.set_notification_level(room, wanted.notification_level)
    if name == "call_notifications":
        return policy.set_call_notifications(room, wanted.call_notifications)
    raise KeyError(name)


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

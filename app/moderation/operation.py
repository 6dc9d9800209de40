"""An action as data (``Operation``) and what the server answered to it (``ActionOutcome``).

An operation says which action, on which room and person, with which parameters; it holds no
request and no service. ``operations`` builds them with their audit wording; ``ActionRunner``
sends them through the catalogue's senders.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import Any

from ..api import Participant, Room, TalkService
from ..api.kinds import ActionKind
from ..i18n import Text, text

SECRET_PARAMS = frozenset({"password"})
"""Parameters holding a secret: never shown in ``repr``, and scrubbed from what is recorded."""
OPERATIONS = "Operations"
"""The translation context of the operations' ``detail`` sentences (``Operation.detail_text``)."""


@dataclass(frozen=True)
class Operation:
    """A write to send, as data: which action, on which room and person, with what parameters.

    Args:
        kind: the action.
        detail: what it does in words, for the audit log and messages; never a secret.
        room_token: the conversation's token ("" when creating one).
        room_title: the conversation's title, as the user sees it.
        participant: who is acted on (display name, or what was typed for an invitation),
            "" for room actions.
        attendee_id: their attendee id, 0 for room actions.
        params: the action's parameters ("enabled", "opens_at", "name", "password", ...);
            read through ``flag``/``text``/``number``/``time``. Not part of ``repr``, since
            some are secrets.
        detail_text: ``detail`` kept translatable (``app.i18n.Text``, context Operations),
            where the builder marked it; ``detail`` is its English.
    """

    kind: ActionKind
    detail: str
    room_token: str
    room_title: str
    participant: str = ""
    attendee_id: int = 0
    params: Mapping[str, Any] = field(default_factory=dict, repr=False, hash=False)
    detail_text: Text | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        # A read-only copy: the operation is data, and nobody changes it after building it.
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))

    @property
    def action(self) -> ActionKind:
        """The kind, under the audit log's name for it (``AuditEntry.action``)."""
        return self.kind

    @property
    def words(self) -> Text | str:
        """``detail`` as the front-ends show it: translatable where it was marked."""
        return self.detail_text if self.detail_text is not None else self.detail

    @property
    def label(self) -> str:
        """What the operation is about, for result lists: the person, else the room."""
        return self.participant or self.room_title

    def _param(self, name: str, kind: type[Any], default: Any) -> Any:
        value = self.params.get(name, default)
        if value is not None and not isinstance(value, kind):
            raise TypeError(f"{self.kind}: parameter {name!r} is {type(value).__name__}")
        return value

    def flag(self, name: str, default: bool = False) -> bool:
        return bool(self._param(name, bool, default))

    def text(self, name: str, default: str = "") -> str:
        return str(self._param(name, str, default))

    def number(self, name: str, default: int = 0) -> int:
        return int(self._param(name, int, default))

    def time(self, name: str) -> datetime | None:
        value: datetime | None = self._param(name, datetime, None)
        return value

    @property
    def secrets(self) -> tuple[str, ...]:
        """The secret values among the parameters (non-empty ones)."""
        return tuple(
            str(value) for key, value in self.params.items() if key in SECRET_PARAMS and value
        )


def joined(items: Sequence[Text | str], separator: str) -> Text:
    """``items`` one after the other, ``separator`` between them, each translated where it is
    a ``Text``. A list, not a sentence: its template ("{p0}, {p1}") is in no catalogue and
    stays as it is in every language."""
    values = {f"p{index}": item for index, item in enumerate(items)}
    return text(OPERATIONS, separator.join("{" + key + "}" for key in values), **values)


def for_room(kind: ActionKind, room: Room, detail: str | Text, **params: Any) -> Operation:
    """An operation about a conversation; ``detail`` a ``Text`` keeps it translatable."""
    return Operation(
        kind,
        str(detail),
        room.token,
        room.title,
        params=params,
        detail_text=detail if isinstance(detail, Text) else None,
    )


def for_person(
    kind: ActionKind, room: Room, person: Participant, detail: str | Text, **params: Any
) -> Operation:
    """An operation about one participant of a conversation; ``detail`` as ``for_room``."""
    return Operation(
        kind,
        str(detail),
        room.token,
        room.title,
        participant=person.title,
        attendee_id=person.attendee_id,
        params=params,
        detail_text=detail if isinstance(detail, Text) else None,
    )


@dataclass(frozen=True)
class ActionOutcome:
    """What an accepted operation got back from the server.

    Args:
        operation: what was sent.
        answer: the service's return value: the updated ``Room`` for most conversation
            writes (None when a server answered without it), the new conversation for
            ``create``, the room read back for ``end-call``, the new conversation type (or
            None) for ``add``, None for writes that answer nothing.
    """

    operation: Operation
    answer: object = None
    note: str = ""
    """Something the user should know although it worked (a lost answer, verified), in
    English (the CLI's, the logs')."""
    note_text: Text | None = None
    """``note`` kept translatable, for the window and the kiosk (``shown``)."""

    @property
    def room(self) -> Room | None:
        """The conversation as the server answered it, when the write returned one."""
        return self.answer if isinstance(self.answer, Room) else None


Send = Callable[[TalkService, Operation], Awaitable[object]]
"""Sends one kind of operation through the service; returns the server's answer."""

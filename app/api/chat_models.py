"""Typed views of Talk's chat (API v1): a message, its rich parameters, a page of the history.

Kept apart from ``models.py`` because the chat is its own world: messages are many, arrive
by long polling and are rendered as text. The wire names are kept (``to_wire`` gives the
server's own fields for ``--json``).

A message's text holds placeholders (``{actor}``, ``{mention-user1}``, ``{file}``) that its
``messageParameters`` fill in. Guests choose those names (and may type braces themselves),
so ``plain_text`` substitutes in one pass and returns plain text, never markup: whoever
shows it must show it as plain text.
"""

from __future__ import annotations

import re
from typing import Any

import msgspec

SYSTEM = "system"
COMMENT = "comment"
COMMENT_DELETED = "comment_deleted"

MESSAGE_MAX_CHARS = 32_000
"""Talk refuses longer messages with 413 (``ChatManager::MAX_CHAT_LENGTH``)."""

HISTORY_MAX_LIMIT = 200
"""The most messages one history read returns (Talk caps ``limit`` at 200)."""

LONG_POLL_MAX_TIMEOUT = 30
"""The longest a ``lookIntoFuture`` read waits on the server (Talk caps ``timeout`` at 30)."""

_PLACEHOLDER = re.compile(r"\{([A-Za-z0-9_-]+)\}")

_MENTIONABLE = frozenset(
    {"user", "guest", "user-group", "circle", "email", "call", "federated_user", "team"}
)


Parameter = dict[str, Any]
"""One rich-object parameter (``RichObjectParameter``: ``type``, ``id``, ``name``, ...), kept
as the server sent it, so ``--json`` gives back every field of it."""


class ChatMessage(
    msgspec.Struct, frozen=True, kw_only=True, rename="camel", omit_defaults=False, gc=False
):
    """A chat message or system message (Talk's ``ChatMessage``/``ChatMessageWithParent``).

    ``gc=False`` (as the other records): a message holds strings, numbers, the server's
    parameter dicts and its parent, never itself, so it can be no part of a reference cycle;
    the chat pane's messages stay out of the cyclic collector's full passes.

    ``message_parameters`` arrives as an object or, when empty, as PHP's ``[]``. ``silent``,
    ``deleted`` and ``parent`` are only there when the server sent them (``UNSET``
    otherwise, so ``to_wire`` gives back exactly the server's fields); read them through
    ``is_silent``, ``is_deleted`` and ``parent_message``.
    A deleted message keeps its id and author; its ``messageType`` is ``comment_deleted``
    and its text says who deleted it. ``parent`` is the message a reply (or the
    ``message_deleted`` system message) is about.
    """

    id: int
    token: str = ""
    actor_type: str = ""
    actor_id: str = ""
    actor_display_name: str = ""
    timestamp: int = 0
    message: str = ""
    message_parameters: dict[str, Parameter] | list[Any] = msgspec.field(default_factory=dict)
    system_message: str = ""
    message_type: str = ""
    is_replyable: bool = False
    reference_id: str = ""
    reactions: dict[str, Any] | list[Any] = msgspec.field(default_factory=dict)
    expiration_timestamp: int = 0
    markdown: bool = False
    silent: bool | msgspec.UnsetType = msgspec.UNSET
    deleted: bool | msgspec.UnsetType = msgspec.UNSET
    parent: ChatMessage | None | msgspec.UnsetType = msgspec.UNSET

    @property
    def parameters(self) -> dict[str, Parameter]:
        params = self.message_parameters
        return params if isinstance(params, dict) else {}

    @property
    def is_silent(self) -> bool:
        return self.silent is True

    @property
    def parent_message(self) -> ChatMessage | None:
        return self.parent if isinstance(self.parent, ChatMessage) else None

    @property
    def is_system(self) -> bool:
        return self.message_type == SYSTEM

    @property
    def is_deleted(self) -> bool:
        return self.deleted is True or self.message_type == COMMENT_DELETED

    @property
    def is_comment(self) -> bool:
        """A message someone wrote (not a system message, not deleted): what can be deleted."""
        return self.message_type not in (SYSTEM, COMMENT_DELETED, "command") and not self.is_deleted

    @property
    def author(self) -> str:
        """Who wrote it, for people: the name, else "Guest" or the actor id."""
        if self.actor_display_name:
            return self.actor_display_name
        if self.actor_type == "guests":
            return "System" if self.actor_id == "system" else "Guest"
        return self.actor_id or "Unknown"

    @property
    def plain_text(self) -> str:
        """The text with its placeholders filled in, as plain text (see the module)."""
        return plain_text(self.message, self.parameters)


def _parameter_text(key: str, param: Parameter) -> str:
    name = param.get("name")
    text = name if isinstance(name, str) and name else str(param.get("id", ""))
    if key.startswith("mention-") and param.get("type") in _MENTIONABLE:
        return "@" + text
    return text


def plain_text(message: str, parameters: dict[str, Parameter]) -> str:
    """``message`` with each ``{key}`` that ``parameters`` names replaced by its name.

    One pass: a name that itself contains ``{actor}`` stays as it is. Placeholders without a
    parameter stay literal (the writer typed them).
    """
    if not parameters or "{" not in message:
        return message

    def fill(match: re.Match[str]) -> str:
        param = parameters.get(match.group(1))
        if not isinstance(param, dict):
            return match.group(0)
        return _parameter_text(match.group(1), param)

    return _PLACEHOLDER.sub(fill, message)


class ChatPage(msgspec.Struct, frozen=True, kw_only=True):
    """One answer of the chat read.

    Args:
        messages: newest first for the history; oldest first for new messages.
        last_given: ``X-Chat-Last-Given``: for the history the oldest id given (pass it as
            ``before`` to read further back), for new messages the newest; None when the
            server sent nothing (304).
        last_common_read: ``X-Chat-Last-Common-Read``, when the server sent it.
    """

    messages: tuple[ChatMessage, ...]
    last_given: int | None = None
    last_common_read: int | None = None

    @property
    def newest_id(self) -> int | None:
        return max((m.id for m in self.messages), default=None)

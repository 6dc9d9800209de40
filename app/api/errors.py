"""The small exception hierarchy every caller of the Talk API handles.

Each error carries a sentence a moderator can read (``str(error)``) as well as the raw facts
(HTTP status, the server's ``data.error`` reason, its ``data.message``) for logs and tests.
"""

from __future__ import annotations

from typing import Any, TypeVar

from ..i18n import Text

E = TypeVar("E", bound="TalkError")


class TalkError(Exception):
    """Base of everything the API service raises.

    Args:
        message: the sentence shown to the user.
        status: the HTTP status, 0 when no response arrived.
        reason: the server's ``data.error`` key ("value", "type", "last-moderator", ...), if any.
        server_message: the server's translated ``data.message``, if any.
        text: ``message`` kept translatable (``app.i18n.Text``) where it is one of
            ``explain``'s sentences; the window and the kiosk show it in the user's language.

    Attributes:
        may_have_applied: a write that was (or may have been) received, whose answer was
            lost: a read timeout, a connection dropped after sending, an unreadable success,
            a gateway's 502/504. Its outcome is unknown until the object is read again; the
            transport sets it, the moderation runner checks (``moderation.verify``).
    """

    may_have_applied: bool = False

    def __init__(
        self,
        message: str,
        *,
        status: int = 0,
        reason: str | None = None,
        server_message: str | None = None,
        text: Text | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.reason = reason
        self.server_message = server_message
        self.text = text

    def __str__(self) -> str:
        return self.message


def worded(kind: type[E], said: Text, **facts: Any) -> E:
    """A ``kind`` error saying ``said``: its English is the message (the CLI's, the logs'),
    the ``Text`` is kept (``.text``) so the window and the kiosk show it in their language.

    Args:
        kind: the error class.
        said: the sentence, a template marked ``QT_TRANSLATE_NOOP("Explain", ...)``.
        facts: ``status``, ``reason``, ``server_message`` as ``TalkError`` takes them.
    """
    return kind(str(said), text=said, **facts)


class NotAuthenticated(TalkError):
    """401: wrong or revoked app password, or not signed in."""


class Forbidden(TalkError):
    """403: not a moderator, missing permission, wrong room password, banned."""


class NotFound(TalkError):
    """404: conversation or attendee gone (for this user), or no joined session."""


class Conflict(TalkError):
    """409: another session of this user is active in the conversation."""


class PreconditionFailed(TalkError):
    """412: a server-side precondition does not hold (lobby, SIP not configured, CSRF)."""


class LobbyActive(PreconditionFailed):
    """412 because the lobby is on and the caller is not a moderator."""


class NotConfigured(TalkError):
    """The server lacks the feature (SIP, dial-out, recording): 412 ``config`` or 501."""


class BadRequest(TalkError):
    """400: the server refused the request; ``reason`` says why."""


class RateLimited(TalkError):
    """429: too many requests or brute-force protection.

    Args:
        retry_after: seconds the server asked us to wait, when it said so.
    """

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: object) -> None:
        super().__init__(message, **kwargs)  # type: ignore[arg-type]
        self.retry_after = retry_after


class ServerError(TalkError):
    """5xx: the server failed; reads may be retried, writes are not."""


class NetworkError(TalkError):
    """No usable answer: connection refused or dropped, DNS, TLS, timeout."""


class MalformedResponse(TalkError):
    """The server answered something that is not the Talk API we know."""


class NotApplied(TalkError):
    """A write's answer was lost, and reading again showed the change did not happen."""


class OutcomeUnknown(TalkError):
    """A write's answer was lost, and reading again could not tell whether it happened."""


RETRYABLE_READ_ERRORS: tuple[type[TalkError], ...] = (
    NetworkError,
    ServerError,
    RateLimited,
    MalformedResponse,
)
"""Errors after which a read (GET) may be retried with backoff. Writes are never retried."""

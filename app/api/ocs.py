"""The OCS envelope: decode answers, and map failures onto the error hierarchy once."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

import httpx
import msgspec

from . import errors
from .explain import Action, explain

T = TypeVar("T")


class _Meta(msgspec.Struct, frozen=True):
    status: str
    statuscode: int
    message: str | None = ""


class _Envelope(msgspec.Struct, Generic[T], frozen=True):
    meta: _Meta
    data: T


class _Document(msgspec.Struct, Generic[T], frozen=True):
    ocs: _Envelope[T]


def decode_success(response: httpx.Response, data_type: Any, action: Action) -> Any:
    """``ocs.data`` of a 2xx answer, decoded (and type-checked) as ``data_type``.

    Raises:
        MalformedResponse: the body is not an OCS document, or ``data`` has the wrong shape.
    """
    try:
        document = msgspec.json.decode(response.content, type=_Document[data_type])
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        raise errors.MalformedResponse(
            f"The server's answer to '{action.verb}' could not be read ({_short(exc)})",
            status=response.status_code,
        ) from exc
    return document.ocs.data


def _short(exc: Exception) -> str:
    text = str(exc)
    return text if len(text) <= 160 else text[:157] + "..."


def _error_details(response: httpx.Response) -> tuple[str | None, str | None, bool]:
    """``(data.error, data.message, is_ocs)`` of a failed answer, whatever its shape."""
    try:
        body = msgspec.json.decode(response.content)
    except msgspec.DecodeError:
        return None, None, False
    if not isinstance(body, dict):
        return None, None, False
    ocs = body.get("ocs")
    if not isinstance(ocs, dict):
        message = body.get("message")
        return None, message if isinstance(message, str) else None, False
    data = ocs.get("data")
    if isinstance(data, dict):
        reason = data.get("error")
        message = data.get("message")
        return (
            reason if isinstance(reason, str) else None,
            message if isinstance(message, str) and message else None,
            True,
        )
    return None, None, True


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def raise_for_status(response: httpx.Response, action: Action) -> None:
    """Raise the matching ``TalkError`` for a non-2xx answer; return quietly otherwise."""
    status = response.status_code
    if 200 <= status < 300:
        return
    reason, server_message, is_ocs = _error_details(response)
    message = explain(action, status, reason, server_message)
    kwargs: dict[str, Any] = {"status": status, "reason": reason, "server_message": server_message}
    if status == 401:
        raise errors.NotAuthenticated(message, **kwargs)
    if status == 403:
        raise errors.Forbidden(message, **kwargs)
    if status == 404:
        raise errors.NotFound(message, **kwargs)
    if status == 409:
        raise errors.Conflict(message, **kwargs)
    if status == 412:
        if not is_ocs and server_message and "CSRF" in server_message:
            raise errors.PreconditionFailed(
                "The server refused the request as a possible CSRF attack "
                "(OCS-APIRequest header missing)",
                **kwargs,
            )
        if reason == "config":
            raise errors.NotConfigured(message, **kwargs)
        raise errors.LobbyActive(message, **kwargs)
    if status == 429:
        retry = _retry_after(response)
        suffix = f" (the server asks to wait {retry:.0f} s)" if retry is not None else ""
        raise errors.RateLimited(message + suffix, retry_after=retry, **kwargs)
    if status == 501:
        raise errors.NotConfigured(message, **kwargs)
    if status >= 500:
        raise errors.ServerError(message, **kwargs)
    if status == 400:
        raise errors.BadRequest(message, **kwargs)
    raise errors.TalkError(message, **kwargs)

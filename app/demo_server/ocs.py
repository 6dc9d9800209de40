"""OCS envelope helpers: the exact bytes a Nextcloud OCS v2 endpoint answers with.

Nextcloud prints compact JSON without ``totalitems``/``itemsperpage`` on v2 (the recorded
content lengths match that form), the HTTP status mirrors ``meta.statuscode`` except for the
framework's own 99x codes, and ``data`` may be an object, a list, ``null`` or ``[]``.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

import msgspec
from starlette.responses import Response

JSON_TYPE = "application/json; charset=utf-8"
EMPTY_LIST: list[Any] = []

MSG_INVALID_QUERY = (
    "Invalid query, please check the syntax. API specifications are here: "
    "http://www.freedesktop.org/wiki/Specifications/open-collaboration-services.\n"
)
MSG_INTERNAL_ERROR = "Internal Server Error\n"
MSG_NOT_LOGGED_IN = "Current user is not logged in"
MSG_UNAUTHORISED = "Unauthorised"

_encoder = msgspec.json.Encoder()


def encode(value: Any) -> bytes:
    """Encode any JSON-able value with msgspec (fast path for big room lists)."""
    return _encoder.encode(value)


def envelope_bytes(
    status: int, data_json: bytes, *, statuscode: int | None = None, message: str | None = None
) -> bytes:
    """Wrap already-encoded ``data`` in the OCS envelope.

    Args:
        status: HTTP status; also the ``statuscode`` unless one is given.
        data_json: the encoded ``data`` member.
        statuscode: OCS status code when it differs from the HTTP one (996/997/998).
        message: ``meta.message``; defaults to ``OK`` on success and ``""`` on failure.
    """
    code = status if statuscode is None else statuscode
    ok = 100 <= code < 300
    meta = {
        "status": "ok" if ok else "failure",
        "statuscode": code,
        "message": ("OK" if ok else "") if message is None else message,
    }
    return b'{"ocs":{"meta":' + encode(meta) + b',"data":' + data_json + b"}}"


class OcsResponse(Response):
    """A JSON OCS response whose body is built from pre-encoded data bytes."""

    media_type = JSON_TYPE

    def __init__(
        self,
        status: int,
        data: Any = None,
        *,
        data_json: bytes | None = None,
        statuscode: int | None = None,
        message: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        payload = encode(data) if data_json is None else data_json
        body = envelope_bytes(status, payload, statuscode=statuscode, message=message)
        super().__init__(body, status_code=status, headers=headers, media_type=JSON_TYPE)

    def as_xml(self) -> Response:
        """The same answer in OCS XML, for clients that asked for neither JSON nor format=json.

        Nextcloud answers XML by default; a client that forgets ``Accept: application/json``
        should notice against the demo server, not only against a real one.
        """
        envelope = msgspec.json.decode(self.body)["ocs"]
        headers = {
            k: v
            for k, v in self.headers.items()
            if k.lower() not in ("content-length", "content-type")
        }
        return Response(
            xml_document(envelope),
            status_code=self.status_code,
            headers=headers,
            media_type=XML_TYPE,
        )


XML_TYPE = "application/xml; charset=utf-8"


def _xml_text(value: Any) -> str:
    if value is True:
        return "1"
    if value is False or value is None:
        return ""
    return escape(str(value))


def _xml_nodes(value: Any, indent: str, out: list[str]) -> None:
    items = enumerate(value) if isinstance(value, list) else value.items()
    for key, item in items:
        tag = "element" if isinstance(key, int) else str(key)
        if isinstance(item, dict | list):
            if not item:
                out.append(f"{indent}<{tag}/>")
                continue
            out.append(f"{indent}<{tag}>")
            _xml_nodes(item, indent + " ", out)
            out.append(f"{indent}</{tag}>")
        else:
            text = _xml_text(item)
            out.append(f"{indent}<{tag}>{text}</{tag}>" if text else f"{indent}<{tag}/>")


def xml_document(envelope: dict[str, Any]) -> bytes:
    """Nextcloud's OCS XML rendering (lists become ``<element>``, booleans 1/empty)."""
    out = ['<?xml version="1.0"?>', "<ocs>"]
    _xml_nodes(envelope, " ", out)
    out.append("</ocs>")
    return ("\n".join(out) + "\n").encode()


def ok(
    data: Any = None, *, status: int = 200, headers: dict[str, str] | None = None
) -> OcsResponse:
    """Success envelope (``data`` may be ``None`` → ``null``)."""
    return OcsResponse(status, data, headers=headers)


def fail(status: int, data: Any = None, *, headers: dict[str, str] | None = None) -> OcsResponse:
    """Failure envelope with the given HTTP status and ``data`` (null, [] or an error dict)."""
    return OcsResponse(status, data, headers=headers)


def invalid_query() -> OcsResponse:
    """What Nextcloud answers for an OCS route that does not exist (e.g. old api/v1 paths)."""
    return OcsResponse(404, EMPTY_LIST, statuscode=998, message=MSG_INVALID_QUERY)


def internal_error() -> OcsResponse:
    """The framework's answer to a PHP TypeError, e.g. a missing ``attendeeId``."""
    return OcsResponse(500, EMPTY_LIST, statuscode=996, message=MSG_INTERNAL_ERROR)


def not_logged_in() -> OcsResponse:
    """401 for an anonymous caller on a logged-in-only endpoint."""
    return OcsResponse(401, EMPTY_LIST, statuscode=997, message=MSG_NOT_LOGGED_IN)


def unauthorised() -> OcsResponse:
    """401 for wrong basic-auth credentials (sent before routing, with WWW-Authenticate)."""
    return OcsResponse(
        401,
        EMPTY_LIST,
        statuscode=997,
        message=MSG_UNAUTHORISED,
        headers={"WWW-Authenticate": 'Basic realm="Authorisation Required"'},
    )


def csrf_failed() -> Response:
    """412 without the ``OCS-APIRequest`` header: a bare JSON object, no OCS envelope."""
    return Response(encode({"message": "CSRF check failed"}), status_code=412, media_type=JSON_TYPE)


def plain_json(status: int, value: Any, headers: dict[str, str] | None = None) -> Response:
    """A non-OCS JSON answer (status.php, Login Flow v2)."""
    return Response(encode(value), status_code=status, media_type=JSON_TYPE, headers=headers)

"""Validate recorded Talk answers against the Talk server's own OpenAPI description.

The spec (``../shared/talk-api/openapi/openapi.json``, generated from the Talk 21.1.7 PHP
controllers) is read at test time and never copied into the project. When it is absent the
validation is skipped, with a reason, instead of passing silently.

Two adjustments turn the OpenAPI 3.0 schemas into what a real Talk server actually sends:

* ``nullable: true`` (an OpenAPI 3.0 keyword JSON Schema does not know) becomes "or null";
* PHP encodes an empty associative array as ``[]``, so wherever an object is expected an empty
  list is accepted too (the recorded real server answers ``data: []`` for "no data").

Answers that the spec cannot describe are handled explicitly rather than guessed at: core and
capability endpoints are skipped by path, framework answers (401 not logged in, 429 throttled,
5xx) and unknown routes (404) are checked only against the generic OCS envelope.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import httpx
from jsonschema import Draft4Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

SPEC_URI = "urn:talk-openapi"

SKIPPED_PATH_PREFIXES: tuple[str, ...] = (
    "/status.php",  # Nextcloud core, not part of Talk's spec
    "/ocs/v2.php/cloud/capabilities",  # core capabilities endpoint
    "/ocs/v2.php/core/",  # autocomplete, app passwords: Nextcloud core
    "/index.php/login/",  # Login Flow v2: core
)
"""Paths outside the Talk spec: recorded, counted as skipped, never validated."""

FRAMEWORK_STATUSES = frozenset({401, 403, 404, 412, 429, 500, 502, 503})
"""Statuses Nextcloud's and Talk's middleware send for any route, so operations omit them.

401 not logged in; 403 ``RequireModeratorParticipant``; 404 ``RequireParticipant`` (room not
found for this user); 412 lobby or CSRF; 429 brute-force throttle; 5xx crashes. The recorded real
server sends each of these on routes whose spec does not list them.
"""

CSRF_BODY: dict[str, Any] = {
    "type": "object",
    "required": ["message"],
    "properties": {"message": {"type": "string"}},
}
"""412 without ``OCS-APIRequest``: core answers ``{"message": "CSRF check failed"}``, not OCS."""

OCS_ENVELOPE: dict[str, Any] = {
    "type": "object",
    "required": ["ocs"],
    "properties": {
        "ocs": {
            "type": "object",
            "required": ["meta", "data"],
            "properties": {
                "meta": {
                    "type": "object",
                    "required": ["status", "statuscode"],
                    "properties": {
                        "status": {"type": "string", "enum": ["ok", "failure"]},
                        "statuscode": {"type": "integer"},
                        "message": {"type": ["string", "null"]},
                    },
                },
            },
        }
    },
}
"""Any OCS document: what every Talk answer must at least be."""


def _adapt(node: Any) -> Any:
    """OpenAPI 3.0 schema -> JSON Schema as a real (PHP) Talk server's answers need."""
    if isinstance(node, list):
        return [_adapt(item) for item in node]
    if not isinstance(node, dict):
        return node
    adapted = {key: _adapt(value) for key, value in node.items()}
    nullable = adapted.pop("nullable", False) is True
    if adapted.get("type") == "object":
        adapted = {"anyOf": [adapted, {"type": "array", "maxItems": 0}]}
    if nullable:
        adapted = {"anyOf": [adapted, {"type": "null"}]}
    return adapted


@dataclass(frozen=True)
class Operation:
    """One (method, path template) of the spec."""

    method: str
    template: str
    pattern: re.Pattern[str]
    literal_chars: int
    responses: dict[str, Any]


@dataclass
class Recorded:
    """One answer of the demo server as a client saw it."""

    method: str
    path: str
    status: int
    body: bytes
    content_type: str = ""

    def describe(self) -> str:
        return f"{self.method} {self.path} -> {self.status}"


@dataclass
class Verdict:
    """Outcome of validating one recorded answer."""

    response: Recorded
    checked: bool
    errors: list[str] = field(default_factory=list)
    note: str = ""


class OpenApiSpec:
    """The loaded Talk spec: finds the operation for an answer and validates its body."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = _adapt(document)
        self.registry: Registry[Any] = Registry().with_resource(
            SPEC_URI, Resource.from_contents(self.document, default_specification=DRAFT4)
        )
        self.operations: list[Operation] = []
        for template, item in self.document.get("paths", {}).items():
            for method, op in item.items():
                if not isinstance(op, dict) or "responses" not in op:
                    continue
                self.operations.append(self._operation(method.upper(), template, op))
        self._envelope = Draft4Validator(OCS_ENVELOPE)

    @staticmethod
    def _operation(method: str, template: str, op: dict[str, Any]) -> Operation:
        params = {p["name"]: p for p in op.get("parameters", []) if p.get("in") == "path"}
        regex = ""
        for part in re.split(r"(\{[^}]+\})", template):
            if part.startswith("{") and part.endswith("}"):
                schema = params.get(part[1:-1], {}).get("schema", {})
                schema = schema.get("anyOf", [schema])[0] if "anyOf" in schema else schema
                if "enum" in schema:
                    regex += "(?:" + "|".join(re.escape(str(v)) for v in schema["enum"]) + ")"
                elif "pattern" in schema:
                    regex += "(?:" + schema["pattern"].lstrip("^").rstrip("$") + ")"
                else:
                    regex += "[^/]+"
            else:
                regex += re.escape(part)
        literal = len(re.sub(r"\{[^}]+\}", "", template))
        return Operation(method, template, re.compile(regex + r"\Z"), literal, op["responses"])

    def find(self, method: str, path: str) -> Operation | None:
        """The operation serving ``method path``; the most literal template wins."""
        matches = [op for op in self.operations if op.method == method and op.pattern.match(path)]
        return max(matches, key=lambda op: op.literal_chars, default=None)

    def validate(self, response: Recorded) -> Verdict:
        """Check one answer: skipped paths, documented statuses, framework answers."""
        if response.path.startswith(SKIPPED_PATH_PREFIXES):
            return Verdict(response, checked=False, note="outside the Talk spec (core endpoint)")
        if response.status == 304 and not response.body:  # the chat's "nothing new": no body
            found = self.find(response.method, response.path)
            if found is not None and "304" in found.responses:
                return Verdict(response, checked=True, note="304 without a body, as documented")
            return Verdict(response, checked=True, errors=["status 304 not documented"])
        op = self.find(response.method, response.path)
        try:
            body = json.loads(response.body)
        except ValueError:
            documented = op.responses.get(str(response.status)) if op is not None else None
            if documented is not None and "application/json" not in documented.get("content", {}):
                # a file (the attendance list's CSV) or a bare status without a body
                return Verdict(response, checked=False, note="non-JSON response in the spec")
            return Verdict(response, checked=True, errors=["body is not JSON"])
        if op is None:
            if response.status in (404, 405) or response.status in FRAMEWORK_STATUSES:
                return self._envelope_only(response, body, "no such route in the spec")
            return Verdict(
                response, checked=True, errors=["no operation in the spec for this route"]
            )
        spec_response = op.responses.get(str(response.status))
        if spec_response is None:
            if response.status in FRAMEWORK_STATUSES:
                return self._envelope_only(response, body, "framework status")
            documented = ", ".join(sorted(op.responses))
            return Verdict(
                response,
                checked=True,
                errors=[f"status {response.status} not documented (documented: {documented})"],
            )
        content = spec_response.get("content", {})
        schema_entry = content.get("application/json")
        if schema_entry is None:
            return Verdict(response, checked=False, note="non-JSON response in the spec")
        pointer = "/".join(
            _escape(part)
            for part in (
                "paths",
                op.template,
                op.method.lower(),
                "responses",
                str(response.status),
                "content",
                "application/json",
                "schema",
            )
        )
        validator = _validator_for(self, pointer)
        errors = [_describe(e) for e in validator.iter_errors(body)]
        errors += [f"envelope: {_describe(e)}" for e in self._envelope.iter_errors(body)]
        errors += _statuscode_errors(body, response.status)
        return Verdict(response, checked=True, errors=_deviations(response, errors))

    def _envelope_only(self, response: Recorded, body: Any, note: str) -> Verdict:
        if response.status == 412 and Draft4Validator(CSRF_BODY).is_valid(body):
            return Verdict(response, checked=True, note="CSRF refusal (core, not OCS)")
        errors = [_describe(e) for e in self._envelope.iter_errors(body)]
        errors += _statuscode_errors(body, response.status)
        return Verdict(response, checked=True, errors=errors, note=note)


REAL_SERVER_DEVIATIONS: tuple[tuple[str, re.Pattern[str], int, re.Pattern[str]], ...] = (
    # GuestManager::importEmails puts its user-facing sentence ("Missing email field in header
    # line", "Following lines are invalid: 3, 5") into data.error as well as data.message,
    # where the spec lists keys only (tests/real_server/parity_table.py, "invitations").
    (
        "POST",
        re.compile(r"/room/[^/]+/import-emails\Z"),
        400,
        re.compile(r"^at ocs/data/error: .* is not one of "),
    ),
)
"""Answers where the real Talk server departs from its own spec and the demo server follows
the real server: ``(method, path, status, error)`` whose matching errors are not failures."""


def _deviations(response: Recorded, errors: list[str]) -> list[str]:
    """``errors`` without those the real server makes too (``REAL_SERVER_DEVIATIONS``)."""
    for method, path, status, error in REAL_SERVER_DEVIATIONS:
        if (response.method, response.status) == (method, status) and path.search(response.path):
            errors = [e for e in errors if not error.search(e)]
    return errors


OCS_V1_CODES = {996: 500, 997: 401, 998: 404}
"""OCS codes core still puts in ``meta.statuscode`` on v2.php for crash, auth and route errors."""


def _statuscode_errors(body: Any, status: int) -> list[str]:
    """On ocs/v2.php the HTTP status mirrors ``meta.statuscode`` (README section 1.1)."""
    try:
        code = body["ocs"]["meta"]["statuscode"]
    except (KeyError, TypeError):
        return []
    if code != status and OCS_V1_CODES.get(code) != status:
        return [f"meta.statuscode {code} differs from HTTP status {status}"]
    return []


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


_VALIDATORS: dict[tuple[int, str], Draft4Validator] = {}


def _validator_for(spec: OpenApiSpec, pointer: str) -> Draft4Validator:
    key = (id(spec), pointer)
    validator = _VALIDATORS.get(key)
    if validator is None:
        validator = Draft4Validator({"$ref": f"{SPEC_URI}#/{pointer}"}, registry=spec.registry)
        _VALIDATORS[key] = validator
    return validator


def _relevant(error: Any) -> Any:
    """The leaf worth reporting: inside anyOf (our nullable / PHP-empty-array wrappers) the
    deepest failure, preferring a real constraint over "is not of type null/array"."""
    while error.context:
        error = max(error.context, key=lambda e: (len(e.absolute_path), e.validator != "type"))
    return error


def _describe(error: Any) -> str:
    error = _relevant(error)
    where = "/".join(str(p) for p in error.absolute_path) or "(root)"
    message = error.message if len(error.message) <= 200 else error.message[:197] + "..."
    return f"at {where}: {message}"


@cache
def load_spec(path: Path) -> OpenApiSpec | None:
    """The spec at ``path``, or None when the shared reference is not on this machine."""
    if not path.is_file():
        return None
    with path.open(encoding="utf-8") as handle:
        return OpenApiSpec(json.load(handle))


class ResponseLog:
    """Every demo-server answer the tests saw, validated as they arrive."""

    def __init__(self, spec: OpenApiSpec | None) -> None:
        self.spec = spec
        self.verdicts: list[Verdict] = []
        self.unvalidated_faults = 0

    def add(self, response: Recorded) -> Verdict | None:
        if self.spec is None:
            return None
        verdict = self.spec.validate(response)
        self.verdicts.append(verdict)
        return verdict

    @property
    def checked(self) -> int:
        return sum(1 for v in self.verdicts if v.checked)

    def failures(self) -> list[Verdict]:
        return [v for v in self.verdicts if v.errors]

    def since(self, start: int) -> list[Verdict]:
        return self.verdicts[start:]

    def report(self, verdicts: Iterable[Verdict] | None = None) -> str:
        lines = []
        for verdict in verdicts if verdicts is not None else self.failures():
            if not verdict.errors:
                continue
            lines.append(verdict.response.describe())
            lines.extend(f"    {error}" for error in verdict.errors[:6])
            body = verdict.response.body[:300].decode("utf-8", "replace")
            lines.append(f"    body: {body}")
        return "\n".join(lines)


class RecordingTransport(httpx.AsyncBaseTransport):
    """Wraps the real transport and hands each complete answer to a ``ResponseLog``.

    Args:
        log: where answers go.
        skip: called per request; when it returns True the answer is counted as an injected
            fault and not validated (the demo server's fault injection sends garbage on purpose).
        inner: the transport doing the work (a plain ``httpx.AsyncHTTPTransport`` by default).
    """

    def __init__(
        self,
        log: ResponseLog,
        skip: Any = None,
        inner: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.log = log
        self.skip = skip
        self.inner = inner or httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if self.skip is not None and self.skip(request, response):
            self.log.unvalidated_faults += 1
            return response
        body = await response.aread()
        self.log.add(
            Recorded(
                method=request.method,
                path=request.url.path,
                status=response.status_code,
                body=body,
                content_type=response.headers.get("content-type", ""),
            )
        )
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


class SyncRecordingTransport(httpx.BaseTransport):
    """``RecordingTransport`` for synchronous clients (the real-server replay)."""

    def __init__(self, log: ResponseLog, inner: httpx.BaseTransport | None = None) -> None:
        self.log = log
        self.inner = inner or httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        body = response.read()
        self.log.add(
            Recorded(
                method=request.method,
                path=request.url.path,
                status=response.status_code,
                body=body,
                content_type=response.headers.get("content-type", ""),
            )
        )
        return response

    def close(self) -> None:
        self.inner.close()

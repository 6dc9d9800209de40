"""The OpenAPI validator itself: it accepts what the real Talk server sent and rejects damage.

Every demo-server answer in the suite is checked with this validator (``tests/conftest.py``), so
it must be right in both directions: the recorded answers of a real Talk 21.1.7 server
(``real-server.md``) all pass, and each kind of deviation we rely on it to catch is caught.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import recording
from tests.helpers.openapi import OpenApiSpec, Recorded, load_spec

V4 = "/ocs/v2.php/apps/spreed/api/v4"


@pytest.fixture(scope="module")
def spec(shared_dir: Path) -> OpenApiSpec:
    path = shared_dir / "talk-api" / "openapi" / "openapi.json"
    loaded = load_spec(path)
    if loaded is None:
        pytest.skip(f"Talk OpenAPI spec not available at {path} (../shared is absent)")
    return loaded


@pytest.fixture(scope="module")
def cases(shared_dir: Path) -> list[recording.RecordedCase]:
    path = shared_dir / "talk-api" / "real-server.md"
    loaded = recording.load(path)
    if loaded is None:
        pytest.skip(f"real-server recording not available at {path} (../shared is absent)")
    return loaded


def _answer(method: str, path: str, status: int, body: Any) -> Recorded:
    return Recorded(method, path, status, json.dumps(body).encode())


def _case(cases: list[recording.RecordedCase], title: str) -> recording.RecordedCase:
    return next(c for c in cases if c.title.startswith(title))


def test_every_recorded_real_answer_validates(
    spec: OpenApiSpec, cases: list[recording.RecordedCase]
) -> None:
    checked = 0
    problems = []
    for case in cases:
        if case.body is None:
            continue
        verdict = spec.validate(_answer(case.method, case.path, case.status, case.body))
        checked += verdict.checked
        if verdict.errors:
            problems.append(f"{case.describe()}: {verdict.errors}")
    assert problems == []
    assert checked >= 100, "too few recorded answers were actually validated"


def test_operation_lookup_prefers_literal_routes(spec: OpenApiSpec) -> None:
    op = spec.find("GET", f"{V4}/room/note-to-self")
    assert op is not None and op.template.endswith("/room/note-to-self")
    op = spec.find("GET", f"{V4}/room/abcd1234")
    assert op is not None and op.template.endswith("/room/{token}")
    # the guest-name route exists on v1 only, so v4 has no operation (the server says 404/998)
    assert spec.find("POST", f"{V4}/guest/abcd1234/name") is None
    assert spec.find("POST", "/ocs/v2.php/apps/spreed/api/v1/guest/abcd1234/name") is not None
    # tokens are [a-z0-9]{4,30}: an upper-case token is no route of the spec
    assert spec.find("GET", f"{V4}/room/ABCD") is None


def test_rejects_a_room_with_a_wrong_field_type(
    spec: OpenApiSpec, cases: list[recording.RecordedCase]
) -> None:
    good = _case(cases, "Get one conversation")
    body = copy.deepcopy(good.body)
    body["ocs"]["data"]["lobbyTimer"] = "0"
    verdict = spec.validate(_answer("GET", good.path, 200, body))
    assert any("lobbyTimer" in e for e in verdict.errors), verdict.errors


def test_rejects_a_room_missing_a_required_field(
    spec: OpenApiSpec, cases: list[recording.RecordedCase]
) -> None:
    good = _case(cases, "Get one conversation")
    body = copy.deepcopy(good.body)
    del body["ocs"]["data"]["canEnableSIP"]
    verdict = spec.validate(_answer("GET", good.path, 200, body))
    assert any("canEnableSIP" in e for e in verdict.errors), verdict.errors


def test_rejects_an_undocumented_error_key(spec: OpenApiSpec) -> None:
    body = {"ocs": {"meta": {"status": "failure", "statuscode": 400}, "data": {"error": "name"}}}
    verdict = spec.validate(_answer("PUT", f"{V4}/room/abcd1234", 400, body))
    assert verdict.errors and "name" in verdict.errors[0]
    body["ocs"]["data"]["error"] = "value"
    assert spec.validate(_answer("PUT", f"{V4}/room/abcd1234", 400, body)).errors == []


def test_rejects_an_undocumented_status_and_a_mismatched_statuscode(spec: OpenApiSpec) -> None:
    body = {"ocs": {"meta": {"status": "failure", "statuscode": 409}, "data": None}}
    verdict = spec.validate(_answer("PUT", f"{V4}/room/abcd1234", 409, body))
    assert verdict.errors and "409 not documented" in verdict.errors[0]
    body = {"ocs": {"meta": {"status": "ok", "statuscode": 201}, "data": None}}
    verdict = spec.validate(_answer("POST", f"{V4}/room/abcd1234/moderators", 200, body))
    assert any("statuscode 201" in e for e in verdict.errors), verdict.errors


def test_rejects_success_on_an_unknown_route_and_non_json(spec: OpenApiSpec) -> None:
    body = {"ocs": {"meta": {"status": "ok", "statuscode": 200}, "data": []}}
    assert spec.validate(_answer("GET", f"{V4}/nonsense", 200, body)).errors
    broken = Recorded("GET", f"{V4}/room", 200, b'{"ocs": ')
    assert spec.validate(broken).errors == ["body is not JSON"]


def test_php_empty_array_and_nullable_are_accepted(spec: OpenApiSpec) -> None:
    # add-participant documents an object; PHP sends [] for an empty one
    empty = {"ocs": {"meta": {"status": "ok", "statuscode": 200}, "data": []}}
    assert (
        spec.validate(_answer("POST", f"{V4}/room/abcd1234/participants", 200, empty)).errors == []
    )
    # ...but a non-empty list is not an object
    wrong = {"ocs": {"meta": {"status": "ok", "statuscode": 200}, "data": [1]}}
    assert spec.validate(_answer("POST", f"{V4}/room/abcd1234/participants", 200, wrong)).errors


def test_core_endpoints_are_skipped_explicitly(spec: OpenApiSpec) -> None:
    for path in ("/status.php", "/ocs/v2.php/cloud/capabilities", "/ocs/v2.php/core/apppassword"):
        verdict = spec.validate(Recorded("GET", path, 200, b"{}"))
        assert not verdict.checked and "outside the Talk spec" in verdict.note


def test_parser_reads_requests_auth_bodies_and_notes(cases: list[recording.RecordedCase]) -> None:
    assert len(cases) >= 100
    promote = _case(cases, "Promote alice (attendeeId)")
    assert (promote.method, promote.user, promote.form, promote.status) == (
        "POST",
        "moderator1",
        {"attendeeId": 43},
        200,
    )
    assert promote.path == f"{V4}/room/o8o46zhc/moderators"
    assert promote.statuscode == 200 and recording.shape(promote.data) == "null"
    wrong = _case(cases, "Wrong password (basic auth)")
    assert wrong.user == "moderator1" and wrong.wrong_password and wrong.statuscode == 997
    guest = _case(cases, "Join as a guest (no auth) with a wrong password")
    assert guest.user is None and guest.form == {"password": "wrong"}
    assert guest.data == {"error": "password"}
    since = _case(cases, "List conversations modified since")
    assert since.query == (("modifiedSince", "1795810989"),)
    added = _case(cases, "Add a user (alice)")
    assert added.notes and "bob, carol and dave" in added.notes[0]
    caps = cases[0]
    assert caps.path == "/ocs/v2.php/cloud/capabilities" and caps.body is not None


def test_shape_tells_null_empty_list_and_object_apart() -> None:
    assert [recording.shape(v) for v in (None, [], [1], {}, {"a": 1}, 3)] == [
        "null",
        "[]",
        "list",
        "object",
        "object",
        "int",
    ]

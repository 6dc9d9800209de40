"""The conformance checks themselves can fail: a dropped, renamed or mistyped field is caught,
and a message with a raw status code or reason is not taken for a sentence."""

from __future__ import annotations

import msgspec
import pytest

from app.api.errors import BadRequest
from tests.real_server.wire import assert_decoded_strictly, assert_readable


class _Sample(msgspec.Struct, frozen=True, kw_only=True, rename="camel"):
    token: str
    lobby_timer: int = 0
    session_ids: tuple[str, ...] = ()


def test_a_field_the_server_never_sends_is_reported() -> None:
    with pytest.raises(AssertionError, match="lobbyTimer"):
        assert_decoded_strictly(_Sample(token="t"), {"token": "t", "sessionIds": []})
    assert_decoded_strictly(
        _Sample(token="t"), {"token": "t", "sessionIds": []}, may_be_absent=("lobbyTimer",)
    )


def test_a_value_decoded_differently_is_reported() -> None:
    sample = _Sample(token="t", lobby_timer=5, session_ids=("a",))
    assert_decoded_strictly(sample, {"token": "t", "lobbyTimer": 5, "sessionIds": ["a"]})
    with pytest.raises(AssertionError, match="lobbyTimer"):
        assert_decoded_strictly(sample, {"token": "t", "lobbyTimer": 6, "sessionIds": ["a"]})


def test_raw_codes_are_not_a_readable_sentence() -> None:
    assert_readable(
        BadRequest("Cannot rename 'Town hall': the name is too long"), mentions="Town hall"
    )
    for text in (
        "Cannot rename: the server answered HTTP 400",
        "Cannot rename (reason: value)",
        'Cannot rename the room {"error": "value"}',
        "Invalid level",
    ):
        with pytest.raises(AssertionError):
            assert_readable(BadRequest(text))
    with pytest.raises(AssertionError):
        assert_readable(BadRequest("Cannot rename 'abc123': not allowed"), mentions="Town hall")

"""Hypothesis strategies that spoil a real answer the ways broken or hostile servers do.

A body is mutated as JSON (a value of the wrong type, ``null``, a missing or extra key, a huge
string or list) and then, sometimes, as bytes (cut short, broken UTF-8); the status may change
too, so error bodies reach the success decoders and the other way round.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

from hypothesis import strategies as st

Path = tuple[str | int, ...]

HUGE_TEXT = "\u00e9" * 300_000
"""600 kB of two-byte characters: under the 2 MB cap, far over any real field."""

HUGE_LIST = 5_000
"""Half the largest room we test with; a list of rooms this long is about 7 MB."""

LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30),
    st.just("<b>x</b>\u202e\u0000"),
)
VALUES = st.one_of(
    LEAVES,
    st.lists(LEAVES, max_size=3),
    st.dictionaries(st.text(max_size=8), LEAVES, max_size=3),
)
STATUSES = st.sampled_from([200, 201, 202, 204, 304, 400, 401, 403, 404, 409, 412, 429, 500, 503])


def paths(value: Any, prefix: Path = ()) -> Iterator[Path]:
    """Every place in a JSON value, the root included."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from paths(item, (*prefix, index))


def _parent(root: Any, path: Path) -> Any:
    node = root
    for step in path[:-1]:
        node = node[step]
    return node


def _apply(root: Any, path: Path, operation: str, value: Any) -> Any:
    """``root`` with one change at ``path`` (the root itself may be replaced)."""
    if not path:
        return (
            value if operation == "replace" else [root] * HUGE_LIST if operation == "huge" else root
        )
    parent, key = _parent(root, path), path[-1]
    if operation == "replace":
        parent[key] = value
    elif operation == "delete":
        del parent[key]
    elif operation == "extra" and isinstance(parent[key], dict):
        parent[key]["unexpectedKey\u00e9"] = value
    elif operation == "huge":
        parent[key] = [parent[key]] * HUGE_LIST
    elif operation == "wrap":
        parent[key] = [parent[key]]
    return root


@st.composite
def mutated_body(draw: st.DrawFn, seed: Any) -> bytes:
    """The seed body with one to three changes, serialised, perhaps broken as bytes."""
    body = copy.deepcopy(seed)
    grown = False
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        places = list(paths(body))
        path = draw(st.sampled_from(places))
        operations = ["replace", "delete", "extra", "wrap"] + ([] if grown else ["huge", "text"])
        operation = draw(st.sampled_from(operations))
        # one growth per body: a huge list of huge strings is gigabytes, no test
        grown = grown or operation in ("huge", "text")
        if operation == "text":
            body = _apply(body, path, "replace", HUGE_TEXT)
        else:
            body = _apply(body, path, operation, draw(VALUES))
    raw = json.dumps(body, ensure_ascii=False).encode("utf-8")
    damage = draw(st.sampled_from(["none", "none", "truncate", "bad-utf8", "empty"]))
    if damage == "truncate":
        raw = raw[: draw(st.integers(min_value=0, max_value=max(0, len(raw) - 1)))]
    elif damage == "bad-utf8":
        at = draw(st.integers(min_value=0, max_value=len(raw)))
        raw = raw[:at] + b"\xff\xc3" + raw[at:]
    elif damage == "empty":
        raw = b""
    return raw

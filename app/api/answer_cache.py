"""The last answer of each polled read, so an unchanged answer is not decoded again.

Why: the window polls the selected room every few seconds and the conversation list every
minute in full; most of those answers are byte for byte the answer before (3.5 MB for a
10,000-person room, 5 MB for 5,000 conversations). Comparing the bytes costs a fraction of a
millisecond, decoding them several milliseconds, and handing the same decoded object back lets
everyone after us (the live layer, the models) see "nothing changed" by identity.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

import httpx

from .explain import Action
from .ocs import decode_all, decode_items, index_items

T = TypeVar("T")


class AnswerCache:
    """Per request key: the last body and what it was decoded to.

    The decoded value is handed out again as it is, so it must be immutable (a tuple of frozen
    Structs); callers that want a list make their own.
    """

    def __init__(self) -> None:
        self._last: dict[Hashable, tuple[bytes, Any]] = {}
        self._items: dict[Hashable, dict[bytes, Any]] = {}

    def decoded(self, key: Hashable, body: bytes, decode: Callable[[bytes], T]) -> T:
        """``decode(body)``, or the value of the last body of ``key`` when ``body`` equals it."""
        last = self._last.get(key)
        if last is not None and last[0] == body:
            value: T = last[1]
            return value
        value = decode(body)
        self._last[key] = (body, value)
        return value

    def items(
        self, key: Hashable, response: httpx.Response, item_type: Any, action: Action
    ) -> tuple[Any, ...]:
        """An OCS array answer as a tuple of ``item_type``: the last answer's tuple when the
        body is the same, else a new tuple in which every item that was in the last answer
        unchanged is that answer's object (``ocs.decode_items``).

        The first answer of a key is decoded in one pass (``ocs.decode_all``); the index of
        its items by raw bytes is only built when a different answer comes, from the body
        kept here anyway (most first answers are the start's, the one a user waits for).
        """
        body = response.content
        last = self._last.get(key)
        if last is not None and last[0] == body:
            same: tuple[Any, ...] = last[1]
            return same
        if last is None:
            items = decode_all(response, item_type, action)
            self._last[key] = (body, items)
            return items
        known = self._items.get(key)
        if known is None:
            known = index_items(last[0], last[1])
        items, by_raw = decode_items(response, item_type, action, known)
        self._last[key] = (body, items)
        self._items[key] = by_raw
        return items

    def forget(self, key: Hashable) -> None:
        """Drop the answer kept for ``key`` (nothing happens when there is none)."""
        self._last.pop(key, None)
        self._items.pop(key, None)

    def clear(self) -> None:
        """Drop every kept answer (another account's answers are no business of this one)."""
        self._last.clear()
        self._items.clear()

"""Exponential backoff with jitter for polls against a failing server. Pure, no Qt."""

from __future__ import annotations

import random
from collections.abc import Callable


class Backoff:
    """Delay before the next attempt after consecutive failures.

    The n-th failure waits ``base * factor**(n-1)`` capped at ``maximum``, minus up to
    ``jitter`` of it at random (so many clients do not retry in lock-step); a server's
    ``Retry-After`` is a floor. ``success()`` starts over.

    Args:
        base: delay after the first failure, in seconds.
        maximum: the cap, in seconds.
        factor: growth per failure.
        jitter: fraction (0..1) of the delay that is randomised away.
        rng: source of uniform [0, 1) numbers (tests pass a fixed one).
    """

    def __init__(
        self,
        base: float,
        maximum: float,
        *,
        factor: float = 2.0,
        jitter: float = 0.5,
        rng: Callable[[], float] = random.random,
    ) -> None:
        if base <= 0 or maximum < base or factor < 1 or not 0 <= jitter <= 1:
            raise ValueError("need 0 < base <= maximum, factor >= 1, 0 <= jitter <= 1")
        self.base = base
        self.maximum = maximum
        self.factor = factor
        self.jitter = jitter
        self._rng = rng
        self.failures = 0

    def failure(self, retry_after: float | None = None) -> float:
        """Count one failure and return how long to wait before the next attempt."""
        self.failures += 1
        delay = min(self.maximum, self.base * self.factor ** (self.failures - 1))
        delay *= 1.0 - self.jitter * self._rng()
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.maximum))
        return delay

    def success(self) -> None:
        self.failures = 0

"""Backoff grows exponentially, is capped, jittered, and honours Retry-After."""

from __future__ import annotations

import pytest

from app.live import Backoff


def test_grows_and_caps() -> None:
    backoff = Backoff(1.0, 8.0, jitter=0.0)
    assert [backoff.failure() for _ in range(5)] == [1.0, 2.0, 4.0, 8.0, 8.0]
    backoff.success()
    assert backoff.failure() == 1.0


def test_jitter_shortens_at_most_by_its_fraction() -> None:
    assert Backoff(4.0, 8.0, jitter=0.5, rng=lambda: 0.999999).failure() == pytest.approx(2.0, 1e-3)
    assert Backoff(4.0, 8.0, jitter=0.5, rng=lambda: 0.0).failure() == 4.0


def test_retry_after_is_a_floor_within_the_cap() -> None:
    assert Backoff(1.0, 30.0, jitter=0.0).failure(retry_after=12) == 12
    assert Backoff(1.0, 30.0, jitter=0.0).failure(retry_after=300) == 30


def test_rejects_nonsense() -> None:
    with pytest.raises(ValueError):
        Backoff(0, 1)

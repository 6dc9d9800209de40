"""Exit PIN: salted hash format, verification, lockout timing."""

from __future__ import annotations

import pytest

from app.kiosk.pin import (
    PinFormatError,
    PinGuard,
    WeakPinError,
    hash_pin,
    parse_pin_hash,
    verify_pin,
)


def test_hash_round_trip_and_salt_differs() -> None:
    first = hash_pin("1234", iterations=1000)
    second = hash_pin("1234", iterations=1000)
    assert first != second  # fresh salt each time
    assert first.startswith("pbkdf2_sha256$1000$")
    assert "1234" not in first
    assert verify_pin("1234", parse_pin_hash(first))
    assert not verify_pin("1235", parse_pin_hash(first))
    assert not verify_pin("", parse_pin_hash(first))


def test_default_iterations_are_strong() -> None:
    assert parse_pin_hash(hash_pin("987654", salt=b"0123456789abcdef")).iterations >= 600_000


@pytest.mark.parametrize("pin", ["123", "12ab", "１２３４", "1234567890123", " 1234"])
def test_weak_or_untypable_pins_are_refused(pin: str) -> None:
    with pytest.raises(WeakPinError):
        hash_pin(pin, iterations=1000)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("1234", "expected the form"),
        ("sha1$1000$abc$def", "expected the form"),
        ("pbkdf2_sha256$many$c2FsdHNhbHQ$AAAA", "not a number"),
        ("pbkdf2_sha256$10$c2FsdHNhbHRzYWx0$AAAA", "too few"),
        ("pbkdf2_sha256$1000$c2FsdA$" + "A" * 43, "salt is too short"),
        ("pbkdf2_sha256$1000$c2FsdHNhbHRzYWx0$AAAA", "wrong length"),
    ],
)
def test_bad_hash_lines_say_what_is_wrong(text: str, words: str) -> None:
    with pytest.raises(PinFormatError, match=words):
        parse_pin_hash(text)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_guard_locks_after_five_and_doubles() -> None:
    clock = FakeClock()
    guard = PinGuard(clock=clock)
    for _ in range(4):
        assert guard.record_failure() == 0
        assert not guard.locked
    assert guard.attempts_left() == 1
    assert guard.record_failure() == 60
    assert guard.locked
    clock.now += 59
    assert guard.locked and 0 < guard.remaining_lock() <= 1
    clock.now += 1.5
    assert not guard.locked
    for _ in range(4):
        guard.record_failure()
    assert guard.record_failure() == 120  # the second lock is twice as long
    clock.now += 121
    guard.record_success()
    for _ in range(4):
        guard.record_failure()
    assert guard.record_failure() == 60  # a right PIN starts over


def test_guard_lock_is_capped() -> None:
    clock = FakeClock()
    guard = PinGuard(clock=clock, max_attempts=1, base_lock=60, max_lock=300)
    durations = []
    for _ in range(6):
        durations.append(guard.record_failure())
        clock.now += 10_000
    assert durations == [60, 120, 240, 300, 300, 300]

"""Write kiosk.toml files for tests (cheap PIN hashes: 1,000 iterations, not 600,000)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from app.kiosk.pin import hash_pin

PIN = "2468"
FAST_ITERATIONS = 1_000
PIN_HASH = hash_pin(PIN, iterations=FAST_ITERATIONS, salt=b"kiosk-test-salt!")


def kiosk_toml(
    *,
    url: str = "https://cloud.example.org",
    login: str = "desk",
    tokens: Iterable[tuple[str, str | None]] = (("abcd1234", "Main hall"),),
    actions: Iterable[str] = ("lobby", "admit"),
    poll_interval: float = 5,
    max_retry_delay: float | None = None,
    title: str = "Test event",
    extra_kiosk: str = "",
) -> str:
    """A valid configuration; tests break one thing at a time in it."""
    action_list = ", ".join(f'"{a}"' for a in actions)
    retry = f"max_retry_delay = {max_retry_delay}\n" if max_retry_delay is not None else ""
    text = (
        "# kiosk for tests\n"
        "[server]\n"
        f'url = "{url}"\n'
        f'login = "{login}"\n'
        "\n"
        "[kiosk]\n"
        f'title = "{title}"\n'
        f'exit_pin = "{PIN_HASH}"\n'
        f"poll_interval = {poll_interval}\n"
        f"{retry}"
        f"allowed_actions = [{action_list}]\n"
        f"{extra_kiosk}"
    )
    for token, label in tokens:
        text += f'\n[[conversations]]\ntoken = "{token}"\n'
        if label is not None:
            text += f'label = "{label}"\n'
    return text


def write_config(tmp_path: Path, text: str, name: str = "kiosk.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path

"""A mistyped command or action is answered with the word that was probably meant."""

from __future__ import annotations

import pytest

from app.__main__ import main as program_main
from app.cli import main as cli_main
from app.typos import with_suggestion


def test_the_program_suggests_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert program_main(["room", "list"]) == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'room'" in err and err.rstrip().endswith("did you mean 'rooms'?")


def test_the_cli_suggests_the_action(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TALK_MODERATOR_PASSWORD", "app-password")
    assert cli_main(["--server", "https://x.org", "--user", "mod", "rooms", "lst"]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "invalid choice: 'lst'" in line and "; did you mean 'list'? (see --help)" in line


@pytest.mark.parametrize(
    ("message", "suggestion"),
    [
        (
            "argument X: invalid choice: 'particpants' (choose from 'rooms', 'participants')",
            "participants",
        ),
        ("argument X: invalid choice: 'read' (choose from 'read-only', 'rename')", "read-only"),
    ],
)
def test_close_words(message: str, suggestion: str) -> None:
    assert with_suggestion(message) == f"{message}; did you mean '{suggestion}'?"


def test_nothing_close_or_no_choice_is_left_as_it_is() -> None:
    far = "argument X: invalid choice: 'zzz' (choose from 'rooms', 'call')"
    assert with_suggestion(far) == far
    assert with_suggestion("unrecognized arguments: --frobnicate") == (
        "unrecognized arguments: --frobnicate"
    )

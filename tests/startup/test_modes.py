"""``app/__main__.py`` picks the mode once, from one argparse parser (``app.modes``)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import APP_NAME, __version__
from app.__main__ import main
from app.modes import Mode, ModeError, decide
from app.ui.bootstrap import GuiOptions

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _root_logger_as_before() -> Iterator[None]:
    """``main`` sets up the window's stderr log on the root logger, bound to this test's
    captured stderr; later tests must not write to it."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
    root.setLevel(level)


@pytest.mark.parametrize(
    ("argv", "mode", "rest"),
    [
        ([], Mode.GUI, ()),
        (["--demo", "--poll-interval", "2"], Mode.GUI, ()),
        (["--server", "https://x.org", "--user", "mod"], Mode.GUI, ()),
        (["--account", "Town hall", "--log-level", "debug"], Mode.GUI, ()),
        (["--kiosk", "kiosk.toml", "--windowed"], Mode.KIOSK, ()),
        (["rooms", "list", "--json"], Mode.CLI, ("list", "--json")),
        # the CLI's global options may stand before the command; its own after it
        (["--server", "https://x.org", "--user", "mod", "call", "end", "abc"], Mode.CLI, None),
        (["--json", "participants", "list", "abc"], Mode.CLI, ("list", "abc")),
        (["--log-level", "info", "kiosk", "check", "k.toml"], Mode.CLI, ("check", "k.toml")),
        (["accounts", "list"], Mode.CLI, ("list",)),
        (["chat", "list", "abc", "--limit", "5"], Mode.CLI, ("list", "abc", "--limit", "5")),
        (["bans", "list", "abc"], Mode.CLI, ("list", "abc")),
        (
            ["demo-server", "--port", "0", "--seed", "2"],
            Mode.DEMO_SERVER,
            ("--port", "0", "--seed", "2"),
        ),
        (["--version"], Mode.VERSION, ()),
        (["rooms", "--version"], Mode.CLI, ("--version",)),
    ],
)
def test_the_mode_of_a_command_line(
    argv: list[str], mode: Mode, rest: tuple[str, ...] | None
) -> None:
    decision = decide(argv)
    assert decision.mode is mode
    assert decision.argv == tuple(argv)
    if rest is not None:
        assert decision.rest == rest


def test_gui_options_come_from_the_same_parse() -> None:
    options = GuiOptions.from_namespace(decide(["--poll-interval", "3", "--account", "a"]).options)
    assert options == GuiOptions(account="a", poll_interval=3.0)
    assert GuiOptions.from_namespace(decide([]).options).poll_interval is None


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["--demo", "--server", "https://x.org"], "not allowed with argument --demo"),
        (["--kiosk", "k.toml", "--demo"], "not allowed with argument --kiosk"),
        (["--frobnicate"], "unrecognized arguments: --frobnicate"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["--poll-interval", "soon"], "invalid float value"),
    ],
)
def test_bad_command_lines_are_usage_errors(
    argv: list[str], fragment: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(ModeError, match=fragment):
        decide(argv)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: talk-moderator") and fragment in err


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"{APP_NAME} {__version__}\n"
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for option in ("--kiosk FILE", "--demo", "--server URL", "--account NAME", "--windowed"):
        assert option in out
    assert "--poll-interval SECONDS" in out and "demo-server" in out


def test_gui_refuses_unusable_options_before_any_window(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TALK_MODERATOR_PASSWORD", raising=False)
    assert main(["--server", "https://x.org", "--user", "mod"]) == 2
    assert "TALK_MODERATOR_PASSWORD" in capsys.readouterr().err
    assert main(["--server", "https://x.org"]) == 2
    assert "--server needs --user NAME" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [["kiosk", "--help"], ["demo-server", "--help"], ["rooms", "--help"]],
)
def test_commands_start_without_qt(argv: list[str]) -> None:
    """The CLI and the demo server run where no Qt can load (servers, CI jobs)."""
    code = (
        "import sys\n"
        "from app.__main__ import main\n"
        "try:\n"
        f"    status = main({argv!r})\n"
        "except SystemExit as exc:  # argparse's --help\n"
        "    status = exc.code\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'qasync')))\n"
        "print('QT:', qt, 'STATUS:', status, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert "QT: [] STATUS: 0" in done.stderr, done.stderr
    assert "usage: talk-moderator" in done.stdout

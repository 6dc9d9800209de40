"""``talk-moderator --help`` lists every command family with one line, and every command the
CLI knows reaches the CLI (a family missing from ``app.modes`` was refused as no command)."""

from __future__ import annotations

import argparse

import pytest

from app.__main__ import main
from app.cli.parser import build_parser
from app.modes import COMMANDS, DEMO_SERVER, Mode, decide


def _cli_commands() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return list(sub.choices)


def test_every_cli_command_reaches_the_cli() -> None:
    missing = [name for name in _cli_commands() if name not in COMMANDS]
    assert not missing, f"add {missing} to app.modes.COMMANDS with its line for --help"
    for name in _cli_commands():
        assert decide([name, "--help"], add_help=False).mode is Mode.CLI, name


def test_help_lists_each_family_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for name, line in COMMANDS.items():
        assert f"  {name:<14}{line}\n" in out, name
    assert f"  {DEMO_SERVER:<14}run the demo Talk server" in out

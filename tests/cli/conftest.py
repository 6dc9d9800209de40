"""Run the CLI in-process against the demo server, capturing what a terminal would see."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from app.cli import main
from app.demo_server import DemoServer


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    @property
    def error(self) -> str:
        """The single error line (asserting there is exactly one, and no traceback)."""
        lines = self.err.strip().splitlines()
        assert len(lines) == 1, self.err
        assert lines[0].startswith("talk-moderator: error: "), self.err
        return lines[0].removeprefix("talk-moderator: error: ")


class FakeStdin(io.StringIO):
    """Standard input with a chosen answer to ``isatty()`` (a pipe or a terminal)."""

    def __init__(self, text: str, tty: bool) -> None:
        super().__init__(text)
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


Run = Callable[..., Result]


@pytest.fixture
def cli(
    demo_server: DemoServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Run:
    """``cli("rooms", "list", stdin="...", tty=False, user="alice")`` -> ``Result``."""
    monkeypatch.delenv("TALK_MODERATOR_SERVER", raising=False)
    monkeypatch.delenv("TALK_MODERATOR_USER", raising=False)

    def run(*argv: str, stdin: str = "", tty: bool = False, user: str | None = None) -> Result:
        account = demo_server.users[user] if user else demo_server.moderator
        monkeypatch.setenv("TALK_MODERATOR_PASSWORD", account.app_password)
        monkeypatch.setattr(sys, "stdin", FakeStdin(stdin, tty))
        capsys.readouterr()
        code = main(["--server", demo_server.url, "--user", account.login, *argv])
        captured = capsys.readouterr()
        if code == 0:
            assert "Traceback" not in captured.err
        return Result(code, captured.out, captured.err)

    return run

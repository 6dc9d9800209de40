"""The CLI's saved accounts: ``accounts add|list|use|remove`` and ``--account NAME``."""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from app.cli import main
from app.cli.commands import accounts as accounts_cmd
from app.demo_server import DemoServer
from app.secrets import SERVICE_NAME
from tests.cli.conftest import FakeStdin
from tests.helpers.memory_keyring import MemoryKeyring


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


@pytest.fixture(autouse=True)
def _clean_env(
    monkeypatch: pytest.MonkeyPatch, config_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    for name in ("SERVER", "USER", "PASSWORD", "ACCOUNT"):
        monkeypatch.delenv(f"TALK_MODERATOR_{name}", raising=False)
    monkeypatch.setattr(accounts_cmd, "LOGIN_POLL_INTERVAL", 0.02)


def test_add_with_app_password_use_and_remove(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    demo_server: DemoServer,
    memory_keyring: MemoryKeyring,
    config_dir: Path,
) -> None:
    mod = demo_server.moderator
    secret = demo_server.state.create_app_password(mod.login)
    monkeypatch.setattr(sys, "stdin", FakeStdin(secret + "\n", tty=False))
    code, out, err = run(
        capsys,
        "accounts",
        "add",
        demo_server.url,
        "--login",
        mod.login,
        "--app-password-stdin",
        "--label",
        "Town hall",
    )
    assert code == 0, err
    assert "Added Town hall" in out
    key = f"{mod.login}@{demo_server.url.removeprefix('http://')}"
    assert memory_keyring.secrets[(SERVICE_NAME, key)] == secret
    assert secret not in "".join(p.read_text() for p in config_dir.rglob("*") if p.is_file())

    code, out, _ = run(capsys, "accounts", "list", "--json")
    listed = json.loads(out)
    assert [(a["name"], a["active"]) for a in listed] == [("Town hall", True)]

    code, out, err = run(capsys, "--account", "Town hall", "rooms", "list", "--json")
    assert code == 0, err
    assert json.loads(out)

    # a wrong password on stdin is refused and nothing is saved
    monkeypatch.setattr(sys, "stdin", FakeStdin("wrong\n", tty=False))
    code, _, err = run(
        capsys, "accounts", "add", demo_server.url, "--login", "alice", "--app-password-stdin"
    )
    assert code == 1 and "did not accept" in err

    code, out, err = run(capsys, "accounts", "remove", "Town hall")
    assert code == 0, err
    assert "revoked on the server" in out
    assert memory_keyring.secrets == {}
    answer = httpx.get(
        f"{demo_server.url}/ocs/v2.php/apps/spreed/api/v4/room",
        auth=(mod.login, secret),
        headers={"OCS-APIRequest": "true", "Accept": "application/json"},
    )
    assert answer.status_code == 401


def test_add_with_the_browser(
    capsys: pytest.CaptureFixture[str],
    demo_server: DemoServer,
    memory_keyring: MemoryKeyring,
) -> None:
    granted: list[str] = []

    def user_in_browser() -> None:
        """Grants the flow as soon as the CLI has started it (waits on that condition)."""
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with demo_server.state.lock:
                tokens = list(demo_server.state.login_flows)
            if tokens:
                demo_server.grant_login_flow(tokens[0], login=demo_server.moderator.login)
                granted.append(tokens[0])
                return
            time.sleep(0.01)

    helper = threading.Thread(target=user_in_browser, daemon=True)
    helper.start()
    code, out, err = run(capsys, "accounts", "add", demo_server.url)
    helper.join(10)
    assert code == 0, err
    assert granted
    assert "Open this address in a browser" in err and "/index.php/login/v2/flow/" in err
    assert f"Added {demo_server.moderator.login} on" in out
    assert len(memory_keyring.secrets) == 1

    code, out, err = run(
        capsys,
        "accounts",
        "use",
        demo_server.moderator.login + "@" + demo_server.url.removeprefix("http://"),
    )
    assert code == 0, err


def test_account_usage_errors(capsys: pytest.CaptureFixture[str], demo_server: DemoServer) -> None:
    code, _, err = run(capsys, "--account", "nobody", "rooms", "list")
    assert code == 2 and "No account called 'nobody'" in err
    code, _, err = run(capsys, "--account", "x", "--server", demo_server.url, "rooms", "list")
    assert code == 2 and "leave out --server" in err
    code, _, err = run(capsys, "accounts", "add", "http://cloud.example.invalid")
    assert code == 2 and "--allow-http" in err

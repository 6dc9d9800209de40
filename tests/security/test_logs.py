"""No log of any mode holds a live session: cookies, Basic credentials, app passwords.

Every mode attaches its handlers through ``app.logs.add_handler``; a real exchange with the
demo server at DEBUG (the wire loggers forced to DEBUG too) must leave nothing usable behind.
"""

from __future__ import annotations

import base64
import io
import logging
import re
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.api import TalkService
from app.cli import main as cli_main
from app.demo_server import DemoServer
from app.logs import RedactSecrets, add_handler, redact, setup_logging

SESSION_COOKIE = "oc_sessionPassphrase=c2VjcmV0LXBhc3NwaHJhc2U%3D"


@pytest.fixture
def clean_root() -> Iterator[logging.Logger]:
    """The root logger and the wire loggers as they were before the test."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    wire = {name: logging.getLogger(name).level for name in ("httpcore", "httpx")}
    try:
        yield root
    finally:
        for handler in list(root.handlers):
            if handler not in handlers:
                root.removeHandler(handler)
        root.setLevel(level)
        for name, old in wire.items():
            logging.getLogger(name).setLevel(old)


def _secrets(service: TalkService, password: str) -> list[str]:
    basic = base64.b64encode(f"{service.login}:{password}".encode()).decode()
    cookies = [value for value in service._transport.client.cookies.values() if len(value) >= 6]
    assert cookies, "the demo server set no session cookie: nothing would be tested"
    return [password, basic, *cookies]


async def test_a_debug_log_of_a_real_exchange_holds_no_session(
    demo_server: DemoServer, clean_root: logging.Logger
) -> None:
    buffer = io.StringIO()
    add_handler(logging.StreamHandler(buffer), level=logging.DEBUG)
    logging.getLogger("httpcore").setLevel(logging.DEBUG)  # even when someone turns it on
    account = demo_server.moderator
    async with TalkService(demo_server.url, account.login, account.app_password) as service:
        rooms = await service.rooms.list()
        token = next(r.token for r in rooms.rooms if r.is_group_like and r.is_moderator)
        await service.sessions.open(token)
        await service.participants.list(token)
        secrets = _secrets(service, account.app_password)
    text = buffer.getvalue()
    assert "receive_response_headers" in text  # the wire trace was there to leak
    for secret in secrets:
        assert secret not in text


def test_header_values_and_session_cookies_are_blanked() -> None:
    trace = (
        "receive_response_headers.complete return_value=(b'HTTP/1.1', 200, b'OK', "
        f"[(b'Content-Type', b'application/json'), (b'Set-Cookie', b'{SESSION_COOKIE}; "
        "path=/; secure; HttpOnly'), (b'set-cookie', b'ocabc123=deadbeefcafe; path=/')])"
    )
    assert "c2VjcmV0" not in redact(trace) and "deadbeefcafe" not in redact(trace)
    assert "application/json" in redact(trace)
    assert redact("Authorization: Basic YWxpY2U6c2VjcmV0") == "Authorization: ***"
    assert "YWxp" not in redact("sent headers {'authorization': 'Basic YWxpY2U6c2VjcmV0'}")
    assert "c2VjcmV0" not in redact(f"Cookie: nc_token=abc; {SESSION_COOKIE}")
    assert redact("GET /room?modifiedSince=5 200 OK") == "GET /room?modifiedSince=5 200 OK"


def test_a_traceback_is_redacted_too(clean_root: logging.Logger) -> None:
    buffer = io.StringIO()
    add_handler(logging.StreamHandler(buffer), level=logging.DEBUG)
    try:
        raise RuntimeError(f"bad answer with Set-Cookie: {SESSION_COOKIE}")
    except RuntimeError:
        logging.getLogger("app.test").exception("failed")
    assert "c2VjcmV0" not in buffer.getvalue() and "RuntimeError" in buffer.getvalue()


def test_the_cli_debug_log_holds_no_session(
    demo_server: DemoServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    clean_root: logging.Logger,
) -> None:
    account = demo_server.moderator
    monkeypatch.setenv("TALK_MODERATOR_PASSWORD", account.app_password)
    argv = ["--log-level", "debug", "--server", demo_server.url, "--user", account.login]
    assert cli_main([*argv, "rooms", "list"]) == 0
    err = capsys.readouterr().err
    basic = base64.b64encode(f"{account.login}:{account.app_password}".encode()).decode()
    assert "DEBUG app.cli" in err  # the debug log is on
    assert "receive_response_headers" not in err  # the wire trace is not
    assert account.app_password not in err and basic not in err
    assert not re.search(re.escape(demo_server.state.instance_id) + r"=(?!\*\*\*)", err)


def test_the_gui_and_kiosk_handlers_redact_and_kiosk_log_is_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clean_root: logging.Logger
) -> None:
    from app.kiosk import app as kiosk_app

    handler = setup_logging(logging.DEBUG)
    assert setup_logging(logging.INFO) is handler  # once per process, like basicConfig
    assert any(isinstance(f, RedactSecrets) for f in handler.filters)
    assert logging.getLogger("httpcore").getEffectiveLevel() >= logging.INFO

    log_dir = tmp_path / "logs"
    log_dir.mkdir(mode=0o755)
    (log_dir / "kiosk.log").write_text("old line\n")
    (log_dir / "kiosk.log").chmod(0o644)
    monkeypatch.setattr(kiosk_app, "user_log_dir", lambda *a, **k: str(log_dir))
    monkeypatch.delattr(clean_root, "_talk_moderator_kiosk", raising=False)
    path = kiosk_app.setup_logging(logging.DEBUG)
    try:
        assert path == log_dir / "kiosk.log"
        logging.getLogger("app.test").warning("sent Cookie: %s", SESSION_COOKIE)
        for h in clean_root.handlers:
            if isinstance(h, logging.FileHandler):
                h.flush()
        assert "c2VjcmV0" not in path.read_text() and "old line" in path.read_text()
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(log_dir.stat().st_mode) == 0o700
        stderr_handlers = [
            h for h in clean_root.handlers if getattr(h, "stream", None) is sys.stderr
        ]
        assert stderr_handlers and all(
            any(isinstance(f, RedactSecrets) for f in h.filters) for h in stderr_handlers
        )
    finally:
        for h in list(clean_root.handlers):
            if isinstance(h, logging.FileHandler):
                clean_root.removeHandler(h)
                kiosk_app.file_log.removeHandler(h)
                h.close()
        if hasattr(clean_root, "_talk_moderator_kiosk"):
            delattr(clean_root, "_talk_moderator_kiosk")

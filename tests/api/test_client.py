"""One client builder: the sign-in and the service present themselves to a server the same way.

A loopback server records the headers that really arrive, so the test sees what went over the
wire, not what a client object claims it would send.
"""

from __future__ import annotations

import inspect
import json
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from app import __version__
from app.api import TalkService
from app.api import client as client_module
from app.api.areas import Area
from app.api.client import build_client, user_agent
from app.api.login_flow import check_server

STATUS = {
    "installed": True,
    "maintenance": False,
    "needsDbUpgrade": False,
    "version": "32.0.1.2",
    "versionstring": "32.0.1",
    "edition": "",
    "productname": "Nextcloud",
    "extendedSupport": False,
}


REFUSED = {"ocs": {"meta": {"status": "failure", "statuscode": 401, "message": ""}, "data": []}}


class HeaderServer:
    """Answers ``/status.php`` as Nextcloud does, anything else with 401; keeps the headers."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, dict[str, str]]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                owner.seen.append((self.path.split("?", 1)[0], dict(self.headers.items())))
                if self.path == "/status.php":
                    status, body = 200, json.dumps(STATUS).encode()
                else:
                    status, body = 401, json.dumps(REFUSED).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                return

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.02,), daemon=True)
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def __enter__(self) -> HeaderServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)


@pytest.fixture
def header_server() -> Iterator[HeaderServer]:
    with HeaderServer() as server:
        yield server


def _header(headers: dict[str, str], name: str) -> str | None:
    return next((v for k, v in headers.items() if k.lower() == name.lower()), None)


async def test_sign_in_and_service_send_the_same_user_agent(header_server: HeaderServer) -> None:
    info = await check_server(header_server.url)
    assert info.nextcloud_version == "32.0.1"
    async with TalkService(header_server.url, "alice", "app-password") as service:
        status = await service.account.server_status()
    assert status.versionstring == "32.0.1"

    agents = {_header(headers, "User-Agent") for _, headers in header_server.seen}
    assert agents == {user_agent()}
    assert user_agent().startswith(f"TalkModerator/{__version__}")
    assert all(_header(h, "OCS-APIRequest") == "true" for _, h in header_server.seen)
    sign_in = [h for path, h in header_server.seen if path == "/status.php"][0]
    assert _header(sign_in, "Authorization") is None  # no credentials before signing in
    by_service = [h for path, h in header_server.seen if path == "/status.php"][-1]
    assert (_header(by_service, "Authorization") or "").startswith("Basic ")


async def test_the_builder_never_follows_redirects_and_bounds_connections() -> None:
    client = build_client("https://cloud.example.org", timeout=7.0)
    try:
        assert client.follow_redirects is False
        assert client.timeout.read == 7.0
        assert client.headers["User-Agent"] == user_agent()
    finally:
        await client.aclose()


async def test_requests_live_in_the_areas_not_on_the_service() -> None:
    """The service is built, signed in again and closed; every request is ``service.<area>.x``."""
    async with TalkService("https://cloud.example.org", "alice", "app-password") as service:
        public = {name: getattr(service, name) for name in dir(service) if not name.startswith("_")}
    requests = [name for name, value in public.items() if inspect.iscoroutinefunction(value)]
    assert requests == ["aclose"]
    areas = sorted(name for name, value in public.items() if isinstance(value, Area))
    assert areas == [
        "account",
        "bans",
        "breakout",
        "calls",
        "chat",
        "participants",
        "permissions",
        "policy",
        "polls",
        "recording",
        "rooms",
        "sessions",
        "signaling",
        "webinar",
    ]


def test_the_system_certificates_are_loaded_once_even_while_warming(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The start-up loads them in a thread (``warm_tls_context``); a client built meanwhile
    waits for that context instead of loading a second one."""
    made: list[ssl.SSLContext] = []
    loading = threading.Event()
    finish = threading.Event()

    def slow_context() -> ssl.SSLContext:
        loading.set()
        finish.wait(10)
        made.append(ssl.create_default_context())
        return made[-1]

    monkeypatch.setattr(client_module, "_tls_context", [])
    monkeypatch.setattr(client_module.httpx, "create_ssl_context", slow_context)
    warming = client_module.warm_tls_context()
    assert loading.wait(10)
    got: list[ssl.SSLContext] = []
    builder = threading.Thread(target=lambda: got.append(client_module.system_tls_context()))
    builder.start()
    builder.join(0.2)
    assert builder.is_alive(), "a second caller did not wait for the context being loaded"
    finish.set()
    warming.join(10)
    builder.join(10)
    assert len(made) == 1
    assert got == made
    assert client_module.tls_verify(True) is made[0]

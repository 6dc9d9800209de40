"""Fault injection, restart on the same port, live activity and the CLI entry point."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from app.demo_server import DemoServer
from app.demo_server.activity import LiveActivity
from app.demo_server.cli import build_parser

from .conftest import OCS_HEADERS

ROOMS = "/ocs/v2.php/apps/spreed/api/v4/room"


def _get(server: DemoServer) -> httpx.Response:
    # verify=False: plain HTTP anyway, and it skips loading the CA bundle on every call
    return httpx.get(
        server.url + ROOMS,
        headers=OCS_HEADERS,
        timeout=5,
        verify=False,
        auth=(server.moderator.login, server.moderator.app_password),
    )


@pytest.mark.parametrize("kind", ["500", "502", "503"])
def test_error_statuses(server: DemoServer, kind: str) -> None:
    server.set_faults(fail_rate=1.0, kinds={kind})
    response = _get(server)
    assert response.status_code == int(kind)
    assert response.json()["ocs"]["meta"]["statuscode"] == int(kind)
    if kind == "503":
        assert response.headers["X-Nextcloud-Maintenance-Mode"] == "1"


def test_rate_limit_has_retry_after(server: DemoServer) -> None:
    server.set_faults(fail_rate=1.0, kinds={"429"})
    response = _get(server)
    assert response.status_code == 429 and int(response.headers["Retry-After"]) >= 1


def test_drop_is_a_connection_error(server: DemoServer) -> None:
    server.set_faults(fail_rate=1.0, kinds={"drop"})
    with pytest.raises(httpx.TransportError):
        _get(server)
    server.set_faults(fail_rate=0.0)
    assert _get(server).status_code == 200


def test_malformed_is_truncated_json_with_200(server: DemoServer) -> None:
    server.set_faults(fail_rate=1.0, kinds={"malformed"})
    response = _get(server)
    assert response.status_code == 200
    with pytest.raises(ValueError):
        response.json()


def test_fail_rate_mixes_faults_and_answers(server: DemoServer) -> None:
    server.set_faults(fail_rate=0.5, kinds={"500"})
    statuses = {_get(server).status_code for _ in range(40)}
    assert statuses == {200, 500}


def test_latency_and_validation(server: DemoServer) -> None:
    server.set_faults(latency_ms=80)
    started = time.perf_counter()
    assert _get(server).status_code == 200
    assert time.perf_counter() - started >= 0.08
    with pytest.raises(ValueError):
        server.set_faults(kinds={"teapot"})
    with pytest.raises(ValueError):
        server.set_faults(fail_rate=2.0)


def test_stop_and_start_on_the_same_port(server: DemoServer) -> None:
    port = server.port
    token = server.moderator
    server.stop()
    with pytest.raises(httpx.ConnectError):
        _get(server)
    server.start()
    assert server.port == port and server.moderator == token
    assert _get(server).status_code == 200


def test_context_manager_and_constructor_faults() -> None:
    with DemoServer(seed=5, fail_rate=1.0, latency_ms=1) as server:
        assert server.faults.fail_rate == 1.0
        server.set_faults(fail_rate=0)
        assert _get(server).status_code == 200
    assert not server.running


def test_state_is_thread_safe_for_tests(server: DemoServer) -> None:
    token = next(t for t, r in server.state.rooms.items() if r.name == "Team Standup")
    errors: list[BaseException] = []

    def rename(index: int) -> None:
        try:
            server.state.rename(token, f"Renamed {index}")
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=rename, args=(i,)) for i in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    rooms = _get(server).json()["ocs"]["data"]
    assert [r["name"] for r in rooms if r["token"] == token][0].startswith("Renamed")


def test_live_activity_changes_rooms(server: DemoServer) -> None:
    activity = LiveActivity(server.state, seed=1)
    before = {t: r.version for t, r in server.state.rooms.items()}
    results = [activity.step() for _ in range(20)]
    assert any(r != "idle" for r in results)
    assert any(
        server.state.rooms[t].version != v for t, v in before.items() if t in server.state.rooms
    )


def test_cli_parser_defaults() -> None:
    args = build_parser().parse_args(["--port", "0", "--rooms", "50", "--no-sip"])
    assert (args.host, args.port, args.rooms, args.sip, args.activity) == (
        "127.0.0.1",
        0,
        50,
        False,
        False,
    )


def test_cli_serves_and_prints_credentials() -> None:
    import os
    import signal
    import subprocess
    import sys

    # Ctrl+C must reach the server even when this test run ignores SIGINT (a background job
    # of a non-interactive shell, nohup, some CI runners): an ignored signal is inherited
    # through exec, a handled one is reset to the default, which Python turns into
    # KeyboardInterrupt. Popen runs in the main thread here, so the handler may be swapped.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "app.demo_server.cli", "--port", "0", "--seed", "4"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
        )
    finally:
        signal.signal(signal.SIGINT, previous)
    # Leaving the `with` closes the stdout and stderr pipes (an unclosed pipe is a
    # ResourceWarning, an error in this test run) once the process has been waited for.
    with process:
        try:
            assert process.stdout is not None
            lines = [process.stdout.readline() for _ in range(4)]
            url = lines[0].rsplit(" ", 1)[-1].strip()
            password = lines[2].rsplit(" ", 1)[-1].strip()
            assert lines[1].split()[-1] == "moderator1"
            response = httpx.get(
                url + ROOMS,
                headers=OCS_HEADERS,
                auth=("moderator1", password),
                verify=False,
                timeout=5,
            )
            assert response.status_code == 200
        finally:
            process.send_signal(signal.SIGINT)
            try:
                status = process.wait(timeout=10)
            finally:
                if process.poll() is None:  # never leave a server running after the test
                    process.kill()
                    process.wait()
            assert status == 0


def test_server_with_live_activity_starts_and_stops() -> None:
    with DemoServer(seed=9, activity=True) as server:
        assert _get(server).status_code == 200
    assert not server.running

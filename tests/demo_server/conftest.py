"""Fixtures for the demo-server tests: a fresh seeded server and sync OCS clients per user.

Every answer goes through the shared OpenAPI recorder, so a response that breaks the Talk
spec fails the test that provoked it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from app.demo_server import DemoServer
from tests.helpers.openapi import ResponseLog, SyncRecordingTransport

TALK = "/ocs/v2.php/apps/spreed/api/v4"
OCS_HEADERS = {"OCS-APIRequest": "true", "Accept": "application/json"}


@dataclass
class Answer:
    """An OCS answer split into the parts the recording documents."""

    status: int
    meta: dict[str, Any]
    data: Any
    headers: httpx.Headers
    raw: Any


class Talk:
    """A synchronous client with its own cookie jar (one Nextcloud session)."""

    def __init__(
        self,
        server: DemoServer,
        log: ResponseLog,
        auth: tuple[str, str] | None,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.http = httpx.Client(
            base_url=server.url,
            auth=auth,
            headers=OCS_HEADERS if headers is None else headers,
            transport=SyncRecordingTransport(log),
            timeout=10.0,
        )

    def call(
        self,
        method: str,
        path: str,
        data: dict[str, Any] | None = None,
        params: dict[str, Any] | None = None,
        json: Any = None,
    ) -> Answer:
        url = (
            path
            if path.startswith("/")
            and not path.startswith("/room")
            and not path.startswith("/call")
            else TALK + path
        )
        response = self.http.request(method, url, data=data, params=params, json=json)
        body = response.json()
        if isinstance(body, dict) and "ocs" in body:
            return Answer(
                response.status_code,
                body["ocs"]["meta"],
                body["ocs"]["data"],
                response.headers,
                body,
            )
        return Answer(response.status_code, {}, body, response.headers, body)

    def get(self, path: str, **kwargs: Any) -> Answer:
        return self.call("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> Answer:
        return self.call("POST", path, **kwargs)

    def put(self, path: str, **kwargs: Any) -> Answer:
        return self.call("PUT", path, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> Answer:
        return self.call("DELETE", path, **kwargs)

    def close(self) -> None:
        self.http.close()


@pytest.fixture
def server(demo_server: DemoServer) -> DemoServer:
    return demo_server


@pytest.fixture
def client(server: DemoServer, openapi_log: ResponseLog) -> Iterator[Callable[..., Talk]]:
    """``client("alice")`` (app password), ``client("alice", "password")``, ``client(None)``."""
    made: list[Talk] = []

    def make(
        login: str | None = "moderator1", secret: str = "app", headers: dict[str, str] | None = None
    ) -> Talk:
        auth = None
        if login is not None:
            user = server.users[login]
            password = {"app": user.app_password, "password": user.password}.get(secret, secret)
            auth = (login, password)
        talk = Talk(server, openapi_log, auth, headers)
        made.append(talk)
        return talk

    yield make
    for talk in made:
        talk.close()


@pytest.fixture
def mod(client: Callable[..., Talk]) -> Talk:
    return client("moderator1")


def room_by_name(server: DemoServer, name: str) -> str:
    """Token of a seeded room."""
    with server.state.lock:
        for token, room in server.state.rooms.items():
            if room.name == name:
                return token
    raise KeyError(name)


def attendee_id(server: DemoServer, token: str, actor_id: str, actor_type: str = "users") -> int:
    with server.state.lock:
        attendee = server.state.rooms[token].find(actor_type, actor_id)
        assert attendee is not None
        return attendee.id


def fail(answer: Answer, status: int, data: Any) -> None:
    """Assert a failure exactly as recorded: HTTP status, meta and data."""
    assert answer.status == status, (answer.status, answer.raw)
    assert answer.meta == {"status": "failure", "statuscode": status, "message": ""}
    assert answer.data == data


def ok(answer: Answer, status: int = 200) -> Any:
    assert answer.status == status, (answer.status, answer.raw)
    assert answer.meta == {"status": "ok", "statuscode": status, "message": "OK"}
    return answer.data

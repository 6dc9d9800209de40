"""The real server fixture: it answers, every test user can sign in, and it is Talk 21."""

from __future__ import annotations

import httpx

from app.api import TalkService
from tests.helpers.real_server import USERS, RealServer


async def test_real_server_answers_as_nextcloud_32_with_talk_21(
    real_server: RealServer, real_service: TalkService
) -> None:
    status = await real_service.account.server_status()
    assert status.versionstring == "32.0.1"
    caps = await real_service.account.capabilities()
    assert caps.talk_version == "21.1.7"
    assert caps.server_version == "32.0.1"
    assert set(real_server.users) == set(USERS)


def test_every_test_user_signs_in_with_the_app_password(real_server: RealServer) -> None:
    people = [user for login, user in real_server.users.items() if login != "admin"]
    assert len(people) == 5
    for user in people:
        answer = httpx.get(
            f"{real_server.url}/ocs/v2.php/cloud/user",
            params={"format": "json"},
            headers={"OCS-APIRequest": "true"},
            auth=(user.login, user.app_password),
            timeout=30,
        )
        assert answer.status_code == 200, user.login
        assert answer.json()["ocs"]["data"]["id"] == user.login

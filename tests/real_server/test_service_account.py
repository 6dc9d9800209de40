"""TalkService against the real server: the server-wide calls (status, capabilities, sign-out,
autocomplete), each decoded strictly from the raw answer it came from."""

from __future__ import annotations

import httpx
import pytest

from app.api import TalkService
from app.api.errors import NotAuthenticated
from tests.helpers.real_server import RealServer
from tests.real_server.conftest import TappedFactory
from tests.real_server.wire import (
    assert_all_decoded_strictly,
    assert_decoded_strictly,
    assert_readable,
)

pytestmark = pytest.mark.real_server


async def test_server_status_decodes_every_field_of_status_php(
    tapped_service_for: TappedFactory,
) -> None:
    svc, tap = await tapped_service_for("moderator1")
    status = await svc.account.server_status()
    assert_decoded_strictly(status, tap.last("GET", "/status.php").data)
    assert (status.installed, status.maintenance, status.needs_db_upgrade) == (True, False, False)
    assert (status.productname, status.versionstring) == ("Nextcloud", "32.0.1")
    assert status.version.startswith("32.0.1.")


async def test_capabilities_read_the_spreed_section_as_sent(
    tapped_service_for: TappedFactory,
) -> None:
    svc, tap = await tapped_service_for("moderator1")
    caps = await svc.account.capabilities()
    data = tap.last("GET", "/cloud/capabilities").data
    spreed = data["capabilities"]["spreed"]
    assert caps.features == frozenset(spreed["features"])
    assert caps.local_features == frozenset(spreed["features-local"])
    assert caps.config == spreed["config"]
    assert (caps.talk_version, caps.server_version) == (spreed["version"], "32.0.1")
    # what the console switches on: the real server has no SIP; without a recording backend
    # Talk reports recording consent as not required, whatever the admin setting (2) says
    assert caps.supports_v4 and caps.lobby and caps.ring and caps.attendee_permissions
    assert not caps.sip_dial_in and not caps.sip_dial_out
    assert caps.recording_consent == spreed["config"]["call"]["recording-consent"] == 0
    assert caps.password_on_public
    assert await svc.account.capabilities() is caps  # cached: no second request
    assert len([a for a in tap.answers if a.path.endswith("/capabilities")]) == 1


async def test_revoke_app_password_signs_out_for_good(real_server: RealServer) -> None:
    """A throw-away app password (made with the login password) stops working once revoked."""
    user = real_server.users["dave"]
    made = httpx.get(
        f"{real_server.url}/ocs/v2.php/core/getapppassword",
        auth=(user.login, user.password),
        headers={"OCS-APIRequest": "true", "Accept": "application/json"},
        timeout=30,
    )
    assert made.status_code == 200, made.text
    throwaway = made.json()["ocs"]["data"]["apppassword"]
    async with TalkService(real_server.url, user.login, throwaway, read_retries=0) as svc:
        await svc.rooms.list()
        await svc.account.revoke_app_password()
        with pytest.raises(NotAuthenticated) as refused:
            await svc.rooms.list()
        assert_readable(refused.value)
        assert "sign in again" in str(refused.value)
    # dave's own app password is untouched
    async with TalkService(real_server.url, user.login, user.app_password) as svc:
        await svc.rooms.list()


async def test_wrong_app_password_is_not_authenticated(real_server: RealServer) -> None:
    async with TalkService(real_server.url, "dave", "not-the-password", read_retries=0) as svc:
        with pytest.raises(NotAuthenticated) as refused:
            await svc.account.capabilities()
    assert_readable(refused.value)


async def test_autocomplete_finds_users_and_groups_decoded_strictly(
    tapped_service_for: TappedFactory,
) -> None:
    svc, tap = await tapped_service_for("moderator1")
    found = await svc.account.autocomplete("a", limit=50)
    assert_all_decoded_strictly(found, tap.last("GET", "/autocomplete/get").data)
    by_source = {(s.source, s.id): s for s in found}
    assert by_source[("users", "alice")].label == "Alice"
    assert ("groups", "admin") in by_source
    testers = await svc.account.autocomplete("testers", share_types=(1,))
    assert [(s.source, s.id, s.label) for s in testers] == [("groups", "testers", "testers")]
    only_users = await svc.account.autocomplete("a", share_types=(0,), limit=50)
    assert only_users and {s.source for s in only_users} == {"users"}
    assert await svc.account.autocomplete("no-such-person-anywhere") == []

"""Authentication, CSRF, core endpoints and Login Flow v2 (real-server.md §1, §10)."""

from __future__ import annotations

import re
from collections.abc import Callable

import httpx

from app.demo_server import DemoServer

from .conftest import OCS_HEADERS, Talk, ok, room_by_name


def test_unauthenticated_and_wrong_password(client: Callable[..., Talk]) -> None:
    anonymous = client(None).get("/room")
    assert anonymous.status == 401 and "WWW-Authenticate" not in anonymous.headers
    assert anonymous.raw == {
        "ocs": {
            "meta": {
                "status": "failure",
                "statuscode": 997,
                "message": "Current user is not logged in",
            },
            "data": [],
        }
    }
    wrong = client("moderator1", "not-the-password").get("/room")
    assert wrong.status == 401
    assert wrong.headers["WWW-Authenticate"] == 'Basic realm="Authorisation Required"'
    assert wrong.raw["ocs"]["meta"] == {
        "status": "failure",
        "statuscode": 997,
        "message": "Unauthorised",
    }


def test_exact_bytes_of_framework_answers(server: DemoServer) -> None:
    anonymous = httpx.get(server.url + "/ocs/v2.php/apps/spreed/api/v4/room", headers=OCS_HEADERS)
    assert len(anonymous.content) == 106  # the recorded content-length
    missing = httpx.get(
        server.url + "/ocs/v2.php/apps/spreed/api/v4/room/zzzzzzzz",
        headers=OCS_HEADERS,
        auth=(server.moderator.login, server.moderator.app_password),
    )
    assert len(missing.content) == 77


def test_login_password_and_app_password_both_work(client: Callable[..., Talk]) -> None:
    assert ok(client("alice", "password").get("/room"))
    assert ok(client("alice").get("/room"))


def test_csrf_without_ocs_header(client: Callable[..., Talk]) -> None:
    answer = client("moderator1", headers={"Accept": "application/json"}).get("/room")
    assert answer.status == 412 and answer.raw == {"message": "CSRF check failed"}


def test_capabilities_and_status(client: Callable[..., Talk], server: DemoServer) -> None:
    caps = ok(client().get("/ocs/v2.php/cloud/capabilities"))
    assert caps["version"]["string"] == "32.0.1"
    spreed = caps["capabilities"]["spreed"]
    assert spreed["version"] == "21.1.7" and "conversation-v4" in spreed["features"]
    call = spreed["config"]["call"]
    assert (call["sip-enabled"], call["sip-dialout-enabled"], call["can-enable-sip"]) == (
        True,
        True,
        True,
    )
    status = httpx.get(server.url + "/status.php").json()
    assert status == {
        "installed": True,
        "maintenance": False,
        "needsDbUpgrade": False,
        "version": "32.0.1.2",
        "versionstring": "32.0.1",
        "edition": "",
        "productname": "Nextcloud",
        "extendedSupport": False,
    }


def test_login_flow_v2_with_direct_grant(server: DemoServer) -> None:
    with httpx.Client(base_url=server.url) as http:
        started = http.post("/index.php/login/v2").json()
        assert started["poll"]["endpoint"] == server.url + "/index.php/login/v2/poll"
        assert started["login"].startswith(server.url + "/index.php/login/v2/flow/")
        token = started["poll"]["token"]
        pending = http.post("/index.php/login/v2/poll", data={"token": token})
        assert (pending.status_code, pending.json()) == (404, [])
        server.grant_login_flow(token, login="alice")
        granted = http.post("/index.php/login/v2/poll", data={"token": token})
        body = granted.json()
        assert granted.status_code == 200
        assert body["server"] == server.url and body["loginName"] == "alice"
        assert body["appPassword"] != server.users["alice"].app_password
        assert http.post("/index.php/login/v2/poll", data={"token": token}).status_code == 404
        rooms = http.get(
            "/ocs/v2.php/apps/spreed/api/v4/room",
            headers=OCS_HEADERS,
            auth=("alice", body["appPassword"]),
        )
        assert rooms.status_code == 200


def test_login_flow_v2_through_the_browser_page(server: DemoServer) -> None:
    with httpx.Client(base_url=server.url) as http:
        started = http.post("/index.php/login/v2").json()
        landing = http.get(started["login"])  # as Nextcloud: 303 to the flow page
        assert landing.status_code == 303
        assert landing.headers["location"] == server.url + "/index.php/login/v2/flow?user=&direct=0"
        page = http.get(landing.headers["location"])
        assert page.status_code == 200 and 'name="password"' in page.text
        action = re.search(r'action="([^"]+)"', page.text)
        state_token = re.search(r'name="stateToken" value="([^"]+)"', page.text)
        assert action is not None and state_token is not None
        assert action.group(1) == "/index.php/login/v2/grant"
        form = {"stateToken": state_token.group(1), "user": "bob"}
        wrong = http.post(action.group(1), data={**form, "password": "nope"})
        assert wrong.status_code == 403 and "Wrong login or password" in wrong.text
        right = http.post(action.group(1), data={**form, "password": server.users["bob"].password})
        assert right.status_code == 200 and "connected" in right.text
        body = http.post(
            "/index.php/login/v2/poll", data={"token": started["poll"]["token"]}
        ).json()
        assert body["loginName"] == "bob"


def test_login_flow_pages_need_the_browser_session(server: DemoServer) -> None:
    """Without the cookie the login URL set, the flow page and the grant refuse, as
    Nextcloud's do; the login URL itself takes no POST (Nextcloud answers 405)."""
    with httpx.Client(base_url=server.url) as http:
        started = http.post("/index.php/login/v2").json()
        assert http.get(started["login"]).status_code == 303
    with httpx.Client(base_url=server.url) as stranger:
        assert stranger.get("/index.php/login/v2/flow").status_code == 403
        refused = stranger.post("/index.php/login/v2/grant", data={"user": "bob", "password": "x"})
        assert refused.status_code == 401
        assert stranger.post(started["login"], data={"user": "bob"}).status_code == 405
        assert stranger.get("/index.php/login/v2/flow/nope").status_code == 403


def test_revoke_app_password(client: Callable[..., Talk], server: DemoServer) -> None:
    alice = client("alice")
    fail_answer = client("alice", "password").delete("/ocs/v2.php/core/apppassword")
    assert fail_answer.status == 403
    assert ok(alice.delete("/ocs/v2.php/core/apppassword")) == []
    assert alice.get("/room").status == 401
    converted = ok(client("bob", "password").get("/ocs/v2.php/core/getapppassword"))
    assert ok(client("bob", converted["apppassword"]).get("/room"))


def test_autocomplete(server: DemoServer, client: Callable[..., Talk]) -> None:
    token = room_by_name(server, "Team Standup")
    found = ok(
        client().get(
            "/ocs/v2.php/core/autocomplete/get",
            params={
                "search": "",
                "itemType": "call",
                "itemId": token,
                "shareTypes[]": ["0", "1", "4"],
            },
        )
    )
    ids = [item["id"] for item in found]
    assert "alice" not in ids and "moderator1" not in ids and "testers" not in ids
    assert set(found[0]) == {
        "id",
        "label",
        "icon",
        "source",
        "status",
        "subline",
        "shareWithDisplayNameUnique",
    }
    erin = ok(
        client().get(
            "/ocs/v2.php/core/autocomplete/get",
            params={"search": "eri", "itemType": "call", "itemId": token},
        )
    )
    assert erin[0]["id"] == "erin" and erin[0]["status"]["status"] == "away"
    mail = ok(
        client().get(
            "/ocs/v2.php/core/autocomplete/get",
            params={"search": "new@example.org", "shareTypes[]": ["4"]},
        )
    )
    assert mail == [
        {
            "id": "new@example.org",
            "label": "new@example.org",
            "icon": "icon-mail",
            "source": "emails",
            "status": "",
            "subline": "",
            "shareWithDisplayNameUnique": "new@example.org",
        }
    ]
    assert client(None).get("/ocs/v2.php/core/autocomplete/get").status == 401


def test_ocs_answers_xml_unless_json_is_asked_for(server: DemoServer) -> None:
    auth = (server.moderator.login, server.moderator.app_password)
    with httpx.Client(base_url=server.url, auth=auth, verify=False) as http:
        xml = http.get(
            "/ocs/v2.php/apps/spreed/api/v4/room/zzzzzzzz", headers={"OCS-APIRequest": "true"}
        )
        assert xml.status_code == 404
        assert xml.headers["content-type"].startswith("application/xml")
        assert "<statuscode>404</statuscode>" in xml.text
        as_json = http.get(
            "/ocs/v2.php/apps/spreed/api/v4/room?format=json", headers={"OCS-APIRequest": "true"}
        )
        assert as_json.json()["ocs"]["meta"]["statuscode"] == 200


def test_missing_required_arguments_are_php_type_errors(mod: Talk) -> None:
    token = ok(mod.post("/room", data={"roomType": 2, "roomName": "Args"}), 201)["token"]
    for method, path in (
        ("PUT", f"/room/{token}"),
        ("PUT", f"/room/{token}/webinar/lobby"),
        ("PUT", f"/room/{token}/read-only"),
        ("POST", f"/room/{token}/participants"),
    ):
        answer = mod.call(method, path, data={})
        assert (answer.status, answer.meta["statuscode"]) == (500, 996), path
    # roomType has a default on the real server (a group conversation), so no TypeError.
    assert ok(mod.post("/room", data={}), 201)["type"] == 2

"""Benchmark-sized data: 5,000 rooms and a room of 10,000 participants stay fast."""

from __future__ import annotations

import time

import httpx

from app.demo_server import DemoServer

from .conftest import OCS_HEADERS, TALK


def test_five_thousand_rooms_and_ten_thousand_participants() -> None:
    with (
        DemoServer(seed=7, rooms=5000, participants=10000) as server,
        httpx.Client(
            base_url=server.url,
            headers=OCS_HEADERS,
            verify=False,
            timeout=30,
            auth=(server.moderator.login, server.moderator.app_password),
        ) as http,
    ):
        http.get(TALK + "/room")  # first answer fills the per-user cache
        started = time.perf_counter()
        response = http.get(TALK + "/room")
        elapsed = time.perf_counter() - started
        rooms = response.json()["ocs"]["data"]
        modified_before = int(response.headers["X-Nextcloud-Talk-Modified-Before"])
        assert len(rooms) == 5000
        assert elapsed < 1.0, f"GET /room with 5000 rooms took {elapsed:.2f}s"

        token = next(r["token"] for r in rooms if r["name"] == "All Hands")
        started = time.perf_counter()
        response = http.get(f"{TALK}/room/{token}/participants", params={"includeStatus": "true"})
        elapsed = time.perf_counter() - started
        assert len(response.json()["ocs"]["data"]) == 10000
        assert "X-Nextcloud-Has-User-Statuses" not in response.headers  # ≥ 100: no statuses
        assert elapsed < 1.0, f"10,000 participants took {elapsed:.2f}s"

        server.state.rename(token, "All Hands (renamed)")
        changed = http.get(TALK + "/room", params={"modifiedSince": modified_before}).json()
        assert [r["token"] for r in changed["ocs"]["data"]] == [token]

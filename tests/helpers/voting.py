"""Vote in a poll as a participant, over real HTTP (the console itself never votes).

Polls' live results only change when people vote; tests make them vote the way Talk's own
clients do (``POST /poll/{token}/{id}`` with ``optionIds``), as any user of a server.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import httpx

POLL_PATH = "/ocs/v2.php/apps/spreed/api/v1/poll/{token}/{poll_id}"


async def vote(
    url: str, login: str, app_password: str, token: str, poll_id: int, options: Sequence[int]
) -> dict[str, Any]:
    """Vote for ``options`` (0-based) and return the poll as the voter now sees it.

    Raises:
        AssertionError: the server refused the vote (with its answer).
    """
    async with httpx.AsyncClient(base_url=url, auth=(login, app_password), timeout=30) as client:
        response = await client.post(
            POLL_PATH.format(token=token, poll_id=poll_id),
            json={"optionIds": list(options)},
            headers={"OCS-APIRequest": "true", "Accept": "application/json"},
        )
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["ocs"]["data"]
    return data

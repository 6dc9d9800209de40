"""The demo's signaling server answers the same frames as the real one, shape for shape.

``parity_hpb.SCRIPT`` is played on the real server with ``--signaling`` and on
``DemoServer(profile="real", hpb=True)``; after every step, what each person's websocket
received must have the same shapes (keys, JSON types, and the values that both derive from
the same requests: message types, error codes, roles, in-call flags, names).
"""

from __future__ import annotations

import json

from app.demo_server import DemoServer
from tests.helpers.real_server import RealServer
from tests.real_server.parity_hpb import DEMO_QUIET_S, QUIET_S, SCRIPT, Player


async def _play(
    url: str, passwords: dict[str, str], quiet: float = QUIET_S
) -> list[tuple[str, dict[str, list[object]]]]:
    player = Player(url, passwords, quiet=quiet)
    try:
        return await player.play(SCRIPT)
    finally:
        await player.aclose()


async def test_the_demo_s_signaling_server_answers_as_the_real_one(
    real_signaling_server: RealServer,
) -> None:
    logins = ("moderator1", "alice")
    real = await _play(
        real_signaling_server.url,
        {login: real_signaling_server.users[login].app_password for login in logins},
    )
    demo_server = DemoServer(seed=7, profile="real", hpb=True).start()
    try:
        demo = await _play(
            demo_server.url,
            {login: demo_server.users[login].app_password for login in logins},
            DEMO_QUIET_S,
        )
    finally:
        demo_server.stop()
    differences = [
        f"step {i} ({label}), {who}:\n  real {json.dumps(real_seen[who])}\n"
        f"  demo {json.dumps(demo_seen[who])}"
        for i, ((label, real_seen), (_, demo_seen)) in enumerate(zip(real, demo, strict=True))
        for who in real_seen
        if real_seen[who] != demo_seen[who]
    ]
    assert not differences, "\n".join(differences)

"""The demo's signaling server answers the same frames as the real one, shape for shape.

``parity_hpb.SCRIPT`` is played on the real server with ``--signaling`` and on
``DemoServer(profile="real", hpb=True)``; after every step, what each person's websocket
received must have the same shapes (keys, JSON types, and the values that both derive from
the same requests: message types, error codes, roles, in-call flags, names). A frame one
side delivered a step late (after that step's quiet time, on a busy machine) still counts.
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
    differences = [difference for who in logins for difference in _differences(who, real, demo)]
    assert not differences, "\n".join(differences)


Records = list[tuple[str, dict[str, list[object]]]]


def _differences(who: str, real: Records, demo: Records) -> list[str]:
    """Steps whose frames differ for ``who``; a frame that came a step late on one side (a
    busy machine: it arrived after that step's quiet time) is matched in the next step."""
    found: list[str] = []
    i = 0
    while i < len(real):
        label, real_seen = real[i][0], real[i][1][who]
        demo_seen = demo[i][1][who]
        if _same(real_seen, demo_seen):
            i += 1
            continue
        if i + 1 < len(real) and _same(
            real_seen + real[i + 1][1][who], demo_seen + demo[i + 1][1][who]
        ):
            i += 2
            continue
        found.append(
            f"step {i} ({label}), {who}:\n  real {json.dumps(real_seen)}\n"
            f"  demo {json.dumps(demo_seen)}"
        )
        i += 1
    return found


def _same(one: list[object], other: list[object]) -> bool:
    def key(shape: object) -> str:
        return json.dumps(shape, sort_keys=True)

    return sorted(map(key, one)) == sorted(map(key, other))

"""Parity rows of Talk's internal signaling as the lobby watch uses it: the settings, and the
pull of who is in a room (404 without a session, the list once someone joined or left).

Every pull here answers within about a second on the real server (the join or leave before
it queued a refresh), so the table never waits out Talk's 30 s.
"""

from __future__ import annotations

from tests.real_server.parity_table import PUBLIC_ROOM, G, M, R, Sequence, Step

SIG = "/ocs/v2.php/apps/spreed/api/v3/signaling"
PULL = SIG + "/{token}"

SIGNALING_SEQUENCES: tuple[Sequence, ...] = (
    Sequence(
        "signaling_pull",
        (
            PUBLIC_ROOM,
            Step(M, "GET", SIG + "/settings", note="internal: no signaling server"),
            Step(G, "GET", SIG + "/settings", note="a guest"),
            Step(M, "GET", PULL, note="no session in the room: 404, empty usersInRoom"),
            Step(M, "GET", SIG + "/zzzzzzzz", note="no such room"),
            Step(M, "POST", R + "/participants/active", {"force": True}),
            Step(M, "GET", PULL, note="the join queued a refresh: the list at once"),
            Step(G, "POST", R + "/participants/active", note="a guest comes in"),
            Step(M, "GET", PULL, note="the guest's join: the list of two"),
            Step(G, "GET", PULL, note="the guest's own first pull"),
            Step(G, "DELETE", R + "/participants/active", note="the guest goes"),
            Step(M, "GET", PULL, note="the list of one"),
            Step(M, "DELETE", R + "/participants/active"),
            Step(M, "GET", PULL, note="left: 404 again"),
        ),
    ),
)

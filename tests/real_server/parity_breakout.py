"""Parity rows of breakout rooms: set-up (every refusal), assignments, start, stop,
broadcast, requests for help, switching in free mode, the list of a parent's rooms, removal.

Manual mode is used where the answer lists who went where, so both servers place the same
people in the same rooms (automatic mode shuffles).
"""

from __future__ import annotations

from tests.real_server.parity_table import GROUP_ROOM, PUBLIC_ROOM, A, B, G, M, R, Sequence, Step

V1 = "/ocs/v2.php/apps/spreed/api/v1/breakout-rooms/{token}"
LIST = R + "/breakout-rooms"


def _add(login: str) -> Step:
    return Step(M, "POST", R + "/participants", {"newParticipant": login, "source": "users"})


def _map(**rooms: int) -> str:
    """An attendee map naming people of ``{token}`` by login: ``_map(alice=0, bob=1)``."""
    pairs = ", ".join(f'"{{attendee:{login}}}": {index}' for login, index in rooms.items())
    return "{" + pairs + "}"


BREAKOUT_SEQUENCES: tuple[Sequence, ...] = (
    Sequence(
        "breakout_setup_refusals",
        (
            GROUP_ROOM,
            _add(A),
            _add(B),
            Step(M, "GET", LIST, note="nothing set up: mode"),
            Step(M, "GET", LIST + "/participants", note="nothing set up: mode"),
            Step(G, "GET", "{talk}/room/zzzzzzzz/breakout-rooms/participants", note="no room"),
            Step(M, "POST", V1 + "/rooms", note="start without set-up"),
            Step(M, "DELETE", V1 + "/rooms", note="stop without set-up"),
            Step(M, "POST", V1 + "/broadcast", {"message": "hi"}),
            Step(M, "POST", V1 + "/attendees", {"attendeeMap": "{}"}),
            Step(M, "DELETE", V1, note="removing nothing succeeds"),
            Step(A, "POST", V1, {"mode": 1, "amount": 2}, note="not a moderator"),
            Step(M, "POST", V1.replace("{token}", "zzzzzzzz"), {"mode": 1, "amount": 2}),
            Step(M, "POST", V1, {"mode": 5, "amount": 2}),
            Step(M, "POST", V1, {"mode": 1}, note="no amount: 500"),
            Step(M, "POST", V1, {"mode": 2, "amount": 2, "attendeeMap": "nope"}),
            Step(M, "GET", R, note="the mode stays set after a bad attendee map"),
            Step(M, "POST", V1, {"mode": 1, "amount": 2}, note="set up already: room"),
            Step(M, "DELETE", V1),
            Step(M, "POST", V1, {"mode": 1, "amount": 21}),
            Step(M, "DELETE", V1),
            Step(M, "POST", V1, {"mode": 1, "amount": 0}),
            Step(M, "DELETE", V1),
            PUBLIC_ROOM,
            Step(M, "POST", V1, {"mode": 1, "amount": 2}, note="public: room"),
        ),
    ),
    Sequence(
        "breakout_manual_session",
        (
            GROUP_ROOM,
            _add(A),
            _add(B),
            _add("carol"),
            Step(M, "POST", R + "/moderators", {"attendeeId": "{attendee:carol}"}),
            Step(
                M,
                "POST",
                V1,
                {"mode": 2, "amount": 2, "attendeeMap": _map(alice=0, bob=1)},
                capture={"token_b1": "0.token", "token_b2": "1.token"},
                note="alice in Room 1, bob in Room 2, carol (a moderator) in both",
            ),
            Step(M, "GET", "{talk}/room/{token_b1}/participants"),
            Step(M, "GET", "{talk}/room/{token_b2}/participants"),
            Step(M, "GET", LIST, note="a moderator sees all"),
            Step(M, "GET", LIST + "/participants", note="everyone, with their room's token"),
            Step(A, "GET", LIST + "/participants", note="not started: status"),
            Step(A, "GET", LIST, note="not started: status"),
            Step(
                M,
                "POST",
                "/ocs/v2.php/apps/spreed/api/v1/breakout-rooms/{token_b1}",
                {"mode": 1, "amount": 2},
                note="nested: room",
            ),
            Step(M, "POST", V1 + "/attendees", {"attendeeMap": _map(carol=0)}, note="moderator"),
            Step(M, "POST", V1 + "/attendees", {"attendeeMap": _map(alice=2)}, note="no Room 3"),
            Step(M, "POST", V1 + "/attendees", {"attendeeMap": _map(alice=1)}, note="move alice"),
            Step(M, "GET", "{talk}/room/{token_b1}/participants", note="alice left Room 1"),
            Step(
                A,
                "POST",
                "/ocs/v2.php/apps/spreed/api/v1/breakout-rooms/{token_b2}/request-assistance",
                note="closed: room",
            ),
            Step(M, "POST", V1 + "/rooms"),
            Step(M, "POST", V1 + "/rooms", note="again: still success"),
            Step(A, "GET", LIST, note="alice sees her room"),
            Step(A, "GET", LIST + "/participants", note="her room's and the parent's"),
            Step(A, "POST", V1 + "/request-assistance", note="the parent: room"),
            Step(
                A,
                "POST",
                "/ocs/v2.php/apps/spreed/api/v1/breakout-rooms/{token_b2}/request-assistance",
            ),
            Step(M, "GET", "{talk}/room/{token_b2}", note="the moderator sees the request"),
            Step(A, "POST", V1 + "/switch", {"target": "{token_b1}"}, note="manual: mode"),
            Step(M, "POST", V1 + "/broadcast", {"message": "5 minutes left"}),
            Step(M, "POST", V1 + "/broadcast", {"message": "x" * 32001}),
            Step(A, "POST", V1 + "/broadcast", {"message": "hi"}, note="not a moderator"),
            Step(
                M,
                "DELETE",
                "/ocs/v2.php/apps/spreed/api/v1/breakout-rooms/{token_b2}/request-assistance",
            ),
            Step(
                A,
                "POST",
                "/ocs/v2.php/apps/spreed/api/v1/breakout-rooms/{token_b2}/request-assistance",
                note="asks again",
            ),
            Step(M, "DELETE", V1 + "/rooms", note="stop resets the request"),
            Step(M, "GET", "{talk}/room/{token_b2}"),
            Step(M, "DELETE", V1 + "/rooms", note="again: still success"),
            Step(M, "DELETE", R + "/attendees", {"attendeeId": "{attendee:bob}"}),
            Step(M, "GET", "{talk}/room/{token_b2}/participants", note="bob left Room 2 too"),
            Step(M, "DELETE", V1),
            Step(M, "GET", "{talk}/room/{token_b1}", note="gone with the set-up"),
            Step(M, "GET", R),
        ),
    ),
    Sequence(
        "breakout_free_choice",
        (
            GROUP_ROOM,
            _add(A),
            Step(
                M,
                "POST",
                V1,
                {"mode": 3, "amount": 2},
                capture={"token_f1": "0.token", "token_f2": "1.token"},
            ),
            Step(A, "POST", V1 + "/switch", {"target": "{token_f1}"}, note="not started"),
            Step(M, "POST", V1 + "/rooms"),
            Step(A, "POST", V1 + "/switch", {"target": "{token_f1}"}),
            Step(A, "POST", V1 + "/switch", {"target": "{token_f2}"}),
            Step(M, "GET", "{talk}/room/{token_f1}/participants", note="alice left Room 1"),
            Step(A, "POST", V1 + "/switch", {"target": "zzzzzzzz"}),
            Step(M, "POST", V1 + "/switch", {"target": "{token_f1}"}, note="moderators do not"),
            Step(A, "POST", V1 + "/switch", note="no target: 500"),
            Step(M, "DELETE", R, note="deleting the parent deletes its breakout rooms"),
            Step(M, "GET", "{talk}/room/{token_f1}"),
        ),
    ),
)

"""Parity rows of the chat (API v1): history pages, the long poll (304 after ``timeout``, an
answer at once when something is newer), post (silent, mentions, empty, too long, read-only),
delete (another's as a moderator, a moderator's as a plain user, twice, a system message, an
unknown id, in an unknown room), clear the history (not a moderator, a moderator), reads of a
non-participant. Bodies are form fields and query parameters, as the parity runner sends them.
"""

from __future__ import annotations

from tests.real_server.parity_table import GROUP_ROOM, A, B, M, R, Sequence, Step

CHAT = "/ocs/v2.php/apps/spreed/api/v1/chat/{token}"


def _add(login: str) -> Step:
    return Step(M, "POST", R + "/participants", {"newParticipant": login, "source": "users"})


def _history(actor: str = M, note: str = "", **params: object) -> Step:
    return Step(actor, "GET", CHAT, {"lookIntoFuture": 0, **params}, note=note)


def _poll(after: str, note: str) -> Step:
    return Step(
        M, "GET", CHAT, {"lookIntoFuture": 1, "lastKnownMessageId": after, "timeout": 1}, note=note
    )


CHAT_SEQUENCES: tuple[Sequence, ...] = (
    Sequence(
        "chat_read_post_poll",
        (
            GROUP_ROOM,
            _add(A),
            _history(limit=10, note="created, alice added: two system messages"),
            Step(
                A,
                "POST",
                CHAT,
                {"message": 'Cheap stuff here, ask @moderator1 or @"alice"'},
                capture={"spam": "id"},
            ),
            Step(
                M,
                "POST",
                CHAT,
                {"message": "Silent hello", "silent": "true"},
                capture={"mine": "id"},
            ),
            Step(M, "POST", CHAT, {"message": "   "}, note="only spaces: 400 message"),
            Step(M, "POST", CHAT, {"message": "x" * 32_001}, note="too long: 413 message"),
            Step(M, "POST", CHAT, note="no message at all"),
            _history(limit=2, note="the newest two"),
            _history(limit=5, lastKnownMessageId="{spam}", note="older than alice's"),
            _history(limit=5, lastKnownMessageId="1", note="nothing older: 304"),
            _poll("{mine}", "nothing newer: 304 after the timeout"),
            _poll("{spam}", "the newer message at once"),
            _history(B, note="not a participant: 404"),
            Step(M, "GET", "/ocs/v2.php/apps/spreed/api/v1/chat/zzzzzzzz", {"lookIntoFuture": 0}),
            Step(M, "PUT", R + "/read-only", {"state": 1}),
            Step(M, "POST", CHAT, {"message": "locked"}, note="read-only: 403"),
        ),
    ),
    Sequence(
        "chat_delete_clear",
        (
            GROUP_ROOM,
            _add(A),
            Step(
                M,
                "GET",
                CHAT,
                {"lookIntoFuture": 0, "limit": 1},
                capture={"system": "0.id"},
                note="the newest system message (alice added)",
            ),
            Step(A, "POST", CHAT, {"message": "Buy now!"}, capture={"spam": "id"}),
            Step(M, "POST", CHAT, {"message": "The moderator speaks"}, capture={"mine": "id"}),
            Step(A, "DELETE", CHAT + "/{mine}", note="someone else's, not a moderator: 403"),
            Step(M, "DELETE", CHAT + "/{spam}", note="a moderator deletes alice's message"),
            Step(M, "DELETE", CHAT + "/{spam}", note="deleted already: 405"),
            Step(M, "DELETE", CHAT + "/{system}", note="a system message: 405"),
            Step(M, "DELETE", CHAT + "/999999999", note="no such message: 404"),
            Step(M, "DELETE", "/ocs/v2.php/apps/spreed/api/v1/chat/zzzzzzzz/1"),
            _history(limit=10, note="the deleted message and the notice"),
            Step(A, "DELETE", CHAT, note="clear, not a moderator: 403"),
            Step(M, "DELETE", CHAT, note="clear: the history_cleared notice"),
            _history(limit=10, note="only the notice is left"),
            _history(A, limit=10, note="as alice sees it"),
        ),
    ),
)

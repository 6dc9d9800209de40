"""Parity rows of polls, recording and the attendance list: create (every refusal), show as
the moderator and as a voter, votes, close, drafts; recording without a recording server
(every refusal, in Talk's order); the attendance list without a call, as CSV, as ODS (refused)
and for a non-moderator. Bodies are form fields, as the parity runner sends them (arrays as
``options[]``)."""

from __future__ import annotations

from tests.real_server.parity_table import GROUP_ROOM, A, B, M, R, Sequence, Step

V1 = "/ocs/v2.php/apps/spreed/api/v1"
POLLS = V1 + "/poll/{token}"
POLL = POLLS + "/{poll}"
RECORDING = V1 + "/recording/{token}"
DOWNLOAD = "{talk}/call/{token}/download"


def _add(login: str) -> Step:
    return Step(M, "POST", R + "/participants", {"newParticipant": login, "source": "users"})


def _poll(actor: str, question: str, *options: str, mode: int = 0, votes: int = 0) -> Step:
    body = {"question": question, "options[]": list(options), "resultMode": mode}
    return Step(actor, "POST", POLLS, {**body, "maxVotes": votes})


def _vote(actor: str, *options: str, poll: str = POLL, note: str = "") -> Step:
    body = {"optionIds[]": list(options)} if options else None
    return Step(actor, "POST", poll, body, note=note)


def _in_call(actor: str) -> tuple[Step, Step]:
    return (
        Step(actor, "POST", R + "/participants/active"),
        Step(actor, "POST", "{talk}/call/{token}", {"flags": 3}),
    )


POLL_SEQUENCES: tuple[Sequence, ...] = (
    Sequence(
        "polls_public",
        (
            GROUP_ROOM,
            _add(A),
            _add(B),
            Step(
                M,
                "POST",
                POLLS,
                {
                    "question": "Lunch?",
                    "options[]": ["Pizza", "Salad"],
                    "resultMode": 0,
                    "maxVotes": 1,
                },
                capture={"poll": "id"},
            ),
            Step(M, "GET", POLL, note="the author, no votes yet"),
            _vote(A, "1"),
            Step(M, "GET", POLL, note="a moderator who did not vote: only numVoters"),
            Step(A, "GET", POLL, note="a voter of a public poll sees the counts"),
            Step(B, "GET", POLL, note="someone who did not vote sees nothing"),
            _vote(A, "0", "1"),
            _vote(A, "5"),
            _vote(B, "0"),
            _vote(B, note="no options: withdraws the vote"),
            Step(A, "DELETE", POLL, note="neither moderator nor author"),
            Step(M, "DELETE", POLL, note="closed: the results and who voted for what"),
            Step(M, "DELETE", POLL, note="closed already"),
            _vote(A, "0"),
            Step(B, "GET", POLL, note="closed: everyone sees the results"),
            Step(M, "GET", POLLS + "/999"),
            Step(M, "DELETE", POLLS + "/999"),
            _vote(A, "0", poll=POLLS + "/999"),
            Step(M, "GET", POLLS + "/abc"),
        ),
    ),
    Sequence(
        "polls_refusals_hidden_drafts",
        (
            GROUP_ROOM,
            _add(A),
            _poll(M, "   ", "a", "b"),
            _poll(M, "Q", "a", "  "),
            _poll(M, "Q", "a", "a"),
            Step(M, "POST", POLLS, {"question": "Q", "options[]": ["a", "b"], "resultMode": 0}),
            Step(
                M, "POST", POLLS, {"question": "Q", "options": "a", "resultMode": 0, "maxVotes": 0}
            ),
            Step(
                M,
                "POST",
                "/ocs/v2.php/apps/spreed/api/v1/poll/zzzzzzzz",
                {"question": "Q", "options[]": ["a", "b"], "resultMode": 0, "maxVotes": 0},
            ),
            Step(
                M,
                "POST",
                POLLS,
                {"question": "Tea?", "options[]": ["Yes", "No"], "resultMode": 1, "maxVotes": 0},
                capture={"poll": "id"},
            ),
            _vote(A, "0", "1"),
            Step(A, "GET", POLL, note="hidden: not even a voter sees the counts"),
            Step(M, "GET", POLL),
            Step(M, "DELETE", POLL, note="closed: the counts, no details"),
            Step(
                M,
                "POST",
                POLLS,
                {
                    "question": "Draft",
                    "options[]": ["x", "y"],
                    "resultMode": 0,
                    "maxVotes": 0,
                    "draft": "true",
                },
                capture={"draft": "id"},
            ),
            Step(M, "GET", POLLS + "/drafts"),
            Step(A, "GET", POLLS + "/drafts", note="drafts are for moderators"),
            Step(A, "GET", POLLS + "/{draft}", note="a draft is no poll for others"),
            _vote(M, "0", poll=POLLS + "/{draft}"),
            Step(M, "DELETE", POLLS + "/{draft}", note="deleting a draft: 202"),
            Step(
                A,
                "POST",
                POLLS,
                {
                    "question": "Mine",
                    "options[]": ["a", "b"],
                    "resultMode": 0,
                    "maxVotes": 0,
                    "draft": "true",
                },
                note="only moderators save drafts",
            ),
            Step(
                A,
                "POST",
                POLLS,
                {"question": "Mine", "options[]": ["a", "b"], "resultMode": 0, "maxVotes": 0},
                capture={"mine": "id"},
                note="anyone who may chat posts a poll",
            ),
            Step(A, "DELETE", POLLS + "/{mine}", note="the author closes it"),
        ),
    ),
    Sequence(
        "recording_without_a_recording_server",
        (
            GROUP_ROOM,
            _add(A),
            Step(M, "POST", RECORDING, {"status": 1}, note="no call yet"),
            Step(M, "POST", RECORDING, {"status": 7}),
            Step(M, "POST", RECORDING, note="no status"),
            Step(M, "DELETE", RECORDING, note="nothing recorded: success"),
            Step(A, "POST", RECORDING, {"status": 1}, note="not a moderator"),
            Step(A, "DELETE", RECORDING),
            Step(M, "POST", V1 + "/recording/zzzzzzzz", {"status": 1}),
            *_in_call(M),
            Step(M, "POST", RECORDING, {"status": 1}, note="no recording server"),
            Step(M, "POST", RECORDING, {"status": 2}),
            Step(M, "POST", RECORDING, {"status": 0}),
            Step(M, "GET", R),
            Step(M, "DELETE", RECORDING),
            Step(M, "DELETE", "{talk}/call/{token}", {"all": "true"}),
        ),
    ),
    Sequence(
        "attendance_list",
        (
            GROUP_ROOM,
            _add(A),
            Step(M, "GET", DOWNLOAD, note="no call: a bare 400"),
            Step(A, "GET", DOWNLOAD, note="not a moderator"),
            Step(M, "GET", DOWNLOAD, {"format": "ods"}),
            Step(M, "GET", "{talk}/call/zzzzzzzz/download"),
            *_in_call(M),
            *_in_call(A),
            Step(A, "DELETE", "{talk}/call/{token}", note="alice leaves: she attended"),
            Step(M, "GET", DOWNLOAD, note="the CSV file"),
            Step(M, "GET", DOWNLOAD, {"format": "csv"}),
            Step(M, "GET", DOWNLOAD, {"format": "ods"}, note="Talk 21 makes only CSV"),
            Step(A, "GET", DOWNLOAD, {"format": "csv"}, note="a refusal in XML: format=csv"),
            Step(M, "DELETE", "{talk}/call/{token}", {"all": "true"}),
            Step(M, "GET", DOWNLOAD, note="the call ended"),
        ),
    ),
)

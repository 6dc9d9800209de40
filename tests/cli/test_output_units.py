"""Table and JSON formatting, connection settings and parser errors (no server)."""

from __future__ import annotations

import argparse
import json
from datetime import datetime

import pytest

from app.api.models import Participant, Room
from app.cli.connection import normalize_server_url, resolve_connection
from app.cli.errors import UsageError
from app.cli.output import (
    Output,
    display_width,
    lobby_text,
    participant_summary,
    render_table,
    room_flags,
)


def test_render_table_aligns_columns() -> None:
    text = render_table(("A", "LONG HEADER", "Z"), [("xxxx", "y", "last cell")])
    header, row = text.splitlines()
    assert header.index("LONG HEADER") == row.index("y")
    assert header.index("Z") == row.index("last cell")


def test_wide_characters_keep_columns_aligned() -> None:
    rows = [("Talk updates \u2705", "changelog"), ("Caf\u00e9", "group")]
    _, first, second = render_table(("NAME", "TYPE"), rows).splitlines()
    before_first = first[: first.index("changelog")]
    before_second = second[: second.index("group")]
    assert display_width("\u2705") == 2 and display_width("Caf\u00e9") == 4
    assert display_width(before_first) == display_width(before_second) == 15 + 2


def test_room_words() -> None:
    stamp = int(datetime(2026, 11, 28, 14, 0).astimezone().timestamp())
    room = Room(
        token="abcd1234",
        type=3,
        read_only=1,
        has_password=True,
        lobby_state=1,
        lobby_timer=stamp,
        has_call=True,
    )
    assert lobby_text(room) == f"on until 2026-11-28 14:00 {datetime.now().astimezone():%Z}"
    assert room_flags(room) == "read-only, password, call running"
    assert room_flags(Room(token="abcd1234", type=2)) == "-"


def test_summary_counts_lobby_waiters() -> None:
    room = Room(token="abcd1234", type=2, lobby_state=1)
    people = [
        Participant(
            attendee_id=1,
            actor_type="users",
            actor_id="mod",
            participant_type=1,
            session_ids=("s1",),
            in_call=1,
        ),
        Participant(
            attendee_id=2,
            actor_type="users",
            actor_id="bob",
            participant_type=3,
            session_ids=("s2",),
        ),
        Participant(attendee_id=3, actor_type="users", actor_id="eve", participant_type=3),
    ]
    assert participant_summary(people, room) == (
        "3 (1 moderator, 2 online, 1 in call, 1 waiting in lobby)"
    )


def test_json_output_uses_server_field_names(capsys: pytest.CaptureFixture[str]) -> None:
    Output(as_json=True).rooms([Room(token="abcd1234", type=3, lobby_state=1, read_only=1)])
    (room,) = json.loads(capsys.readouterr().out)
    assert room["token"] == "abcd1234"
    assert room["lobbyState"] == 1 and room["readOnly"] == 1 and room["canEnableSIP"] is False
    assert "lobby_state" not in room


def test_server_url_normalization() -> None:
    assert normalize_server_url("cloud.example.org/") == "https://cloud.example.org"
    assert normalize_server_url("http://127.0.0.1:8080/nc") == "http://127.0.0.1:8080/nc"
    for bad in ("ftp://x.org", "https://", "https://x.org/?a=1"):
        with pytest.raises(UsageError):
            normalize_server_url(bad)


def test_connection_needs_server_user_and_password() -> None:
    args = argparse.Namespace(server="https://x.org", user="mod")
    with pytest.raises(UsageError, match="TALK_MODERATOR_PASSWORD"):
        resolve_connection(args, {})
    with pytest.raises(UsageError, match="--user"):
        resolve_connection(argparse.Namespace(server="https://x.org"), {})
    connection = resolve_connection(args, {"TALK_MODERATOR_PASSWORD": "s3cret-app-pw"})
    assert connection.login == "mod" and connection.app_password == "s3cret-app-pw"
    assert "s3cret" not in repr(connection)
    from_env = resolve_connection(
        argparse.Namespace(),
        {
            "TALK_MODERATOR_SERVER": "x.org",
            "TALK_MODERATOR_USER": "u",
            "TALK_MODERATOR_PASSWORD": "p",
        },
    )
    assert from_env.server_url == "https://x.org" and from_env.login == "u"

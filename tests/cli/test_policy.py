"""``rooms description|listable|expiration|mentions|recording-consent|notify`` and
``call join --recording-consent`` end to end against the demo server: the change on the
server, the sentence, ``--json`` in the server's field names, the audit, and one-line errors
naming what is accepted."""

from __future__ import annotations

from pathlib import Path

from app.audit import AuditLog
from app.demo_server import DemoServer

from .conftest import Run


def _room(cli: Run, name: str = "Policy") -> str:
    token: str = cli("--json", "rooms", "create", name).json()["token"]
    return token


def test_description_set_and_clear(cli: Run) -> None:
    token = _room(cli)
    done = cli("rooms", "description", token, "  Questions at the end  ")
    assert (done.code, done.out.strip()) == (
        0,
        "The description of 'Policy' is now: Questions at the end",
    )
    data = cli("--json", "rooms", "description", token, "--clear").json()
    assert data["description"] == ""
    both = cli("rooms", "description", token, "text", "--clear")
    assert both.code == 2 and "not both" in both.error
    long = cli("rooms", "description", token, "x" * 2001)
    assert long.code == 2 and "at most 2,000" in long.error


def test_listable_mentions_expiration_in_the_servers_field_names(
    cli: Run, config_dir: Path
) -> None:
    token = _room(cli)
    listed = cli("--json", "rooms", "listable", token, "users").json()
    assert listed["listable"] == 1
    said = cli("rooms", "listable", token, "everyone")
    assert said.out.strip() == (
        "Everyone with an account, guest accounts too, can find and join 'Policy'."
    )
    assert cli("--json", "rooms", "mentions", token, "moderators").json()["mentionPermissions"] == 1
    expiring = cli("--json", "rooms", "expiration", token, "8h").json()
    assert expiring["messageExpiration"] == 8 * 3600
    week = cli("rooms", "expiration", token, "7d")
    assert week.out.strip() == ("Messages in 'Policy' are deleted 1 week after they were sent.")
    assert cli("--json", "rooms", "expiration", token, "off").json()["messageExpiration"] == 0
    shown = cli("rooms", "show", token).out
    assert "Listed:       everyone, guest accounts too" in shown
    assert "Mentions:     @all by moderators only" in shown
    assert "Expiration:   off" in shown
    assert [(e.action, e.detail) for e in AuditLog().entries()][1:] == [
        ("listable", "who can find it: users of this server"),
        ("listable", "who can find it: everyone, guest accounts too"),
        ("mention-permissions", "who may mention @all: moderators only"),
        ("message-expiration", "messages expire after 8 hours"),
        ("message-expiration", "messages expire after 1 week"),
        ("message-expiration", "message expiration off"),
    ]


def test_unknown_values_are_one_line_naming_what_is_accepted(cli: Run) -> None:
    token = _room(cli)
    soon = cli("rooms", "expiration", token, "soon")
    assert soon.code == 2
    assert soon.error == (
        "unknown expiration 'soon': use off or a duration such as off, 1h, 8h, 1d, 7d, 28d "
        "(units s, m, h, d, w)"
    )
    for argv, names in (
        (("rooms", "listable", token, "all"), "'none', 'users', 'everyone'"),
        (("rooms", "mentions", token, "all"), "'everyone', 'moderators'"),
        (("rooms", "notify", token, "loud"), "'always', 'mentions', 'never'"),
    ):
        result = cli(*argv)
        assert result.code == 2 and names in result.error, result.err


def test_listable_refused_early_in_a_one_to_one(cli: Run) -> None:
    token = cli("--json", "rooms", "list").json()
    one_to_one = next(r["token"] for r in token if r["type"] == 1)
    result = cli("rooms", "listable", one_to_one, "users")
    assert result.code == 1
    assert "not possible in one-to-one conversations" in result.error


def test_notify_and_call_notifications(cli: Run) -> None:
    token = _room(cli)
    data = cli("--json", "rooms", "notify", token, "never", "--calls", "off").json()
    assert (data["notificationLevel"], data["notificationCalls"]) == (3, 0)
    said = cli("rooms", "notify", token, "always", "--calls", "on")
    assert said.out.strip() == "'Policy' now notifies you of every message, and of calls."
    guest_room = cli("--json", "rooms", "create", "Open", "--public").json()["token"]
    assert cli("rooms", "notify", guest_room, "mentions").code == 0


def test_recording_consent_where_the_server_lets_conversations_decide(cli: Run) -> None:
    token = _room(cli)
    data = cli("--json", "rooms", "recording-consent", token, "required").json()
    assert data["recordingConsent"] == 1
    optional = cli("rooms", "recording-consent", token, "optional")
    assert optional.code == 2
    assert optional.error.startswith("'optional' is the server's own mode")
    assert "the moderators of each conversation decide" in optional.error
    off = cli("rooms", "recording-consent", token, "off")
    assert off.out.strip() == "Joining the call in 'Policy' needs no recording consent any more."


def test_call_join_asks_for_consent_instead_of_failing(
    cli: Run, demo_server: DemoServer, config_dir: Path
) -> None:
    webinar = next(
        r for r in cli("--json", "rooms", "list").json() if r["name"] == "Product Launch Webinar"
    )
    assert webinar["recordingConsent"] == 1
    refused = cli("call", "join", webinar["token"])
    assert refused.code == 1
    assert refused.error == (
        "The call in 'Product Launch Webinar' needs your consent to its recording before you "
        f"may join it: give it with: talk-moderator call join {webinar['token']} "
        "--recording-consent"
    )
    assert AuditLog().entries() == []  # refused before anything was sent
    joined = cli("call", "join", webinar["token"], "--recording-consent")
    assert joined.code == 0, joined.err
    entry = AuditLog().entries()[-1]
    assert (entry.action, entry.detail) == (
        "join-call",
        "join the call, consenting to its recording",
    )

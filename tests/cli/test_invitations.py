"""E-mail guests from the command line: named by their address everywhere (listing, naming,
promoting), their invitations resent, and a CSV import with the server's dry run first."""

from __future__ import annotations

from pathlib import Path

from app.audit import AuditLog
from app.demo_server import DemoServer

from .conftest import Run

GUESTS = "email,name\ncarol@example.org,Carol\nnot-an-address,Broken\ndan@example.org,\n"


def _room_with_guest(cli: Run, address: str = "carol@example.org") -> str:
    token: str = cli("--json", "rooms", "create", "Invites").json()["token"]
    assert cli("participants", "add", token, address, "--source", "emails").code == 0
    return token


def test_email_guests_are_listed_and_named_by_address(cli: Run) -> None:
    token = _room_with_guest(cli)
    table = cli("participants", "list", token).out
    row = next(line for line in table.splitlines() if "carol@example.org" in line)
    assert "emails/carol@example.org" in row
    people = cli("--json", "participants", "list", token).json()
    guest = next(p for p in people if p["actorType"] == "emails")
    assert len(guest["actorId"]) == 64 and guest["actorId"] not in table  # no hash shown
    for name in ("carol@example.org", "Carol@Example.org", "emails/carol@example.org"):
        removed_by_name = cli("participants", "resend-invitations", token, name)
        assert removed_by_name.code == 0, removed_by_name.err
        assert removed_by_name.out.strip() == (
            "Sent the invitation to 'Invites' to carol@example.org again."
        )


def test_promote_finds_an_email_guest_by_address(cli: Run) -> None:
    token = _room_with_guest(cli)
    result = cli("participants", "promote", token, "carol@example.org")
    assert (result.code, result.out.strip()) == (
        0,
        "carol@example.org is now a moderator of 'Invites'.",
    )
    guest = next(
        p for p in cli("--json", "participants", "list", token).json() if p["actorType"] == "emails"
    )
    assert guest["participantType"] == 6  # a guest moderator


def test_resend_to_all_and_refusals(cli: Run, demo_server: DemoServer, config_dir: Path) -> None:
    token = _room_with_guest(cli)
    assert cli("participants", "add", token, "dan@example.org", "--source", "emails").code == 0
    sent = cli("participants", "resend-invitations", token)
    assert sent.out.strip() == (
        "Sent the invitation again to 2 e-mail guests of 'Invites': carol@example.org, "
        "dan@example.org."
    )
    assert {(token, "carol@example.org"), (token, "dan@example.org")} <= set(
        demo_server.state.outbox
    )
    listed = cli("--json", "participants", "resend-invitations", token).json()
    assert sorted(p["invitedActorId"] for p in listed) == ["carol@example.org", "dan@example.org"]
    not_email = cli("participants", "resend-invitations", token, "moderator1")
    assert not_email.code == 1 and "is not an e-mail guest" in not_email.error
    empty = cli("--json", "rooms", "create", "Nobody").json()["token"]
    nothing = cli("participants", "resend-invitations", empty)
    assert nothing.out.strip() == "'Nobody' has no e-mail guests; nothing was sent."
    actions = [e.action for e in AuditLog().entries()]
    assert actions.count("resend-invitations") == 2  # nothing sent, nothing audited


def test_import_dry_run_then_import(cli: Run, tmp_path: Path, demo_server: DemoServer) -> None:
    token: str = cli("--json", "rooms", "create", "Launch").json()["token"]
    csv = tmp_path / "guests.csv"
    csv.write_text(GUESTS)
    dry = cli("participants", "import-emails", token, str(csv), "--dry-run")
    assert dry.code == 0, dry.err
    lines = dry.out.strip().splitlines()
    assert lines[0] == (
        "The server checked guests.csv for 'Launch': 2 to invite, 1 invalid line (3)."
    )
    assert lines[1].split() == ["LINE", "ADDRESS", "NAME", "IMPORT"]
    assert lines[2].split() == ["2", "carol@example.org", "Carol", "to", "invite"]
    assert lines[3].split() == ["3", "not-an-address", "Broken", "invalid"]
    counts = cli("--json", "participants", "import-emails", token, str(csv), "--dry-run").json()
    assert counts == {
        "invites": 2,
        "duplicates": 0,
        "invalid": 1,
        "invalidLines": [3],
        "message": "Following lines are invalid: 3",
    }
    assert not [
        p for p in cli("--json", "participants", "list", token).json() if p["actorType"] == "emails"
    ]
    done = cli("participants", "import-emails", token, str(csv))
    assert done.code == 0, done.err
    assert done.out.strip().splitlines()[-1] == (
        "Invited 2 e-mail guests into 'Launch', skipped invalid lines 3; the conversation is "
        "public now."
    )
    again = cli("--json", "participants", "import-emails", token, str(csv))
    assert again.code == 1 and "Nobody in guests.csv to invite" in again.error
    entries = [(e.action, e.detail) for e in AuditLog().entries()]
    assert entries[-1] == ("import-emails", "import e-mail guests from guests.csv")


def test_import_refusals_are_one_line(cli: Run, tmp_path: Path) -> None:
    token: str = cli("--json", "rooms", "create", "Launch").json()["token"]
    missing = cli("participants", "import-emails", token, str(tmp_path / "nope.csv"))
    assert missing.code == 2 and missing.error.startswith("cannot read ")
    header = tmp_path / "wrong.csv"
    header.write_text("mail\nx@example.org\n")
    refused = cli("participants", "import-emails", token, str(header), "--dry-run")
    assert refused.code == 1
    assert refused.error == (
        "Cannot check the e-mail guests to import into 'Launch': Missing email field in header line"
    )

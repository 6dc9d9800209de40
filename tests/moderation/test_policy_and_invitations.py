"""Conversation policy and invitations in the core: words and values, the rules (who may,
and why not), the settings diff (only what changed), the CSV reading, and the runner sending
each change once, audited, against the demo server."""

from __future__ import annotations

import pytest

from app.api import TalkService
from app.api.capabilities import TalkCapabilities
from app.audit import AuditLog
from app.moderation import ActionKind, ActionRunner, policy
from app.moderation import invitations as inv
from app.moderation.rules import RuleContext, evaluate
from app.moderation.settings import ConversationSettings, changes
from tests.helpers.moderation import EventRoom
from tests.ui.factories import person, room


def caps(consent: int = 2, *, recording: bool = True, **extra: object) -> TalkCapabilities:
    features = {
        "favorites",
        "notification-levels",
        "notification-calls",
        "listable-rooms",
        "mention-permissions",
        "recording-consent",
        "email-csv-import",
    }
    return TalkCapabilities(
        features=frozenset(features),
        config={"call": {"recording": recording, "recording-consent": consent, **extra}},
    )


MOD = room("mod", participant_type=2)
USER = room("usr", participant_type=3)


def test_expiration_words_and_parsing() -> None:
    assert [policy.expiration_text(s) for s in policy.EXPIRATION_PRESETS] == [
        "off", "1 hour", "8 hours", "1 day", "1 week", "4 weeks",
    ]  # fmt: skip
    assert policy.expiration_text(90 * 60) == "90 minutes"
    assert policy.expiration_text(20) == "20 seconds"
    typed = ("off", "1h", "8h", "1d", "7d", "28d", "1h30m")
    assert [policy.parse_expiration(t) for t in typed] == [
        0, 3600, 28800, 86400, 604800, 2419200, 5400,
    ]  # fmt: skip
    for bad in ("soon", "1y", "", "-1h", "0h"):
        with pytest.raises(ValueError) as caught:
            policy.parse_expiration(bad)
        assert "use off or a duration such as off, 1h, 8h, 1d, 7d, 28d" in str(caught.value)
        assert "\n" not in str(caught.value)


def test_recording_consent_is_a_choice_only_where_the_server_leaves_it() -> None:
    assert policy.consent_refusal(caps(2), MOD) is None
    assert policy.consent_refusal(caps(1), MOD) == (
        "The server asks for recording consent in every call"
    )
    assert policy.consent_refusal(caps(0, recording=False), MOD) == (
        "The server has no recording server, so no call asks for consent"
    )
    assert "turned recording consent off" in str(policy.consent_refusal(caps(0), MOD))
    running = room("c", participant_type=2, has_call=True)
    assert "once a call has started" in str(policy.consent_refusal(caps(2), running))
    verdict = evaluate(ActionKind.RECORDING_CONSENT, RuleContext(room=USER, capabilities=caps()))
    assert verdict.reason == "Only moderators can change recording consent"
    assert policy.needs_recording_consent(room("w", recording_consent=1))
    assert policy.needs_recording_consent(room("w"), caps(1))
    assert not policy.needs_recording_consent(room("w"), caps(1, recording=False))


def test_rules_label_the_current_policy_and_say_why_not() -> None:
    ctx = RuleContext(
        room=room("r", participant_type=2, listable=1, message_expiration=86400),
        capabilities=caps(),
    )
    assert evaluate(ActionKind.LISTABLE, ctx).label == "Who Can &Find It: users of this server…"
    assert evaluate(ActionKind.MESSAGE_EXPIRATION, ctx).label == "&Message Expiration: 1 day…"
    assert evaluate(ActionKind.NOTIFICATIONS, ctx).label == (
        "&Notifications: default (@-mentions only)…"
    )
    user = RuleContext(room=USER, capabilities=caps())
    assert evaluate(ActionKind.LISTABLE, user).reason == (
        "Only moderators can change who can find a conversation"
    )
    assert evaluate(ActionKind.NOTIFICATIONS, user).enabled  # your own setting
    guest = RuleContext(room=room("g", participant_type=4), capabilities=caps())
    assert evaluate(ActionKind.NOTIFICATIONS, guest).reason == (
        "Guests have no notification settings"
    )
    one_to_one = RuleContext(room=room("d", type=1), capabilities=caps())
    assert not evaluate(ActionKind.MENTION_PERMISSIONS, one_to_one).enabled
    assert evaluate(ActionKind.MESSAGE_EXPIRATION, one_to_one).enabled  # Talk allows it there
    nothing = RuleContext(capabilities=caps())
    assert evaluate(ActionKind.DESCRIPTION, nothing).reason == "Select a conversation first"


def test_resend_rule_names_who_is_no_email_guest() -> None:
    email = person(7, actor_type="emails", actor_id="f" * 64, invited_actor_id="a@example.org")
    ctx = RuleContext(room=MOD, participants=(email,), capabilities=caps())
    assert evaluate(ActionKind.RESEND_INVITATIONS, ctx).label == "Resend E-mail &Invitation"
    ctx = RuleContext(room=MOD, participants=(email, person(8)), capabilities=caps())
    assert evaluate(ActionKind.RESEND_INVITATIONS, ctx).reason == (
        "User 8 is not an e-mail guest: invitations go to e-mail guests"
    )
    everyone = RuleContext(room=MOD, capabilities=caps())
    assert evaluate(ActionKind.RESEND_INVITATIONS, everyone).label == (
        "Resend All E-mail &Invitations"
    )


def test_email_guests_are_named_by_their_address() -> None:
    hashed = "9" * 64
    assert person(1, actor_type="emails", actor_id=hashed, display_name="",
                  invited_actor_id="c@example.org").title == "c@example.org"  # fmt: skip
    named = person(1, actor_type="emails", actor_id=hashed, display_name="Carol",
                   invited_actor_id="c@example.org")  # fmt: skip
    assert named.title == "Carol (c@example.org)" and named.email == "c@example.org"
    hidden = person(1, actor_type="emails", actor_id=hashed, display_name="")
    assert hidden.title == "E-mail guest"  # a non-moderator is not shown the address


def test_only_what_changed_is_sent_and_the_default_level_never() -> None:
    current = room("r", participant_type=2, description="Rules", notification_calls=1)
    now = ConversationSettings.of_room(current)
    assert changes(current, now, now) == []
    wanted = ConversationSettings(
        description="  Rules  ", listable=2, message_expiration=3600, call_notifications=True
    )
    ops = changes(current, now, wanted)
    assert [op.kind for op in ops] == [ActionKind.LISTABLE, ActionKind.MESSAGE_EXPIRATION]
    assert [op.detail for op in ops] == [
        "who can find it: everyone, guest accounts too",
        "messages expire after 1 hour",
    ]


def test_reading_a_guest_list_like_the_server() -> None:
    content = (
        b"Name,EMAIL\nAnn,Ann@Example.org \nB,b@example.org\n\nx\nSame,same@example.org\n"
        b"Dup,b@example.org\n"
    )
    listed = inv.read_guests(content, invited=["same@example.org"])
    assert listed.header_ok
    assert [(g.line, g.email, g.name, g.status) for g in listed.lines] == [
        (2, "ann@example.org", "Ann", inv.NEW),
        (3, "b@example.org", "B", inv.NEW),
        (4, "", "", inv.INVALID),  # a blank line is a record without the column
        (5, "", "", inv.INVALID),
        (6, "same@example.org", "Same", inv.ALREADY),
        (7, "b@example.org", "Dup", inv.ALREADY),
    ]
    assert not inv.read_guests(b"mail\nx@example.org\n").header_ok


async def test_each_change_is_one_audited_action(
    runner: ActionRunner, service: TalkService, event: EventRoom, audit: AuditLog
) -> None:
    now = ConversationSettings.of_room(event.room)
    wanted = ConversationSettings(
        description="Agenda: budget",
        listable=1,
        message_expiration=8 * 3600,
        mention_permissions=1,
        recording_consent=True,
        favorite=True,
        notification_level=3,
        call_notifications=False,
    )
    for op in changes(event.room, now, wanted):
        await runner.run(op)
    after = await service.rooms.get(event.token)
    assert ConversationSettings.of_room(after) == wanted
    assert [(e.action, e.ok) for e in audit.entries()] == [
        ("description", True),
        ("listable", True),
        ("message-expiration", True),
        ("mention-permissions", True),
        ("recording-consent", True),
        ("favorite", True),
        ("notifications", True),
        ("call-notifications", True),
    ]


async def test_import_check_then_import_then_resend(
    runner: ActionRunner, service: TalkService, event: EventRoom, audit: AuditLog
) -> None:
    content = b"email,name\nann@example.org,Ann\nbroken,X\n"
    preview = await inv.check_import(service, event.room, content, "guests.csv")
    assert preview.summary() == "1 to invite, 1 invalid line (3)"
    assert [(g.email, g.status) for g in preview.lines] == [
        ("ann@example.org", inv.NEW),
        ("broken", inv.INVALID),
    ]
    assert audit.entries() == []  # the dry run is a check, not an action
    done = (await runner.run(inv.import_emails(event.room, content, "guests.csv"))).answer
    assert done is not None and getattr(done, "invites", None) == 1
    guest = next(p for p in await service.participants.list(event.token) if p.email)
    await runner.run(inv.resend_invitation(event.room, guest))
    await runner.run(inv.resend_all_invitations(event.room))
    assert [(e.action, e.detail, e.participant) for e in audit.entries()] == [
        ("import-emails", "import e-mail guests from guests.csv", ""),
        ("resend-invitations", "resend the invitation to Ann (ann@example.org)",
         "Ann (ann@example.org)"),
        ("resend-invitations", "resend every e-mail invitation", ""),
    ]  # fmt: skip


def test_an_email_guest_may_be_promoted_as_the_server_allows() -> None:
    email = person(7, actor_type="emails", actor_id="f" * 64, invited_actor_id="a@example.org")
    assert evaluate(ActionKind.PROMOTE, RuleContext(room=MOD, participants=(email,))).enabled
    phone = person(8, actor_type="phones", actor_id="p" * 10)
    assert not evaluate(ActionKind.PROMOTE, RuleContext(room=MOD, participants=(phone,))).enabled

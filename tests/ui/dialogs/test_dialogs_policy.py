"""Conversation Settings, joining a call that asks for recording consent, resending
invitations and importing e-mail guests: real dialogs against the real demo server over
HTTP. Success changes the server (each change one audited action), refusals are shown in words
with the input kept, Cancel sends nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.api.constants import InCallFlag
from app.audit import AuditLog
from app.demo_server import DemoServer
from app.moderation import ActionKind, ActionRunner, policy
from app.ui.dialogs.call import join_call_dialog
from app.ui.dialogs.conversation_settings import ConversationSettingsDialog
from app.ui.dialogs.import_emails import ImportEmailsDialog
from app.ui.dialogs.invitations import resend_all_dialog, resend_invitation_dialog
from tests.helpers.moderation import (
    EventRoom,
    accepted,
    connect,
    opened,
    send,
    still_open_with_error,
)
from tests.helpers.untranslated import compile_catalogue, language
from tests.helpers.waiting import wait_until
from tests.ui.dialogs.conftest import ServiceFactory


async def _settings(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, token: str
) -> ConversationSettingsDialog:
    room = await service.rooms.get(token)
    caps = await service.account.capabilities()
    return opened(qtbot, ConversationSettingsDialog(runner, room, caps))


# ----------------------------------------------------------------- conversation settings


async def test_settings_show_the_values_and_send_only_what_changed(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom, audit: AuditLog
) -> None:
    await service.policy.set_message_expiration(event.token, 90 * 60)
    await service.rooms.set_description(event.token, "Old agenda")
    dialog = await _settings(qtbot, runner, service, event.token)
    assert dialog.objectName() == "conversationSettingsDialog"
    assert dialog.description_edit.toPlainText() == "Old agenda"
    assert dialog.expiration_combo.currentText() == "Custom: 90 minutes"
    assert dialog.listable_combo.currentText() == "Participants only"
    assert dialog.notifications_combo.currentText() == "@-mentions only"
    assert not dialog.send_button.isEnabled()  # nothing changed yet
    assert dialog.consent_check.isEnabled() and dialog.consent_reason.isHidden()

    dialog.description_edit.setPlainText("  Agenda: budget, Q&A  ")
    dialog.listable_combo.setCurrentIndex(dialog.listable_combo.findData(2))
    dialog.mentions_combo.setCurrentIndex(dialog.mentions_combo.findData(1))
    dialog.favorite_check.setChecked(True)
    assert [op.kind for op in dialog.changes()] == [
        ActionKind.DESCRIPTION,
        ActionKind.LISTABLE,
        ActionKind.MENTION_PERMISSIONS,
        ActionKind.FAVORITE,
    ]
    await send(qtbot, dialog)
    assert accepted(dialog)
    room = await service.rooms.get(event.token)
    assert (room.description, room.listable, room.mention_permissions, room.is_favorite) == (
        "Agenda: budget, Q&A",
        2,
        1,
        True,
    )
    assert room.message_expiration == 90 * 60  # untouched: not sent
    assert [(e.action, e.ok) for e in audit.entries()] == [
        ("description", True),
        ("listable", True),
        ("mention-permissions", True),
        ("favorite", True),
    ]


async def test_a_refusal_part_way_keeps_what_was_done_and_what_was_typed(
    qtbot: QtBot,
    runner: ActionRunner,
    service: TalkService,
    demo_server: DemoServer,
    event: EventRoom,
    audit: AuditLog,
) -> None:
    dialog = await _settings(qtbot, runner, service, event.token)
    dialog.description_edit.setPlainText("Recorded keynote")
    dialog.consent_check.setChecked(True)
    connect(demo_server, event.token, "alice", in_call=int(InCallFlag.IN_CALL))  # a call starts
    await send(qtbot, dialog)
    assert still_open_with_error(
        dialog,
        "Saved: description. Not saved: Cannot require recording consent in 'Town hall' "
        "while a call is running",
    )
    assert dialog.consent_check.isChecked()  # what was asked for stays
    assert [op.kind for op in dialog.changes()] == [ActionKind.RECORDING_CONSENT]
    assert (await service.rooms.get(event.token)).description == "Recorded keynote"
    assert [(e.action, e.ok) for e in audit.entries()] == [
        ("description", True),
        ("recording-consent", False),
    ]


async def test_a_participant_changes_only_their_own_settings(
    qtbot: QtBot, login_as: ServiceFactory, service: TalkService, event: EventRoom, audit: AuditLog
) -> None:
    alice = await login_as("alice")
    dialog = await _settings(qtbot, ActionRunner(alice, audit), alice, event.token)
    for control in (dialog.description_edit, dialog.listable_combo, dialog.consent_check):
        assert not control.isEnabled()
    assert dialog.listable_combo.toolTip() == (
        "Only moderators can change who can find a conversation"
    )
    assert dialog.notifications_combo.isEnabled() and dialog.calls_check.isEnabled()
    dialog.notifications_combo.setCurrentIndex(dialog.notifications_combo.findData(3))
    dialog.calls_check.setChecked(False)
    await send(qtbot, dialog)
    assert accepted(dialog)
    mine = await alice.rooms.get(event.token)
    assert (mine.notification_level, mine.notification_calls) == (3, 0)
    theirs = await service.rooms.get(event.token)
    assert theirs.notification_level != 3  # only alice's own setting changed
    assert [e.action for e in audit.entries()] == ["notifications", "call-notifications"]


async def test_description_too_long_is_refused_locally_and_cancel_sends_nothing(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom, audit: AuditLog
) -> None:
    dialog = await _settings(qtbot, runner, service, event.token)
    dialog.description_edit.setPlainText("x" * 2001)
    assert dialog.description_count.text() == "2,001 of 2,000 characters"
    assert not dialog.send_button.isEnabled()
    dialog.send()
    assert "too long" in dialog.error_text and dialog.sends == 0
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and audit.entries() == []


async def test_the_description_is_plain_text(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom
) -> None:
    await service.rooms.set_description(event.token, "<b>bold</b> <img src=x>")
    dialog = await _settings(qtbot, runner, service, event.token)
    assert dialog.description_edit.toPlainText() == "<b>bold</b> <img src=x>"


# ----------------------------------------------------------------- joining with consent


def _webinar(demo_server: DemoServer) -> str:
    room = next(r for r in demo_server.state.rooms.values() if r.name == "Product Launch Webinar")
    return room.token


async def test_joining_a_call_that_asks_for_consent(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, demo_server: DemoServer,
    audit: AuditLog,
) -> None:  # fmt: skip
    room = await service.rooms.get(_webinar(demo_server))
    dialog = opened(qtbot, join_call_dialog(runner, room))
    assert dialog.consent_check.isVisible()
    assert dialog.consent_check.text() == "Give consent to the recording of this call"
    assert policy.CONSENT_TEXT in dialog.consent_text.text()
    assert not dialog.send_button.isEnabled()  # not without consent
    dialog.consent_check.setChecked(True)
    await send(qtbot, dialog)
    assert accepted(dialog)
    me = next(p for p in await service.participants.list(room.token) if p.actor_id == service.login)
    assert me.in_call & InCallFlag.IN_CALL
    assert audit.entries()[-1].detail == "join the call, consenting to its recording"


async def test_consent_asked_for_after_the_list_was_read(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom
) -> None:
    dialog = opened(qtbot, join_call_dialog(runner, event.room))
    assert not dialog.consent_check.isVisible()
    await service.policy.set_recording_consent(event.token, 1)  # meanwhile, elsewhere
    await send(qtbot, dialog)
    assert dialog.isVisible() and "give recording consent to join it" in dialog.error_text
    assert dialog.consent_check.isVisible() and not dialog.send_button.isEnabled()
    dialog.consent_check.setChecked(True)
    await send(qtbot, dialog)
    assert accepted(dialog)


async def test_consent_refusal_recognised_in_german(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom, tmp_path: Path
) -> None:
    """The dialog knows the server's refusal by its sentence, which is German in a German
    window: it still offers the consent check then."""
    with language("de", compile_catalogue(tmp_path)):
        dialog = opened(qtbot, join_call_dialog(runner, event.room))
        await service.policy.set_recording_consent(event.token, 1)
        await send(qtbot, dialog)
        assert dialog.isVisible() and dialog.error_text == (
            "Dieser Anruf wird aufgezeichnet: Willigen Sie in die Aufzeichnung ein, um beizutreten"
        )
        assert dialog.consent_check.isVisible() and not dialog.send_button.isEnabled()
        dialog.consent_check.setChecked(True)
        await send(qtbot, dialog)
        assert accepted(dialog)


# ----------------------------------------------------------------- invitations


async def test_resend_one_and_all(
    qtbot: QtBot,
    runner: ActionRunner,
    service: TalkService,
    demo_server: DemoServer,
    event: EventRoom,
    audit: AuditLog,
) -> None:
    await service.participants.add(event.token, "carol@example.org", "emails")
    guest = next(p for p in await service.participants.list(event.token) if p.email)
    one = opened(qtbot, resend_invitation_dialog(runner, event.room, guest))
    assert "carol@example.org" in one.intro.text()
    await send(qtbot, one)
    assert accepted(one)
    every = opened(qtbot, resend_all_dialog(runner, event.room))
    await send(qtbot, every)
    assert accepted(every)
    assert demo_server.state.outbox.count((event.token, "carol@example.org")) == 2
    assert [e.participant for e in audit.entries()] == ["carol@example.org", ""]


async def test_import_checks_previews_and_imports(
    qtbot: QtBot,
    runner: ActionRunner,
    service: TalkService,
    event: EventRoom,
    audit: AuditLog,
    tmp_path: Path,
) -> None:
    csv = tmp_path / "launch guests.csv"
    csv.write_text("email,name\nann@example.org,Ann\nnot-an-address,X\nbo@example.org,<b>Bo</b>\n")
    dialog = opened(qtbot, ImportEmailsDialog(runner, event.room))
    assert not dialog.send_button.isEnabled() and audit.entries() == []  # opening sends nothing
    dialog.load(csv)
    await dialog.wait_checked()
    assert dialog.summary.text() == (
        "The server's check: 2 to invite, 1 invalid line (3). Import invites the others and "
        "skips the invalid lines."
    )
    table = dialog.table
    rows = [
        tuple(table.item(r, c).text() for c in range(table.columnCount()))
        for r in range(table.rowCount())
    ]
    assert rows == [
        ("2", "ann@example.org", "Ann", "to invite"),
        ("3", "not-an-address", "X", "invalid"),
        ("4", "bo@example.org", "<b>Bo</b>", "to invite"),  # shown as typed, never as markup
    ]
    assert audit.entries() == []  # the dry run is no action
    assert not [p for p in await service.participants.list(event.token) if p.email]
    await send(qtbot, dialog)
    assert accepted(dialog), dialog.error_text
    emails = {p.email for p in await service.participants.list(event.token) if p.email}
    assert emails == {"ann@example.org", "bo@example.org"}
    assert (await service.rooms.get(event.token)).is_public
    assert [(e.action, e.detail) for e in audit.entries()] == [
        ("import-emails", "import e-mail guests from launch guests.csv")
    ]


async def test_import_of_a_file_without_email_column(
    qtbot: QtBot, runner: ActionRunner, event: EventRoom, tmp_path: Path
) -> None:
    csv = tmp_path / "wrong.csv"
    csv.write_text("mail,name\nx@example.org,X\n")
    dialog = opened(qtbot, ImportEmailsDialog(runner, event.room))
    dialog.load(csv)
    await dialog.wait_checked()
    assert dialog.error_text == (
        "Cannot check the e-mail guests to import into 'Town hall': Missing email field in "
        "header line"
    )
    assert not dialog.send_button.isEnabled() and dialog.table.isHidden()
    dialog.load(tmp_path / "gone.csv")
    await dialog.wait_checked()
    assert dialog.error_text.startswith("Cannot read gone.csv:")
    await wait_until(lambda: not dialog.progress.isVisible())

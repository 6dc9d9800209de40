"""What a new user meets in the window: counts in proper plurals, an audit log whose Result
column is in view, bulk rows that wait only once started, error text readable in the dark
theme (status bar, sign-in) and cleared from the status bar once the server is back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.accounts import AccountStore
from app.api import Suggestion, TalkService
from app.api.password_policy import PasswordPolicy
from app.audit import AuditEntry, AuditLog, now_iso
from app.demo_server import DemoServer
from app.moderation import ActionKind, ActionRunner
from app.moderation import operations as ops
from app.moderation.rules import RuleContext, evaluate
from app.secrets import SecretStore
from app.settings import SettingsStore, Theme
from app.ui.dialogs.accounts_dialog import AccountsDialog
from app.ui.dialogs.add_participant import AddParticipantDialog
from app.ui.dialogs.audit_log import COLUMNS, AuditLogDialog
from app.ui.dialogs.bans import BanListDialog
from app.ui.dialogs.bulk_result import BulkResultDialog
from app.ui.dialogs.password import PasswordDialog
from app.ui.dialogs.rename import RenameDialog
from app.ui.dialogs.sign_in import SignInDialog
from app.ui.formatting import count_of
from app.ui.main_window import MainWindow
from app.ui.models import RECORD_ROLE
from app.ui.moderation import install_moderation
from app.ui.theme import apply_theme
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.moderation import EventRoom, make_event_room, opened
from tests.helpers.waiting import wait_until
from tests.ui.factories import person, room

from ..conftest import WindowOpener


def test_counts_read_as_words() -> None:
    assert count_of(1, "suggestion") == "1 suggestion"
    assert count_of(31, "action") == "31 actions"
    assert count_of(0, "entry", "entries") == "0 entries"


def _entry(detail: str, *, ok: bool = True, error: str = "") -> AuditEntry:
    return AuditEntry(
        time=now_iso(),
        account="moderator1",
        server="https://cloud.example.org/nextcloud",
        room_token="abcd1234",
        room="Product Launch Webinar",
        participant="Alice Anderson",
        attendee_id=7,
        action="promote",
        detail=detail,
        ok=ok,
        error=error,
    )


def test_audit_log_counts_and_keeps_the_result_in_view(
    qtbot: QtBot, audit: AuditLog, tmp_path: Path
) -> None:
    audit.append(_entry("promote Alice Anderson to moderator"))
    viewer = opened(qtbot, AuditLogDialog(audit))
    assert viewer.status.text().startswith("1 action recorded in ")
    long_detail = "lobby on, opens 2026-12-24 18:00 CET; " * 4
    error = "failed: Alice Anderson is already a moderator of 'Product Launch Webinar'"
    for _ in range(30):
        audit.append(_entry(long_detail, ok=False, error=error.removeprefix("failed: ")))
    viewer.reload()
    assert viewer.status.text().startswith("31 actions recorded in ")
    assert viewer.export_to(tmp_path / "audit.csv") == 31
    assert viewer.status.text().startswith("Exported 31 actions to ")

    table = viewer.table
    result = COLUMNS.index("Result")
    item = table.item(0, result)
    assert item is not None and item.text() == error
    right_edge = table.columnViewportPosition(result) + table.columnWidth(result)
    assert right_edge <= table.viewport().width(), "the Result column is cut off"
    assert table.columnWidth(result) >= table.sizeHintForColumn(result)  # all of its text
    detail = table.item(0, COLUMNS.index("Detail"))
    assert detail is not None and detail.toolTip()  # a shortened column keeps its text
    viewer.resize(1400, 480)  # more room: the columns grow back, Result still in view
    QApplication.processEvents()
    assert table.columnViewportPosition(result) + table.columnWidth(result) <= (
        table.viewport().width()
    )


def test_bulk_rows_wait_only_once_started(
    qtbot: QtBot, runner: ActionRunner, event: EventRoom
) -> None:
    operations = [ops.promote(event.room, event.person(login)) for login in ("alice", "bob")]
    dialog = opened(qtbot, BulkResultDialog(runner, operations, title="Promote"))
    assert dialog.summary.text() == "2 items"
    assert [dialog.row(i)[1] for i in range(2)] == ["", ""]  # nothing is waiting yet
    single = opened(qtbot, BulkResultDialog(runner, operations[:1], title="Promote"))
    assert single.summary.text() == "1 item"


async def test_bulk_rows_say_waiting_after_start(
    qtbot: QtBot, runner: ActionRunner, event: EventRoom, demo_server: DemoServer
) -> None:
    operations = [ops.promote(event.room, event.person(login)) for login in ("alice", "bob")]
    dialog = opened(qtbot, BulkResultDialog(runner, operations, title="Promote", concurrency=1))
    demo_server.set_faults(latency_ms=200)
    try:
        task = dialog.start()
        assert dialog.row(1)[1] == "waiting"  # its turn comes after alice's
        await task
    finally:
        demo_server.set_faults(latency_ms=0)
    assert [dialog.row(i)[1] for i in range(2)] == ["done", "done"]


def test_one_suggestion_is_singular(qtbot: QtBot, runner: ActionRunner, event: EventRoom) -> None:
    dialog = opened(qtbot, AddParticipantDialog(runner, event.room))
    dialog.set_suggestions([Suggestion(id="carol", label="Carol", source="users")])
    assert dialog.hint.text() == "1 suggestion"


# ----------------------------------------------------------------- the dark theme


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(widget: QWidget) -> float:
    """WCAG contrast of ``widget``'s text colour against its window's background."""
    text = widget.palette().color(QPalette.ColorRole.WindowText)
    back = widget.window().palette().color(QPalette.ColorRole.Window)
    bright, dark = sorted((_luminance(text), _luminance(back)), reverse=True)
    return (bright + 0.05) / (dark + 0.05)


@pytest.fixture(params=[Theme.DARK, Theme.LIGHT], ids=["dark", "light"])
def theme(request: pytest.FixtureRequest) -> Iterator[Theme]:
    apply_theme(request.param)
    try:
        yield request.param
    finally:
        apply_theme(Theme.SYSTEM)


def test_sign_in_error_is_readable(
    qtbot: QtBot, theme: Theme, config_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    dialog = opened(
        qtbot, SignInDialog(AccountStore(SettingsStore(), SecretStore()), open_url=lambda _u: True)
    )
    edit = dialog.findChild(QLineEdit, "serverEdit")
    button = dialog.findChild(QPushButton, "continueButton")
    assert edit is not None and button is not None
    qtbot.keyClicks(edit, "http://127.0.0.1:99999")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "port must be a number from 1 to 65535" in dialog.error_text
    assert contrast(dialog.error_label) >= 4.5, f"error text hard to read ({theme.value})"


async def test_status_bar_error_is_readable_and_goes_when_the_server_is_back(
    open_window: WindowOpener, demo_server: DemoServer, theme: Theme
) -> None:
    async with open_window() as window:
        controller = window.controller
        await wait_until(lambda: controller.status.state.value == "connected")
        demo_server.set_faults(fail_rate=1.0, kinds=["503"])
        try:
            await wait_until(lambda: controller.status.state.value == "offline")
            await wait_until(lambda: bool(window.error_label.text()))
            assert contrast(window.error_label) >= 4.5, f"hard to read ({theme.value})"
        finally:
            demo_server.set_faults(fail_rate=0.0)
        await wait_until(lambda: window.connection_label.text() == "Connected")
        assert window.error_label.text() == "", "an old error stays beside 'Connected'"
        assert window.error_label.toolTip() == ""


# ----------------------------------------------------------------- bulk promote, mixed selection


def test_promote_of_a_mixed_selection_is_allowed() -> None:
    """The rule: the moderators among several people do not disable Promote for the rest."""
    mod_room = room("abcd1234", participant_type=2, attendee_id=1)
    alice = person(5, participant_type=2, display_name="Alice")
    bob = person(6, participant_type=3, display_name="Bob")
    mixed = evaluate(ActionKind.PROMOTE, RuleContext(room=mod_room, participants=(alice, bob)))
    assert mixed.enabled, mixed.reason
    only_mods = evaluate(ActionKind.PROMOTE, RuleContext(room=mod_room, participants=(alice,)))
    assert not only_mods.enabled and "Alice is already a moderator" in only_mods.reason
    both = evaluate(
        ActionKind.PROMOTE,
        RuleContext(room=mod_room, participants=(alice, person(7, participant_type=2))),
    )
    assert not both.enabled and both.reason == "Everyone selected is already a moderator"


async def test_bulk_promote_runs_on_the_rest_and_lists_the_moderators(
    open_window: WindowOpener, service: TalkService, audit: AuditLog
) -> None:
    event = await make_event_room(service, "Mixed promote", logins=("alice", "bob", "carol"))
    await service.participants.promote(event.token, event.person("alice").attendee_id)
    async with open_window() as window:
        moderation = install_moderation(window, audit)
        await wait_until(lambda: window.controller.loaded)
        assert window.select_room(event.token)
        await wait_until(lambda: len(window.participant_model) == 4)
        _select(window, ("alice", "bob", "carol"))
        action = window.registry.action(ActionKind.PROMOTE)
        await wait_until(action.isEnabled, message=action.toolTip())
        action.trigger()
        dialog = moderation.last_dialog
        assert isinstance(dialog, BulkResultDialog)
        rows = [dialog.row(i) for i in range(dialog.table.rowCount())]
        alice = event.person("alice").title
        assert (alice, "already a moderator", "nothing to send") in rows
        assert len(dialog.bulk.results) == 2  # bob and carol only
        finished: list[object] = []
        dialog.finished_all.connect(finished.append)
        dialog.start()
        await wait_until(lambda: bool(finished))
        assert dialog.summary.text() == (
            "Finished: 2 succeeded, 0 failed; 1 left out (already a moderator)"
        )
    people = {p.actor_id: p for p in await service.participants.list(event.token)}
    assert all(people[login].is_moderator for login in ("alice", "bob", "carol"))
    assert sorted(e.participant for e in audit.entries()) == sorted(
        event.person(login).title for login in ("bob", "carol")
    )  # nothing was sent for alice


def _select(window: MainWindow, logins: tuple[str, ...]) -> None:
    view = window.participant_view
    selection = QItemSelection()
    for row in range(window.participant_model.rowCount()):
        source = window.participant_model.index(row, 0)
        person = source.data(RECORD_ROLE)
        if person is not None and person.actor_id in logins:
            index = window.participant_proxy.mapFromSource(source)
            selection.select(index, index)
    view.selectionModel().select(
        selection,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert sorted(p.actor_id for p in window.selected_participants()) == sorted(logins)


def test_dialog_errors_and_warnings_are_readable(
    qtbot: QtBot,
    theme: Theme,
    runner: ActionRunner,
    event: EventRoom,
    store_for_dialogs: AccountStore,
) -> None:
    """The same colours in every dialog: an action's error, the accounts' removal warning and
    a ban list's error."""
    rename = opened(qtbot, RenameDialog(runner, event.room))
    rename.show_error("The server refused: the name is too long")
    assert contrast(rename.error_label) >= 4.5
    bans = opened(qtbot, BanListDialog(runner, event.room))
    bans.show_error("Cannot lift the ban: it was lifted meanwhile")
    assert contrast(bans.error_label) >= 4.5
    accounts = opened(qtbot, AccountsDialog(store_for_dialogs))
    accounts.confirm_label.setText("Remove this account?")
    assert contrast(accounts.confirm_label) >= 4.5


@pytest.fixture
def store_for_dialogs(config_dir: Path, memory_keyring: MemoryKeyring) -> AccountStore:
    return AccountStore(SettingsStore(), SecretStore())


# ----------------------------------------------------------------- the password policy up front


def test_the_policy_in_words() -> None:
    caps = {
        "password_policy": {
            "minLength": 10,
            "enforceNonCommonPassword": True,
            "policies": {
                "account": {"minLength": 10},
                "sharing": {"minLength": 8, "enforceNumericCharacters": True},
            },
        }
    }
    sharing = PasswordPolicy.from_capabilities(caps)  # a conversation password is a share's
    assert sharing == PasswordPolicy(min_length=8, numeric=True)
    assert sharing.describe() == "The server's password policy: at least 8 characters, a digit."
    assert sharing.problem("abc") == "The password needs at least 8 characters, a digit"
    assert sharing.problem("abcdefg1") is None
    top = PasswordPolicy.from_capabilities({"password_policy": {"minLength": 10}})
    assert top is not None and top.min_length == 10
    assert PasswordPolicy.from_capabilities({"spreed": {}}) is None
    assert PasswordPolicy().describe() == ""


async def test_the_password_dialog_says_the_policy_before_anything_is_typed(
    open_window: WindowOpener, service: TalkService, audit: AuditLog
) -> None:
    event = await make_event_room(service, "Open day", room_type=3)
    async with open_window() as window:
        moderation = install_moderation(window, audit)
        await wait_until(lambda: window.controller.capabilities is not None)
        await wait_until(lambda: window.controller.loaded)
        await wait_until(lambda: window.select_room(event.token), message="room not listed")
        action = window.registry.action(ActionKind.PASSWORD)
        await wait_until(action.isEnabled, message=action.toolTip())
        action.trigger()
        dialog = moderation.last_dialog
        assert isinstance(dialog, PasswordDialog)
        assert dialog.password_edit.text() == ""
        assert dialog.policy_label.isVisibleTo(dialog)
        assert dialog.policy_label.text() == (
            "The server's password policy: at least 10 characters, not a commonly used password."
        )
        dialog.reject()

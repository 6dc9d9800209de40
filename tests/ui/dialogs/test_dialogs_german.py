"""Every dialog in German: no English left in what it shows, and no German text cut off.

Each dialog is built as its action builds it (over the demo server, for a group conversation
with alice and bob), after the German catalogue was installed as at a start with Settings >
Language = Deutsch, and shown. Its texts (title, labels, buttons, group boxes, combo items,
placeholders, headers, tooltips) fail when one is a translated English source shown as it is,
or holds an English word once the server's data (titles, names, logins, paths) is taken out.
German is longer than English: every visible button, check box and label must show its whole
text at the size the dialog opens with, inside the dialog, and the dialog must fit a 1280x800
screen.

The same dialogs in English must be found English: the check can fail.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QListView, QWidget
from pytestqt.qtbot import QtBot

from app.accounts import AccountStore
from app.api import TalkService
from app.api.password_policy import PasswordPolicy
from app.audit import AuditLog
from app.demo_server.breakout_seed import WORKSHOP
from app.moderation import ActionRunner
from app.moderation import operations as ops
from app.secrets import SecretStore
from app.settings import SettingsStore
from app.ui.chat.dialogs import AnnouncementDialog, ClearHistoryDialog, delete_message_dialog
from app.ui.dialogs.about import AboutDialog
from app.ui.dialogs.accounts_dialog import AccountsDialog
from app.ui.dialogs.add_participant import AddParticipantDialog
from app.ui.dialogs.attendance import AttendanceDialog
from app.ui.dialogs.audit_log import AuditLogDialog
from app.ui.dialogs.bans import BanDialog, BanListDialog
from app.ui.dialogs.breakout import BreakoutDialog
from app.ui.dialogs.bulk_result import BulkResultDialog
from app.ui.dialogs.call import (
    dial_out_dialog,
    end_call_dialog,
    join_call_dialog,
    leave_call_dialog,
    ring_dialog,
)
from app.ui.dialogs.conversation_settings import ConversationSettingsDialog
from app.ui.dialogs.create_room import CreateRoomDialog
from app.ui.dialogs.delete import DeleteDialog
from app.ui.dialogs.guests import guests_dialog
from app.ui.dialogs.import_emails import ImportEmailsDialog
from app.ui.dialogs.invitations import resend_all_dialog
from app.ui.dialogs.listen_only import listen_only_dialog
from app.ui.dialogs.lobby import LobbyDialog
from app.ui.dialogs.lobby_bypass import lobby_bypass_dialog
from app.ui.dialogs.password import PasswordDialog
from app.ui.dialogs.permissions import (
    BulkPermissionsDialog,
    PersonPermissionsDialog,
    RoomPermissionsDialog,
)
from app.ui.dialogs.polls import NewPollDialog, PollResultsDialog
from app.ui.dialogs.read_only import read_only_dialog
from app.ui.dialogs.recording import StartRecordingDialog, stop_recording_dialog
from app.ui.dialogs.remove_participant import RemoveParticipantDialog
from app.ui.dialogs.rename import RenameDialog
from app.ui.dialogs.role import demote_dialog, promote_dialog
from app.ui.dialogs.settings_dialog import SettingsDialog
from app.ui.dialogs.sign_in import SignInDialog
from app.ui.dialogs.sip import SipDialog
from tests.helpers.moderation import EventRoom
from tests.helpers.untranslated import english, language, widget_texts
from tests.helpers.waiting import wait_until

SCREEN = QRect(0, 0, 1280, 800)

Make = Callable[[ActionRunner, TalkService, EventRoom, Path], Awaitable[QDialog]]


async def _message_dialog(
    runner: ActionRunner, service: TalkService, event: EventRoom, _folder: Path
) -> QDialog:
    message = await service.chat.post(event.token, "Doors open at nine, see you there")
    return delete_message_dialog(runner, event.room, message)


async def _running_breakout(
    runner: ActionRunner, service: TalkService, _e: EventRoom, _f: Path
) -> QDialog:
    """The seeded workshop, its breakout rooms running, one asking for help."""
    listing = await service.rooms.list()
    workshop = next(room for room in listing.rooms if room.title == WORKSHOP)
    return BreakoutDialog(runner, workshop)


async def _bulk(runner: ActionRunner, _s: TalkService, event: EventRoom, _f: Path) -> QDialog:
    operations = [ops.promote(event.room, event.person(login)) for login in ("alice", "bob")]
    return BulkResultDialog(
        runner, operations, title="Zum Moderator befördern", noted=[("Carol", "bereits Moderator")]
    )


def _audit(runner: ActionRunner) -> AuditLog:
    assert runner.audit is not None
    return runner.audit


def _store() -> AccountStore:
    return AccountStore(SettingsStore(), SecretStore())


def _sign_in_page(page: str) -> Callable[[ActionRunner, EventRoom, Path], QDialog]:
    """The sign-in dialog on another of its pages (the address typed; Login Flow's address)."""

    def build(_r: ActionRunner, _e: EventRoom, _f: Path) -> QDialog:
        dialog = SignInDialog(_store())
        dialog.server_edit.setText("cloud.example.org")
        dialog.login_url_label.setText("https://cloud.example.org/login/v2/flow/" + "x" * 120)
        dialog.show_page(getattr(dialog, page))
        return dialog

    return build


def _sync(build: Callable[[ActionRunner, EventRoom, Path], QDialog]) -> Make:
    async def make(
        runner: ActionRunner, _s: TalkService, event: EventRoom, folder: Path
    ) -> QDialog:
        return build(runner, event, folder)

    return make


POLICY = PasswordPolicy(
    min_length=10,
    upper_lower=True,
    numeric=True,
    special=True,
    not_common=True,
    not_breached=True,
)

DIALOGS: dict[str, Make] = {
    "about": _sync(lambda r, e, f: AboutDialog()),
    "accounts": _sync(lambda r, e, f: AccountsDialog(_store(), on_demo=True)),
    "sign-in": _sync(lambda r, e, f: SignInDialog(_store(), offer_demo=True)),
    "sign-in-waiting": _sync(_sign_in_page("waiting_page")),
    "sign-in-manual": _sync(_sign_in_page("manual_page")),
    "sign-in-keyring": _sync(_sign_in_page("keyring_page")),
    "settings": _sync(lambda r, e, f: SettingsDialog(SettingsStore())),
    "audit-log": _sync(lambda r, e, f: AuditLogDialog(_audit(r))),
    "create-room": _sync(lambda r, e, f: CreateRoomDialog(r)),
    "rename": _sync(lambda r, e, f: RenameDialog(r, e.room)),
    "delete": _sync(lambda r, e, f: DeleteDialog(r, e.room)),
    "guests": _sync(lambda r, e, f: guests_dialog(r, e.room)),
    "read-only": _sync(lambda r, e, f: read_only_dialog(r, e.room)),
    "password": _sync(lambda r, e, f: PasswordDialog(r, e.room, policy=POLICY)),
    "lobby": _sync(lambda r, e, f: LobbyDialog(r, e.room)),
    "sip": _sync(lambda r, e, f: SipDialog(r, e.room)),
    "settings-of-room": _sync(lambda r, e, f: ConversationSettingsDialog(r, e.room)),
    "room-permissions": _sync(
        lambda r, e, f: RoomPermissionsDialog(r, e.room, list(e.people.values()))
    ),
    "listen-only": _sync(lambda r, e, f: listen_only_dialog(r, e.room)),
    "add-participant": _sync(lambda r, e, f: AddParticipantDialog(r, e.room)),
    "remove": _sync(
        lambda r, e, f: RemoveParticipantDialog(r, e.room, e.person("bob"), can_ban=True)
    ),
    "ban": _sync(lambda r, e, f: BanDialog(r, e.room, e.person("bob"))),
    "bans": _sync(lambda r, e, f: BanListDialog(r, e.room)),
    "promote": _sync(lambda r, e, f: promote_dialog(r, e.room, e.person("bob"))),
    "demote": _sync(lambda r, e, f: demote_dialog(r, e.room, e.person("bob"))),
    "let-in": _sync(lambda r, e, f: lobby_bypass_dialog(r, e.room, e.person("bob"))),
    "permissions": _sync(lambda r, e, f: PersonPermissionsDialog(r, e.room, e.person("bob"))),
    "bulk-permissions": _sync(
        lambda r, e, f: BulkPermissionsDialog(e.room, [e.person("alice"), e.person("bob")])
    ),
    "join-call": _sync(lambda r, e, f: join_call_dialog(r, e.room)),
    "leave-call": _sync(lambda r, e, f: leave_call_dialog(r, e.room)),
    "end-call": _sync(lambda r, e, f: end_call_dialog(r, e.room)),
    "ring": _sync(lambda r, e, f: ring_dialog(r, e.room, e.person("bob"))),
    "dial-out": _sync(lambda r, e, f: dial_out_dialog(r, e.room, e.person("bob"))),
    "start-recording": _sync(lambda r, e, f: StartRecordingDialog(r, e.room)),
    "stop-recording": _sync(lambda r, e, f: stop_recording_dialog(r, e.room)),
    "attendance": _sync(lambda r, e, f: AttendanceDialog(r, e.room, folder=f)),
    "import-emails": _sync(lambda r, e, f: ImportEmailsDialog(r, e.room)),
    "resend-invitations": _sync(lambda r, e, f: resend_all_dialog(r, e.room)),
    "new-poll": _sync(lambda r, e, f: NewPollDialog(r, e.room)),
    "poll-results": _sync(lambda r, e, f: PollResultsDialog(r, e.room)),
    "breakout": _sync(lambda r, e, f: BreakoutDialog(r, e.room, list(e.people.values()))),
    "breakout-running": _running_breakout,
    "bulk": _bulk,
    "delete-message": _message_dialog,
    "clear-history": _sync(lambda r, e, f: ClearHistoryDialog(r, e.room)),
    "announcement": _sync(lambda r, e, f: AnnouncementDialog(r, e.room)),
}


@pytest.fixture
def german(catalogue: Path) -> Iterator[None]:
    with language("de", catalogue) as installed:
        assert installed.language == "de" and installed.ours
        yield


def cut_texts(dialog: QDialog) -> list[str]:
    """The visible buttons, check boxes and labels whose text does not fit where they are
    drawn, or that lie outside the dialog."""
    cut = []
    inside = dialog.rect()
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow():
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap():
                fits = widget.heightForWidth(widget.width()) <= widget.height()
            else:
                hint = widget.sizeHint()
                fits = hint.width() <= widget.width() and hint.height() <= widget.height()
        elif isinstance(widget, QAbstractButton):
            fits = widget.sizeHint().width() <= widget.width()
        elif isinstance(widget, QListView):  # a line wider than the list hides behind a bar
            fits = not widget.horizontalScrollBar().isVisible() and all(
                widget.visualRect(widget.model().index(row, 0)).right() <= widget.viewport().width()
                for row in range(widget.model().rowCount())
            )
        else:
            continue
        box = QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())
        if not fits or not inside.contains(box):
            text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
            cut.append(f"{widget.objectName() or type(widget).__name__} {text!r}: {box}")
    return cut


def shortcut_clashes(dialog: QDialog) -> list[str]:
    """Letters that two visible texts of ``dialog`` both use as their Alt shortcut."""
    seen: dict[str, str] = {}
    clashes = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton):
            continue
        match = re.search(r"&([^&])", widget.text().replace("&&", ""))
        if match is None:
            continue
        letter = match.group(1).lower()
        if letter in seen:
            clashes.append(f"{letter}: {seen[letter]!r} and {widget.text()!r}")
        seen[letter] = widget.text()
    return clashes


async def _shown(
    qtbot: QtBot,
    name: str,
    runner: ActionRunner,
    service: TalkService,
    event: EventRoom,
    folder: Path,
) -> tuple[QDialog, list[str]]:
    dialog = await DIALOGS[name](runner, service, event, folder)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    loaded = getattr(dialog, "wait_loaded", None)
    if loaded is not None:
        await loaded()
    data = [
        event.room.title,
        *(person.title for person in event.people.values()),
        *(person.actor_id for person in event.people.values()),
        service.login,
        str(folder),
        str(SettingsStore().path),
        "@all",  # Talk's mention of everyone, a word of no language
        "Doors open at nine, see you there",
        "Carol",
    ]
    room = getattr(dialog, "room", None)  # the server's names of the dialog's own rooms
    data += [r.title for r in [room, *getattr(dialog, "breakouts", [])] if r is not None]
    return dialog, data


@pytest.mark.parametrize("name", sorted(DIALOGS))
async def test_dialog_in_german_has_no_english_and_nothing_cut(
    qtbot: QtBot,
    german: None,
    name: str,
    runner: ActionRunner,
    service: TalkService,
    event: EventRoom,
    tmp_path: Path,
    config_dir: Path,
    memory_keyring: object,
) -> None:
    dialog, data = await _shown(qtbot, name, runner, service, event, tmp_path)
    left = english(widget_texts(dialog), data)
    assert not left, "\n".join(left)
    await wait_until(lambda: not cut_texts(dialog), timeout=2, message="\n".join(cut_texts(dialog)))
    assert not shortcut_clashes(dialog)
    frame = dialog.frameGeometry()
    assert frame.width() <= SCREEN.width() and frame.height() <= SCREEN.height(), frame
    dialog.close()


@pytest.mark.parametrize("name", ["lobby", "breakout", "sign-in", "settings"])
async def test_the_same_dialogs_in_english_are_found_english(
    qtbot: QtBot,
    name: str,
    runner: ActionRunner,
    service: TalkService,
    event: EventRoom,
    tmp_path: Path,
    config_dir: Path,
    memory_keyring: object,
) -> None:
    dialog, data = await _shown(qtbot, name, runner, service, event, tmp_path)
    assert len(english(widget_texts(dialog), data)) >= 3
    dialog.close()

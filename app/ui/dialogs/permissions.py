"""What people may do: one checkbox per right, for one person, several, or the conversation.

The rights and their words are ``app.api.permissions`` (the CLI's and the kiosk's too). Every
dialog first shows what each person has now. For several people a box that differs between
them is half-checked and stays as it is for each; only the boxes the moderator settles are
changed, and only for the people whose permissions that changes (one bulk run,
``BulkResultDialog``). Unchecking every box means "nothing", never "the default": that is a
checkbox of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...api import Participant, Room
from ...api.permissions import ALL_RIGHTS, BUILT_IN_DEFAULT, RIGHTS, Right, rights_of
from ...moderation import ActionRunner, Operation
from ...moderation import permissions as perm_ops
from ...widgets import PlainLabel
from ..targets import Target
from .base import MIN_WIDTH, AsyncActionDialog


def _check_name(right: Right) -> str:
    """``audio`` -> ``permissionAudioCheck``, ``start-call`` -> ``permissionStartCallCheck``."""
    return "permission" + "".join(part.capitalize() for part in right.name.split("-")) + "Check"


def describe(bits: int) -> str:
    """``bits`` in words in the user's language: "join call, chat"; "the default" for 0;
    "nothing" for 1."""
    if bits == 0:
        return QCoreApplication.translate("PermissionsDialog", "the default")
    rights = rights_of(bits)
    if not rights:
        return QCoreApplication.translate("PermissionsDialog", "nothing")
    return ", ".join(QCoreApplication.translate("Permissions", right.words) for right in rights)


def now_words(person: Participant) -> str:
    """What a person may do now, and where it comes from."""
    if person.is_moderator:
        return QCoreApplication.translate("PermissionsDialog", "everything (moderator)")
    if person.attendee_permissions:
        text = QCoreApplication.translate("PermissionsDialog", "{rights} (their own)")
    else:
        text = QCoreApplication.translate("PermissionsDialog", "{rights} (the conversation's)")
    return text.format(rights=describe(person.permissions))


class RightsBox(QWidget):
    """One checkbox per right; tri-state when it shows several people at once.

    Args:
        values: the permission values shown (one per person, or the conversation's); a right
            set in some but not all of them is half-checked.
    """

    changed = Signal()

    def __init__(self, values: Sequence[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.checks: dict[str, QCheckBox] = {}
        for right in RIGHTS:
            check = QCheckBox(QCoreApplication.translate("Permissions", right.label), self)
            check.setObjectName(_check_name(right))
            have = [bool(value & right.bit) for value in values]
            if values and any(have) and not all(have):
                check.setTristate(True)
                check.setCheckState(Qt.CheckState.PartiallyChecked)
            else:
                check.setChecked(bool(values) and all(have))
            check.stateChanged.connect(lambda _state: self.changed.emit())
            layout.addWidget(check)
            self.checks[right.name] = check

    def check(self, name: str) -> QCheckBox:
        return self.checks[name]

    def settled(self) -> tuple[int, int]:
        """``(on, off)``: the rights checked and unchecked; half-checked ones are in neither."""
        on = off = 0
        for right in RIGHTS:
            state = self.checks[right.name].checkState()
            if state == Qt.CheckState.Checked:
                on |= right.bit
            elif state == Qt.CheckState.Unchecked:
                off |= right.bit
        return on, off

    def apply_to(self, value: int) -> int:
        """``value`` with the settled rights changed (the rights only, no custom mark)."""
        on, off = self.settled()
        return ((value & ALL_RIGHTS) | on) & ~off


def _now_table(people: Sequence[Participant], parent: QWidget) -> QTableWidget:
    """Who has what now: names as plain text (table items never render markup)."""
    table = QTableWidget(len(people), 2, parent)
    table.setObjectName("currentPermissionsTable")
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("PermissionsDialog", "Who"),
            QCoreApplication.translate("PermissionsDialog", "May do now"),
        ]
    )
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    for row, person in enumerate(people):
        table.setItem(row, 0, QTableWidgetItem(person.title))
        table.setItem(row, 1, QTableWidgetItem(now_words(person)))
    table.setMaximumHeight(40 + 26 * min(len(people), 6))
    return table


class PersonPermissionsDialog(AsyncActionDialog):
    """What one person may do: set exactly the checked rights, or back to the default."""

    def __init__(
        self, runner: ActionRunner, room: Room, person: Participant, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            runner,
            title=self.tr("Permissions of {name}").format(name=person.title),
            object_name="permissionsDialog",
            send_text=self.tr("Apply"),
            parent=parent,
        )
        self.room = room
        self.person = person
        self.set_intro(
            self.tr("What {name} may do in '{title}'. Moderators can always do everything.").format(
                name=person.title, title=room.title
            )
        )
        self.current = _now_table([person], self)
        self.form.addRow(self.current)
        self.rights = RightsBox([person.permissions], self)
        self.form.addRow(self.rights)
        self.default_check = QCheckBox(
            self.tr("Use the conversation's permissions instead (forget their own)"), self
        )
        self.default_check.setObjectName("defaultPermissionsCheck")
        self.form.addRow(self.default_check)
        self.default_check.toggled.connect(self._refresh)
        self.rights.changed.connect(self._refresh)
        self._refresh()

    def target(self) -> Target | None:
        return Target(self.room.token, self.room.title, self.person.attendee_id, self.person.title)

    def _refresh(self) -> None:
        self.rights.setEnabled(not self.default_check.isChecked() and not self.in_flight)
        self.update_send_enabled()

    def validate(self) -> str | None:
        if self.default_check.isChecked():
            if not self.person.attendee_permissions:
                return self.tr("{name} already has the conversation's permissions").format(
                    name=self.person.title
                )
            return None
        if self.rights.apply_to(self.person.permissions) == self.person.permissions & ALL_RIGHTS:
            return self.tr("Nothing changed yet: check or uncheck what they may do")
        return None

    def operation(self) -> Operation:
        if self.default_check.isChecked():
            return perm_ops.set_permissions(self.room, self.person, "set", 0)
        bits = self.rights.apply_to(self.person.permissions)
        return perm_ops.set_permissions(self.room, self.person, "set", bits or 1)

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        if not busy:
            self._refresh()


class BulkPermissionsDialog(QDialog):
    """Several people at once: pick the rights to change, then the bulk run does it.

    Signals:
        chosen(list[Operation]): one operation per person whose permissions change.
    """

    chosen = Signal(list)

    def __init__(
        self, room: Room, people: Sequence[Participant], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bulkPermissionsDialog")
        self.setWindowTitle(self.tr("Permissions of %n people", "", len(people)))
        self.setModal(True)
        self.setMinimumWidth(MIN_WIDTH)
        self.room = room
        self.people = list(people)
        layout = QVBoxLayout(self)
        intro = PlainLabel(
            self.tr(
                "What these %n people may do in '{title}'. A half-checked box differs between "
                "them and stays as it is for each; check or uncheck it to change it for all of "
                "them.",
                "",
                len(people),
            ).format(title=room.title),
            self,
        )
        intro.setObjectName("introLabel")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(_now_table(self.people, self))
        self.rights = RightsBox([p.permissions for p in self.people], self)
        layout.addWidget(self.rights)
        self.error_label = PlainLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(self)
        self.next_button = QPushButton(self.tr("Continue…"), self)
        self.next_button.setObjectName("sendButton")
        self.next_button.setDefault(True)
        buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        self.next_button.clicked.connect(self._continue)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.rights.changed.connect(self._refresh)
        self._refresh()

    def operations(self) -> list[Operation]:
        """For each person whose permissions the settled boxes change: set the new ones."""
        result = []
        for person in self.people:
            new = self.rights.apply_to(person.permissions)
            if new != person.permissions & ALL_RIGHTS:
                result.append(perm_ops.set_permissions(self.room, person, "set", new or 1))
        return result

    def _refresh(self) -> None:
        count = len(self.operations())
        self.next_button.setEnabled(count > 0)
        self.error_label.setText(
            self.tr("Nothing changes yet: check or uncheck what they may do")
            if not count
            else self.tr(
                "This changes the permissions of {count} of %n people.", "", len(self.people)
            ).format(count=count)
        )

    def _continue(self) -> None:
        operations = self.operations()
        if operations:
            self.chosen.emit(operations)
            self.accept()


class RoomPermissionsDialog(AsyncActionDialog):
    """The conversation's default permissions: what everyone who is not a moderator may do
    unless they have their own.

    Args:
        people: the participants as the window lists them, to name whose own permissions
            Talk resets with a new default (empty when not known).
    """

    def __init__(
        self,
        runner: ActionRunner,
        room: Room,
        people: Sequence[Participant] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            runner,
            title=self.tr("Permissions of '{title}'").format(title=room.title),
            object_name="roomPermissionsDialog",
            send_text=self.tr("Apply"),
            parent=parent,
        )
        self.room = room
        shown = room.default_permissions
        now = describe(shown) if shown else self.tr("Talk's built-in ones")
        self.set_intro(
            self.tr(
                "What everyone in '{title}' who is not a moderator may do, unless they have "
                "permissions of their own. Now: {now}."
            ).format(title=room.title, now=now)
        )
        own = [p.title for p in people if p.attendee_permissions and not p.is_moderator]
        if own:
            names = ", ".join(own[:3])
            if len(own) > 3:
                names = self.tr("{names} and {count} more").format(names=names, count=len(own) - 3)
            self.set_warning(
                self.tr(
                    "{names} has permissions of their own; Talk resets them to the new default."
                ).format(names=names)
                if len(own) == 1
                else self.tr(
                    "{names} have permissions of their own; Talk resets them to the new default."
                ).format(names=names)
            )
        value = shown or BUILT_IN_DEFAULT
        self.rights = RightsBox([value], self)
        self.form.addRow(self.rights)
        self.built_in_check = QCheckBox(self.tr("Use Talk's built-in permissions"), self)
        self.built_in_check.setObjectName("builtInPermissionsCheck")
        self.form.addRow(self.built_in_check)
        self.built_in_check.toggled.connect(self._refresh)
        self.rights.changed.connect(self._refresh)
        self._value = value
        self._refresh()

    def _refresh(self) -> None:
        self.rights.setEnabled(not self.built_in_check.isChecked() and not self.in_flight)
        self.update_send_enabled()

    def validate(self) -> str | None:
        if self.built_in_check.isChecked():
            if not self.room.default_permissions:
                return self.tr("The conversation already uses Talk's built-in permissions")
            return None
        if self.rights.apply_to(self._value) == self._value & ALL_RIGHTS:
            return self.tr("Nothing changed yet: check or uncheck what people may do")
        return None

    def operation(self) -> Operation:
        if self.built_in_check.isChecked():
            return perm_ops.set_room_permissions(self.room, 0)
        return perm_ops.set_room_permissions(self.room, self.rights.apply_to(self._value) or 1)

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        if not busy:
            self._refresh()

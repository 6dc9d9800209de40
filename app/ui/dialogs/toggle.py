"""A dialog around one on/off room setting (read-only, guests allowed)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QWidget

from ...api import Room
from ...moderation import ActionRunner, Operation
from .base import AsyncActionDialog


class RoomToggleDialog(AsyncActionDialog):
    """Shows the current state as a checkbox; Apply sends only a real change.

    Args:
        current: the setting's state on the server as last seen.
        make: builds the operation for the new state.
        check_text: the checkbox label; check_name: its objectName.
    """

    def __init__(
        self,
        runner: ActionRunner,
        room: Room,
        *,
        current: bool,
        make: Callable[[bool], Operation],
        title: str,
        object_name: str,
        check_text: str,
        check_name: str,
        intro: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            runner,
            title=title,
            object_name=object_name,
            send_text=self.tr("Apply"),
            parent=parent,
        )
        self.room = room
        self.current = current
        self._make = make
        self.set_intro(intro)
        self.check = QCheckBox(check_text, self)
        self.check.setObjectName(check_name)
        self.check.setChecked(not current)  # opened to change it: propose the other state
        self.form.addRow(self.check)
        self.check.toggled.connect(self.update_send_enabled)
        self.update_send_enabled()

    def validate(self) -> str | None:
        if self.check.isChecked() == self.current:
            return self.tr("Nothing to change")
        return None

    def operation(self) -> Operation:
        return self._make(self.check.isChecked())

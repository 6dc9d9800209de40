"""Dialogs show the whole message: when the server's refusal appears (over real HTTP to the
demo server), the dialog grows so that no label is cut, never below the size the user gave it,
never beyond the screen."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.api.constants import ConversationType
from app.moderation import ActionRunner
from app.ui.dialogs.base import AsyncActionDialog
from app.ui.dialogs.lobby import LobbyDialog
from app.ui.dialogs.password import PasswordDialog
from app.ui.dialogs.rename import RenameDialog
from app.ui.dialogs.role import promote_dialog
from tests.helpers.moderation import (
    EventRoom,
    make_event_room,
    opened,
    send,
    still_open_with_error,
)
from tests.helpers.waiting import wait_until


def cut_widgets(dialog: AsyncActionDialog) -> list[str]:
    """The visible labels (and inputs) that do not fit where they are drawn.

    A word-wrapped label needs ``heightForWidth`` of its width (its plain ``sizeHint`` is for
    an ideal width it does not have), any other label its ``sizeHint``; an input or button at
    least its ``minimumSizeHint`` (a squeezed line edit hides what is typed). Each must also
    lie inside the dialog.
    """
    cut = []
    inside = dialog.rect()
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow():
            continue
        if isinstance(widget, QLabel):
            hint = widget.sizeHint()
            if widget.wordWrap():
                fits = widget.heightForWidth(widget.width()) <= widget.height()
            else:
                fits = hint.width() <= widget.width() and hint.height() <= widget.height()
        elif widget.parentWidget() is dialog:
            least = widget.minimumSizeHint()
            fits = not least.isValid() or least.height() <= widget.height()
        else:
            continue  # parts of a compound widget (the button box's buttons)
        box = QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())
        if not fits or not inside.contains(box):
            name = widget.objectName() or type(widget).__name__
            cut.append(f"{name}: {widget.geometry()}")
    return cut


async def refused(qtbot: QtBot, dialog: AsyncActionDialog, *fragments: str) -> int:
    """Show ``dialog``, send it, wait for the refusal; returns the height before it."""
    opened(qtbot, dialog)
    await wait_until(lambda: not cut_widgets(dialog), timeout=2, message="cut before sending")
    before = dialog.height()
    await send(qtbot, dialog)
    assert still_open_with_error(dialog, *fragments), dialog.error_text
    return before


Make = Callable[[ActionRunner, TalkService, EventRoom], Awaitable[AsyncActionDialog]]


async def _promoted_meanwhile(
    runner: ActionRunner, service: TalkService, event: EventRoom
) -> AsyncActionDialog:
    dialog = promote_dialog(runner, event.room, event.person("bob"))
    await service.participants.promote(event.token, event.person("bob").attendee_id)
    return dialog


async def _lobby_on_deleted_room(
    runner: ActionRunner, service: TalkService, event: EventRoom
) -> AsyncActionDialog:
    dialog = LobbyDialog(runner, event.room)
    await service.rooms.delete(event.token)
    return dialog


async def _weak_password(
    runner: ActionRunner, service: TalkService, event: EventRoom
) -> AsyncActionDialog:
    public = await make_event_room(service, "Open day", room_type=ConversationType.PUBLIC)
    dialog = PasswordDialog(runner, public.room)
    dialog.password_edit.setText("short")
    dialog.confirm_edit.setText("short")
    return dialog


async def _rename_deleted_room(
    runner: ActionRunner, service: TalkService, event: EventRoom
) -> AsyncActionDialog:
    dialog = RenameDialog(runner, event.room)
    dialog.name_edit.setText("Town hall, moved")
    await service.rooms.delete(event.token)
    return dialog


CASES: dict[str, tuple[Make, tuple[str, ...]]] = {
    "promote someone promoted meanwhile": (_promoted_meanwhile, ("already a moderator",)),
    "lobby on a deleted room": (_lobby_on_deleted_room, ("no longer exists",)),
    "weak password": (_weak_password, ("at least 10 characters",)),
    "rename a deleted room": (_rename_deleted_room, ("no longer exists",)),
}


@pytest.mark.parametrize("case", list(CASES))
async def test_refusal_is_shown_whole(
    case: str,
    qtbot: QtBot,
    runner: ActionRunner,
    service: TalkService,
    event: EventRoom,
) -> None:
    make, fragments = CASES[case]
    dialog = await make(runner, service, event)
    before = await refused(qtbot, dialog, *fragments)
    await wait_until(lambda: not cut_widgets(dialog), timeout=2, message=str(cut_widgets(dialog)))
    assert dialog.height() > before
    area = dialog.screen().availableGeometry()
    assert area.contains(dialog.frameGeometry())


async def test_never_below_the_size_the_user_gave_it(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom
) -> None:
    dialog = promote_dialog(runner, event.room, event.person("bob"))
    opened(qtbot, dialog)
    dialog.resize(620, 380)  # as the user dragged it: roomier than the content needs
    await service.participants.promote(event.token, event.person("bob").attendee_id)
    await send(qtbot, dialog)
    assert still_open_with_error(dialog, "already a moderator")
    QApplication.processEvents()  # the layout's request, posted when the message appeared
    assert (dialog.width(), dialog.height()) == (620, 380) and not cut_widgets(dialog)
    dialog.show_error("")
    QApplication.processEvents()
    assert (dialog.width(), dialog.height()) == (620, 380)

    dialog.resize(620, dialog.minimumHeight())  # now as short as the user can make it
    short = dialog.height()
    dialog.show_error("Cannot promote Bob in 'Town hall': the server did not answer in time")
    await wait_until(lambda: not cut_widgets(dialog), timeout=2, message=str(cut_widgets(dialog)))
    grown = dialog.height()
    assert grown > short
    dialog.show_error("")  # the message went: back to what the user chose, not below it
    await wait_until(lambda: dialog.height() < grown, timeout=2)
    assert dialog.height() >= short and dialog.width() == 620


async def test_never_beyond_the_screen(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom
) -> None:
    dialog = promote_dialog(runner, event.room, event.person("bob"))
    opened(qtbot, dialog)
    area = dialog.screen().availableGeometry()
    dialog.move(area.left() + 10, area.bottom() - dialog.frameGeometry().height() - 2)
    before = dialog.height()
    await service.participants.promote(event.token, event.person("bob").attendee_id)
    await send(qtbot, dialog)  # a refusal near the bottom of the screen
    assert still_open_with_error(dialog, "already a moderator")
    await wait_until(lambda: dialog.height() > before, timeout=2)
    assert area.contains(dialog.frameGeometry()), (dialog.frameGeometry(), area)
    dialog.show_error("An error longer than the screen. " * 600)
    await wait_until(lambda: dialog.frameGeometry().height() >= area.height() - 2, timeout=2)
    assert area.contains(dialog.frameGeometry()), (dialog.frameGeometry(), area)

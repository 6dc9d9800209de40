"""The password dialog on a refusal: the message takes the room below the fields or grows the
dialog; the intro, the fields and the policy stay exactly where and as large as they were."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.api.constants import ConversationType
from app.api.password_policy import PasswordPolicy
from app.moderation import ActionRunner
from app.ui.dialogs.password import PasswordDialog
from tests.helpers.moderation import EventRoom, make_event_room, opened, send, still_open_with_error
from tests.helpers.waiting import wait_until
from tests.ui.dialogs.test_dialog_fit import cut_widgets

POLICY = PasswordPolicy(min_length=10, upper_lower=True, numeric=True, not_common=True)


def _places(dialog: PasswordDialog) -> dict[str, QRect]:
    parts: list[QWidget] = [
        dialog.intro,
        dialog.password_edit,
        dialog.confirm_edit,
        dialog.show_toggle,
        dialog.policy_label,
    ]
    return {part.objectName(): part.geometry() for part in parts if part.isVisible()}


@pytest.mark.parametrize("policy", [POLICY, None], ids=["policy said", "no policy"])
async def test_a_refusal_moves_and_squashes_nothing(
    qtbot: QtBot,
    runner: ActionRunner,
    service: TalkService,
    event: EventRoom,
    policy: PasswordPolicy | None,
) -> None:
    public = await make_event_room(service, "Open day", room_type=ConversationType.PUBLIC)
    dialog = opened(qtbot, PasswordDialog(runner, public.room, policy=policy))
    assert dialog.policy_label.isVisible() == (policy is not None)
    await wait_until(lambda: not cut_widgets(dialog), timeout=2, message="cut before sending")
    before, height = _places(dialog), dialog.height()
    dialog.password_edit.setText("short")
    dialog.confirm_edit.setText("short")
    await send(qtbot, dialog)
    assert still_open_with_error(dialog, "at least 10 characters")
    await wait_until(lambda: not cut_widgets(dialog), timeout=2, message=str(cut_widgets(dialog)))
    assert _places(dialog) == before
    assert dialog.height() >= height
    lowest = max(place.bottom() for place in before.values())
    assert dialog.error_label.geometry().top() > lowest  # below the fields, not among them

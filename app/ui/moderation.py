"""Wires the moderation dialogs into the main window's action registry.

``install_moderation(window)`` attaches a handler to every moderation ``ActionKind``. A handler
looks at the selection captured when the user triggered the action (``RuleContext``): one
participant or conversation opens the action's dialog, several open the bulk dialog. Dialogs
are window-modal but non-blocking (``open()``), so polling goes on while they are up. Every
action goes through one ``ActionRunner``, so each lands in the audit log; when a dialog or a
bulk run succeeds, the server's answer goes into the window's lists (``apply_answer``,
``apply_bulk``): no full re-read. Opening a dialog sends nothing. Every dialog follows the
window's ``TargetWatch``: when its conversation or person goes away it says so and sends
nothing.

The registry enables an action only when it has a handler *and* ``moderation.rules`` allows it, and
the window's context menus list the same QActions, so the handlers show up there too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from ..api import Participant, Room, TalkService
from ..audit import AuditLog
from ..live import PollingController
from ..moderation import ActionKind, ActionOutcome, ActionRunner, BulkOutcome, Operation
from ..moderation import operations as ops
from ..moderation import signaling as signaling_ops
from ..moderation.rules import RuleContext
from .action_ids import ActionId, ActionKey
from .actions import ActionRegistry
from .breakout_actions import breakout_handlers
from .chat.handlers import chat_handlers
from .dialogs.add_participant import AddParticipantDialog
from .dialogs.audit_log import AuditLogDialog
from .dialogs.bans import BanDialog, BanListDialog
from .dialogs.base import AsyncActionDialog
from .dialogs.bulk_result import BulkResultDialog
from .dialogs.call import (
    dial_out_dialog,
    end_call_dialog,
    join_call_dialog,
    leave_call_dialog,
    ring_dialog,
)
from .dialogs.create_room import CreateRoomDialog
from .dialogs.delete import DeleteDialog
from .dialogs.guests import guests_dialog
from .dialogs.listen_only import listen_only_dialog
from .dialogs.lobby import LobbyDialog
from .dialogs.lobby_bypass import lobby_bypass_dialog
from .dialogs.mute import mute_all_dialog, mute_dialog
from .dialogs.password import PasswordDialog
from .dialogs.permissions import (
    BulkPermissionsDialog,
    PersonPermissionsDialog,
    RoomPermissionsDialog,
)
from .dialogs.read_only import read_only_dialog
from .dialogs.remove_participant import remove_participant_dialog
from .dialogs.rename import RenameDialog
from .dialogs.role import demote_dialog, promote_dialog
from .dialogs.sip import SipDialog
from .event_actions import EventHandlers
from .formatting import count_of
from .policy_actions import policy_handlers
from .targets import TargetWatch

log = logging.getLogger(__name__)

PersonOp = Callable[[Room, Participant], Operation]


class ModeratedWindow(Protocol):
    """What the controller needs from the main window (``app.ui.main_window.MainWindow``)."""

    service: TalkService
    registry: ActionRegistry
    controller: PollingController
    targets: TargetWatch
    confirm_actions: bool

    def apply_answer(self, outcome: ActionOutcome) -> None: ...

    def apply_bulk(self, outcome: BulkOutcome) -> None: ...


class ModerationController(QObject):
    """Opens the dialogs for the window's moderation actions and records what was done.

    Args:
        window: the main window (its registry, service and polling controller are used).
        audit: the audit log; the default file in the config directory when None.
    """

    def __init__(self, window: ModeratedWindow, audit: AuditLog | None = None) -> None:
        parent = window if isinstance(window, QObject) else None
        super().__init__(parent)
        self.window = window
        self.service = window.service
        self.registry = window.registry
        self.polling = window.controller
        self.audit = audit if audit is not None else AuditLog()
        self.runner = ActionRunner(self.service, self.audit)
        self._open: set[QDialog] = set()
        self._installed: tuple[ActionKey, ...] = ()
        self._kept: QDialog | None = None
        self.last_dialog: QDialog | None = None
        """The dialog opened most recently (tests and the scenario drive it)."""
        self.events = EventHandlers(self)
        """Polls, the attendance list and recording (``app/ui/event_actions.py``)."""

    @property
    def parent_widget(self) -> QWidget | None:
        return self.window if isinstance(self.window, QWidget) else None

    # ----------------------------------------------------------------- installing

    def install(self) -> None:
        handlers: dict[ActionKey, Callable[[RuleContext], object]] = {
            ActionKind.CREATE: self._create,
            ActionKind.RENAME: self._room_dialog(RenameDialog),
            ActionKind.DELETE: self._room_dialog(DeleteDialog),
            ActionKind.PASSWORD: self._password,
            ActionKind.ADD: self._room_dialog(AddParticipantDialog),
            ActionKind.GUESTS: self._room_dialog(guests_dialog),
            ActionKind.LOBBY: self._lobby,
            ActionKind.READ_ONLY: self._read_only,
            ActionKind.SIP: self._sip,
            ActionKind.JOIN_CALL: self._room_dialog(join_call_dialog),
            ActionKind.LEAVE_CALL: self._room_dialog(leave_call_dialog),
            ActionKind.END_CALL: self._room_dialog(end_call_dialog),
            ActionKind.PROMOTE: self._promote,
            ActionKind.DEMOTE: self._people(
                demote_dialog, ops.demote, self.tr("Demote"), "demote", quick=True
            ),
            ActionKind.REMOVE: self._remove,
            ActionKind.RING: self._people(ring_dialog, ops.ring, self.tr("Ring"), "ring"),
            ActionKind.DIAL_OUT: self._people(
                dial_out_dialog, ops.dial_out, self.tr("Dial out"), "phone"
            ),
            ActionKind.MUTE: self._people(mute_dialog, signaling_ops.mute, self.tr("Mute"), "mute"),
            ActionKind.MUTE_ALL: self._room_dialog(mute_all_dialog),
            ActionKind.LOBBY_BYPASS: self._lobby_bypass,
            ActionKind.FAVORITE: self._favorite,
            ActionKind.PERMISSIONS: self._permissions,
            ActionKind.ROOM_PERMISSIONS: self._room_permissions,
            ActionKind.LISTEN_ONLY: self._listen_only,
            ActionKind.BAN: self._ban,
            ActionKind.UNBAN: self._bans,
            ActionId.AUDIT_LOG: self._audit_log,
            **policy_handlers(self, self._bulk_people),  # settings, invitations
            **chat_handlers(self),  # the chat pane: delete a message, clear, announce
            **breakout_handlers(self),
            **self.events.handlers(),  # polls, attendance list, recording
        }
        for action_id, handler in handlers.items():
            self.registry.set_handler(action_id, handler)
        self._installed = tuple(handlers)

    def uninstall(self) -> None:
        """Detach the handlers ``install`` attached (others' handlers stay)."""
        for action_id in self._installed:
            self.registry.set_handler(action_id, None)
        self._installed = ()

    # ----------------------------------------------------------------- showing dialogs

    def show(self, dialog: QDialog) -> QDialog:
        """Open ``dialog`` window-modal without blocking; its answer goes into the lists."""
        self._track(dialog)
        dialog.open()
        return dialog

    def quick(self, dialog: AsyncActionDialog) -> QDialog:
        """A simple, reversible single action (promote, demote, lobby bypass, read-only).

        With confirmations on (``Settings.confirm_actions``, the default) its confirmation
        opens as usual. With them off it is sent at once, and the dialog opens only to show
        the server's refusal inline, ready to try again or cancel. A confirmation that
        carries a warning (demoting yourself) is always asked.
        """
        if self.window.confirm_actions or dialog.warning.text():
            return self.show(dialog)
        self._track(dialog)
        dialog.failed.connect(lambda _error, d=dialog: None if d.isVisible() else d.open())
        dialog.send()
        return dialog

    def _track(self, dialog: QDialog) -> None:
        self._open.add(dialog)
        self.last_dialog = dialog
        dialog.finished.connect(lambda _result, d=dialog: self._closed(d))
        if isinstance(dialog, AsyncActionDialog):
            dialog.answered.connect(self.window.apply_answer)
            dialog.follow(self.window.targets)  # its room or person gone: it sends nothing
        elif isinstance(dialog, BulkResultDialog):
            dialog.finished_all.connect(self.window.apply_bulk)

    def _closed(self, dialog: QDialog) -> None:
        """Free closed dialogs, keeping the latest one so its outcome can still be read."""
        self._open.discard(dialog)
        if self._kept is not None and self._kept is not dialog:
            self._kept.deleteLater()
        self._kept = dialog

    @property
    def open_dialogs(self) -> list[QDialog]:
        return list(self._open)

    # ----------------------------------------------------------------- handlers

    def _password(self, ctx: RuleContext) -> None:
        """The password dialog, told the server's password policy (from the capabilities)."""
        if ctx.room is not None:
            policy = ctx.capabilities.password_policy if ctx.capabilities is not None else None
            self.show(
                PasswordDialog(self.runner, ctx.room, parent=self.parent_widget, policy=policy)
            )

    def _room_dialog(self, factory: Callable[..., QDialog]) -> Callable[[RuleContext], None]:
        def handler(ctx: RuleContext) -> None:
            if ctx.room is not None:
                self.show(factory(self.runner, ctx.room, parent=self.parent_widget))

        return handler

    def _several_rooms(self, ctx: RuleContext) -> tuple[Room, ...]:
        """The selected conversations when more than one is selected (bulk), else ()."""
        return ctx.rooms if len(ctx.rooms) > 1 else ()

    def _lobby(self, ctx: RuleContext) -> None:
        rooms = self._several_rooms(ctx)
        if rooms:
            enable = not all(room.lobby_enabled for room in rooms)
            self._bulk_rooms(
                rooms,
                lambda room: ops.set_lobby(room, enable),
                self.tr("Turn on the lobby") if enable else self.tr("Open the lobby"),
            )
        elif ctx.room is not None:
            self.show(LobbyDialog(self.runner, ctx.room, parent=self.parent_widget))

    def _read_only(self, ctx: RuleContext) -> None:
        rooms = self._several_rooms(ctx)
        if rooms:
            lock = not all(room.is_read_only for room in rooms)
            self._bulk_rooms(
                rooms,
                lambda room: ops.set_read_only(room, lock),
                self.tr("Make read-only") if lock else self.tr("Make writable"),
            )
        elif ctx.room is not None:
            dialog = read_only_dialog(self.runner, ctx.room, parent=self.parent_widget)
            # Locking a room ends its running call: that is never done without asking.
            ends_call = ctx.room.has_call and not ctx.room.is_read_only
            if ends_call:
                self.show(dialog)
            else:
                self.quick(dialog)

    def _create(self, _ctx: RuleContext) -> None:
        """File > New Conversation: the new room is listed and selected from the answer."""
        self.show(CreateRoomDialog(self.runner, parent=self.parent_widget))

    def _sip(self, ctx: RuleContext) -> None:
        if ctx.room is None:
            return
        caps = ctx.capabilities
        allow_no_pin = caps is None or caps.has("sip-support-nopin")
        self.show(
            SipDialog(self.runner, ctx.room, allow_no_pin=allow_no_pin, parent=self.parent_widget)
        )

    def _people(
        self,
        single: Callable[..., QDialog],
        make: PersonOp,
        verb: str,
        word: str,
        *,
        quick: bool = False,
    ) -> Callable[[RuleContext], None]:
        """``quick``: a single person's action may skip its confirmation (see ``quick``)."""

        def handler(ctx: RuleContext) -> None:
            room = ctx.room
            if room is None or not ctx.participants:
                return
            if len(ctx.participants) == 1:
                dialog = single(self.runner, room, ctx.participants[0], parent=self.parent_widget)
                if quick and isinstance(dialog, AsyncActionDialog):
                    self.quick(dialog)
                else:
                    self.show(dialog)
                return
            self._bulk_people(room, ctx.participants, make, verb, word)

        return handler

    def _promote(self, ctx: RuleContext) -> None:
        """A mixed selection promotes the rest and lists the moderators among it as such."""
        room = ctx.room
        already = [person for person in ctx.participants if person.is_moderator]
        if room is None or len(ctx.participants) < 2 or not already:
            promote = self.tr("Promote")
            self._people(promote_dialog, ops.promote, promote, "promote", quick=True)(ctx)
            return
        rest = [person for person in ctx.participants if not person.is_moderator]
        noted = [(person.title, self.tr("already a moderator")) for person in already]
        self._bulk_people(room, rest, ops.promote, self.tr("Promote"), "promote", noted=noted)

    def _lobby_bypass(self, ctx: RuleContext) -> None:
        room = ctx.room
        if room is None or not ctx.participants:
            return
        allowed = not all(person.ignores_lobby for person in ctx.participants)
        if len(ctx.participants) == 1:
            self.quick(
                lobby_bypass_dialog(
                    self.runner, room, ctx.participants[0], allowed, parent=self.parent_widget
                )
            )
            return
        verb = self.tr("Let in") if allowed else self.tr("Send back")
        self._bulk_people(
            room,
            ctx.participants,
            lambda r, person: ops.lobby_bypass(r, person, allowed),
            verb,
            "let in past the lobby" if allowed else "send back to the lobby",
        )

    def _remove(self, ctx: RuleContext) -> None:
        """One person: the remove dialog, with "Also ban" where the ban rule allows it."""

        def single(
            runner: ActionRunner, room: Room, person: Participant, parent: QWidget | None = None
        ) -> QDialog:
            ban = RuleContext(room=room, participants=(person,), capabilities=ctx.capabilities)
            return remove_participant_dialog(runner, room, person, parent, ban=ban)

        self._people(single, ops.remove, self.tr("Remove"), "remove")(ctx)

    def _permissions(self, ctx: RuleContext) -> None:
        """One person: their dialog; several: pick the changes, then the bulk run."""
        room = ctx.room
        if room is None or not ctx.participants:
            return
        if len(ctx.participants) == 1:
            person = ctx.participants[0]
            self.show(PersonPermissionsDialog(self.runner, room, person, self.parent_widget))
            return
        chooser = BulkPermissionsDialog(room, ctx.participants, self.parent_widget)
        count = len(ctx.participants)
        chooser.chosen.connect(
            lambda operations: self._bulk(
                operations,
                self.tr("Permissions: {changed} of %n participant(s)", "", count).format(
                    changed=len(operations)
                ),
                self.tr("Apply"),
                self.tr(
                    "Change the permissions of %n participant(s) of '{title}'?",
                    "",
                    len(operations),
                ).format(title=room.title),
            )
        )
        self.show(chooser)

    def _room_permissions(self, ctx: RuleContext) -> None:
        if ctx.room is None:
            return
        model = getattr(self.window, "participant_model", None)
        people: list[Participant] = []
        if model is not None and model.token == ctx.room.token:
            people = list(model.records())
        self.show(RoomPermissionsDialog(self.runner, ctx.room, people, self.parent_widget))

    def _listen_only(self, ctx: RuleContext) -> None:
        """A reversible switch for the running call: asked like promote (``quick``)."""
        if ctx.room is not None:
            self.quick(listen_only_dialog(self.runner, ctx.room, parent=self.parent_widget))

    def _ban(self, ctx: RuleContext) -> None:
        if ctx.room is not None and len(ctx.participants) == 1:
            dialog = BanDialog(self.runner, ctx.room, ctx.participants[0], self.parent_widget)
            self.show(dialog)

    def _bans(self, ctx: RuleContext) -> None:
        if ctx.room is not None:
            self.show(BanListDialog(self.runner, ctx.room, parent=self.parent_widget))

    async def _favorite(self, ctx: RuleContext) -> ActionOutcome | None:
        """Personal and undone with one click: sent at once, no dialog."""
        if ctx.room is None:
            return None
        outcome = await self.runner.run(ops.set_favorite(ctx.room, not ctx.room.is_favorite))
        self.window.apply_answer(outcome)  # the room read back: the star shows at once
        return outcome

    def _audit_log(self, _ctx: RuleContext) -> None:
        self.show(AuditLogDialog(self.audit, parent=self.parent_widget))

    # ----------------------------------------------------------------- bulk

    def _bulk_people(
        self,
        room: Room,
        people: Sequence[Participant],
        make: PersonOp,
        verb: str,
        word: str,
        noted: Sequence[tuple[str, str]] = (),
    ) -> BulkResultDialog:
        operations = [make(room, person) for person in people]
        counted = count_of(len(people), "participant")
        intro = self.tr("{verb} {count} of '{title}'?").format(
            verb=verb, count=counted, title=room.title
        )
        if any(person.attendee_id == room.attendee_id for person in people):
            intro += " " + self.tr("You are one of them.")
        if noted:
            left_out = ", ".join(f"{name} ({why})" for name, why in noted)
            intro += " " + self.tr("Left out: {names}.").format(names=left_out)
        title = f"{verb}: {counted}"
        return self._bulk(operations, title, verb, intro, noted)

    def _bulk_rooms(
        self, rooms: Sequence[Room], make: Callable[[Room], Operation], verb: str
    ) -> BulkResultDialog:
        operations = [make(room) for room in rooms]
        counted = count_of(len(rooms), "conversation")
        intro = self.tr("{verb} for {count}?").format(verb=verb, count=counted)
        return self._bulk(operations, f"{verb}: {counted}", verb, intro)

    def _bulk(
        self,
        operations: list[Operation],
        title: str,
        start_text: str,
        intro: str,
        noted: Sequence[tuple[str, str]] = (),
    ) -> BulkResultDialog:
        dialog = BulkResultDialog(
            self.runner,
            operations,
            title=title,
            start_text=start_text,
            intro=intro,
            noted=noted,
            parent=self.parent_widget,
        )
        self.show(dialog)
        return dialog


def install_moderation(
    window: ModeratedWindow, audit: AuditLog | None = None
) -> ModerationController:
    """Attach every moderation action of ``window`` to its dialog; returns the controller."""
    controller = ModerationController(window, audit)
    controller.install()
    return controller

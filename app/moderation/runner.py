"""One moderation action as data, and the runner that sends it once and records the outcome.

The window's dialogs and bulk runs, the kiosk and the CLI all go through ``ActionRunner.run``:
it is the only caller of the service's writes, so every action lands in the audit log the same
way (same fields, whichever front-end), whether it succeeded or the server refused it. The
runner hands back what the server answered (``ActionOutcome``), e.g. the room a write returned,
so callers can put it into their models instead of reading everything again.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping

from ..api import Room, TalkError, TalkService
from ..api.errors import NotApplied, OutcomeUnknown, worded
from ..api.kinds import ActionKind
from ..audit import AuditEntry, AuditLog, now_iso
from ..i18n import QT_TRANSLATE_NOOP, Text, text
from .operation import ActionOutcome, Operation, Send
from .operations import DISPATCH
from .verify import VERIFY, Verdict, verify

log = logging.getLogger(__name__)


class ActionRunner:
    """Runs operations for one account and appends each outcome to the audit log.

    Args:
        service: the signed-in account's service (gives "who" and "which server").
        audit: where outcomes go; None keeps no log (tests of other parts).
        dispatch: how each kind is sent; the catalogue's table
            (``operations.DISPATCH``) by default.
    """

    def __init__(
        self,
        service: TalkService,
        audit: AuditLog | None = None,
        *,
        dispatch: Mapping[ActionKind, Send] | None = None,
    ) -> None:
        self.service = service
        self.audit = audit
        self.dispatch: Mapping[ActionKind, Send] = DISPATCH if dispatch is None else dispatch

    async def run(self, op: Operation) -> ActionOutcome:
        """Send the operation exactly once and record the outcome.

        Raises:
            TalkError: the server refused it or could not be reached (recorded first).
            KeyError: no sender for ``op.kind`` (a programming error; recorded too).
        """
        try:
            send = self.dispatch[op.kind]
            answer = await send(self.service, op)
        except TalkError as exc:
            if exc.may_have_applied:
                return await self._settle(op, exc)
            self._record(op, ok=False, error=str(exc))
            raise
        except asyncio.CancelledError:
            self._record(op, ok=False, error="Cancelled while waiting for the server's answer")
            raise
        except Exception as exc:
            self._record(op, ok=False, error=f"Unexpected error: {type(exc).__name__}")
            raise
        outcome = ActionOutcome(op, answer)
        self._record(op, ok=True, room=outcome.room)
        return outcome

    async def _settle(self, op: Operation, lost: TalkError) -> ActionOutcome:
        """The write's answer was lost: record that, read the object once, tell what it shows.

        Never sends the write again (it may have been done). Applied: an ordinary outcome with
        a ``note`` saying so. Not applied: ``NotApplied``, the user may try again. Neither
        could be told: ``OutcomeUnknown``, the user should look before trying again.
        """
        self._record(op, ok=False, error=str(lost), outcome=Verdict.UNKNOWN)
        check = await verify(self.service, op)
        error = lost.text if lost.text is not None else str(lost)
        if check.verdict is Verdict.APPLIED:
            note = text(
                VERIFY,
                QT_TRANSLATE_NOOP(
                    "Verify",
                    "{detail}: the server's answer was lost, but reading it again shows "
                    "{seen}: the change was applied",
                ),
                detail=op.words,
                seen=check.said,
            )
            self._record(op, ok=True, outcome=check.verdict, room=check.room)
            note = _scrub_text(note, op.secrets)
            return ActionOutcome(op, check.room, note=str(note), note_text=note)
        if check.verdict is Verdict.NOT_APPLIED:
            said = text(
                VERIFY,
                QT_TRANSLATE_NOOP(
                    "Verify", "{error}. Read again: {seen}: the change was not applied; try again"
                ),
                error=error,
                seen=check.said,
            )
            self._record(op, ok=False, error=str(said), outcome=check.verdict)
            raise worded(NotApplied, _scrub_text(said, op.secrets), status=lost.status) from lost
        said = text(
            VERIFY,
            QT_TRANSLATE_NOOP(
                "Verify",
                "{error}. Whether it took effect is unknown ({seen}): look before trying again",
            ),
            error=error,
            seen=check.said,
        )
        raise worded(OutcomeUnknown, _scrub_text(said, op.secrets), status=lost.status) from lost

    def _record(
        self,
        op: Operation,
        *,
        ok: bool,
        error: str = "",
        room: Room | None = None,
        outcome: str = "",
    ) -> None:
        """Log and audit; ``room`` (the answer) names a conversation the action created."""
        detail = _scrub(op.detail, op.secrets)
        error = _scrub(error, op.secrets)
        if ok:
            log.info("%s: %s", op.kind, detail)
        else:
            log.info("%s failed: %s (%s)", op.kind, detail, error)
        if self.audit is None:
            return
        self.audit.append(
            AuditEntry(
                time=now_iso(),
                account=self.service.login,
                server=self.service.server_url,
                room_token=op.room_token or (room.token if room is not None else ""),
                room=op.room_title,
                participant=op.participant,
                attendee_id=op.attendee_id,
                action=op.kind,
                detail=detail,
                ok=ok,
                error=error,
                outcome=outcome,
            )
        )


def _scrub(text: str, secrets: tuple[str, ...]) -> str:
    """Belt and braces: a secret never reaches the log, even if a sentence quoted it."""
    for secret in secrets:
        text = text.replace(secret, "•••")
    return text


def _scrub_text(said: Text, secrets: tuple[str, ...]) -> Text:
    """``_scrub`` for a translatable sentence: its plain values (a title, a quoted error)."""
    if not secrets:
        return said
    values = tuple(
        (key, _scrub_text(value, secrets) if isinstance(value, Text) else _scrub(value, secrets))
        for key, value in said.values
    )
    return Text(said.context, _scrub(said.template, secrets), values, said.english_lower)

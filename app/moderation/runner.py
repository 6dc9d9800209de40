"""One moderation action as data, and the runner that sends it once and records the outcome.

Dialogs, the bulk runner and the controller all go through ``ActionRunner.run`` so every action
lands in the audit log the same way, whether it succeeded or the server refused it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from ..api import TalkError, TalkService
from ..audit import AuditEntry, AuditLog, now_iso

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Operation:
    """A write to send, with the words the audit log needs.

    Args:
        action: a short key ("promote", "lobby", "password", ...).
        detail: what it does in words; must never contain a secret.
        room_token: the conversation's token.
        room_title: the conversation's title, as the user sees it.
        send: the coroutine factory doing the request; called at most once.
        participant: who is acted on (display name), "" for room actions.
        attendee_id: their attendee id, 0 for room actions.
    """

    action: str
    detail: str
    room_token: str
    room_title: str
    send: Callable[[], Awaitable[Any]]
    participant: str = ""
    attendee_id: int = 0

    @property
    def label(self) -> str:
        """What the operation is about, for result lists: the person, else the room."""
        return self.participant or self.room_title


class ActionRunner:
    """Runs operations for one account and appends each outcome to the audit log.

    Args:
        service: the signed-in account's service (gives "who" and "which server").
        audit: where outcomes go; None keeps no log (tests of other parts, the CLI's dry runs).
    """

    def __init__(self, service: TalkService, audit: AuditLog | None = None) -> None:
        self.service = service
        self.audit = audit

    async def run(self, op: Operation) -> Any:
        """Send the operation exactly once and record the outcome.

        Raises:
            TalkError: the server refused it or could not be reached (recorded first).
        """
        try:
            result = await op.send()
        except TalkError as exc:
            self._record(op, ok=False, error=str(exc))
            raise
        except asyncio.CancelledError:
            self._record(op, ok=False, error="Cancelled while waiting for the server's answer")
            raise
        except Exception as exc:
            self._record(op, ok=False, error=f"Unexpected error: {type(exc).__name__}")
            raise
        self._record(op, ok=True)
        return result

    def _record(self, op: Operation, *, ok: bool, error: str = "") -> None:
        if ok:
            log.info("%s: %s", op.action, op.detail)
        else:
            log.info("%s failed: %s (%s)", op.action, op.detail, error)
        if self.audit is None:
            return
        self.audit.append(
            AuditEntry(
                time=now_iso(),
                account=self.service.login,
                server=self.service.server_url,
                room_token=op.room_token,
                room=op.room_title,
                participant=op.participant,
                attendee_id=op.attendee_id,
                action=op.action,
                detail=op.detail,
                ok=ok,
                error=error,
            )
        )

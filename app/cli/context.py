"""What every command handler gets: the signed-in service, the output channel, and the runner
that sends (and audits) every write."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import cached_property

from app.api import Room, TalkService
from app.audit import AuditLog
from app.moderation import ActionKind, ActionOutcome, ActionRunner, Operation
from app.moderation.rules import server_refusal

from .errors import CliError
from .output import Output


@dataclass(frozen=True)
class Context:
    """Args:
    service: the signed-in service; commands read through it, never write.
    out: where results and sentences go.
    """

    service: TalkService
    out: Output

    @cached_property
    def runner(self) -> ActionRunner:
        """Sends every write, into the same audit log as the window (``AuditLog()``'s file)."""
        return ActionRunner(self.service, AuditLog())

    async def run(self, op: Operation) -> ActionOutcome:
        """Send ``op`` through the runner (audited); a refused write raises ``TalkError``.

        A write whose answer was lost but which a re-read showed done succeeds with a note,
        printed to stderr so ``--json`` output stays clean.
        """
        outcome = await self.runner.run(op)
        if outcome.note:
            print(f"note: {outcome.note}", file=sys.stderr)
        return outcome

    def refuse_early(self, kind: ActionKind, room: Room, verb: str) -> None:
        """Refuse, before sending, what the server refuses in such a conversation anyway.

        Raises:
            CliError: "Cannot <verb> in '<room>': <the rule's reason>".
        """
        reason = server_refusal(kind, room)
        if reason is not None:
            raise CliError(f"Cannot {verb} in '{room.title}': {reason[0].lower()}{reason[1:]}")


Handler = Callable[[Context, argparse.Namespace], Awaitable[None]]
"""A sub-command: acts through ``run``, prints through ``out``, raises on failure."""

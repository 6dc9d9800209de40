"""What every command handler gets: the signed-in service and the output channel."""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from app.api import TalkService

from .output import Output


@dataclass(frozen=True)
class Context:
    service: TalkService
    out: Output


Handler = Callable[[Context, argparse.Namespace], Awaitable[None]]
"""A sub-command: acts through the service, prints through ``out``, raises on failure."""

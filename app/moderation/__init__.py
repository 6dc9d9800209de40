"""Moderation actions without Qt: what to run, how it is recorded, and running many at once."""

from .bulk import BulkOutcome, BulkProgress, BulkRunner, ItemResult, ItemStatus
from .runner import ActionRunner, Operation

__all__ = [
    "ActionRunner",
    "BulkOutcome",
    "BulkProgress",
    "BulkRunner",
    "ItemResult",
    "ItemStatus",
    "Operation",
]

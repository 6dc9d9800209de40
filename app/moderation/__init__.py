"""The one moderation core, without Qt, for the window, the kiosk and the CLI.

``ActionKind`` names every action; ``rules`` says who may do what; ``operations`` builds an
action as data (``Operation``) and knows how to send each kind; ``ActionRunner`` is the only
caller of the service's writes: it sends, audits and returns the server's answer
(``ActionOutcome``); ``bulk`` runs many operations at once.
"""

from ..api.kinds import ActionKind
from .bulk import BulkOutcome, BulkProgress, BulkRunner, ItemResult, ItemStatus
from .operation import ActionOutcome, Operation
from .runner import ActionRunner

__all__ = [
    "ActionKind",
    "ActionOutcome",
    "ActionRunner",
    "BulkOutcome",
    "BulkProgress",
    "BulkRunner",
    "ItemResult",
    "ItemStatus",
    "Operation",
]

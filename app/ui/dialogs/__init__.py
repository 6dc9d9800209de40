"""One dialog per moderation action, all built on ``AsyncActionDialog``.

Every dialog takes the ``ActionRunner`` (the service plus the audit log) and the room or
participant objects it acts on, so each can be opened and tested on its own.
"""

"""The chat pane of the window: the selected conversation's messages (``ChatModel``, fed by
the live layer's ``ChatReader``), and its moderation: delete a message, clear the history,
post an announcement (``dialogs``, ``handlers``)."""

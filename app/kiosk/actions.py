"""The moderation actions a kiosk configuration may allow, by the names used in kiosk.toml.

A kiosk permission is narrower than an action: "admit" is the lobby bypass, granted only;
"remove-guest" removes guests only; "lobby-timer" is the lobby with an opening time. Each
names the one ``ActionKind`` it runs (``KioskAction.kind``), whose rule, sender and audit
entry are the window's and the CLI's. The names stay as they are, so existing kiosk.toml
files keep working.
"""

from __future__ import annotations

from enum import StrEnum

from ..moderation import ActionKind


class KioskAction(StrEnum):
    """One action staff may take; the value is the name written in ``allowed_actions``."""

    LOBBY = "lobby"
    """Turn the lobby on (only moderators get in) and off again."""
    LOBBY_TIMER = "lobby-timer"
    """The lobby on with an opening time: it turns off by itself then."""
    ADMIT = "admit"
    """Let one waiting person in past the lobby (the lobby-ignore permission)."""
    READ_ONLY = "read-only"
    """Make the conversation read-only (this ends its call) and writable again."""
    END_CALL = "end-call"
    """End the running call for everyone."""
    REMOVE_GUEST = "remove-guest"
    """Remove a guest (someone without an account) from the conversation."""
    PROMOTE = "promote"
    """Make a participant a moderator, e.g. the next speaker."""
    BAN_GUEST = "ban-guest"
    """Ban a guest, with a note: removed, and the public link no longer lets them in."""
    LISTEN_ONLY = "listen-only"
    """Switch the running call to "attendees listen only" (no audio, video, screen) and back."""
    MUTE_ALL = "mute-all"
    """Ask everyone in the running call to turn off their microphone (needs a signaling
    server; they can turn it on again)."""

    @property
    def destructive(self) -> bool:
        """Actions that throw people out; the kiosk asks for confirmation first."""
        return self in (KioskAction.END_CALL, KioskAction.REMOVE_GUEST, KioskAction.BAN_GUEST)

    @property
    def description(self) -> str:
        return _DESCRIPTIONS[self]

    @property
    def kind(self) -> ActionKind:
        """The moderation action this permission runs."""
        return _KINDS[self]


_KINDS = {
    KioskAction.LOBBY: ActionKind.LOBBY,
    KioskAction.LOBBY_TIMER: ActionKind.LOBBY,
    KioskAction.ADMIT: ActionKind.LOBBY_BYPASS,
    KioskAction.READ_ONLY: ActionKind.READ_ONLY,
    KioskAction.END_CALL: ActionKind.END_CALL,
    KioskAction.REMOVE_GUEST: ActionKind.REMOVE,
    KioskAction.PROMOTE: ActionKind.PROMOTE,
    KioskAction.BAN_GUEST: ActionKind.BAN,
    KioskAction.LISTEN_ONLY: ActionKind.LISTEN_ONLY,
    KioskAction.MUTE_ALL: ActionKind.MUTE_ALL,
}


_DESCRIPTIONS = {
    KioskAction.LOBBY: "turn the lobby on and off",
    KioskAction.LOBBY_TIMER: "turn the lobby on until a set time",
    KioskAction.ADMIT: "let one waiting person in past the lobby",
    KioskAction.READ_ONLY: "switch read-only on and off",
    KioskAction.END_CALL: "end the call for everyone",
    KioskAction.REMOVE_GUEST: "remove a guest",
    KioskAction.PROMOTE: "promote a participant to moderator (speaker)",
    KioskAction.BAN_GUEST: "ban a guest (with a note)",
    KioskAction.LISTEN_ONLY: "switch the call to attendees listen only, and back",
    KioskAction.MUTE_ALL: "mute everyone in the call (needs a signaling server)",
}

ACTION_NAMES = tuple(action.value for action in KioskAction)

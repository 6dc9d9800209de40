"""One table per concern, all keyed on ActionKind, and none may miss a kind: a new action
fails here until it has a rule, a sender, an icon, a menu entry and explanations that name it.
"""

from __future__ import annotations

import pytest

from app.api.explain import REQUEST_KINDS, specific_kinds
from app.kiosk.actions import ACTION_NAMES, KioskAction
from app.kiosk.config import parse_config
from app.moderation import ActionKind
from app.moderation.operations import DISPATCH
from app.moderation.rules import RULES, RuleContext, evaluate
from app.ui.action_ids import ALL_ACTIONS, object_name
from app.ui.actions import SPECS
from app.ui.iconset import action_icon_name, has_icon
from tests.kiosk.helpers import kiosk_toml


@pytest.mark.parametrize("kind", list(ActionKind))
def test_every_kind_has_a_rule_a_sender_an_icon_and_a_menu_entry(kind: ActionKind) -> None:
    assert kind in RULES, "no rule of who may do it"
    verdict = evaluate(kind, RuleContext())
    assert verdict.enabled or verdict.reason, "a refusal says why"
    assert kind in DISPATCH, "no sender: the runner cannot send it"
    assert kind in SPECS, "no text in the window"
    assert has_icon(action_icon_name(kind)), "no icon"
    assert kind in ALL_ACTIONS


def test_every_explanation_names_an_action_or_a_request_of_the_service() -> None:
    """A misspelled kind in explain.py would silently fall back to the generic sentence."""
    known = {str(kind) for kind in ActionKind} | set(REQUEST_KINDS)
    assert specific_kinds() <= known
    assert {kind for kind in REQUEST_KINDS.values() if kind is not None} <= set(ActionKind)


def test_no_table_holds_a_kind_that_does_not_exist() -> None:
    assert set(RULES) == set(ActionKind) == set(DISPATCH)


def test_object_names_are_unique_and_stable() -> None:
    names = [object_name(key) for key in ALL_ACTIONS]
    assert len(set(names)) == len(names)
    assert object_name(ActionKind.REMOVE) == "actionRemoveParticipant"
    assert object_name(ActionKind.LOBBY_BYPASS) == "actionLobbyBypass"
    assert object_name(ActionKind.FAVORITE) == "actionFavorite"


def test_audit_values_stay_what_old_audit_files_hold() -> None:
    assert [kind.value for kind in ActionKind] == [
        "create", "rename", "delete", "guests", "read-only", "password", "lobby", "sip",
        "favorite", "add", "remove", "promote", "demote", "lobby-bypass", "permissions",
        "ban", "unban", "join-call", "leave-call", "end-call", "ring", "dial-out",
        "listen-only", "room-permissions", "description", "listable", "message-expiration",
        "mention-permissions", "recording-consent", "notifications", "call-notifications",
        "resend-invitations", "import-emails",
        "delete-message", "clear-history", "post-announcement",
        "create-poll", "close-poll", "download-attendance", "start-recording", "stop-recording",
        "breakout-setup", "breakout-assign", "breakout-start", "breakout-stop",
        "breakout-broadcast", "breakout-assistance", "breakout-remove", "mute", "mute-all",
    ]  # fmt: skip


def test_old_kiosk_toml_names_still_load_and_map_onto_kinds() -> None:
    old_names = [
        "lobby",
        "lobby-timer",
        "admit",
        "read-only",
        "end-call",
        "remove-guest",
        "promote",
    ]
    assert list(ACTION_NAMES)[: len(old_names)] == old_names  # new names only ever added
    config = parse_config(kiosk_toml(actions=old_names), "kiosk.toml")
    assert {action.kind for action in config.allowed_actions} == {
        ActionKind.LOBBY,
        ActionKind.LOBBY_BYPASS,
        ActionKind.READ_ONLY,
        ActionKind.END_CALL,
        ActionKind.REMOVE,
        ActionKind.PROMOTE,
    }
    assert KioskAction("lobby-timer").kind is ActionKind.LOBBY
    assert KioskAction("admit").kind is ActionKind.LOBBY_BYPASS

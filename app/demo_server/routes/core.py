"""Nextcloud core endpoints the console needs: capabilities, status.php, app passwords and
the sharee autocomplete used to add people to a conversation.
"""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from .. import ocs
from ..capabilities import STATUS, capabilities_data
from ..membership import EMAIL_RE
from ..models import ACTOR_USERS, Account
from ..profile import consent_required
from ..state import InternalError, TalkError
from .common import Ctx, Route, php_int, route

SHARE_USER, SHARE_GROUP, SHARE_EMAIL = 0, 1, 4


def get_capabilities(ctx: Ctx) -> Response:
    profile = ctx.state.profile
    data = capabilities_data(
        sip=ctx.state.sip,
        guest=ctx.caller.login is None,
        recording=profile.recording,
        consent=consent_required(profile),
    )
    data["capabilities"]["spreed"]["config"]["call"]["breakout-rooms"] = profile.breakout_rooms
    if ctx.state.delete_window is not None:  # an older Talk: deleting has a time limit
        spreed = data["capabilities"]["spreed"]
        spreed["features"] = [f for f in spreed["features"] if f != "delete-messages-unlimited"]
    return ocs.ok(data)


def get_status(ctx: Ctx) -> Response:
    return ocs.plain_json(200, STATUS)


def delete_app_password(ctx: Ctx) -> Response:
    """Revoke the app password this request authenticated with (403 for login passwords)."""
    caller = ctx.caller
    if caller.kind != "app" or caller.login is None or caller.secret is None:
        raise TalkError(403, ocs.EMPTY_LIST)
    ctx.state.revoke_app_password(caller.login, caller.secret)
    return ocs.ok(ocs.EMPTY_LIST)


def get_app_password(ctx: Ctx) -> Response:
    """Convert a login-password session into an app password (403 if already one)."""
    caller = ctx.caller
    if caller.kind != "password" or caller.login is None:
        raise TalkError(403, ocs.EMPTY_LIST)
    return ocs.ok({"apppassword": ctx.state.create_app_password(caller.login)})


def _user_status(account: Account) -> Any:
    """The ``status`` of a user suggestion: ``""`` without a user_status row."""
    status = account.status
    if status is None:
        return ""
    return {
        "status": status.shown,
        "message": status.message,
        "icon": status.icon,
        "clearAt": status.clear_at,
    }


def _rank(search: str, *names: str) -> int | None:
    """0 exact, 1 prefix, 2 substring match, ``None`` if no name matches."""
    best: int | None = None
    for name in names:
        lowered = name.lower()
        if not search or search in lowered:
            rank = 0 if lowered == search else 1 if lowered.startswith(search) else 2
            best = rank if best is None else min(best, rank)
    return best


def autocomplete(ctx: Ctx) -> Response:
    """GET /ocs/v2.php/core/autocomplete/get: users, groups and e-mail suggestions.

    For ``itemType=call`` Talk filters out people already in the conversation.
    """
    state, params = ctx.state, ctx.params
    search = params.get_str("search").strip().lower()
    # Nextcloud's default is users only
    share_types = {php_int(v) for v in params.get_list("shareTypes")} or {SHARE_USER}
    limit = max(params.get_int("limit", 10), 1)
    excluded_users = {ctx.caller.login}
    excluded_groups: set[str] = set()
    if params.get_str("itemType") == "call":
        if not params.has("itemId"):
            # Talk's autocomplete sorter reads the missing itemId as null: a TypeError, 500
            raise InternalError
        room = state.rooms.get(params.get_str("itemId"))
        if room is not None:
            for actor_type, actor_id in room.actor_index:
                if actor_type == ACTOR_USERS:
                    excluded_users.add(actor_id)
                elif actor_type == "groups":
                    excluded_groups.add(actor_id)
    ranked: list[tuple[int, str, dict[str, Any]]] = []
    if SHARE_USER in share_types:
        for login, account in state.accounts.items():
            if login in excluded_users:
                continue
            rank = _rank(search, login, account.display_name, account.email)
            if rank is None:
                continue
            ranked.append(
                (
                    rank,
                    account.display_name.lower(),
                    {
                        "id": login,
                        "label": account.display_name,
                        "icon": "icon-user",
                        "source": "users",
                        "status": _user_status(account),
                        "subline": (account.status.message or "") if account.status else "",
                        "shareWithDisplayNameUnique": account.email or login,
                    },
                )
            )
    if SHARE_GROUP in share_types:
        for gid, group in state.groups.items():
            rank = _rank(search, gid, group.display_name)
            if rank is None or gid in excluded_groups:
                continue
            ranked.append(
                (
                    rank,
                    group.display_name.lower(),
                    {
                        "id": gid,
                        "label": group.display_name,
                        "icon": "",
                        "source": "groups",
                        "status": "",
                        "subline": "",
                        "shareWithDisplayNameUnique": "",
                    },
                )
            )
    ranked.sort(key=lambda item: (item[0], item[1]))
    results = [item for _, _, item in ranked][:limit]
    if SHARE_EMAIL in share_types and EMAIL_RE.match(search):
        results.append(
            {
                "id": search,
                "label": search,
                "icon": "icon-mail",
                "source": "emails",
                "status": "",
                "subline": "",
                "shareWithDisplayNameUnique": search,
            }
        )
    return ocs.ok(results)


ROUTES: list[Route] = [
    route("GET", "/ocs/v2.php/cloud/capabilities", get_capabilities),
    route("GET", "/status.php", get_status, "anon"),
    route("DELETE", "/ocs/v2.php/core/apppassword", delete_app_password, "user"),
    route("GET", "/ocs/v2.php/core/getapppassword", get_app_password, "user"),
    route("GET", "/ocs/v2.php/core/autocomplete/get", autocomplete, "user"),
]

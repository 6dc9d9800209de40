"""Login Flow v2: start, poll, and a minimal browser page where the login is granted.

Granting creates a NEW app password for the account, as Nextcloud does; the poll endpoint
hands it out exactly once and answers 404 ``[]`` before and after.
"""

from __future__ import annotations

import html

from starlette.responses import HTMLResponse, Response

from .. import ocs
from .common import Ctx, Route, route

_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} - Nextcloud</title>
<style>body{{font-family:sans-serif;background:#0082c9;color:#222}}
main{{max-width:360px;margin:10vh auto;background:#fff;padding:2em;border-radius:8px}}
input{{display:block;width:100%;margin:.4em 0 1em;padding:.5em}}
.error{{color:#c00}}</style></head>
<body><main><h1>{title}</h1>{body}</main></body></html>"""

_FORM = """<p>Please log in before granting <strong>Talk Moderator</strong> access to your
Nextcloud account.</p>{error}
<form method="post" action="{action}">
<label for="user">Account name or email</label>
<input id="user" name="user" autocomplete="username" required autofocus>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit" id="submit-wrapper">Grant access</button>
</form>"""


def _base_url(ctx: Ctx) -> str:
    return str(ctx.request.base_url).rstrip("/")


def start(ctx: Ctx) -> Response:
    flow = ctx.state.start_login_flow()
    base = _base_url(ctx)
    return ocs.plain_json(
        200,
        {
            "poll": {"token": flow.poll_token, "endpoint": base + "/index.php/login/v2/poll"},
            "login": base + "/index.php/login/v2/flow/" + flow.login_token,
        },
    )


def poll(ctx: Ctx) -> Response:
    flow = ctx.state.poll_login_flow(ctx.params.get_str("token"))
    if flow is None:
        return ocs.plain_json(404, [])
    return ocs.plain_json(
        200,
        {"server": _base_url(ctx), "loginName": flow.login_name, "appPassword": flow.app_password},
    )


def _page(title: str, body: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(_PAGE.format(title=html.escape(title), body=body), status_code=status)


def show_form(ctx: Ctx) -> Response:
    flow = ctx.state.flow_by_login_token(ctx.path["login_token"])
    if flow is None:
        return _page("Link expired", "<p>The login link is invalid or has expired.</p>", 403)
    action = "/index.php/login/v2/flow/" + html.escape(flow.login_token)
    return _page("Connect to your account", _FORM.format(action=action, error=""))


def grant(ctx: Ctx) -> Response:
    state = ctx.state
    flow = state.flow_by_login_token(ctx.path["login_token"])
    if flow is None:
        # Only the demo grants on this path (the real server's grant form posts elsewhere
        # and answers 405 here); without a live flow it answers like the real one.
        return Response(b"", status_code=405)
    if flow.app_password is not None:
        return _page("Link expired", "<p>The login link is invalid or has expired.</p>", 404)
    login = ctx.params.get_str("user").strip()
    for account in state.accounts.values():
        if account.email and account.email.lower() == login.lower():
            login = account.login
    if state.authenticate(login, ctx.params.get_str("password")) is None:
        action = "/index.php/login/v2/flow/" + html.escape(flow.login_token)
        error = '<p class="error">Wrong login or password.</p>'
        return _page("Connect to your account", _FORM.format(action=action, error=error), 403)
    state.grant_login_flow(flow.poll_token, login)
    return _page(
        "Account connected",
        "<p>Your client should now be connected. You can close this window.</p>",
    )


ROUTES: list[Route] = [
    route("POST", "/index.php/login/v2", start, "anon"),
    route("POST", "/login/v2", start, "anon"),
    route("POST", "/index.php/login/v2/poll", poll, "anon"),
    route("POST", "/login/v2/poll", poll, "anon"),
    route("GET", r"/index.php/login/v2/flow/(?P<login_token>[A-Za-z0-9_-]+)", show_form, "anon"),
    route("POST", r"/index.php/login/v2/flow/(?P<login_token>[A-Za-z0-9_-]+)", grant, "anon"),
]

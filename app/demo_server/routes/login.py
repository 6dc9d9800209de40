"""Login Flow v2: start, poll, and a minimal browser page where the login is granted.

The login URL behaves as Nextcloud's: it remembers the flow in the browser's session (the
cookie) and answers 303 to ``/index.php/login/v2/flow?user=&direct=0``. There Nextcloud shows
its "Connect to your account" page, then its login page and its grant page; the demo shows
one form that takes the account's login password and posts to ``/index.php/login/v2/grant``
(Nextcloud's grant URL, which without a signed-in browser answers 401). Granting creates a
NEW app password for the account, as Nextcloud does; the poll endpoint hands it out exactly
once and answers 404 ``[]`` before and after.
"""

from __future__ import annotations

import html

from starlette.responses import HTMLResponse, RedirectResponse, Response

from .. import ocs
from ..models import LoginFlow
from .common import Ctx, Route, route

FLOW_PAGE = "/index.php/login/v2/flow"
GRANT = "/index.php/login/v2/grant"

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
<input type="hidden" name="stateToken" value="{state}">
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


def _expired() -> HTMLResponse:
    return _page(
        "Access forbidden", "<p>Your login token is invalid or has expired</p>", status=403
    )


def _form(flow: LoginFlow, error: str = "", status: int = 200) -> HTMLResponse:
    body = _FORM.format(action=GRANT, state=html.escape(flow.login_token), error=error)
    return _page("Connect to your account", body, status)


def landing(ctx: Ctx) -> Response:
    """GET the login URL: remember the flow in the browser's session, 303 to the flow page."""
    state = ctx.state
    flow = state.flow_by_login_token(ctx.path["login_token"])
    if flow is None:
        return _expired()
    php = state.ensure_php_session(ctx.caller)
    php.login_flow = flow.login_token
    return RedirectResponse(_base_url(ctx) + FLOW_PAGE + "?user=&direct=0", status_code=303)


def _session_flow(ctx: Ctx) -> LoginFlow | None:
    php = ctx.caller.php
    if php is None or php.login_flow is None:
        return None
    return ctx.state.flow_by_login_token(php.login_flow)


def show_form(ctx: Ctx) -> Response:
    """GET the flow page: the grant form for the flow this browser's session started."""
    flow = _session_flow(ctx)
    if flow is None:
        return _expired()
    return _form(flow)


def _not_logged_in() -> Response:
    return ocs.plain_json(401, {"message": "Current user is not logged in"})


def grant_page(ctx: Ctx) -> Response:
    """GET the grant URL: Nextcloud's grant page needs a signed-in browser, which the demo
    never has (its form signs in and grants in one step)."""
    return _not_logged_in()


def grant(ctx: Ctx) -> Response:
    """POST the grant form: the demo's stand-in for Nextcloud's login and grant pages."""
    state = ctx.state
    flow = _session_flow(ctx)
    if flow is None or ctx.params.get_str("stateToken") != flow.login_token:
        return _not_logged_in()
    if flow.app_password is not None:
        return _expired()
    login = ctx.params.get_str("user").strip()
    for account in state.accounts.values():
        if account.email and account.email.lower() == login.lower():
            login = account.login
    if state.authenticate(login, ctx.params.get_str("password")) is None:
        return _form(flow, '<p class="error">Wrong login or password.</p>', 403)
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
    route("GET", r"/index.php/login/v2/flow/(?P<login_token>[A-Za-z0-9_-]+)", landing, "anon"),
    route("GET", FLOW_PAGE, show_form, "anon"),
    route("GET", GRANT, grant_page, "anon"),
    route("POST", GRANT, grant, "anon"),
]

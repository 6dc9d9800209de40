"""The ASGI application: Nextcloud's request pipeline in the order the real server applies it.

1. wrong basic-auth credentials → 401 "Unauthorised" (+ WWW-Authenticate), before routing;
2. routing: an unknown OCS route (e.g. the removed api/v1 room paths) → 404 / 998, a known
   path with the wrong method → 405 and an empty body;
3. logged-in-only endpoint without credentials → 401 / 997 "Current user is not logged in";
4. OCS request without ``OCS-APIRequest: true`` → 412 ``{"message":"CSRF check failed"}``;
5. the controller (under the state lock), whose decisions arrive as ``TalkError``.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route as StarletteRoute

from . import ocs
from .longpoll import LongPoll
from .multipart import parse_form_data
from .routes import bans, calls, chat, core, invitations, login, participants, policy, rooms
from .routes import breakout as breakout_routes
from .routes import hpb as hpb_routes
from .routes import polls as poll_routes
from .routes import recording as recording_routes
from .routes import signaling as signaling_routes
from .routes.common import Ctx, Params, Route, ServerInfo
from .state import Caller, DemoState, InternalError, TalkError

ALL_METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]
ROUTES: list[Route] = (
    rooms.ROUTES
    + policy.ROUTES
    + participants.ROUTES
    + invitations.ROUTES
    + bans.ROUTES
    + calls.ROUTES
    + chat.ROUTES
    + breakout_routes.ROUTES
    + poll_routes.ROUTES
    + recording_routes.ROUTES
    + signaling_routes.ROUTES
    + core.ROUTES
    + login.ROUTES
)


def _add_param(values: dict[str, Any], key: str, value: Any) -> None:
    if key.endswith("[]"):
        values.setdefault(key[:-2], []).append(value)
    else:
        values[key] = value


def parse_params(request: Request, body: bytes) -> Params:
    """Query string, then the form or JSON body on top (Nextcloud merges them the same way)."""
    values: dict[str, Any] = {}
    for key, value in parse_qsl(request.url.query, keep_blank_values=True):
        _add_param(values, key, value)
    if body:
        content_type = request.headers.get("content-type", "")
        if "json" in content_type:
            try:
                decoded = json.loads(body)
            except ValueError:
                decoded = None
            if isinstance(decoded, dict):
                values.update(decoded)
        elif "multipart/form-data" in content_type:
            form = parse_form_data(content_type, body)
            for key, value in form.fields.items():
                _add_param(values, key, value)
            return Params(values, form.files)
        elif "multipart" not in content_type:
            for key, value in parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True):
                _add_param(values, key, value)
    return Params(values)


def _basic_credentials(header: str) -> tuple[str, str] | None:
    if not header.lower().startswith("basic "):
        return None
    try:
        decoded = base64.b64decode(header[6:].strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return ("", "")
    user, _, secret = decoded.partition(":")
    if not user or not secret:
        return None  # Nextcloud tries no login with an empty name or password: anonymous
    return user, secret


def _wants_json(request: Request) -> bool:
    """OCS picks JSON for ``format=json`` or an Accept header naming JSON, else XML."""
    fmt = request.query_params.get("format")
    if fmt:
        return fmt.lower() == "json"
    return "json" in request.headers.get("accept", "").lower()


class TalkApp:
    """Routes requests to the controllers and applies Nextcloud's auth/CSRF rules."""

    def __init__(self, state: DemoState, info: ServerInfo) -> None:
        self.state = state
        self.info = info
        self.starlette = Starlette(
            routes=[
                hpb_routes.websocket_route(state, info),
                StarletteRoute("/{path:path}", self.dispatch, methods=ALL_METHODS),
            ]
        )

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.starlette(scope, receive, send)

    @staticmethod
    def _match(method: str, path: str) -> tuple[Route | None, dict[str, str]]:
        """The route for method + path (``None`` also for a known path, other method)."""
        for candidate in ROUTES:
            if candidate.method != method:
                continue
            match = candidate.pattern.match(path)
            if match is not None:
                return candidate, match.groupdict()
        return None, {}

    async def dispatch(self, request: Request) -> Response:
        response = await self._dispatch(request)
        if isinstance(response, ocs.OcsResponse) and not _wants_json(request):
            return response.as_xml()
        return response

    async def _dispatch(self, request: Request) -> Response:
        path = request.url.path
        is_ocs = path.startswith("/ocs/")
        body = await request.body()

        login_name: str | None = None
        kind: str | None = None
        secret: str | None = None
        credentials = _basic_credentials(request.headers.get("authorization", ""))
        if credentials is not None and is_ocs:
            with self.state.lock:
                kind = self.state.authenticate(*credentials)
            if kind is None:
                return ocs.unauthorised()
            login_name, secret = credentials

        route, path_params = self._match(request.method, path)
        if route is None:
            if any(candidate.pattern.match(path) for candidate in ROUTES):
                # A known path with another method: Nextcloud's router answers 405 with an
                # empty body (labelled JSON for OCS, HTML for pages), before any OCS handling.
                media = ocs.JSON_TYPE if is_ocs else "text/html; charset=UTF-8"
                return Response(b"", status_code=405, media_type=media)
            if is_ocs:
                return ocs.invalid_query()
            return PlainTextResponse("Not Found", status_code=404)
        if route.access == "user" and login_name is None:
            return ocs.not_logged_in()
        if is_ocs and request.headers.get("ocs-apirequest", "").lower() != "true":
            return ocs.csrf_failed()

        params = parse_params(request, body)
        with self.state.lock:
            php = self.state.php_session(request.cookies.get(self.state.instance_id), login_name)
            caller = Caller(login=login_name, kind=kind, secret=secret, php=php)
            ctx = Ctx(
                state=self.state,
                server=self.info,
                request=request,
                params=params,
                caller=caller,
                path=path_params,
            )
            try:
                response = route.handler(ctx)
            except TalkError as error:
                response = ocs.fail(error.status, error.data)
            except InternalError:
                response = ocs.internal_error()
        if isinstance(response, LongPoll):  # the chat's long poll waits outside the lock
            response = await response.wait(self.state.lock, self.state.closing)
        if caller.new_cookie is not None:
            response.set_cookie(
                self.state.instance_id, caller.new_cookie, path="/", httponly=True, samesite="lax"
            )
        return response

"""Matching a request to its handler: exact paths by dictionary, templates by regex.

A path matched with the wrong method is a 405 and an unknown path a 404, both
with CallFire's ErrorResponse body (raised as ApiError for the app to render).
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.routing import compile_path
from starlette.types import Receive, Scope, Send

from .errors import ApiError, NotFound

Responder = Callable[[Scope, Receive, Send], Awaitable[None]]
Handler = Callable[[Request], Awaitable[Responder]]
Routes = list[tuple[str, str, Handler]]  # (method, path template, handler)


class Router:
    def __init__(self, routes: Routes) -> None:
        self._exact: dict[str, dict[str, Handler]] = {}
        self._templates: list[tuple[re.Pattern[str], dict[str, Handler]]] = []
        by_template: dict[str, dict[str, Handler]] = {}
        for method, path, handler in routes:
            by_template.setdefault(path, {})[method] = handler
        # Exact paths win over templates (/contacts/lists before /contacts/{id});
        # among templates, the order of registration decides ({id}.mp3 before {id}).
        for path, handlers in by_template.items():
            if "{" in path:
                regex, _, _ = compile_path(path)
                self._templates.append((regex, handlers))
            else:
                self._exact[path] = handlers

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope["path"]
        handlers = self._exact.get(path)
        params: dict[str, Any] = {}
        if handlers is None:
            for regex, candidate in self._templates:
                match = regex.match(path)
                if match is not None:
                    handlers = candidate
                    params = match.groupdict()
                    break
        if handlers is None:
            raise NotFound(f"no resource at {path}")
        method: str = scope["method"]
        handler = handlers.get(method)
        if handler is None and method == "HEAD":
            handler = handlers.get("GET")
        if handler is None:
            raise ApiError(
                405,
                f"method {method} is not allowed on {path}",
                headers={"Allow": ", ".join(sorted(handlers))},
            )
        scope["path_params"] = params
        responder = await handler(Request(scope, receive))
        await responder(scope, receive, send)

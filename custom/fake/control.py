"""The control endpoint (/_fake/...), for driving a fake in another process.

Only mounted with enable_control=True. It needs no credentials and is never
subject to faults, the rate limit, or the request log.
"""

from __future__ import annotations

import base64
import json
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from .errors import BadRequest, NotFound
from .faults import Fault
from .validation import Bool, Check, Int, Number, OneOf, Str

if TYPE_CHECKING:
    from .fake import FakeCallFire

_FAULT_FIELDS: dict[str, Check] = {
    "method": Str(non_empty=True),
    "path": Str(non_empty=True),
    "times": Int(minimum=1),
    "status": Int(minimum=100, maximum=599),
    "retry_after": OneOf(Str(), Int(minimum=0), expected="a string or an integer"),
    "html": Bool(),
    "delay": Number(minimum=0),
    "drop": Bool(),
    "truncate_after": Int(minimum=0),
}
# null is meaningful for these (any method, every request, ...); elsewhere it means "default".
_NULLABLE = {"method", "times", "status", "retry_after", "truncate_after"}
_REDACTED_HEADERS = {"authorization", "cookie"}


def _json(data: Any, status: int = 200) -> Response:
    return Response(json.dumps(data), status_code=status, media_type="application/json")


class ControlApp:
    def __init__(self, fake: FakeCallFire) -> None:
        self._fake = fake

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        route = (scope["method"], scope["path"])
        fake = self._fake
        if route == ("POST", "/_fake/faults"):
            fake.faults.add(_fault_from(await _body(request)))
            response = Response(status_code=204)
        elif route == ("DELETE", "/_fake/faults"):
            fake.faults.clear()
            response = Response(status_code=204)
        elif route == ("POST", "/_fake/reset"):
            fake.reset()
            response = Response(status_code=204)
        elif route == ("POST", "/_fake/rate-limit"):
            body = await _body(request)
            try:
                fake.rate_limit(
                    body.get("max_requests"),
                    per_seconds=float(body.get("per_seconds", 1.0)),
                    retry_after=body.get("retry_after", 1),
                )
            except (TypeError, ValueError) as error:
                raise BadRequest(f"invalid rate limit: {error}") from None
            response = Response(status_code=204)
        elif route == ("GET", "/_fake/requests"):
            response = _json([_describe(recorded) for recorded in fake.requests])
        else:
            raise NotFound(f"no control endpoint {scope['method']} {scope['path']}")
        await response(scope, receive, send)


async def _body(request: Request) -> dict[str, Any]:
    try:
        body = json.loads(await request.body() or b"{}")
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BadRequest(f"request body is not valid JSON: {error}") from None
    if not isinstance(body, dict):
        raise BadRequest("expected a JSON object")
    return body


def _fault_from(body: dict[str, Any]) -> Fault:
    unknown = set(body) - set(_FAULT_FIELDS)
    if unknown:
        raise BadRequest(f"unknown fault field(s): {', '.join(sorted(unknown))}")
    arguments: dict[str, Any] = {}
    for name, value in body.items():
        if value is None:
            if name in _NULLABLE:
                arguments[name] = None
            continue
        arguments[name] = _FAULT_FIELDS[name](value, f"fault.{name}")
    try:
        return Fault(**arguments)
    except ValueError as error:
        raise BadRequest(f"invalid fault: {error}") from None


def _describe(recorded: Any) -> dict[str, Any]:
    return {
        "method": recorded.method,
        "path": recorded.path,
        "query": recorded.query,
        "headers": {
            name: ("<redacted>" if name in _REDACTED_HEADERS else value)
            for name, value in recorded.headers.items()
        },
        "body": base64.b64encode(recorded.body).decode("ascii"),
    }

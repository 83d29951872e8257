"""JSON responses with the `fields` selector applied, and empty ones."""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from .fields import parse_fields, select_fields


def json_response(request: Request, data: Any, status: int = 200) -> Response:
    # Only look at the query string when there is one: this is the hot path.
    if request.scope["query_string"]:
        selector = request.query_params.get("fields")
        if selector:
            data = select_fields(data, parse_fields(selector))
    return Response(
        json.dumps(data, separators=(",", ":")), status_code=status, media_type="application/json"
    )


def no_content() -> Response:
    return Response(status_code=204)

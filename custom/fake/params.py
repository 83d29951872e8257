"""Reading path and query parameters and JSON bodies, with a 400 for anything malformed."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from starlette.requests import Request

from .errors import BadRequest
from .validation import Check, check_phone_number

_TRUE = {"true", "1"}
_FALSE = {"false", "0"}


def path_int(request: Request, name: str = "id") -> int:
    raw: str = request.path_params[name]
    return parse_int(raw, f"path parameter '{name}'", minimum=0)


def path_phone(request: Request, name: str) -> str:
    raw: str = request.path_params[name]
    return check_phone_number(raw, f"path parameter '{name}'")


def parse_int(raw: str, where: str, *, minimum: int | None = None) -> int:
    text = raw.strip()
    # int() accepts "1_000" and non-ASCII digits; CallFire's ids are plain decimal.
    if not text or not (text.isascii() and text.lstrip("-").isdigit()):
        raise BadRequest(f"{where} must be an integer, got {raw!r}")
    value = int(text)
    if minimum is not None and value < minimum:
        raise BadRequest(f"{where} must be at least {minimum}, got {value}")
    return value


class Query:
    """Typed access to the query string of one request."""

    def __init__(self, request: Request) -> None:
        self._params = request.query_params

    def text(self, name: str) -> str | None:
        return self._params.get(name)

    def integer(self, name: str, *, minimum: int | None = None) -> int | None:
        raw = self._params.get(name)
        if raw is None or raw == "":
            return None
        return parse_int(raw, f"query parameter '{name}'", minimum=minimum)

    def flag(self, name: str) -> bool | None:
        raw = self._params.get(name)
        if raw is None or raw == "":
            return None
        lowered = raw.lower()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
        raise BadRequest(f"query parameter '{name}' must be true or false, got {raw!r}")

    def phone(self, name: str) -> str | None:
        raw = self._params.get(name)
        if raw is None or raw == "":
            return None
        return check_phone_number(raw, f"query parameter '{name}'")

    def _repeated(self, name: str) -> list[str]:
        # Arrays are repeated (`id=1&id=2`); comma-separated values are accepted too.
        values: list[str] = []
        for raw in self._params.getlist(name):
            values.extend(part for part in (p.strip() for p in raw.split(",")) if part)
        return values

    def integers(self, name: str) -> list[int]:
        return [
            parse_int(raw, f"query parameter '{name}'", minimum=0) for raw in self._repeated(name)
        ]

    def phones(self, name: str) -> list[str]:
        return [
            check_phone_number(raw, f"query parameter '{name}'") for raw in self._repeated(name)
        ]

    def enum_set(self, name: str, allowed: Iterable[str]) -> set[str]:
        allowed_set = set(allowed)
        values = set(self._repeated(name))
        unknown = values - allowed_set
        if unknown:
            raise BadRequest(
                f"query parameter '{name}': unknown value(s) {', '.join(sorted(unknown))}"
            )
        return values


async def json_body(request: Request, check: Check, where: str = "body") -> Any:
    raw = await request.body()
    if not raw.strip():
        raise BadRequest("request body is missing (expected JSON)")
    try:
        document = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BadRequest(f"request body is not valid JSON: {error}") from None
    return check(document, where)

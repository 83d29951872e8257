"""CallFire's error body and the exception handlers raise to produce it."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

K = TypeVar("K")
V = TypeVar("V")

HELP_LINK = "https://developers.callfire.com/results-responses-errors.html"

_REASONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    413: "Payload Too Large",
    416: "Range Not Satisfiable",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


def reason_phrase(status: int) -> str:
    return _REASONS.get(status, "Error")


class ApiError(Exception):
    """Raised anywhere below the router; the app turns it into an ErrorResponse."""

    def __init__(self, status: int, message: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


class BadRequest(ApiError):
    def __init__(self, message: str) -> None:
        super().__init__(400, message)


class NotFound(ApiError):
    def __init__(self, message: str) -> None:
        super().__init__(404, message)


def existing(table: Mapping[K, V], key: K, what: str) -> V:
    """``table[key]``, or the 404 CallFire answers for a resource that does not exist."""
    found = table.get(key)
    if found is None:
        raise NotFound(f"{what} {key} does not exist")
    return found


def error_body(status: int, message: str) -> dict[str, Any]:
    # internalCode is an integer, as CallFire's own clients and fixtures have it.
    return {
        "httpStatusCode": status,
        "internalCode": status,
        "message": message,
        "developerMessage": f"{status} {reason_phrase(status)}: {message}",
        "helpLink": HELP_LINK,
    }


def error_body_bytes(status: int, message: str) -> bytes:
    return json.dumps(error_body(status, message), separators=(",", ":")).encode()

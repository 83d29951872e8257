"""An operation with no success schema succeeds on any 2xx without a body: the server has done
the work, and raising then would make callers retry or alert for nothing."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest

from callfire_async.custom import CallFire, ResponseParseError

ASGI = Callable[[dict[str, Any], Any, Any], Awaitable[None]]


def answering(status: int, body: bytes = b"") -> ASGI:
    """A server that answers every request with this status and body."""

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        headers = [(b"content-length", str(len(body)).encode())]
        if body:
            headers.append((b"content-type", b"application/json"))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    return app


def client(app: ASGI) -> CallFire:
    transport = httpx.ASGITransport(app=app)
    return CallFire("user", "secret", base_url="http://127.0.0.1/v2", transport=transport)


@pytest.mark.anyio
@pytest.mark.parametrize("status", [200, 202, 204])
async def test_a_bodiless_operation_returns_none_on_any_empty_2xx(status: int) -> None:
    async with client(answering(status)) as cf:
        assert await cf.contacts.delete_contact(1) is None


@pytest.mark.anyio
async def test_an_operation_with_a_success_schema_still_fails_on_an_empty_undocumented_2xx() -> (
    None
):
    async with client(answering(202)) as cf:
        with pytest.raises(ResponseParseError, match="lists no 202 response"):
            await cf.contacts.get_contact(1)

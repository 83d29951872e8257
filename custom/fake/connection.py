"""Closing the client's connection mid-request, to fake network failures.

ASGI has no way to close a connection, so under uvicorn the fake reaches its
transport: uvicorn's `receive` is a bound method of the request cycle, which
holds `.transport`. After closing it the fake waits for uvicorn to notice
(`receive()` returns `http.disconnect`), so uvicorn logs nothing. Where no
transport can be found (in-process under httpx.ASGITransport, or another
server) the fake raises httpx.RemoteProtocolError instead: in-process that is
exactly the error a client would see over a socket.
"""

from __future__ import annotations

import asyncio

import anyio
import httpx
from starlette.types import Receive

_DISCONNECT_WAIT_SECONDS = 5.0


def find_transport(receive: Receive) -> asyncio.Transport | None:
    cycle = getattr(receive, "__self__", None)
    transport = getattr(cycle, "transport", None)
    return transport if isinstance(transport, asyncio.Transport) else None


async def close_connection(receive: Receive, message: str) -> None:
    """Close the connection after flushing what was already sent.

    `message` is the error raised when there is no transport to close.
    """
    transport = find_transport(receive)
    if transport is None:
        raise httpx.RemoteProtocolError(message)
    transport.close()
    await wait_until_disconnected(receive)


async def wait_until_disconnected(receive: Receive) -> None:
    """Return once the server has seen the connection close (bounded wait).

    An app that returns before that makes uvicorn log "ASGI callable returned
    without completing response".
    """
    with anyio.move_on_after(_DISCONNECT_WAIT_SECONDS):
        while (await receive())["type"] != "http.disconnect":
            pass

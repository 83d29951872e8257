"""A deliberately misbehaving HTTP/1.1 server on 127.0.0.1, written on raw sockets.

A web framework always answers with well-formed HTTP; the failures a client meets in the wild
(a connection reset mid-body, a body shorter or longer than its Content-Length, a chunk cut in
half, a header larger than any parser accepts, a server dripping one byte at a time) can only be
produced by writing the bytes by hand. ``FaultServer`` reads each request (head and body),
records it, and hands it to a behaviour: an async function that writes whatever it likes to the
connection and says whether the connection stays open for the next request.

The server counts the connections it has open, so a test can check that the client left none
behind once it was closed.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import socket
import struct
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Self


@dataclass
class RawRequest:
    method: str
    target: str
    headers: dict[str, str]  # lower-cased names; the last value of a repeated header wins
    body: bytes


# Writes the response (or the failure) for one request; returns True to keep the connection.
Behaviour = Callable[["Exchange"], Awaitable[bool]]


@dataclass
class Exchange:
    """One request as a behaviour sees it: what arrived, how to answer, and its number."""

    request: RawRequest
    number: int  # 1 for the first request the server saw
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter

    async def send(self, data: bytes) -> None:
        self.writer.write(data)
        await self.writer.drain()

    def reset(self) -> None:
        """Close with a TCP RST instead of a FIN (SO_LINGER with a zero timeout)."""
        sock = self.writer.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.writer.transport.abort()


@dataclass
class FaultServer:
    behaviour: Behaviour
    requests: list[RawRequest] = field(default_factory=list)
    open_connections: int = 0
    _server: asyncio.Server | None = None
    _handlers: set[asyncio.Task[None]] = field(default_factory=set)
    _writers: set[asyncio.StreamWriter] = field(default_factory=set)
    _none_open: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def port(self) -> int:
        assert self._server is not None
        port: int = self._server.sockets[0].getsockname()[1]
        return port

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v2"

    async def __aenter__(self) -> Self:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        assert self._server is not None
        self._server.close()
        # Aborting the connections ends their handlers (a read or a write fails); cancelling
        # a handler instead makes asyncio log an error for it.
        for writer in list(self._writers):
            writer.transport.abort()
        await asyncio.gather(*self._handlers, return_exceptions=True)
        await self._server.wait_closed()

    async def wait_until_all_closed(self) -> None:
        """Returns once the client has closed every connection it opened (the test's time
        limit bounds the wait)."""
        if self.open_connections:
            await self._none_open.wait()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._handlers.add(task)
        self._writers.add(writer)
        self.open_connections += 1
        self._none_open.clear()
        try:
            while True:
                request = await _read_request(reader)
                if request is None:
                    return
                self.requests.append(request)
                exchange = Exchange(request, len(self.requests), reader, writer)
                if not await self.behaviour(exchange):
                    return
        except (ConnectionError, asyncio.IncompleteReadError):
            return
        finally:
            self.open_connections -= 1
            if not self.open_connections:
                self._none_open.set()
            self._handlers.discard(task)
            self._writers.discard(writer)
            if not writer.transport.is_closing():
                writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()


async def _read_request(reader: asyncio.StreamReader) -> RawRequest | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError:
        return None  # the client closed the connection
    request_line, *header_lines = head.decode("latin-1").split("\r\n")
    method, target, _version = request_line.split(" ", 2)
    headers: dict[str, str] = {}
    for line in header_lines:
        if line:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body = bytearray()
        while size := int((await reader.readuntil(b"\r\n")).strip().split(b";")[0], 16):
            body += await reader.readexactly(size + 2)
            del body[-2:]
        await reader.readuntil(b"\r\n")
    else:
        body = bytearray(await reader.readexactly(int(headers.get("content-length", "0"))))
    return RawRequest(method, target, headers, bytes(body))


# -- building responses ---------------------------------------------------------------------


def head(status: str, headers: dict[str, str] | None = None) -> bytes:
    """A status line and headers, up to and including the blank line."""
    lines = [f"HTTP/1.1 {status}"]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def json_response(body: bytes, status: str = "200 OK", **extra: str) -> bytes:
    headers = {"Content-Type": "application/json", "Content-Length": str(len(body)), **extra}
    return head(status, headers) + body


def gzip_of(data: bytes) -> bytes:
    return gzip.compress(data)

"""The ASGI app: everything in front of the API handlers.

Per request, in order: read and record it; control endpoints (when enabled);
a programmed fault; the rate limit; Basic auth; the handler. ApiError becomes
an ErrorResponse; any other exception becomes a 500 ErrorResponse and is kept
in `server_errors` so that tests can prove none happened.
"""

from __future__ import annotations

import traceback
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

import anyio
from starlette.types import Message, Receive, Scope, Send

from .connection import close_connection, find_transport
from .errors import ApiError, error_body_bytes, reason_phrase
from .faults import Fault
from .request_log import RecordedRequest

if TYPE_CHECKING:
    from .fake import FakeCallFire

ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

_HTML_PAGE = (
    "<html><head><title>{status} {reason}</title></head>"
    "<body><center><h1>{status} {reason}</h1></center><hr><center>nginx</center></body></html>"
)


class _BodyCut(Exception):
    """Raised once a truncating fault has sent its share of the body."""


class _TruncatingSend:
    def __init__(self, send: Send, limit: int) -> None:
        self._send = send
        self._room = limit

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.body":
            body: bytes = message.get("body", b"")
            if len(body) > self._room:
                await self._send(
                    {"type": "http.response.body", "body": body[: self._room], "more_body": True}
                )
                raise _BodyCut
            self._room -= len(body)
        await self._send(message)


class _StartTracker:
    def __init__(self, send: Send) -> None:
        self._send = send
        self.started = False

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.started = True
        await self._send(message)


async def send_bytes(
    send: Send,
    status: int,
    body: bytes,
    content_type: bytes = b"application/json",
    headers: dict[str, str] | None = None,
) -> None:
    raw_headers = [
        (b"content-type", content_type),
        (b"content-length", str(len(body)).encode()),
    ]
    raw_headers.extend(
        (name.lower().encode(), value.encode()) for name, value in (headers or {}).items()
    )
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


async def send_error(
    send: Send, status: int, message: str, headers: dict[str, str] | None = None
) -> None:
    await send_bytes(send, status, error_body_bytes(status, message), headers=headers)


async def _read_body(receive: Receive) -> bytes | None:
    """The whole request body, or None when the client went away first."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            return b"".join(chunks) if len(chunks) > 1 else chunks[0]


class _Replay:
    """A `receive` giving the already-read body, then the real connection's events.

    It is a bound method of an object with `.transport`, like uvicorn's own, so
    that handlers can still find the connection (see connection.find_transport).
    """

    def __init__(self, body: bytes, receive: Receive) -> None:
        self._body: bytes | None = body
        self._receive = receive
        self.transport = find_transport(receive)

    async def receive(self) -> Message:
        if self._body is not None:
            body, self._body = self._body, None
            return {"type": "http.request", "body": body, "more_body": False}
        return await self._receive()


def _replaying(body: bytes, receive: Receive) -> Receive:
    return _Replay(body, receive).receive


class FakeApp:
    def __init__(self, fake: FakeCallFire, router: ASGIApp, control: ASGIApp | None) -> None:
        self._fake = fake
        self._router = router
        self._control = control

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            await self._http(scope, receive, send)
        elif scope["type"] == "lifespan":
            await _lifespan(receive, send)

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = await _read_body(receive)
        if body is None:
            return
        path: str = scope["path"]
        method: str = scope["method"]
        if self._control is not None and path.startswith("/_fake/"):
            await self._guarded(self._control, scope, _replaying(body, receive), send)
            return
        fake = self._fake
        fake.request_log.record(
            RecordedRequest(
                method, path, scope["query_string"].decode("latin-1"), scope["headers"], body
            )
        )
        fault = fake.faults.take(method, path)
        try:
            if fault is not None:
                await self._faulty(fault, scope, receive, _replaying(body, receive), send)
            else:
                await self._serve(scope, _replaying(body, receive), send)
        except _BodyCut:
            await close_connection(
                receive, "peer closed connection without sending complete message body"
            )

    async def _faulty(
        self, fault: Fault, scope: Scope, connection: Receive, replay: Receive, send: Send
    ) -> None:
        # `connection` is the server's own receive (closing needs it), `replay` the body.
        if fault.delay:
            await anyio.sleep(fault.delay)
        if fault.drop:
            await close_connection(connection, "Server disconnected without sending a response.")
            return
        if fault.truncate_after is not None:
            send = _TruncatingSend(send, fault.truncate_after)
        if fault.status is None:
            await self._serve(scope, replay, send)
            return
        headers = {} if fault.retry_after is None else {"Retry-After": str(fault.retry_after)}
        if fault.html:
            page = _HTML_PAGE.format(status=fault.status, reason=reason_phrase(fault.status))
            await send_bytes(
                send, fault.status, page.encode(), b"text/html; charset=utf-8", headers
            )
        else:
            await send_error(send, fault.status, "fault injected by the fake server", headers)

    async def _serve(self, scope: Scope, receive: Receive, send: Send) -> None:
        fake = self._fake
        limiter = fake.rate_limiter
        if limiter is not None and not limiter.allow():
            await send_error(
                send,
                429,
                f"rate limit of {limiter.max_requests} requests per "
                f"{limiter.per_seconds:g} s exceeded",
                {"Retry-After": limiter.retry_after},
            )
            return
        if not fake.auth.accepts(scope["headers"]):
            await send_error(
                send,
                401,
                "missing or invalid HTTP Basic credentials",
                {"WWW-Authenticate": 'Basic realm="CallFire API"'},
            )
            return
        await self._guarded(self._router, scope, receive, send)

    async def _guarded(self, app: ASGIApp, scope: Scope, receive: Receive, send: Send) -> None:
        tracker = _StartTracker(send)
        try:
            await app(scope, receive, tracker)
        except _BodyCut:
            raise
        except Exception as error:
            if not isinstance(error, ApiError):
                self._fake.server_errors.append(
                    "".join(traceback.format_exception(type(error), error, error.__traceback__))
                )
            if tracker.started:
                # Too late for a status: cut the response so the client sees a failure.
                raise _BodyCut from error
            if isinstance(error, ApiError):
                await send_error(send, error.status, error.message, error.headers)
            else:
                await send_error(send, 500, f"internal error in the fake server: {error!r}")


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return

"""Retries as an httpx transport, so every call made through the client gets them.

``RetryTransport`` wraps the transport that does the I/O. Which failures it
retries depends on whether repeating the request is safe:

* idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS) are retried after a
  transport failure (connect error, timeout, dropped connection) and after a
  status in ``RetryPolicy.retry_statuses`` (408, 429, 502, 503, 504);
* POST and PATCH create or change things, and repeating one that reached the
  server may do it twice. They are retried only when the request provably
  never left (``ConnectError``, ``ConnectTimeout``, ``PoolTimeout``) or was
  refused with 429, unless ``RetryPolicy.retry_non_idempotent`` is set.

A response whose body is to be read whole (the client marks such requests
with the ``READ_BODY`` extension; a streamed download is not marked) is read
inside the retry loop: a body that breaks off (a reset, fewer bytes than its
Content-Length, a chunk cut short) is a transport failure like a dropped
connection, retried under the same rules, attempts and deadline. A streamed
body is handed over unread; downloads resume on their own.

Waits grow exponentially with jitter; a ``Retry-After`` header replaces the
computed wait. A wait that would pass the policy's deadline, or a
``Retry-After`` beyond its cap, ends the retries at once: the last response is
returned (or the last exception raised) instead of sleeping.
"""

from __future__ import annotations

import contextlib
import random as stdlib_random
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

import anyio
import httpx

from .errors import parse_retry_after
from .logs import log_exchange, log_sending, logger

__all__ = [
    "IDEMPOTENT_METHODS",
    "NO_RETRY",
    "READ_BODY",
    "Exchange",
    "RetryPolicy",
    "RetryTransport",
    "current_policy",
    "retry_override",
    "send_with_retries",
]


# The request extension that asks the retry transport to read the response body whole before
# returning it (set by the facade's client for every request not sent with stream=True).
READ_BODY = "callfire_async.read_body"

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})

# Failures that happen before a single byte of the request is sent: retrying
# them cannot repeat an action on the server, whatever the method.
_NEVER_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)
# Failures of our own making (a bad URL, an invalid header): retrying them
# only fails again.
_PERMANENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.UnsupportedProtocol,
    httpx.LocalProtocolError,
)

# Reading a small discarded error body lets its keep-alive connection be
# reused for the retry; a larger or unsized one is cheaper to drop.
_MAX_DRAIN_BYTES = 64 * 1024


@dataclass(frozen=True, kw_only=True)
class RetryPolicy:
    """How many times, how long and on what to retry.

    ``max_attempts`` counts the first attempt (1 means no retry). ``deadline``
    bounds the whole call, in seconds from the first attempt: no wait is
    started that would end past it (None: attempts alone bound it). It does
    not cut an attempt short; the client's timeouts do that.

    The defaults (3 attempts; waits of 0.25-0.5 s before the second and
    0.5-1 s before the third, see ``backoff``; a 60 s deadline) ride out a brief
    blip or a rolling restart without hiding a real outage from the caller.

    ``sleep``, ``clock`` and ``random`` exist so tests can record the waits
    instead of sleeping; ``sleep`` defaults to ``anyio.sleep`` so the transport
    works under asyncio and trio.
    """

    max_attempts: int = 3
    initial_delay: float = 0.5
    max_delay: float = 8.0
    deadline: float | None = 60.0
    retry_after_cap: float = 60.0
    retry_statuses: frozenset[int] = frozenset({408, 429, 502, 503, 504})
    retry_non_idempotent: bool = False
    sleep: Callable[[float], Awaitable[None]] = field(
        default=anyio.sleep, repr=False, compare=False
    )
    clock: Callable[[], float] = field(default=time.monotonic, repr=False, compare=False)
    random: Callable[[], float] = field(default=stdlib_random.random, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        if self.initial_delay < 0 or self.max_delay < 0 or self.retry_after_cap < 0:
            raise ValueError("delays must not be negative")
        if self.deadline is not None and self.deadline < 0:
            raise ValueError("deadline must not be negative")

    @classmethod
    def off(cls) -> RetryPolicy:
        """A policy that makes exactly one attempt."""
        return cls(max_attempts=1)

    def backoff(self, retry_number: int) -> float:
        """The wait before retry number ``retry_number`` (1 for the first retry).

        Equal jitter: half of the exponential delay is kept and the other half
        is random, so with the defaults the waits are 0.25-0.5 s, 0.5-1 s,
        1-2 s, ... up to 4-8 s (``max_delay``). Full jitter (all of it random)
        spreads clients best, but with only a few attempts it often retries
        almost at once, while an overloaded server needs a pause; equal jitter
        guarantees one and still keeps clients that failed together from
        retrying together.
        """
        exponential = min(self.max_delay, self.initial_delay * 2.0 ** (retry_number - 1))
        half = exponential / 2
        return half + half * self.random()

    def retries_method(self, method: str) -> bool:
        """Whether any response or failure of ``method`` may be retried."""
        return self.retry_non_idempotent or method.upper() in IDEMPOTENT_METHODS


NO_RETRY = RetryPolicy.off()


class _Response(Protocol):
    """What the retry loop reads of a response, whichever way it came (an ``httpx.Response``,
    or the direct path's ``transport.Received``): its status and its headers' ``get``."""

    @property
    def status_code(self) -> int: ...

    @property
    def headers(self) -> Any: ...


R = TypeVar("R", bound=_Response)

_override: ContextVar[RetryPolicy | None] = ContextVar("callfire_retry_override", default=None)


@contextlib.contextmanager
def retry_override(policy: RetryPolicy | None) -> Iterator[None]:
    """Use ``policy`` instead of the transport's own for calls made inside the
    block (in this task and tasks it starts); ``None`` restores the default."""
    token = _override.set(policy)
    try:
        yield
    finally:
        _override.reset(token)


class _SendOnceGuard(httpx.AsyncByteStream):
    """Wraps a request body that may not be replayable and records whether
    sending it ever began.

    A body is replayed only when that is safe: an ``httpx.ByteStream`` (bytes,
    str, JSON and form bodies, and any body after ``request.aread()``) can be
    sent any number of times, and so can a stream whose ``replayable``
    attribute is true; any other stream (an async generator, a file object)
    is retried only if it was never started, i.e. the attempt failed before
    the body was sent.
    """

    def __init__(self, inner: httpx.AsyncByteStream) -> None:
        self._inner = inner
        self.started = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        self.started = True
        async for chunk in self._inner:
            yield chunk

    async def aclose(self) -> None:
        await self._inner.aclose()


def _declares_replayable(stream: object) -> bool:
    # A stream that can start over (e.g. a multipart upload that reopens its file on every
    # iteration) says so with a `replayable` attribute.
    return getattr(stream, "replayable", False) is True


def _body_is_replayable(request: httpx.Request) -> bool:
    stream = request.stream
    if isinstance(stream, httpx.ByteStream) or _declares_replayable(stream):
        return True
    return isinstance(stream, _SendOnceGuard) and not stream.started


def _guard_body(request: httpx.Request) -> None:
    stream = request.stream
    if (
        isinstance(stream, httpx.AsyncByteStream)
        and not isinstance(stream, httpx.ByteStream | _SendOnceGuard)
        and not _declares_replayable(stream)
    ):
        request.stream = _SendOnceGuard(stream)


class Exchange(Protocol[R]):
    """One request as the retry loop sees it, whatever sends it: the httpx transport chain
    (``RetryTransport``) or the facade's direct path (``direct``). ``R`` is its response,
    which has a ``status_code`` and ``headers`` (any mapping with ``get``)."""

    @property
    def method(self) -> str: ...

    def target(self) -> str:
        """The path and query, for log lines (never the host's userinfo)."""
        ...

    def replayable(self) -> bool:
        """Whether the request body may be sent again."""
        ...

    async def send(self, attempt: int, max_attempts: int) -> R:
        """One attempt; a failure is an ``httpx.TransportError``, as httpx raises it."""
        ...

    async def finish(self, response: R) -> R:
        """The response to return, its body read if the caller asked for that; raises an
        ``httpx.TransportError`` when the body breaks off (retried like a dropped connection)."""
        ...

    async def discard(self, response: R) -> None:
        """Let go of a response that is about to be retried."""
        ...


async def send_with_retries(policy: RetryPolicy, exchange: Exchange[R]) -> R:
    """Send ``exchange`` as many times as ``policy`` allows: the one retry loop of the SDK."""
    started_at = policy.clock()
    attempt = 1
    while True:
        failure: httpx.TransportError | None = None
        try:
            response = await exchange.send(attempt, policy.max_attempts)
        except httpx.TransportError as exc:
            failure = exc
        else:
            maybe_delay = _delay_after_response(policy, exchange, response, attempt, started_at)
            if maybe_delay is None:
                try:
                    return await exchange.finish(response)
                except httpx.TransportError as exc:
                    failure = exc  # the body broke off: as if the connection dropped
            else:
                delay = maybe_delay
                reason = f"HTTP {response.status_code}"
                await exchange.discard(response)
        if failure is not None:
            maybe_delay = _delay_after_error(policy, exchange, failure, attempt, started_at)
            if maybe_delay is None:
                raise failure
            delay = maybe_delay
            reason = type(failure).__name__

        _log_retry(exchange, attempt, policy.max_attempts, reason, delay)
        await policy.sleep(delay)
        attempt += 1


def current_policy(default: RetryPolicy) -> RetryPolicy:
    """The policy ``retry_override()`` set for this context, else ``default``."""
    override = _override.get()
    return override if override is not None else default


class RetryTransport(httpx.AsyncBaseTransport):
    """An ``httpx.AsyncBaseTransport`` that retries ``inner`` under a policy.

    The policy set with ``retry_override()`` for the current context wins over
    ``policy``. Every response that is retried is closed; the response
    returned is read whole when the request carries the ``READ_BODY``
    extension, and left unread for the client to stream otherwise.
    """

    def __init__(self, inner: httpx.AsyncBaseTransport, policy: RetryPolicy | None = None) -> None:
        self._inner = inner
        self._policy = policy if policy is not None else RetryPolicy()

    @property
    def inner(self) -> httpx.AsyncBaseTransport:
        return self._inner

    @property
    def policy(self) -> RetryPolicy:
        return self._policy

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        policy = current_policy(self._policy)
        if policy.max_attempts == 1:
            return await _attempt(self._inner, request, 1, 1)
        _guard_body(request)
        return await send_with_retries(policy, _HttpxExchange(self._inner, request))


class _HttpxExchange:
    """An ``httpx.Request`` sent through the transport under ``RetryTransport``."""

    def __init__(self, inner: httpx.AsyncBaseTransport, request: httpx.Request) -> None:
        self._inner = inner
        self._request = request
        self._read_body = bool(request.extensions.get(READ_BODY))

    @property
    def method(self) -> str:
        return self._request.method

    def target(self) -> str:
        return self._request.url.raw_path.decode("ascii", errors="replace")

    def replayable(self) -> bool:
        return _body_is_replayable(self._request)

    async def send(self, attempt: int, max_attempts: int) -> httpx.Response:
        return await _attempt(self._inner, self._request, attempt, max_attempts)

    async def finish(self, response: httpx.Response) -> httpx.Response:
        return await _read_whole(response, self._request) if self._read_body else response

    async def discard(self, response: httpx.Response) -> None:
        await _discard(response)


def _delay_after_error(
    policy: RetryPolicy,
    exchange: Exchange[Any],
    exc: httpx.TransportError,
    attempt: int,
    started_at: float,
) -> float | None:
    """The wait before retrying after ``exc``, or None to raise it."""
    if isinstance(exc, _PERMANENT_ERRORS):
        return None
    never_sent = isinstance(exc, _NEVER_SENT_ERRORS)
    if not (never_sent or policy.retries_method(exchange.method)):
        return None
    return _delay_if_allowed(
        policy, exchange, attempt, started_at, type(exc).__name__, retry_after=None
    )


def _delay_after_response(
    policy: RetryPolicy,
    exchange: Exchange[Any],
    response: _Response,
    attempt: int,
    started_at: float,
) -> float | None:
    """The wait before retrying after ``response``, or None to return it."""
    status = response.status_code
    if status not in policy.retry_statuses:
        return None
    # 429 means the request was refused before any work was done, so even a
    # POST may be sent again.
    if status != 429 and not policy.retries_method(exchange.method):
        return None
    return _delay_if_allowed(
        policy,
        exchange,
        attempt,
        started_at,
        f"HTTP {status}",
        retry_after=parse_retry_after(response.headers),
    )


def _delay_if_allowed(
    policy: RetryPolicy,
    exchange: Exchange[Any],
    attempt: int,
    started_at: float,
    reason: str,
    *,
    retry_after: float | None,
) -> float | None:
    """The wait before the next attempt, or None when retrying must stop:
    attempts used up, body not replayable, or a wait past a limit."""
    give_up: str | None = None
    delay = retry_after if retry_after is not None else policy.backoff(attempt)
    if attempt >= policy.max_attempts:
        give_up = f"all {policy.max_attempts} attempts used"
    elif not exchange.replayable():
        give_up = "the request body cannot be sent again"
    elif retry_after is not None and retry_after > policy.retry_after_cap:
        give_up = f"Retry-After {retry_after:.0f} s exceeds the {policy.retry_after_cap:g} s cap"
    elif policy.deadline is not None:
        remaining = policy.deadline - (policy.clock() - started_at)
        if delay > remaining:
            give_up = f"waiting {delay:.2f} s would pass the {policy.deadline:g} s deadline"
    if give_up is None:
        return delay
    logger.warning(
        "Not retrying %s %s after %s (attempt %d of %d): %s",
        exchange.method,
        exchange.target(),
        reason,
        attempt,
        policy.max_attempts,
        give_up,
    )
    return None


async def _attempt(
    inner: httpx.AsyncBaseTransport, request: httpx.Request, attempt: int, max_attempts: int
) -> httpx.Response:
    """One exchange through ``inner``, logged (see ``logs``)."""
    log_sending(request, attempt, max_attempts)
    started = time.perf_counter()
    try:
        response = await inner.handle_async_request(request)
    except Exception as exc:
        log_exchange(request, exc, started, attempt, max_attempts)
        raise
    log_exchange(request, response, started, attempt, max_attempts)
    return response


async def _discard(response: httpx.Response) -> None:
    """Close a response that will be retried, reading it first when it is small
    so that its connection goes back to the pool instead of being dropped."""
    try:
        length = int(response.headers.get("content-length", ""))
    except ValueError:
        length = None
    try:
        if length is not None and length <= _MAX_DRAIN_BYTES:
            await response.aread()
    except httpx.TransportError:
        pass  # the connection is gone; the retry opens another one
    finally:
        await response.aclose()


async def _read_whole(response: httpx.Response, request: httpx.Request) -> httpx.Response:
    """``response`` with its raw body read; Content-Encoding is left for the
    client to decode (an undecodable body is not a transport failure and is not
    retried). The connection is released either way."""
    if response.is_stream_consumed:
        return response  # built from bytes, e.g. by httpx.MockTransport: nothing left to read
    try:
        raw = b"".join([chunk async for chunk in response.aiter_raw()])
    finally:
        await response.aclose()
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        stream=httpx.ByteStream(raw),
        request=request,
        extensions=response.extensions,
    )


def _log_retry(
    exchange: Exchange[Any], attempt: int, max_attempts: int, reason: str, delay: float
) -> None:
    logger.info(
        "Retrying %s %s after %s (attempt %d of %d failed), waiting %.2f s",
        exchange.method,
        exchange.target(),
        reason,
        attempt,
        max_attempts,
        delay,
    )

"""The transport that moves the SDK's bytes: httpx's API on top, aiohttp's I/O underneath.

The generated client is built on ``httpx.AsyncClient``, and httpx's API stays.
httpx's own asyncio connection pool, though, slows down sharply as concurrent
requests grow (encode/httpx#3215): 2,000 small GETs at concurrency 50 take
many times longer than the same GETs made one at a time. aiohttp's client does
not have that problem, so under asyncio ``AiohttpTransport`` hands the request
to an ``aiohttp.ClientSession`` and gives httpx back an ``httpx.Response``
whose body streams from aiohttp.

What the transport keeps from httpx's semantics, so that nothing above it
(the retry transport, the typed errors, httpx's redirect, cookie and decoding
logic) can tell the difference:

* failures are raised as httpx exceptions of the class httpx would raise
  (``ConnectError``, ``RemoteProtocolError``, ``ReadError``, ``ConnectTimeout``,
  ``ReadTimeout``, ``WriteTimeout``, ``PoolTimeout``, ...), never chained to
  aiohttp's exception (whose ``request_info`` holds the request's headers,
  Authorization included): its message is kept, the object is dropped;
* the request's ``timeout`` extension is honoured per phase;
* bodies are passed through raw (no decompression: httpx decodes
  ``Content-Encoding``), redirects are returned, not followed, and cookies are
  left to httpx's cookie jar;
* response bodies stream in bounded chunks; closing the response early, or
  cancelling the task reading it, closes its connection instead of leaking it.

aiohttp is optional: ``default_transport()`` falls back to
``httpx.AsyncHTTPTransport`` when it is not installed, and ``AiohttpTransport``
itself delegates to httpx's transport when it runs under trio.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import importlib.util
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

import httpx

from .errors import WrongEventLoopError
from .proxies import ProxyRoute
from .redaction import public_url

if TYPE_CHECKING:
    import aiohttp
    import aiohttp.client_proto
    import yarl

# sniffio tells asyncio from trio (trio depends on it); without it, only asyncio can be running.
try:
    import sniffio
except ImportError:  # pragma: no cover - depends on the environment
    sniffio = None  # type: ignore[assignment]

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "READ_CHUNK_SIZE",
    "AiohttpTransport",
    "Backend",
    "Received",
    "aiohttp_available",
    "default_transport",
]

Backend = Literal["auto", "aiohttp", "httpx"]

# Response bodies are handed out in pieces of at most this many bytes: large
# enough that a big download costs few loop iterations, small enough that
# memory stays flat whatever the body's size.
DEFAULT_CHUNK_SIZE = 64 * 1024

# The request extension that asks the aiohttp transport for body pieces of up to this many
# bytes instead of the transport's chunk size (downloads to a file ask for large ones);
# httpx's transport ignores it.
READ_CHUNK_SIZE = "callfire.read_chunk_size"

# Headers aiohttp would add on its own when the request lacks them. httpx sends
# exactly the headers of the request, so any the request lacks are suppressed.
_AUTO_HEADERS = ("Accept", "Accept-Encoding", "User-Agent")


def aiohttp_available() -> bool:
    """Whether aiohttp can be imported (without importing it: that costs ~100 ms)."""
    return importlib.util.find_spec("aiohttp") is not None


def default_transport(
    *,
    limits: httpx.Limits,
    verify: ssl.SSLContext | str | bool = True,
    cert: httpx._types.CertTypes | None = None,
    trust_env: bool = True,
    proxy: str | httpx.URL | None = None,
    backend: Backend = "auto",
) -> httpx.AsyncBaseTransport:
    """The transport the SDK uses unless told otherwise.

    ``backend="auto"`` (the default) picks ``AiohttpTransport`` when aiohttp is
    installed and httpx's own ``AsyncHTTPTransport`` otherwise; ``"httpx"``
    forces httpx's transport, ``"aiohttp"`` requires aiohttp (ImportError if
    missing). Both honour ``limits``; ``verify`` and ``cert`` mean what they mean
    to ``httpx.AsyncHTTPTransport``. Both go through ``proxy`` when it is given,
    and otherwise, unless ``trust_env`` is false, through the proxies of
    HTTPS_PROXY / HTTP_PROXY / ALL_PROXY except for hosts in NO_PROXY, as an
    ``httpx.AsyncClient`` does (see ``proxies``).
    """
    if backend not in ("auto", "aiohttp", "httpx"):
        raise ValueError(f"unknown transport backend {backend!r}")
    if backend == "aiohttp" and not aiohttp_available():
        raise ImportError("the aiohttp transport needs aiohttp: pip install aiohttp")
    if backend == "httpx" or (backend == "auto" and not aiohttp_available()):
        return httpx_transport(
            limits=limits,
            verify=verify,
            cert=cert,
            trust_env=trust_env,
            route=ProxyRoute.make(proxy, trust_env=trust_env),
        )
    return AiohttpTransport(
        limits=limits, verify=verify, cert=cert, trust_env=trust_env, proxy=proxy
    )


def httpx_transport(
    *,
    limits: httpx.Limits,
    verify: ssl.SSLContext | str | bool,
    cert: httpx._types.CertTypes | None,
    trust_env: bool,
    route: ProxyRoute,
) -> httpx.AsyncBaseTransport:
    """httpx's own transport, going through the proxy ``route`` gives each request."""

    def make(proxy: str | None) -> httpx.AsyncHTTPTransport:
        return _LoopFollowingHTTPTransport(
            limits=limits, verify=verify, cert=cert, trust_env=trust_env, proxy=proxy
        )

    if route.explicit is not None or not route.any:
        return make(route.explicit)
    return _ProxyRoutingTransport(route, make)


def check_previous_loop(previous: asyncio.AbstractEventLoop) -> None:
    """Raise ``WrongEventLoopError`` unless the loop a pool's connections belong to is closed
    (its connections then went with it, and a pool for the running loop may replace it)."""
    if not previous.is_closed():
        raise WrongEventLoopError(
            "this client's connections belong to another event loop, which is still open: "
            "an asyncio client cannot be shared between event loops (or the threads running "
            "them); create one client per event loop"
        )


class _LoopFollowingHTTPTransport(httpx.AsyncHTTPTransport):
    """httpx's transport, whose pool follows the event loop as ``AiohttpTransport``'s does:
    httpx's pool keeps connections bound to the loop that opened them, so after the first
    ``asyncio.run()`` ends, a second one fails with "Event loop is closed"; here it gets a
    new pool. Used from a second loop while the first is open: ``WrongEventLoopError``."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._options = options
        self._loop: asyncio.AbstractEventLoop | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        loop = _running_asyncio_loop()
        if loop is not None and loop is not self._loop:
            if self._loop is not None:
                check_previous_loop(self._loop)
                self._pool = httpx.AsyncHTTPTransport(**self._options)._pool
            self._loop = loop
        return await super().handle_async_request(request)

    async def aclose(self) -> None:
        if self._loop is not None and self._loop.is_closed():
            return  # its connections were closed with their loop; nothing can be awaited there
        await super().aclose()


def _running_asyncio_loop() -> asyncio.AbstractEventLoop | None:
    if not _running_under_asyncio():
        return None
    return asyncio.get_running_loop()


class _ProxyRoutingTransport(httpx.AsyncBaseTransport):
    """Sends each request through httpx's transport for the proxy the environment gives its
    URL (one pool per proxy, and one for direct connections), as httpx's client mounts do."""

    def __init__(
        self, route: ProxyRoute, make: Callable[[str | None], httpx.AsyncHTTPTransport]
    ) -> None:
        self._route = route
        self._make = make
        self._transports: dict[str | None, httpx.AsyncHTTPTransport] = {}

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._route!r})"

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        proxy = self._route.proxy_for(request.url)
        transport = self._transports.get(proxy)
        if transport is None:
            transport = self._transports[proxy] = self._make(proxy)
        return await transport.handle_async_request(request)

    async def aclose(self) -> None:
        transports, self._transports = list(self._transports.values()), {}
        for transport in transports:
            await transport.aclose()


def _running_under_asyncio() -> bool:
    if sniffio is not None:
        try:
            return sniffio.current_async_library() == "asyncio"
        except sniffio.AsyncLibraryNotFoundError:
            return False
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An ``httpx.AsyncBaseTransport`` that sends requests with aiohttp.

    The ``aiohttp.ClientSession`` is created on the first request, inside the
    running event loop, and belongs to that loop; ``aclose()`` closes it.
    ``limits.max_connections`` bounds the connections in use (a request waits
    for one at most the request's ``pool`` timeout, then ``httpx.PoolTimeout``),
    and idle connections are kept ``limits.keepalive_expiry`` seconds (all of
    them: aiohttp has no separate cap like ``max_keepalive_connections``).

    Timeouts: ``connect`` bounds name resolution, TCP connect and the TLS
    handshake; ``read`` bounds every wait for response bytes (it starts once
    the request body is sent); ``write`` bounds every chunk of a streamed
    request body (a body given as bytes is written in one go into the socket
    buffer); ``pool`` bounds the wait for a free connection.

    Proxies: ``proxy`` when given, else (``trust_env``) the environment's
    HTTPS_PROXY / HTTP_PROXY / ALL_PROXY / NO_PROXY, chosen per request as httpx's
    client does (https through a CONNECT tunnel); see ``proxies``.

    Under trio (aiohttp is asyncio-only) requests go through an
    ``httpx.AsyncHTTPTransport`` built with the same settings.
    """

    def __init__(
        self,
        *,
        limits: httpx.Limits = httpx.Limits(),  # noqa: B008 - immutable, and httpx's own default
        verify: ssl.SSLContext | str | bool = True,
        cert: httpx._types.CertTypes | None = None,
        trust_env: bool = True,
        proxy: str | httpx.URL | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
    ) -> None:
        if chunk_size < 1:
            raise ValueError("chunk_size must be positive")
        self._limits = limits
        self._verify = verify
        self._cert = cert
        self._trust_env = trust_env
        self._route = ProxyRoute.make(proxy, trust_env=trust_env)
        self._unproxied = not self._route.any
        self._chunk_size = chunk_size
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._slots: asyncio.Semaphore | None = None
        self._fallback: httpx.AsyncBaseTransport | None = None
        self._timeouts: dict[tuple[float | None, float | None], aiohttp.ClientTimeout] = {}
        self._closed = False

    def __repr__(self) -> str:
        return f"{type(self).__name__}(limits={self._limits!r})"

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._closed:
            raise RuntimeError("the transport has been closed")
        if not _running_under_asyncio():
            return await self._httpx_fallback().handle_async_request(request)
        session = await self._session_for_running_loop()

        timeouts: dict[str, float | None] = request.extensions.get("timeout", {})
        release = await self._acquire_slot(request, timeouts.get("pool"))
        try:
            response = await self._send(session, request, timeouts)
        except BaseException:
            release()
            raise
        return httpx.Response(
            status_code=response.status,
            headers=response.raw_headers,
            stream=_AiohttpResponseStream(response, request, self._chunk_size, release),
            request=request,
            extensions={
                "http_version": _http_version(response),
                "reason_phrase": (response.reason or "").encode("ascii", "replace"),
            },
        )

    async def aclose(self) -> None:
        self._closed = True
        session, self._session = self._session, None
        if session is not None:
            await session.close()
        fallback, self._fallback = self._fallback, None
        if fallback is not None:
            await fallback.aclose()

    # -- the connection pool -------------------------------------------------

    async def _session_for_running_loop(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        if self._session is not None:
            if self._loop is loop:
                return self._session
            if self._loop is not None:
                check_previous_loop(self._loop)
            # The loop that owned the session is gone, and its connections with
            # it: start over in this loop (a script calling asyncio.run() twice).
            # Closing the old session marks it and its connector closed without
            # touching the dead loop, so neither warns "Unclosed ..." when collected.
            old, self._session = self._session, None
            await old.close()
        self._session = self._new_session()
        self._loop = loop
        max_connections = self._limits.max_connections
        self._slots = asyncio.Semaphore(max_connections) if max_connections else None
        return self._session

    def _new_session(self) -> aiohttp.ClientSession:
        import aiohttp  # imported on first use: importing it takes ~100 ms

        connector = aiohttp.TCPConnector(
            # The slots bound connections in use; this is a backstop.
            limit=self._limits.max_connections or 0,
            keepalive_timeout=(
                self._limits.keepalive_expiry if self._limits.keepalive_expiry is not None else 0
            ),
            ssl=httpx.create_ssl_context(
                verify=self._verify, cert=self._cert, trust_env=self._trust_env
            ),
        )
        session = aiohttp.ClientSession(
            connector=connector,
            # httpx's cookie jar and Content-Encoding decoding apply on top;
            # aiohttp doing either as well would do it twice.
            cookie_jar=aiohttp.DummyCookieJar(),
            auto_decompress=False,
            # aiohttp's trust_env looks up proxies and .netrc in a thread on
            # every request (and netrc credentials clash with the Authorization
            # header httpx sets): the proxy is chosen per request from the
            # environment read once (see proxies), as httpx's client does.
            trust_env=False,
            timeout=aiohttp.ClientTimeout(total=None),
        )
        _frame_by_content_length(connector)
        # aiohttp silently sends an idempotent request a second time when the
        # connection fails before the response; retrying is the retry
        # transport's job, under its policy (and "retries off" must mean one
        # attempt). There is no public switch: the attribute is guarded so a
        # future aiohttp without it changes nothing.
        if hasattr(session, "_retry_connection"):
            session._retry_connection = False
        return session

    async def _acquire_slot(
        self, request: httpx.Request | None, pool_timeout: float | None
    ) -> Callable[[], None]:
        """Wait for a free connection slot; returns what frees it again (bound to
        this loop's slots, whatever loop the transport is used from later)."""
        slots = self._slots
        if slots is None:
            return _nothing
        if slots.locked():
            try:
                async with asyncio.timeout(pool_timeout):
                    await slots.acquire()
            except TimeoutError:
                raise httpx.PoolTimeout(
                    "timed out waiting for a free connection", request=request
                ) from None
        else:
            await slots.acquire()  # a free slot: returns without suspending
        return slots.release

    def _httpx_fallback(self) -> httpx.AsyncBaseTransport:
        if self._fallback is None:
            self._fallback = httpx_transport(
                limits=self._limits,
                verify=self._verify,
                cert=self._cert,
                trust_env=self._trust_env,
                route=self._route,
            )
        return self._fallback

    # -- one exchange --------------------------------------------------------

    async def _send(
        self,
        session: aiohttp.ClientSession,
        request: httpx.Request,
        timeouts: dict[str, float | None],
    ) -> aiohttp.ClientResponse:
        import yarl  # aiohttp's own dependency, already loaded with it

        url = request.url
        if url.userinfo:
            # httpx turns userinfo into an Authorization header; aiohttp would
            # refuse a request that has both.
            url = url.copy_with(userinfo=b"")

        headers: list[tuple[str, str]] = []
        present: set[str] = set()
        for raw_name, raw_value in request.headers.raw:
            name = raw_name.decode("ascii")
            lowered = name.lower()
            if lowered == "transfer-encoding":
                continue  # aiohttp frames the body itself and refuses the header
            present.add(lowered)
            headers.append((name, raw_value.decode("utf-8", "surrogateescape")))
        write_timeout = timeouts.get("write")
        write_scope: asyncio.Timeout | None = None
        data: bytes | AsyncIterator[bytes] | None
        # What the request's own body stream raised (a file that shrank mid-upload): aiohttp
        # wraps it in a connection error, httpx's transport lets it through as it is.
        body_failures: list[Exception] = []
        stream = request.stream
        if isinstance(stream, httpx.ByteStream):
            # Bytes in memory, written in one go into the socket buffer, so no
            # write timeout. (A redirected request carries the stream unread.)
            try:
                body = request.content
            except httpx.RequestNotRead:
                body = b"".join(stream)
            data = body or None
        elif isinstance(stream, httpx.AsyncByteStream):
            if write_timeout is not None:
                write_scope = asyncio.timeout(None)
            data = _paced(stream, write_scope, write_timeout, body_failures)
        else:
            raise TypeError("the request body must be an async stream on an async transport")

        failure: Exception
        try:
            async with write_scope if write_scope is not None else contextlib.nullcontext():
                return await self._request(
                    session,
                    request.method,
                    yarl.URL(str(url), encoded=True),
                    headers,
                    present,
                    data,
                    timeouts,
                    server_hostname=request.extensions.get("sni_hostname"),
                    **_aiohttp_proxy(self._route.proxy_for(url)),
                )
        except Exception as exc:
            mapped: Exception | None
            if body_failures:
                mapped = body_failures[0]
            elif write_scope is not None and write_scope.expired():
                mapped = httpx.WriteTimeout("timed out writing the request body", request=request)
            else:
                mapped = _httpx_error(exc, request, reading_body=False)
            if mapped is None:
                raise
            failure = mapped
        # Raised outside the except block and from None: aiohttp's exception holds the
        # request's headers (Authorization included) in its request_info.
        raise failure from None

    def _request(
        self,
        session: aiohttp.ClientSession,
        method: str,
        url: yarl.URL,
        headers: list[tuple[str, str]],
        present: set[str],
        data: bytes | AsyncIterator[bytes] | None,
        timeouts: dict[str, float | None],
        **options: Any,
    ) -> Awaitable[aiohttp.ClientResponse]:
        """aiohttp's request, with httpx's header rules: exactly the headers given (``present``:
        their lowercased names), redirects returned, and the timeouts of ``timeouts``."""
        skip = [name for name in _AUTO_HEADERS if name.lower() not in present]
        if data is not None and "content-type" not in present:
            skip.append("Content-Type")
        return session.request(
            method,
            url,
            headers=headers,
            data=data,
            skip_auto_headers=skip or None,
            allow_redirects=False,
            timeout=self._client_timeout(timeouts),
            **options,
        )

    # -- the facade's direct path (see direct) ---------------------------------

    def takes_direct_calls(self) -> bool:
        """Whether ``send_bytes`` may be used now: open, under asyncio, and without a proxy
        (chosen per request from an ``httpx.URL``: such calls take the httpx way)."""
        # (asyncio's own test for a running loop, cheaper than sniffio's: under trio there is
        # no running asyncio loop.)
        return not self._closed and self._unproxied and asyncio._get_running_loop() is not None

    async def send_bytes(
        self,
        method: str,
        url: str,
        headers: list[tuple[str, str]],
        body: bytes | None,
        timeouts: dict[str, float | None],
    ) -> Received:
        """One exchange of the direct path: ``url`` already encoded, ``headers`` exactly those
        to send (no Host or Content-Length: aiohttp adds them), the response read whole.
        Failures are raised as the httpx exceptions ``handle_async_request`` raises, without
        a request attached (the caller builds one if it needs it)."""
        import yarl  # aiohttp's own dependency, already loaded with it

        if self._closed:
            raise RuntimeError("the transport has been closed")
        session = await self._session_for_running_loop()
        release = await self._acquire_slot(None, timeouts.get("pool"))
        failure: Exception | None = None
        try:
            present = {name.lower() for name, _ in headers}
            try:
                response = await self._request(
                    session, method, yarl.URL(url, encoded=True), headers, present, body, timeouts
                )
            except Exception as exc:
                failure = _httpx_error(exc, None, reading_body=False)
                if failure is None:
                    raise
            else:
                try:
                    content = await response.read()
                except Exception as exc:
                    failure = _httpx_error(exc, None, reading_body=True)
                    if failure is None:
                        raise
                finally:
                    _let_go(response)
        finally:
            release()
        if failure is not None:
            # Outside the except blocks: aiohttp's exception holds the request's headers.
            raise failure from None
        return Received(
            response.status,
            response.headers,
            response.raw_headers,
            content,
            response.reason or "",
            _http_version(response),
        )

    def _client_timeout(self, timeouts: dict[str, float | None]) -> aiohttp.ClientTimeout:
        key = (timeouts.get("connect"), timeouts.get("read"))
        client_timeout = self._timeouts.get(key)
        if client_timeout is None:
            import aiohttp  # already loaded by the session

            connect, read = key
            # ``connect`` (DNS, TCP, TLS) also covers waiting in aiohttp's own
            # pool, which never waits: the slots admit no more requests than it
            # has connections for.
            client_timeout = aiohttp.ClientTimeout(
                total=None, connect=connect, sock_connect=connect, sock_read=read
            )
            if len(self._timeouts) < 64:  # a few distinct timeouts in practice; stay bounded
                self._timeouts[key] = client_timeout
        return client_timeout


def _nothing() -> None:
    pass


def _aiohttp_proxy(proxy: str | None) -> dict[str, Any]:
    """aiohttp's ``proxy`` and ``proxy_auth`` arguments for ``proxy``: its credentials go
    to ``proxy_auth`` (sent as Proxy-Authorization), so the URL aiohttp holds, and may quote
    in an error message, has none."""
    if proxy is None:
        return {}
    import aiohttp  # already loaded by the session

    url = httpx.URL(proxy)
    if not url.userinfo:
        return {"proxy": proxy}
    encode_basic_auth = getattr(aiohttp, "encode_basic_auth", None)  # aiohttp >= 3.14
    if encode_basic_auth is None:
        return {
            "proxy": public_url(url),
            "proxy_auth": aiohttp.BasicAuth(url.username, url.password),
        }
    credential = encode_basic_auth(url.username, url.password)
    return {"proxy": public_url(url), "proxy_headers": {"Proxy-Authorization": credential}}


def _frame_by_content_length(connector: aiohttp.TCPConnector) -> None:
    """Make ``connector``'s connections treat bytes after a complete response as
    httpx's parser does: the response stands as its Content-Length (or last
    chunk) framed it; the stray bytes are dropped, and so is the connection.

    aiohttp's parser reads on past the end of the response into the stray bytes,
    fails on them ("Bad status line") and fails the complete response with them,
    so a server that sends a few bytes too many would fail every attempt. Left
    as aiohttp made it if aiohttp builds its protocols some other way.
    """
    from aiohttp.client_proto import ResponseHandler

    factory = getattr(connector, "_factory", None)
    if isinstance(factory, functools.partial) and factory.func is ResponseHandler:
        connector._factory = functools.partial(
            _framed_response_handler(), *factory.args, **factory.keywords
        )


@functools.cache
def _framed_response_handler() -> type[aiohttp.client_proto.ResponseHandler]:
    import aiohttp
    from aiohttp.client_proto import ResponseHandler
    from aiohttp.http_exceptions import HttpProcessingError
    from aiohttp.http_parser import HttpResponseParserPy

    class FramingParser:
        """Stands in for the protocol's parser (aiohttp's fast C parser) and takes over
        when it fails on bytes that follow a complete response."""

        def __init__(self, inner: Any, protocol: ResponseHandler, params: dict[str, Any]):
            self._inner = inner
            self._protocol = protocol
            self._params = params
            self._fresh = True
            self._payload: Any = None
            self.stray = False

        def __getattr__(self, name: str) -> Any:
            return getattr(self._inner, name)

        def feed_data(self, data: bytes, *args: Any) -> Any:
            if self.stray:
                return (), False, b""
            fresh, self._fresh = self._fresh, False
            try:
                messages, upgraded, tail = self._inner.feed_data(data, *args)
            except HttpProcessingError:
                if self._payload is not None and self._payload.is_eof():
                    self.stray = True  # the response was complete before these bytes came
                    return (), False, b""
                if not fresh:
                    raise
                # The response and the stray bytes came in one read, and the C parser
                # dropped the response with them: parse that read again with aiohttp's
                # Python parser, which can stop after one response.
                self._inner = self._python_parser()
                messages, upgraded, tail = self._inner.feed_data(data, *args)
                self.stray = bool(self._inner._tail)
            if messages:
                self._payload = messages[-1][1]
            return messages, upgraded, tail

        def _python_parser(self) -> Any:
            params = self._params
            return HttpResponseParserPy(
                self._protocol,
                self._protocol._loop,
                params.get("read_bufsize", 2**16),
                timer=params.get("timer"),
                payload_exception=aiohttp.ClientPayloadError,
                response_with_body=not params.get("skip_payload", False),
                read_until_eof=params.get("read_until_eof", False),
                auto_decompress=params.get("auto_decompress", True),
                max_line_size=params.get("max_line_size", 8190),
                max_field_size=params.get("max_field_size", 8190),
                max_headers=params.get("max_headers", 128),
                max_msg_queue_size=1,  # stop after the response; what follows stays unparsed
            )

    class FramedResponseHandler(ResponseHandler):
        def set_response_params(self, **params: Any) -> None:
            super().set_response_params(**params)
            if self._parser is not None:
                self._parser = FramingParser(self._parser, self, params)  # type: ignore[assignment]

        @property
        def should_close(self) -> bool:
            parser = self._parser
            stray = isinstance(parser, FramingParser) and parser.stray
            return stray or bool(super().should_close)

    return FramedResponseHandler


def _let_go(response: aiohttp.ClientResponse) -> None:
    """Hand a fully read connection back to the pool; close one that was not read to its end
    (the unread rest of its body would corrupt the next exchange). Never suspends."""
    if response.content.at_eof():
        response.release()
    else:
        response.close()


class Received(NamedTuple):
    """A response of the direct path, its body read whole (still Content-Encoded)."""

    status_code: int
    headers: Mapping[str, str]  # case-insensitive (aiohttp's CIMultiDictProxy)
    raw_headers: tuple[tuple[bytes, bytes], ...]
    content: bytes
    reason_phrase: str
    http_version: bytes


def _http_version(response: aiohttp.ClientResponse) -> bytes:
    version = response.version
    if version is None or (version.major, version.minor) == (1, 1):
        return b"HTTP/1.1"
    return b"HTTP/%d.%d" % (version.major, version.minor)


async def _paced(
    stream: httpx.AsyncByteStream,
    scope: asyncio.Timeout | None,
    seconds: float | None,
    failures: list[Exception],
) -> AsyncIterator[bytes]:
    """Yield a streamed request body to aiohttp, recording in ``failures`` what
    the stream itself raised, and arming the write timeout for each chunk:
    aiohttp asks for the next chunk once it has written the last one, so the
    time between two requests for a chunk is the time spent writing. Disarmed
    once the body is sent: the response's wait is bounded by the read timeout
    only."""
    loop = asyncio.get_running_loop()
    chunks = stream.__aiter__()
    try:
        while True:
            try:
                chunk = await chunks.__anext__()
            except StopAsyncIteration:
                break
            except Exception as exc:
                failures.append(exc)  # the body's own failure, not the connection's
                raise
            if scope is not None and seconds is not None:
                scope.reschedule(loop.time() + seconds)
            yield chunk
    finally:
        if scope is not None and not scope.expired():
            # A body abandoned mid-way may be finalized after the exchange
            # ended, when the deadline can no longer be changed (nor matters).
            with contextlib.suppress(RuntimeError):
                scope.reschedule(None)


class _AiohttpResponseStream(httpx.AsyncByteStream):
    """A response body read from aiohttp in chunks of at most ``chunk_size``.

    The chunks are the pieces aiohttp received, handed on as they are (no copy,
    no joining); only a piece larger than ``chunk_size`` is cut. A request may
    ask for larger pieces with the ``READ_CHUNK_SIZE`` extension (a download to a
    file, which writes whatever it gets): aiohttp then buffers up to twice that
    before it stops reading the socket, and rarely has to pause and resume it.

    ``aclose()`` hands a fully read connection back to the pool and closes one
    that was not (the unread rest of its body would corrupt the next exchange),
    then frees the request's slot. It never suspends, so it also completes
    inside a cancelled task.
    """

    def __init__(
        self,
        response: aiohttp.ClientResponse,
        request: httpx.Request,
        chunk_size: int,
        on_close: Callable[[], None],
    ) -> None:
        self._response = response
        self._request = request
        requested = request.extensions.get(READ_CHUNK_SIZE)
        self._chunk_size = requested if isinstance(requested, int) and requested > 0 else chunk_size
        self._on_close: Callable[[], None] | None = on_close

    async def __aiter__(self) -> AsyncIterator[bytes]:
        content = self._response.content
        chunk_size = self._chunk_size
        # What read(chunk_size) does in recent aiohttp: let aiohttp buffer up to twice a chunk
        # before it pauses reading the socket (pausing and resuming for every piece is costly).
        set_read_chunk_size = getattr(content, "set_read_chunk_size", None)
        if set_read_chunk_size is not None:
            set_read_chunk_size(chunk_size)
        # readchunk() hands out one received piece at a time without copying it (read(n)
        # slices and joins pieces into n bytes: a copy of every byte of a large body).
        # It also stops at the end of each HTTP chunk, and says so with an empty piece; the
        # end of the body is told by at_eof() (a bodiless response's reader is a shared
        # empty one, which answers "end of HTTP chunk" forever once it was read).
        readchunk = content.readchunk
        failure: httpx.TransportError
        try:
            while True:
                piece, _ = await readchunk()
                if len(piece) > chunk_size:
                    for start in range(0, len(piece), chunk_size):
                        yield piece[start : start + chunk_size]
                elif piece:
                    yield piece
                elif content.at_eof():
                    return
        except Exception as exc:
            mapped = _httpx_error(exc, self._request, reading_body=True)
            if mapped is None:
                raise
            failure = mapped
        raise failure from None  # outside the except block, as in _send

    async def aclose(self) -> None:
        on_close, self._on_close = self._on_close, None
        if on_close is None:
            return
        _let_go(self._response)
        on_close()


def _httpx_error(
    exc: Exception, request: httpx.Request | None, *, reading_body: bool
) -> httpx.TransportError | None:
    """The httpx exception httpx's own transport raises for the failure aiohttp
    reported as ``exc``, or None for an exception that is not a transport
    failure (a bug, to be raised as it is).

    The class matters: the retry transport retries a POST only after failures
    that prove the request was never sent (ConnectError, ConnectTimeout,
    PoolTimeout), and the typed errors tell timeouts from other failures.
    """
    import aiohttp  # already loaded: it raised the exception

    message = str(exc) or type(exc).__name__
    error_class: type[httpx.TransportError]
    if isinstance(exc, aiohttp.ClientProxyConnectionError | aiohttp.ClientHttpProxyError):
        error_class = httpx.ProxyError
    elif isinstance(exc, aiohttp.ClientConnectorError | aiohttp.ServerFingerprintMismatch):
        error_class = httpx.ConnectError  # refused, unreachable, DNS, TLS handshake
    elif isinstance(exc, aiohttp.ConnectionTimeoutError):
        error_class = httpx.ConnectTimeout
    elif isinstance(exc, TimeoutError):  # aiohttp's read timeouts derive from it
        error_class = httpx.ReadTimeout
    elif isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientPayloadError):
        # The peer closed the connection before a complete response: httpx says
        # "Server disconnected without sending a response" or "peer closed
        # connection without sending complete message body".
        error_class = httpx.RemoteProtocolError
    elif isinstance(exc, aiohttp.ClientConnectionResetError):
        error_class = httpx.ReadError if reading_body else httpx.WriteError
    elif isinstance(exc, aiohttp.ClientConnectionError | ConnectionError):
        error_class = httpx.ReadError  # reset by peer, or closed under us
    elif isinstance(exc, aiohttp.NonHttpUrlClientError):
        error_class = httpx.UnsupportedProtocol
    elif isinstance(exc, aiohttp.ClientResponseError):
        error_class = httpx.RemoteProtocolError  # an unparseable status line or header
    elif isinstance(exc, aiohttp.ClientError | ValueError) and not reading_body:
        error_class = httpx.LocalProtocolError  # an invalid URL or header of ours
    elif isinstance(exc, OSError):
        error_class = httpx.ReadError
    elif isinstance(exc, aiohttp.ClientError):
        error_class = httpx.RemoteProtocolError  # any other failure of the body's bytes
    else:
        return None
    return error_class(message, request=request)

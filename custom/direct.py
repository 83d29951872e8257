"""The facade's direct path: a call handed straight to aiohttp, no httpx objects on the way.

Every request of the facade passes its ``httpx.AsyncClient`` (``client._SessionHttpClient``),
and most of what that client does per request serves cases a CallFire call does not meet: an
auth flow generator, a cookie jar, event hooks, a redirect loop, and an ``httpx.Request`` and two
``httpx.Response`` objects per exchange (tens of microseconds each: together they were about
twice what aiohttp itself spends on a small GET). When nothing needs them, the client sends a
call through here instead: the URL is one string, the headers one list computed once per
client, the body bytes, and the response status, headers and body.

The same code as on the httpx way does what matters: the retry loop
(``retry.send_with_retries``), the connection pool, its timeouts per phase and its event-loop
rules (``AiohttpTransport``), the whole-call bound and the typed errors with their redaction
(the client's ``_bounded``, given the ``httpx.Request`` the call would have been, built only
when something fails). Handed to httpx as they come: a redirect (httpx follows it and drops
the credential on a hop to another origin), a Set-Cookie (its jar), a Content-Encoding (its
decoders).

``DirectPath.prepare`` decides, per call, whether the direct path may be taken: the transport
is the SDK's ``AiohttpTransport`` under asyncio without a proxy, the client has the facade's
own auth, no event hooks, no cookies, no default query parameters and follows redirects, and
the request's body is JSON or absent. Otherwise the call goes the httpx way, with the same
results. The exchange log (``CALLFIRE_LOG``) writes the same lines on both.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

import httpx

from .logs import http_logger, log_exchange, log_sending
from .options import CALL_TIMEOUT, RETRY_POLICY
from .retry import READ_BODY, RetryPolicy, RetryTransport, current_policy, send_with_retries
from .transport import AiohttpTransport, Received

if TYPE_CHECKING:
    from .client import _SessionHttpClient

__all__ = ["DirectPath", "DirectRequest", "DirectResponse", "as_httpx_response"]

_OWN_EXTENSIONS = frozenset({RETRY_POLICY, CALL_TIMEOUT})
_USE_CLIENT_DEFAULT = httpx.USE_CLIENT_DEFAULT


class DirectRequest:
    """A request of the direct path, and the ``httpx.Request`` it stands for when asked."""

    __slots__ = ("_httpx", "body", "call_timeout", "headers", "method", "policy", "timeouts", "url")

    def __init__(
        self,
        method: str,
        url: str,
        headers: list[tuple[str, str]],
        body: bytes | None,
        *,
        timeouts: dict[str, float | None],
        policy: RetryPolicy,
        call_timeout: float | None,
    ) -> None:
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeouts = timeouts
        self.policy = policy
        self.call_timeout = call_timeout
        self._httpx: httpx.Request | None = None

    def __repr__(self) -> str:
        return f"<DirectRequest {self.method} {self.url}>"  # never the headers

    def to_httpx(self) -> httpx.Request:
        """The ``httpx.Request`` the httpx way would have sent (for errors, redirects, cookies,
        raw responses), built once."""
        if self._httpx is None:
            self._httpx = httpx.Request(
                self.method,
                self.url,
                headers=self.headers,
                content=self.body,
                extensions={
                    "timeout": self.timeouts,
                    READ_BODY: True,
                    RETRY_POLICY: self.policy,
                    CALL_TIMEOUT: self.call_timeout,
                },
            )
        return self._httpx

    def target(self) -> str:
        """The path and query (for log lines)."""
        after_scheme = self.url.partition("//")[2]
        return after_scheme[after_scheme.find("/") :] if "/" in after_scheme else "/"


class DirectResponse:
    """A response of the direct path: ``status_code``, ``headers`` (case-insensitive),
    ``content`` (decoded) and ``is_success``, which is all a generated ``parse_response`` and
    the SDK's checks read; ``to_httpx()`` gives the ``httpx.Response`` for anything else."""

    __slots__ = ("_httpx", "_received", "content", "headers", "request", "status_code")

    def __init__(self, received: Received, content: bytes, request: DirectRequest) -> None:
        self._received = received
        self.status_code = received.status_code
        self.headers = received.headers
        self.content = content
        self.request = request
        self._httpx: httpx.Response | None = None

    def __repr__(self) -> str:
        return f"<DirectResponse [{self.status_code}]>"

    @property
    def is_success(self) -> bool:
        return 200 <= self.status_code < 300

    def to_httpx(self) -> httpx.Response:
        """An ``httpx.Response`` with this status, these headers and this body, read (built
        once); its ``request`` is built the first time something asks for it."""
        if self._httpx is None:
            self._httpx = self._build_httpx()
        return self._httpx

    def _build_httpx(self) -> httpx.Response:
        received = self._received
        response = _LazyRequestResponse(
            received.status_code,
            headers=received.raw_headers,
            stream=httpx.ByteStream(received.content),
            extensions={
                "http_version": received.http_version,
                "reason_phrase": received.reason_phrase.encode("ascii", "replace"),
            },
        )
        response.make_request = self.request.to_httpx
        if self.content is received.content:
            # Not Content-Encoded: the body as read is the content (what ``read()`` would
            # set, without passing it through httpx's decoder chain).
            response._content = self.content
            response.is_stream_consumed = response.is_closed = True
        else:
            response.read()
        return response


def as_httpx_response(response: httpx.Response | DirectResponse) -> httpx.Response:
    """``response`` as an ``httpx.Response``, whichever way it came."""
    return response.to_httpx() if isinstance(response, DirectResponse) else response


class _LazyRequestResponse(httpx.Response):
    """An ``httpx.Response`` whose request is built on first use: most are parsed and dropped
    without anything asking for it."""

    make_request: Callable[[], httpx.Request]

    @property
    def request(self) -> httpx.Request:
        if self._request is None:
            self._request = self.make_request()
        return self._request

    @request.setter
    def request(self, value: httpx.Request) -> None:
        self._request = value

    def raise_for_status(self) -> httpx.Response:
        self.request  # noqa: B018 - httpx's own check reads the private slot
        return super().raise_for_status()


class _DirectExchange:
    """A ``DirectRequest`` as the retry loop sends it."""

    def __init__(self, transport: AiohttpTransport, request: DirectRequest) -> None:
        self._transport = transport
        self._request = request
        self.method = request.method

    def target(self) -> str:
        return self._request.target()

    def replayable(self) -> bool:
        return True  # bytes in memory

    async def send(self, attempt: int, max_attempts: int) -> Received:
        request = self._request
        if http_logger.isEnabledFor(logging.INFO):
            return await self._send_logged(attempt, max_attempts)
        return await self._transport.send_bytes(
            request.method, request.url, request.headers, request.body, request.timeouts
        )

    async def _send_logged(self, attempt: int, max_attempts: int) -> Received:
        """``send`` with the exchange log's lines, made from the httpx objects the httpx way
        logs, so that they read the same."""
        request = self._request
        sent = request.to_httpx()
        log_sending(sent, attempt, max_attempts)
        started = time.perf_counter()
        try:
            received = await self._transport.send_bytes(
                request.method, request.url, request.headers, request.body, request.timeouts
            )
        except Exception as exc:
            log_exchange(sent, exc, started, attempt, max_attempts)
            raise
        response = httpx.Response(
            received.status_code,
            headers=received.raw_headers,
            extensions={"reason_phrase": received.reason_phrase.encode("ascii", "replace")},
        )
        log_exchange(sent, response, started, attempt, max_attempts)
        return received

    async def finish(self, response: Received) -> Received:
        return response  # read whole by send_bytes, inside the attempt

    async def discard(self, response: Received) -> None:
        return None  # read whole by send_bytes: the connection is back in the pool


class DirectPath:
    """The direct path of one facade client (``http``): ``prepare`` a call, ``send`` it.

    ``auth`` is the client's auth object as the facade made it and ``authorization`` its
    header value; ``retry`` the client's retry transport over ``transport``; ``policy`` the
    retry policy of a facade made by ``with_options`` (None: the retry transport's own).
    """

    def __init__(
        self,
        http: _SessionHttpClient,
        *,
        auth: httpx.Auth,
        authorization: str,
        retry: RetryTransport,
        transport: AiohttpTransport,
        policy: RetryPolicy | None,
    ) -> None:
        self._http = http
        self._auth = auth
        self._authorization = authorization
        self._retry = retry
        self._transport = transport
        self._policy = policy
        self._defaults_seen: list[tuple[bytes, bytes]] | None = None
        self._defaults: list[tuple[str, str]] = []
        self._timeout_seen: httpx.Timeout | None = None
        self._base_url_seen: httpx.URL | None = None
        self._base_text = ""
        self._timeouts: dict[str, float | None] = {}

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"

    def prepare(
        self,
        method: str,
        url: Any,
        *,
        params: Any = None,
        headers: Any = None,
        json_body: Any = None,
        timeout: Any = _USE_CLIENT_DEFAULT,
        extensions: Mapping[str, Any] | None = None,
    ) -> DirectRequest | None:
        """The call as a ``DirectRequest``, or None when it must go the httpx way. ``url`` is
        the generated path (relative to the base URL), the rest as ``httpx.AsyncClient.request``
        takes them."""
        http = self._http
        if not (
            isinstance(url, str)
            and url.startswith("/")
            and "/." not in url  # dot segments: httpx normalizes them away
            and "#" not in url
            and (extensions is None or _OWN_EXTENSIONS.issuperset(extensions))
            and self._transport.takes_direct_calls()
            and http.auth is self._auth
            and http.follow_redirects
            and not http.params
            and not http.event_hooks["request"]
            and not http.event_hooks["response"]
            and not http.cookies.jar
        ):
            return None
        target = self._base() + url[1:]
        if params:
            query = _query_string(params)
            if query is None:
                return None  # not a mapping of plain values: httpx decides what it means
            if query:
                target += ("&" if "?" in target else "?") + query
        # The client's headers and the credential, as one list computed once: a call that adds
        # no headers and no body (most GETs) sends that very list.
        request_headers = self._plain_headers()
        if headers:
            # The auth sets Authorization over any the call gives, as httpx's auth flow does.
            request_headers = [
                *(
                    (name, value)
                    for name, value in _merged(request_headers, headers)
                    if name.lower() != "authorization"
                ),
                ("Authorization", self._authorization),
            ]
        body: bytes | None = None
        if json_body is not None:
            body = json.dumps(
                json_body, ensure_ascii=False, separators=(",", ":"), allow_nan=False
            ).encode("utf-8")
            if not any(name.lower() == "content-type" for name, _ in request_headers):
                request_headers = [*request_headers, ("Content-Type", "application/json")]
        timeouts = (
            self._client_timeouts()
            if timeout is _USE_CLIENT_DEFAULT
            else httpx.Timeout(timeout).as_dict()
        )
        # As on the httpx way: the call's own policy, else a with_options facade's, else
        # the one retry_override() set for this context, else the client's.
        policy = extensions.get(RETRY_POLICY) if extensions else None
        if policy is None:
            policy = self._policy or current_policy(self._retry.policy)
        call_timeout = extensions.get(CALL_TIMEOUT) if extensions else None
        return DirectRequest(
            method.upper(),
            target,
            request_headers,
            body,
            timeouts=timeouts,
            policy=policy,
            call_timeout=call_timeout if call_timeout is not None else http.call_timeout,
        )

    def for_client(self, http: _SessionHttpClient, *, policy: RetryPolicy | None) -> DirectPath:
        """The direct path of a client made by ``with_options`` from this one's (same
        credential, transport and retry transport; its own retry policy)."""
        return DirectPath(
            http,
            auth=self._auth,
            authorization=self._authorization,
            retry=self._retry,
            transport=self._transport,
            policy=policy,
        )

    async def send(self, request: DirectRequest) -> DirectResponse:
        """Send ``request`` under its retry policy; failures are httpx's exceptions (the
        client turns them into typed errors), a redirect is followed by httpx."""
        exchange = _DirectExchange(self._transport, request)
        if request.policy.max_attempts == 1:
            received = await exchange.send(1, 1)
        else:
            received = await send_with_retries(request.policy, exchange)
        headers = received.headers
        response = DirectResponse(received, _decoded(received), request)
        if "set-cookie" in headers:
            self._http.cookies.extract_cookies(response.to_httpx())
        return response

    def _plain_headers(self) -> list[tuple[str, str]]:
        """The client's headers and the Authorization header, as a call without headers of its
        own sends them (never mutated: a call that adds some builds a list of its own)."""
        raw = self._http.headers.raw
        if raw != self._defaults_seen:  # first use, or changed since
            self._defaults = [
                *(
                    (name.decode("ascii"), value.decode("utf-8", "surrogateescape"))
                    for name, value in raw
                    if name.lower() not in (b"authorization", b"transfer-encoding")
                ),
                ("Authorization", self._authorization),
            ]
            self._defaults_seen = raw
        return self._defaults

    def _base(self) -> str:
        """The client's base URL as a string ending with "/" (httpx adds it)."""
        base_url = self._http.base_url
        if base_url is not self._base_url_seen:
            self._base_text = str(base_url)
            self._base_url_seen = base_url
        return self._base_text

    def _client_timeouts(self) -> dict[str, float | None]:
        timeout = self._http.timeout
        if timeout is not self._timeout_seen:
            self._timeouts = timeout.as_dict()
            self._timeout_seen = timeout
        return self._timeouts


def _query_string(params: Any) -> str | None:
    """``params`` (a mapping of names to plain values or lists of them) encoded exactly as
    httpx encodes them: its ``QueryParams`` run ``urlencode`` over these strings. None for
    anything else."""
    if not isinstance(params, Mapping):
        return None
    pairs: list[tuple[str, str]] = []
    for name, value in params.items():
        if not isinstance(name, str):
            return None
        for item in value if isinstance(value, list | tuple) else (value,):
            text = _primitive(item)
            if text is None:
                return None
            pairs.append((name, text))
    return urlencode(pairs)


def _primitive(value: Any) -> str | None:
    """A query value as httpx writes it (JSON-style booleans), or None for a value that is
    not plain."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    if isinstance(value, str | int | float):
        return str(value)
    return None


def _merged(headers: list[tuple[str, str]], extra: Any) -> list[tuple[str, str]]:
    """``headers`` with ``extra`` (a mapping or ``httpx.Headers``) replacing same-named ones."""
    if isinstance(extra, httpx.Headers):
        items = [(name.decode("ascii"), value.decode("utf-8")) for name, value in extra.raw]
    else:
        items = list(extra.items())
    names = {name.lower() for name, _ in items}
    kept = [(name, value) for name, value in headers if name.lower() not in names]
    kept.extend((name, value) for name, value in items)
    return kept


def _decoded(received: Received) -> bytes:
    """The body with its Content-Encoding undone by httpx's own decoders (an undecodable
    body raises ``httpx.DecodingError``); the body itself when there is none."""
    encoding = received.headers.get("content-encoding")
    if encoding is None or encoding.strip().lower() in ("", "identity"):
        return received.content
    response = httpx.Response(
        received.status_code,
        headers=received.raw_headers,
        stream=httpx.ByteStream(received.content),
    )
    return response.read()

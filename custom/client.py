"""``CallFire``: the facade users hold.

    async with CallFire(username, password) as cf:
        contact = await cf.contacts.get_contact(5)
        async for call in cf.calls.find_calls(limit=500):
            ...

One ``httpx.AsyncClient`` per facade carries everything a request needs: the
base URL, HTTP Basic auth, the User-Agent, the timeouts, and a transport chain
of ``RetryTransport`` around the I/O transport (pool limits live there).
``cf.client`` is the generated low-level client sharing that very
``httpx.AsyncClient``, so ``callfire_async.api.<tag>.<op>.asyncio(client=cf.client)``
gets the same auth, retries and pool. ``cf.calls``, ``cf.campaigns`` and
``cf.contacts`` are the generated typed resources.

With the default transport, a call that needs none of httpx's client machinery
(no proxy, cookies or event hooks) skips it: ``direct`` sends it
straight to aiohttp through the same retry loop, pool and typed errors, and hands
a redirect back to httpx.

Credentials: the password is given to ``httpx.BasicAuth``, and its header value
to the direct path, and kept nowhere else; no repr shows either, and the
Authorization header is added per request, so it is not among the client's
default headers. httpx drops it from a redirect to another origin.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import ipaddress
import os
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import Any, Literal, Self, TypedDict, TypeVar, Unpack

import anyio
import httpx

from ..api import ApiResources, RawApiResources
from ..client import Client
from .direct import DirectPath, DirectRequest, DirectResponse, as_httpx_response
from .errors import (
    APIConnectionError,
    ClientClosedError,
    ConfigurationError,
    call_timeout_error,
    connection_error_from,
)
from .options import CALL_TIMEOUT, RETRY_POLICY
from .retry import NO_RETRY, READ_BODY, RetryPolicy, RetryTransport, retry_override
from .runner import HttpOperationRunner, absolute
from .transport import AiohttpTransport

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_CALL_TIMEOUT",
    "DEFAULT_TIMEOUT",
    "CallFire",
    "CallFireOptions",
    "ClientClosedError",
    "ConfigurationError",
    "RetrySetting",
]

DEFAULT_BASE_URL = "https://api.callfire.com/v2"

# CallFire answers API calls in well under a second; 30 s between bytes leaves
# room for a slow list page or a large upload's response without letting a
# dead connection hang a worker for minutes. Connecting gets less: a host that
# does not accept a connection in 10 s is better retried.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)

# ``timeout`` bounds each wait for bytes, so a server dripping a byte at a time holds a call
# for as long as it drips; this bounds a whole call: all attempts, the waits between them,
# and every byte of the response. Five minutes is far beyond any healthy call (three attempts
# that each run into the 30 s read timeout, plus the backoff, take about 95 s) and leaves a
# large page of 1,000 items or a sound upload of tens of megabytes on a slow uplink room to
# finish, while a stuck call still frees its worker within minutes rather than never.
DEFAULT_CALL_TIMEOUT = 300.0

ENV_USERNAME = "CALLFIRE_USERNAME"
ENV_PASSWORD = "CALLFIRE_PASSWORD"
ENV_BASE_URL = "CALLFIRE_BASE_URL"

RetrySetting = RetryPolicy | Literal["off"] | None
"""A retry policy, or ``None`` / ``"off"`` for a single attempt."""


class CallFireOptions(TypedDict, total=False):
    """The keyword options of ``CallFire`` (for ``CallFire.from_env``)."""

    base_url: str
    timeout: httpx.Timeout | float | None
    call_timeout: float | None
    limits: httpx.Limits | None
    retry: RetrySetting
    headers: Mapping[str, str] | None
    proxy: str | None
    transport: httpx.AsyncBaseTransport | None
    allow_insecure_http: bool


class _Keep:
    """The default of a ``with_options`` argument that keeps the current value."""

    def __repr__(self) -> str:
        return "<keep>"


_KEEP: Any = _Keep()


class CallFire(ApiResources):
    """An asynchronous CallFire v2 client.

    ``timeout``: an ``httpx.Timeout`` (connect/read/write/pool) or seconds for
    all four (None: no timeout); it bounds each wait for bytes. ``call_timeout``:
    seconds a whole call may take, all retries and every byte of the response
    included (``DEFAULT_CALL_TIMEOUT``, 5 minutes; None: unbounded); on expiry
    the call raises ``APITimeoutError``, its connection is closed and the client
    stays usable. A streamed download is bounded until its response arrives;
    its body, whose size has no limit, by ``timeout`` between bytes (and the
    caller's own ``asyncio.timeout`` if wanted). ``limits``: the connection pool's
    ``httpx.Limits`` (httpx's defaults otherwise). ``retry``: a
    ``RetryPolicy``, or None / ``"off"`` for one attempt per request.
    ``headers``: sent with every request; a ``User-Agent`` given here goes in
    front of the SDK's own (``callfire-async/<version> (Python <x.y.z>; <OS>
    <machine>)``). ``proxy``: the URL of the proxy every request goes through
    (``http://user:password@proxy.corp:3128``); without it, HTTPS_PROXY /
    HTTP_PROXY / ALL_PROXY and NO_PROXY are honoured as httpx does.
    ``transport``: the transport that does the I/O (e.g.
    ``default_transport(backend="httpx", ...)`` or a test transport); the retry
    transport wraps it, and ``limits`` and ``proxy`` must then be set on it
    instead. ``allow_insecure_http``: permit an ``http://``
    base URL to a host other than this machine (credentials would cross the
    network in clear text).

    Redirects are followed; httpx leaves the Authorization header out of a
    redirected request to another origin (host, port or scheme).

    Use it as ``async with CallFire(...) as cf:`` or call ``await cf.aclose()``.
    """

    def __init__(
        self,
        username: str,
        password: str,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        call_timeout: float | None = DEFAULT_CALL_TIMEOUT,
        limits: httpx.Limits | None = None,
        retry: RetrySetting = RetryPolicy(),  # noqa: B008 - frozen, never mutated
        headers: Mapping[str, str] | None = None,
        proxy: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        if not isinstance(username, str) or not username:
            raise ConfigurationError("the CallFire API username is empty")
        if not isinstance(password, str) or not password:
            raise ConfigurationError("the CallFire API password is empty")
        base_url = _checked_base_url(base_url, allow_insecure_http=allow_insecure_http)
        _check_call_timeout(call_timeout)
        if transport is None:
            from .transport import default_transport  # may import aiohttp

            transport = default_transport(
                limits=limits if limits is not None else httpx.Limits(), proxy=proxy
            )
        elif limits is not None or proxy is not None:
            raise ConfigurationError(
                "limits and proxy configure the SDK's own transport; set them on the "
                "transport you pass"
            )
        root_transport = RetryTransport(transport, _policy_from(retry))
        session = _Session(parent=None)
        auth = httpx.BasicAuth(username, password)
        http = _SessionHttpClient(
            session,
            call_timeout=call_timeout,
            base_url=base_url,
            auth=auth,
            headers=_default_headers(headers),
            timeout=timeout,
            transport=root_transport,
            follow_redirects=True,
        )
        if isinstance(transport, AiohttpTransport):
            http.direct = DirectPath(
                http,
                auth=auth,
                authorization=_authorization_of(auth),
                retry=root_transport,
                transport=transport,
                policy=None,
            )
        self._attach(
            http=http,
            session=session,
            username=username,
            base_url=base_url,
            root_transport=root_transport,
            retry_override=None,
        )

    def _attach(
        self,
        *,
        http: _SessionHttpClient,
        session: _Session,
        username: str,
        base_url: str,
        root_transport: RetryTransport,
        retry_override: RetryPolicy | None,
    ) -> None:
        self._http = http
        self._session = session
        self._username = username
        self._base_url = base_url
        self._root_transport = root_transport
        self._retry_override = retry_override
        self._client = Client(
            base_url=base_url, timeout=http.timeout, follow_redirects=True
        ).set_async_httpx_client(http)
        self._runner = HttpOperationRunner(
            self._client, ensure_open=session.ensure_open, send_described=http.exchange
        )
        self._raw_resources: RawApiResources | None = None
        super().__init__(self._runner)

    @classmethod
    def from_env(
        cls, *, environ: Mapping[str, str] | None = None, **options: Unpack[CallFireOptions]
    ) -> CallFire:
        """A client configured from CALLFIRE_USERNAME, CALLFIRE_PASSWORD and,
        if set, CALLFIRE_BASE_URL (an explicit ``base_url`` option wins)."""
        env = os.environ if environ is None else environ
        missing = [name for name in (ENV_USERNAME, ENV_PASSWORD) if not env.get(name)]
        if missing:
            raise ConfigurationError(
                f"{' and '.join(missing)} {'is' if len(missing) == 1 else 'are'} not set: "
                "CallFire.from_env() reads the API credential from the environment"
            )
        if "base_url" not in options and env.get(ENV_BASE_URL):
            options["base_url"] = env[ENV_BASE_URL]
        return cls(env[ENV_USERNAME], env[ENV_PASSWORD], **options)

    # -- what users read -------------------------------------------------------

    @property
    def client(self) -> Client:
        """The generated low-level client, sharing this facade's httpx client."""
        return self._client

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def closed(self) -> bool:
        return self._session.closed

    def __repr__(self) -> str:
        state = " closed" if self.closed else ""
        return f"<CallFire base_url={self._base_url!r} username={self._username!r}{state}>"

    @property
    def with_raw_response(self) -> RawApiResources:
        """The same operations, each returning a ``RawResponse`` (``status_code``,
        ``headers``, ``http_response`` and ``.parse()`` for the model) instead of the model:

            raw = await cf.with_raw_response.contacts.get_contact(5)
            contact = raw.parse()

        A paged operation gives the raw response of the page asked for; downloads are not
        offered (``stream()`` exposes the response's status and headers). An error status
        still raises the typed error."""
        if self._raw_resources is None:
            self._raw_resources = RawApiResources(self._runner)
        return self._raw_resources

    # -- per-call options ------------------------------------------------------

    def with_options(
        self,
        *,
        retry: RetrySetting | _Keep = _KEEP,
        timeout: httpx.Timeout | float | _Keep | None = _KEEP,
        call_timeout: float | _Keep | None = _KEEP,
    ) -> CallFire:
        """A facade sharing this one's connection pool and credentials whose
        requests (including those of paginators and downloads it creates, and
        of low-level calls made with its ``client``) use ``retry``, ``timeout``
        and ``call_timeout`` instead. Closing it leaves this one open; closing this one
        closes it too.

            await cf.with_options(retry="off", timeout=5).contacts.get_contact(5)
        """
        self._session.ensure_open()
        override = self._retry_override if isinstance(retry, _Keep) else _policy_from(retry)
        derived_timeout = self._http.timeout if isinstance(timeout, _Keep) else timeout
        if isinstance(call_timeout, _Keep):
            call_timeout = self._http.call_timeout
        _check_call_timeout(call_timeout)
        session = _Session(parent=self._session)
        http = _SessionHttpClient(
            session,
            call_timeout=call_timeout,
            base_url=self._base_url,
            auth=self._http.auth,
            headers=self._http.headers,
            timeout=derived_timeout,
            transport=_SharedTransport(self._root_transport, override),
            follow_redirects=True,
        )
        if self._http.direct is not None:
            http.direct = self._http.direct.for_client(http, policy=override)
        derived = object.__new__(type(self))
        derived._attach(
            http=http,
            session=session,
            username=self._username,
            base_url=self._base_url,
            root_transport=self._root_transport,
            retry_override=override,
        )
        return derived

    # -- lifetime --------------------------------------------------------------

    async def aclose(self) -> None:
        """Close the connection pool (for a facade from ``with_options``: just
        this facade). Calling it again does nothing."""
        if self._session.closed_here:
            return
        self._session.close()
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        self._session.ensure_open()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()


class _Session:
    """Whether a facade may still be used: closed when it or any facade it was
    derived from has been closed."""

    def __init__(self, parent: _Session | None) -> None:
        self._parent = parent
        self.closed_here = False

    @property
    def closed(self) -> bool:
        return self.closed_here or (self._parent is not None and self._parent.closed)

    def close(self) -> None:
        self.closed_here = True

    def ensure_open(self) -> None:
        if self.closed:
            raise ClientClosedError(
                "this CallFire client has been closed; create a new one "
                "(e.g. `async with CallFire(...) as cf:`) to make more requests"
            )


class _SessionHttpClient(httpx.AsyncClient):
    """The facade's ``httpx.AsyncClient``, which every request of the facade
    passes, whichever path it takes (facade, paginator, download, upload,
    low-level function called with ``cf.client``). So it is where:

    * a closed facade refuses to send, with ``ClientClosedError`` rather than
      httpx's bare RuntimeError;
    * a failure becomes a typed error (no httpx or aiohttp exception, nor one
      hanging off the typed error, reaches a user): the retry transport below
      cannot see a redirect loop or a body that fails to decode, which httpx
      detects above it;
    * the whole call is bounded by ``call_timeout``;
    * a body that is read whole (not streamed) is read by the retry transport,
      so a body that breaks off is retried like a dropped connection.
    """

    def __init__(self, session: _Session, *, call_timeout: float | None, **options: Any) -> None:
        super().__init__(**options)
        self._session = session
        self.call_timeout = call_timeout
        self._cookies = _SetCookieOnlyJar(self._cookies)
        # Set by the facade when its transport is the SDK's aiohttp transport.
        self.direct: DirectPath | None = None

    async def send(
        self, request: httpx.Request, *, stream: bool = False, **options: Any
    ) -> httpx.Response:
        self._session.ensure_open()
        if not stream:
            request.extensions[READ_BODY] = True
        # A per-call option (custom/options.py) wins over this client's setting.
        call_timeout = request.extensions.get(CALL_TIMEOUT, self.call_timeout)
        policy = request.extensions.get(RETRY_POLICY)
        with retry_override(policy) if policy is not None else contextlib.nullcontext():
            return await self._bounded(
                lambda: request, call_timeout, super().send(request, stream=stream, **options)
            )

    async def request(  # type: ignore[override]
        self,
        method: str,
        url: httpx.URL | str,
        *,
        params: Any = None,
        headers: Any = None,
        json: Any = None,
        timeout: Any = httpx.USE_CLIENT_DEFAULT,  # noqa: ASYNC109 - httpx's own signature
        extensions: dict[str, Any] | None = None,
        **others: Any,
    ) -> httpx.Response:
        """httpx's ``request``, which the generated functions call: the direct path when it
        can be taken (see direct), else httpx's own."""
        if self.direct is not None and not any(value is not None for value in others.values()):
            prepared = self.direct.prepare(
                method,
                url,
                params=params,
                headers=headers,
                json_body=json,
                timeout=timeout,
                extensions=extensions,
            )
            if prepared is not None:
                return as_httpx_response(await self._send_prepared(prepared))
        return await super().request(
            method,
            url,
            params=params,
            headers=headers,
            json=json,
            timeout=timeout,
            extensions=extensions,
            **others,
        )

    async def exchange(self, described: dict[str, Any]) -> httpx.Response | DirectResponse:
        """Send a generated request description (``build_request``'s keyword arguments) and
        read the response whole: the direct path when it can be taken, else httpx's."""
        if self.direct is not None and described.keys() <= _DIRECT_ARGUMENTS:
            prepared = self.direct.prepare(
                described["method"],
                described["url"],
                params=described.get("params"),
                headers=described.get("headers"),
                json_body=described.get("json"),
                timeout=described.get("timeout", httpx.USE_CLIENT_DEFAULT),
                extensions=described.get("extensions"),
            )
            if prepared is not None:
                return await self._send_prepared(prepared)
        return await self.send(self.build_request(**absolute(self.base_url, described)))

    def _send_prepared(self, request: DirectRequest) -> Awaitable[httpx.Response | DirectResponse]:
        """A prepared call on the direct path, under the same bound on the whole call and
        with the same typed errors as ``send`` (not a coroutine itself: one frame less)."""
        self._session.ensure_open()
        return self._bounded(request.to_httpx, request.call_timeout, self._send_direct(request))

    async def _send_direct(self, request: DirectRequest) -> httpx.Response | DirectResponse:
        assert self.direct is not None
        response = await self.direct.send(request)
        if not (300 <= response.status_code < 400 and "location" in response.headers):
            return response
        # A redirect: httpx follows it, as it would have from here on the httpx way (the
        # Authorization header is dropped on a hop to another origin).
        first = response.to_httpx()
        following = self._build_redirect_request(first.request, first)
        with retry_override(request.policy):
            followed = await self._send_handling_redirects(
                following, follow_redirects=True, history=[first]
            )
        try:
            await followed.aread()
        except BaseException:
            await followed.aclose()
            raise
        return followed

    async def _bounded(
        self,
        request: Callable[[], httpx.Request],
        call_timeout: float | None,
        exchange: Awaitable[_T],
    ) -> _T:
        """``exchange`` bounded by ``call_timeout``, its failures as typed errors (for which
        ``request`` gives the request that was sent)."""
        timer: asyncio.Timeout | anyio.CancelScope | None = None
        failure: APIConnectionError
        try:
            if call_timeout is None:
                return await exchange
            if _running_under_asyncio():
                timer = asyncio.timeout(call_timeout)
                async with timer:
                    return await exchange
            with anyio.fail_after(call_timeout) as timer:  # trio
                return await exchange
        except httpx.RequestError as exc:
            failure = connection_error_from(exc, request())
        except TimeoutError:
            if isinstance(timer, asyncio.Timeout):
                expired = timer.expired()
            else:
                expired = timer is not None and timer.cancel_called
            if not expired or call_timeout is None:
                raise
            failure = call_timeout_error(request(), call_timeout)
        # Raised outside the except block, so nothing holding the request (the httpx
        # exception has it, Authorization header included) becomes its context.
        raise failure from None


_T = TypeVar("_T")

# The keyword arguments of a generated request description the direct path can send.
_DIRECT_ARGUMENTS = frozenset(
    {"method", "url", "params", "headers", "json", "timeout", "extensions"}
)


def _authorization_of(auth: httpx.Auth) -> str:
    """The Authorization header ``auth`` sets on a request, taken from its own auth flow
    once (so the direct path sends exactly what httpx's would)."""
    flow = auth.sync_auth_flow(httpx.Request("GET", "https://callfire.invalid/"))
    try:
        return next(flow).headers["Authorization"]
    finally:
        flow.close()


def _running_under_asyncio() -> bool:
    return asyncio._get_running_loop() is not None  # (no exception raised and caught per call)


def _check_call_timeout(call_timeout: float | None) -> None:
    if call_timeout is not None and not call_timeout > 0:
        raise ConfigurationError("call_timeout must be a positive number of seconds, or None")


class _SetCookieOnlyJar(httpx.Cookies):
    """httpx runs every response through the stdlib cookie jar (~70 us a call, a third of the
    SDK's own cost per request), though CallFire sets no cookies: do it only when one is set."""

    def extract_cookies(self, response: httpx.Response) -> None:
        if "set-cookie" in response.headers:
            super().extract_cookies(response)


class _SharedTransport(httpx.AsyncBaseTransport):
    """The transport of a facade made by ``with_options``: sends through the
    original facade's transport (same pool) under its own retry policy, and
    leaves that transport open when closed."""

    def __init__(self, shared: httpx.AsyncBaseTransport, policy: RetryPolicy | None) -> None:
        self._shared = shared
        self._policy = policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._policy is None or RETRY_POLICY in request.extensions:
            # No policy of its own, or the call's own ``retry=``, which wins.
            return await self._shared.handle_async_request(request)
        # Set here, when the request is sent, so the policy applies however
        # long after its creation a paginator or a download sends.
        with retry_override(self._policy):
            return await self._shared.handle_async_request(request)

    async def aclose(self) -> None:
        return None


def _policy_from(retry: RetrySetting) -> RetryPolicy:
    if retry is None or retry == "off":
        return NO_RETRY
    if isinstance(retry, RetryPolicy):
        return retry
    raise ConfigurationError(f"retry must be a RetryPolicy, None or 'off', not {retry!r}")


def _checked_base_url(base_url: str, *, allow_insecure_http: bool) -> str:
    """The base URL without a trailing slash, or ConfigurationError when it
    cannot be used or would send the credentials in clear text."""
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ConfigurationError(f"the base URL is not a valid URL: {exc}") from None
    if url.scheme not in ("https", "http") or not url.host:
        raise ConfigurationError(
            f"the base URL must be an absolute http(s) URL such as {DEFAULT_BASE_URL!r}"
        )
    if url.userinfo:
        raise ConfigurationError(
            "the base URL must not contain credentials; pass username and password instead"
        )
    if url.scheme == "http" and not allow_insecure_http and not _is_loopback(url.host):
        raise ConfigurationError(
            f"refusing to send CallFire credentials over plain http to {url.host!r}: use "
            "https, or pass allow_insecure_http=True if this network is trusted"
        )
    return str(url).rstrip("/")


def _is_loopback(host: str) -> bool:
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _default_headers(headers: Mapping[str, str] | None) -> httpx.Headers:
    merged = httpx.Headers(headers)
    own = user_agent()
    given = merged.get("user-agent")
    merged["User-Agent"] = f"{given} {own}" if given else own
    return merged


@functools.cache
def user_agent() -> str:
    """``callfire-async/<version> (Python <x.y.z>; <OS> <machine>)``: what Stainless SDKs send
    as X-Stainless-* headers, in the one header every server and proxy logs already, so a
    support request can tell which SDK, Python and platform sent a call."""
    import platform

    system = " ".join(part for part in (platform.system(), platform.machine()) if part)
    details = f"Python {platform.python_version()}; {system or 'unknown platform'}"
    # Header values must be printable ASCII; platform strings are, but a header that cannot
    # be sent would break every call.
    details = "".join(c if " " <= c <= "~" and c not in "()" else "?" for c in details)
    return f"callfire-async/{sdk_version()} ({details})"


@functools.cache
def sdk_version() -> str:
    """The installed distribution's version ("0+unknown" for a vendored copy)."""
    from importlib import metadata  # costs a few ms, needed once

    try:
        return metadata.version("callfire-async")
    except metadata.PackageNotFoundError:
        return "0+unknown"

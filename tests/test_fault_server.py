"""Every fault of a misbehaving HTTP/1.1 server, on every way a call travels, through the facade.

The ways (``WAYS``): the direct path (the default: aiohttp without httpx's client objects), the
aiohttp transport under httpx's client (taken when something needs httpx's objects; here an event
hook asks for them), and httpx's own transport.

Each scenario is served by the raw-socket ``FaultServer`` and checked for what a user depends
on: how many requests the server saw (retried as the policy says, a POST never sent twice), the
typed exception raised, and that nothing is left behind: no connection still in use, no task
still running, and, once the client is closed, no socket open on the server.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import email.utils
import io
import json
import time
import traceback
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import httpx
import pytest
from fault_server import Exchange, FaultServer, head, json_response
from transfer_support import require_backend

from callfire_async.api.contacts import get_contact as get_contact_endpoint
from callfire_async.custom import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    CallFire,
    CallFireError,
    ConfigurationError,
    InternalServerError,
    RateLimitError,
    RetryPolicy,
)
from callfire_async.custom.client import DEFAULT_CALL_TIMEOUT
from callfire_async.custom.transport import AiohttpTransport, Backend, default_transport
from callfire_async.models.contact import Contact

pytestmark = pytest.mark.anyio

CONTACT = b'{"id": 5, "firstName": "Ada"}'
CREATED = b'{"items": [{"id": 7}]}'


class RecordedWaits:
    """The retry policy's sleep: records each wait instead of sleeping."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)


# -- behaviours -----------------------------------------------------------------------------


async def ok(exchange: Exchange) -> bool:
    body = CREATED if exchange.request.method == "POST" else CONTACT
    await exchange.send(json_response(body))
    return True


async def reset_before_head(exchange: Exchange) -> bool:
    exchange.reset()
    return False


async def reset_before_body(exchange: Exchange) -> bool:
    await exchange.send(
        head("200 OK", {"Content-Type": "application/json", "Content-Length": str(len(CONTACT))})
    )
    exchange.reset()
    return False


async def reset_mid_body(exchange: Exchange) -> bool:
    response = json_response(CONTACT)
    await exchange.send(response[: -len(CONTACT) // 2])
    exchange.reset()
    return False


async def short_body(exchange: Exchange) -> bool:
    headers = {"Content-Type": "application/json", "Content-Length": str(len(CONTACT) + 20)}
    await exchange.send(head("200 OK", headers) + CONTACT)
    return False  # a clean close (FIN) twenty bytes early


async def over_long_body(exchange: Exchange) -> bool:
    # Content-Length frames the contact; the bytes after it belong to no response.
    await exchange.send(json_response(CONTACT) + b"!! not part of any response !!")
    return True


async def chunk_cut(exchange: Exchange) -> bool:
    headers = {"Content-Type": "application/json", "Transfer-Encoding": "chunked"}
    await exchange.send(head("200 OK", headers) + b"%x\r\n" % len(CONTACT) + CONTACT[:10])
    return False


async def oversized_headers(exchange: Exchange) -> bool:
    await exchange.send(head("200 OK", {"X-Padding": "a" * 200_000}) + CONTACT)
    return False


async def corrupt_gzip(exchange: Exchange) -> bool:
    body = b"\x1f\x8b\x08\x00 this is not deflate data at all"
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    await exchange.send(json_response(body, **headers))
    return True


async def redirect_loop(exchange: Exchange) -> bool:
    location = exchange.request.target
    await exchange.send(head("302 Found", {"Location": location, "Content-Length": "0"}))
    return True


async def unavailable_retry_after_seconds(exchange: Exchange) -> bool:
    body = b'{"httpStatusCode": 503, "message": "down for maintenance"}'
    await exchange.send(json_response(body, "503 Service Unavailable", **{"Retry-After": "2"}))
    return True


async def rate_limited_retry_after_date(exchange: Exchange) -> bool:
    now = time.time()
    headers = {
        "Retry-After": email.utils.formatdate(now + 3, usegmt=True),
        "Date": email.utils.formatdate(now, usegmt=True),
    }
    body = b'{"httpStatusCode": 429, "message": "slow down"}'
    await exchange.send(json_response(body, "429 Too Many Requests", **headers))
    return True


async def close_after_request(exchange: Exchange) -> bool:
    return False  # the request was read whole; no answer, just a FIN


# -- running one scenario -------------------------------------------------------------------

Call = Callable[[CallFire], Awaitable[Any]]


async def get_contact(cf: CallFire) -> Any:
    return await cf.contacts.get_contact(5)


async def create_contact(cf: CallFire) -> Any:
    return await cf.contacts.create_contacts(body=[Contact(first_name="Ada")])


@dataclass(frozen=True)
class Scenario:
    behaviour: Callable[[Exchange], Awaitable[bool]]
    call: Call
    requests_seen: int
    raises: type[CallFireError] | None
    waits: list[float] | None = None  # the recorded backoff, when it is part of the point
    message: str | None = None  # what the error's message must say, when it is part of the point


SCENARIOS = {
    # A GET whose response never arrives whole is retried like a dropped connection.
    "reset before the response": Scenario(reset_before_head, get_contact, 3, APIConnectionError),
    "reset before the body": Scenario(reset_before_body, get_contact, 3, APIConnectionError),
    "reset in the middle of the body": Scenario(reset_mid_body, get_contact, 3, APIConnectionError),
    "body shorter than Content-Length": Scenario(short_body, get_contact, 3, APIConnectionError),
    "chunked body cut mid-chunk": Scenario(chunk_cut, get_contact, 3, APIConnectionError),
    # Framed by Content-Length, as httpx does, and the connection dropped.
    "over-long body on a kept-alive connection": Scenario(over_long_body, get_contact, 1, None),
    "oversized response headers": Scenario(oversized_headers, get_contact, 3, APIConnectionError),
    # Undecodable and looping answers are not retried: they would only repeat.
    "corrupt gzip body": Scenario(
        corrupt_gzip, get_contact, 1, APIConnectionError, message="Undecodable response: "
    ),
    "redirect loop": Scenario(
        redirect_loop, get_contact, 21, APIConnectionError, message="Redirect loop: "
    ),
    "503 with Retry-After seconds": Scenario(
        unavailable_retry_after_seconds, get_contact, 3, InternalServerError, waits=[2.0, 2.0]
    ),
    "429 with Retry-After date": Scenario(
        rate_limited_retry_after_date, create_contact, 3, RateLimitError, waits=[3.0, 3.0]
    ),
    # The POST may have been acted on: it is never sent again.
    "POST whose connection closes after the request": Scenario(
        close_after_request, create_contact, 1, APIConnectionError
    ),
}


Way = Literal["direct", "aiohttp", "httpx"]
WAYS: list[Way] = ["direct", "aiohttp", "httpx"]


def backend_of(way: Way) -> Backend:
    return "httpx" if way == "httpx" else "aiohttp"


def io_transport(way: Way) -> httpx.AsyncBaseTransport:
    backend = backend_of(way)
    require_backend(backend)
    return default_transport(limits=httpx.Limits(), backend=backend)


async def _needs_httpx_objects(request: httpx.Request) -> None:
    return None


def assert_no_connection_in_use(transport: httpx.AsyncBaseTransport) -> None:
    if isinstance(transport, AiohttpTransport):
        session = transport._session
        if session is not None:
            connector = session.connector
            assert connector is not None
            assert not connector._acquired, f"connections still in use: {connector._acquired}"
        slots = transport._slots
        assert slots is None or not slots.locked()
    else:
        assert isinstance(transport, httpx.AsyncHTTPTransport)
        pool = transport._pool
        assert pool._requests == [], f"requests still in the pool: {pool._requests}"
        for connection in pool.connections:
            assert connection.is_idle() or connection.is_closed(), connection


def tasks_left(baseline: set[asyncio.Task[Any]], server: FaultServer) -> set[asyncio.Task[Any]]:
    return {
        task
        for task in asyncio.all_tasks()
        if task not in baseline and task not in server._handlers and not task.done()
    }


@asynccontextmanager
async def facade_for(
    server: FaultServer, way: Way, waits: RecordedWaits, **options: Any
) -> AsyncIterator[tuple[CallFire, httpx.AsyncBaseTransport]]:
    transport = io_transport(way)
    cf = CallFire(
        USERNAME,
        PASSWORD,
        base_url=server.base_url,
        transport=transport,
        retry=RetryPolicy(sleep=waits.sleep, deadline=None),
        **options,
    )
    if way == "aiohttp":
        cf.client.get_async_httpx_client().event_hooks["request"].append(_needs_httpx_objects)
    async with cf:
        yield cf, transport


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("name", list(SCENARIOS))
async def test_each_fault_gives_the_same_outcome_on_every_way(name: str, way: Way) -> None:
    scenario = SCENARIOS[name]
    waits = RecordedWaits()
    baseline = set(asyncio.all_tasks())
    async with FaultServer(scenario.behaviour) as server:
        async with facade_for(server, way, waits) as (cf, transport):
            if scenario.raises is None:
                await scenario.call(cf)
            else:
                with pytest.raises(scenario.raises) as raised:
                    await scenario.call(cf)
                # Exactly the class the scenario expects, not a subclass (a timeout, say).
                assert type(raised.value) is scenario.raises, repr(raised.value)
                if scenario.message is not None:
                    assert str(raised.value).startswith(scenario.message)
            assert len(server.requests) == scenario.requests_seen
            if scenario.waits is not None:
                assert waits.waits == pytest.approx(scenario.waits, abs=0.01)
            assert_no_connection_in_use(transport)
            assert tasks_left(baseline, server) == set()
        await server.wait_until_all_closed()


@pytest.mark.parametrize("way", WAYS)
async def test_the_call_after_an_over_long_body_gets_its_own_answer(way: Way) -> None:
    """The stray bytes are never read as the next response. The aiohttp transport drops the
    connection with them, so the next call goes out once on a new connection; httpx's
    transport keeps the connection, fails the next exchange on the stray bytes
    ("illegal status line") and the retry sends it again on a new one."""
    waits = RecordedWaits()
    async with FaultServer(over_long_body) as server:
        async with facade_for(server, way, waits) as (cf, _):
            first = await cf.contacts.get_contact(5)
            second = await cf.contacts.get_contact(5)
        assert first.id == second.id == 5
        assert len(server.requests) == (2 if backend_of(way) == "aiohttp" else 3)
        assert len(waits.waits) == (0 if backend_of(way) == "aiohttp" else 1)


@pytest.mark.parametrize("way", WAYS)
async def test_a_dripping_server_is_cut_off_at_the_whole_call_bound(way: Way) -> None:
    """A byte every 20 ms never trips the read timeout; the bound on the whole call does, with
    a typed error, the connection closed, and the same client usable for the next call."""

    async def drip_then_answer(exchange: Exchange) -> bool:
        if exchange.number > 1:
            return await ok(exchange)
        headers = {"Content-Type": "application/json", "Content-Length": "100000"}
        await exchange.send(head("200 OK", headers))
        while True:
            await exchange.send(b" ")
            await asyncio.sleep(0.02)

    waits = RecordedWaits()
    async with FaultServer(drip_then_answer) as server:
        async with facade_for(server, way, waits, call_timeout=0.5) as (cf, transport):
            with pytest.raises(APITimeoutError, match=r"0\.5 s"):
                await cf.contacts.get_contact(5)
            assert len(server.requests) == 1
            assert_no_connection_in_use(transport)
            contact = await cf.contacts.get_contact(5)
            assert contact.id == 5
        await server.wait_until_all_closed()


# -- no credential anywhere in what is raised -------------------------------------------------

USERNAME = "fault-user"
PASSWORD = "fault-password-1234"
SECRETS = [
    PASSWORD,
    base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode(),
]


def texts_hanging_off(root: BaseException) -> Iterator[str]:
    """Every text reachable from ``root``: str, repr, the formatted traceback and notes of each
    exception, and, recursively, its __cause__, __context__, args and attributes (instance
    dict or slots) with theirs, as an error tracker or a rich traceback renderer would show
    them. Bounded in depth and breadth; strings and bytes are yielded whole."""
    seen: set[int] = set()
    pending: list[tuple[object, int]] = [(root, 0)]
    while pending and len(seen) < 20_000:
        obj, depth = pending.pop()
        if id(obj) in seen or depth > 12:
            continue
        seen.add(id(obj))
        if isinstance(obj, str):
            yield obj
            continue
        if isinstance(obj, bytes | bytearray | memoryview):
            yield bytes(obj).decode("latin-1")
            continue
        if obj is None or isinstance(obj, int | float | bool | type):
            continue
        try:
            yield repr(obj)
        except Exception as exc:  # a repr that fails shows nothing
            yield f"<repr failed: {exc!r}>"
        children: list[object] = []
        if isinstance(obj, BaseException):
            yield str(obj)
            yield "".join(traceback.format_exception(obj))
            children += [obj.__cause__, obj.__context__, *obj.args]
            children += getattr(obj, "__notes__", [])
        if isinstance(obj, dict):
            children += [*obj.keys(), *obj.values()]
        elif isinstance(obj, list | tuple | set | frozenset):
            children += list(obj)
        elif isinstance(obj, httpx.Headers):
            children += list(obj.raw)
        with contextlib.suppress(TypeError):
            children += list(vars(obj).values())
        for cls in type(obj).__mro__:
            for slot in getattr(cls, "__slots__", ()):
                if isinstance(slot, str) and hasattr(obj, slot):
                    children.append(getattr(obj, slot))
        pending += [(child, depth + 1) for child in children]


def leaked_secrets(error: BaseException) -> list[str]:
    return [
        f"{secret!r} in {text[:300]!r}"
        for text in texts_hanging_off(error)
        for secret in SECRETS
        if secret in text
    ]


async def unauthorized(exchange: Exchange) -> bool:
    # A server echoing the Authorization header it was sent, in a header and in the body.
    echoed = exchange.request.headers.get("authorization", "")
    body = json.dumps({"httpStatusCode": 401, "message": f"bad credential {echoed}"}).encode()
    await exchange.send(json_response(body, "401 Unauthorized", **{"X-Echo": echoed}))
    return True


async def not_json(exchange: Exchange) -> bool:
    echoed = exchange.request.headers.get("authorization", "")
    body = f"<html><title>Proxy says hello {echoed}</title></html>".encode()
    await exchange.send(json_response(body, "200 OK", **{"Content-Type": "text/html"}))
    return True


async def audio_cut_short(exchange: Exchange) -> bool:
    headers = {"Content-Type": "audio/mpeg", "Content-Length": "1000", "ETag": '"v1"'}
    await exchange.send(head("200 OK", headers) + b"\xff" * 100)
    exchange.reset()
    return False


async def html_instead_of_audio(exchange: Exchange) -> bool:
    body = b"<html><title>Captive portal</title></html>"
    await exchange.send(json_response(body, **{"Content-Type": "text/html"}))
    return True


class ShrinkingFile(io.BytesIO):
    """A seekable file that claims 100 kB and then runs dry after the first read."""

    def __init__(self) -> None:
        super().__init__(b"\x00" * 100_000)
        self._reads = 0

    def read(self, size: int | None = -1) -> bytes:
        self._reads += 1
        return super().read(size) if self._reads == 1 else b""


async def errors_raised_on(way: Way, tmp_path: Path) -> list[BaseException]:
    """One of every error the SDK raises, on ``way``: each fault of the table, through the
    facade and through a low-level generated function, error statuses and unparseable answers
    (from a server echoing the credential), failed downloads, a failed upload, the whole-call
    bound."""
    raised: list[BaseException] = []

    async def capture(call: Callable[[], Awaitable[Any]]) -> None:
        try:
            await call()
        except Exception as error:
            raised.append(error)

    waits = RecordedWaits()
    behaviours: list[Callable[[Exchange], Awaitable[bool]]] = [
        *(scenario.behaviour for scenario in SCENARIOS.values()),
        unauthorized,
        not_json,
    ]
    for behaviour in behaviours:
        async with FaultServer(behaviour) as server, facade_for(server, way, waits) as (cf, _):
            await capture(lambda cf=cf: cf.contacts.get_contact(5))
            await capture(lambda cf=cf: cf.contacts.create_contacts(body=[Contact()]))
            if behaviour not in (unauthorized, not_json):
                # (The generated function parses a 2xx itself: a body that is not JSON
                # raises the JSON decoder's error, holding the body, from generated code.)
                await capture(lambda cf=cf: get_contact_endpoint.asyncio(5, client=cf.client))
            await capture(lambda cf=cf: cf.contacts.find_contacts().pages().__anext__())
    for behaviour in (audio_cut_short, html_instead_of_audio, unauthorized):
        async with FaultServer(behaviour) as server, facade_for(server, way, waits) as (cf, _):
            download = cf.calls.get_call_recording_mp3(1)
            await capture(lambda d=download: d.download(tmp_path / "a.mp3", max_resumes=1))
            await capture(download.read)
    async with FaultServer(ok) as server, facade_for(server, way, waits) as (cf, _):
        file = ShrinkingFile()
        await capture(lambda: cf.campaigns.post_file_campaign_sound(file=file))
    async with (
        FaultServer(slow_drip) as server,
        facade_for(server, way, waits, call_timeout=0.2) as (cf, _),
    ):
        await capture(lambda: cf.contacts.get_contact(5))
    return raised


async def slow_drip(exchange: Exchange) -> bool:
    headers = {"Content-Type": "application/json", "Content-Length": "100000"}
    await exchange.send(head("200 OK", headers))
    while True:
        await exchange.send(b" ")
        await asyncio.sleep(0.02)


@pytest.mark.parametrize("way", WAYS)
async def test_no_error_carries_the_credential_anywhere(way: Way, tmp_path: Path) -> None:
    errors = await errors_raised_on(way, tmp_path)
    kinds = {type(error).__name__ for error in errors}
    # The walk covered every kind of error the SDK raises, and nothing else was raised.
    assert kinds == {
        "APIConnectionError",
        "APITimeoutError",
        "AuthenticationError",
        "InternalServerError",
        "RateLimitError",
        "ResponseParseError",
        "DownloadError",
        "UnexpectedContentError",
        "UploadError",
    }, kinds
    for error in errors:
        # The scan reaches the request and response each error carries, so make sure they are
        # there: a status error's response (body read) and its request, a failure's request.
        if isinstance(error, APIStatusError):
            assert isinstance(error.response, httpx.Response), type(error).__name__
            assert error.request is error.response.request
            assert error.response.content is not None
        if isinstance(error, APIConnectionError):
            assert isinstance(error.request, httpx.Request), type(error).__name__
        assert leaked_secrets(error) == [], type(error).__name__


# -- the low-level functions and the per-call bound ------------------------------------------

# (An error status is the low-level function's to return, parsed, not to raise.)
FAILED_GET_SCENARIOS = [
    name
    for name, scenario in SCENARIOS.items()
    if scenario.call is get_contact
    and scenario.raises is not None
    and issubclass(scenario.raises, APIConnectionError)
]


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("name", FAILED_GET_SCENARIOS)
async def test_low_level_functions_called_with_the_client_get_the_same_typed_errors(
    name: str, way: Way
) -> None:
    """``callfire_async.api...asyncio(client=cf.client)`` goes through the facade's client:
    the same retries, the same typed errors, no httpx exception."""
    scenario = SCENARIOS[name]
    waits = RecordedWaits()
    async with FaultServer(scenario.behaviour) as server:
        async with facade_for(server, way, waits) as (cf, transport):
            with pytest.raises(CallFireError) as raised:
                await get_contact_endpoint.asyncio_detailed(5, client=cf.client)
            assert type(raised.value) is scenario.raises
            assert raised.value.__cause__ is None
            assert raised.value.__context__ is None
            assert len(server.requests) == scenario.requests_seen
            assert_no_connection_in_use(transport)
        await server.wait_until_all_closed()


async def test_the_whole_call_bound_is_set_per_client_and_per_call() -> None:
    async def drip(exchange: Exchange) -> bool:
        return await slow_drip(exchange)

    waits = RecordedWaits()
    async with FaultServer(drip) as server, facade_for(server, "direct", waits) as (cf, _):
        assert cf._http.call_timeout == DEFAULT_CALL_TIMEOUT
        bounded = cf.with_options(call_timeout=0.3)
        with pytest.raises(APITimeoutError, match=r"0\.3 s bound on the whole call"):
            await bounded.contacts.get_contact(5)
        # Derived facades keep the bound unless told otherwise; None lifts it.
        assert bounded.with_options(retry="off")._http.call_timeout == 0.3
        assert bounded.with_options(call_timeout=None)._http.call_timeout is None
        assert cf._http.call_timeout == DEFAULT_CALL_TIMEOUT


@pytest.mark.parametrize("call_timeout", [0, -1.0])
def test_a_call_timeout_must_be_positive(call_timeout: float) -> None:
    with pytest.raises(ConfigurationError, match="call_timeout"):
        CallFire("user", "password", call_timeout=call_timeout)

"""The aiohttp-backed transport against the fake CallFire over real sockets.

Every behaviour a caller of httpx relies on must survive the change of
transport: bodies both ways, headers, streaming, the exception classes of each
failure (the retry transport and the typed errors decide on them), timeouts,
cancellation, and retry counts equal to those with httpx's own transport.
"""

from __future__ import annotations

import asyncio
import gzip
import os
import socket
import sys
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager, suppress

import anyio
import httpx
import pytest
from fault_server import Exchange, FaultServer

from callfire_async.custom.fake import FakeCallFire, Fault
from callfire_async.custom.retry import RetryPolicy, RetryTransport
from callfire_async.custom.transport import (
    DEFAULT_CHUNK_SIZE,
    AiohttpTransport,
    default_transport,
)

pytestmark = pytest.mark.anyio

TransportFactory = Callable[[httpx.Limits], httpx.AsyncBaseTransport]
TRANSPORTS: dict[str, TransportFactory] = {
    "aiohttp": lambda limits: AiohttpTransport(limits=limits),
    "httpx": lambda limits: httpx.AsyncHTTPTransport(limits=limits),
}


@asynccontextmanager
async def http_client(
    base_url: str,
    credentials: tuple[str, str] | None = None,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    limits: httpx.Limits | None = None,
    timeouts: httpx.Timeout | float = 5.0,
    follow_redirects: bool = False,
) -> AsyncIterator[httpx.AsyncClient]:
    if transport is None:
        transport = AiohttpTransport(limits=limits or httpx.Limits())
    async with httpx.AsyncClient(
        base_url=base_url,
        auth=credentials,
        transport=transport,
        timeout=timeouts,
        follow_redirects=follow_redirects,
    ) as client:
        yield client


def open_connections_to(port: int) -> int:
    """TCP connections this process holds open to 127.0.0.1:``port`` (from /proc)."""
    if not os.path.exists("/proc/net/tcp"):
        pytest.skip("counting sockets needs Linux /proc")
    inodes = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[len("socket:[") : -1])
    count = 0
    with open("/proc/net/tcp") as table:
        next(table)
        for line in table:
            fields = line.split()
            remote_port = int(fields[2].rsplit(":", 1)[1], 16)
            established = fields[3] == "01"
            if established and remote_port == port and fields[9] in inodes:
                count += 1
    return count


async def wait_for_no_connections(port: int) -> int:
    # A closed asyncio transport releases its socket on a later loop iteration.
    for _ in range(200):
        if not open_connections_to(port):
            break
        await anyio.sleep(0.01)
    return open_connections_to(port)


def port_of(url: str) -> int:
    port = httpx.URL(url).port
    assert port is not None
    return port


def fake_mp3(size: int) -> bytes:
    # An ID3 tag is enough for the fake to take it for MP3 audio.
    pattern = bytes(range(256))
    return (b"ID3" + pattern * (size // 256 + 1))[:size]


# -- requests and responses --------------------------------------------------


async def test_get_json(callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials):
    [contact_id] = callfire_fake.seed_contacts(1)
    async with http_client(callfire_fake_url, callfire_credentials) as client:
        response = await client.get(f"/contacts/{contact_id}", params={"fields": "id,firstName"})

    assert response.status_code == 200
    assert response.json() == {"id": contact_id, "firstName": "First1"}
    assert response.http_version == "HTTP/1.1"
    assert response.reason_phrase == "OK"
    recorded = callfire_fake.requests[-1]
    assert recorded.query == "fields=id%2CfirstName"
    assert recorded.headers["authorization"].startswith("Basic ")


async def test_post_json_creates_once(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials
):
    async with http_client(callfire_fake_url, callfire_credentials) as client:
        created = await client.post("/contacts", json=[{"firstName": "Ada", "lastName": "L"}])
        [item] = created.json()["items"]
        fetched = await client.get(f"/contacts/{item['id']}")

    assert created.status_code == 200
    assert fetched.json()["firstName"] == "Ada"
    assert callfire_fake.count("POST", "/v2/contacts") == 1
    recorded = next(r for r in callfire_fake.requests if r.method == "POST")
    assert recorded.headers["content-type"] == "application/json"
    assert recorded.headers["content-length"] == str(len(recorded.body))


async def test_streamed_multipart_upload_arrives_intact(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials
):
    audio = fake_mp3(300_000)
    boundary = "b0undary-7c1f"

    async def multipart_body() -> AsyncIterator[bytes]:
        yield (
            f"--{boundary}\r\n"
            'Content-Disposition: form-data; name="name"\r\n\r\nGreeting\r\n'
            f"--{boundary}\r\n"
            'Content-Disposition: form-data; name="file"; filename="greeting.mp3"\r\n'
            "Content-Type: audio/mpeg\r\n\r\n"
        ).encode()
        for start in range(0, len(audio), 64 * 1024):  # the file, in pieces
            yield audio[start : start + 64 * 1024]
        yield f"\r\n--{boundary}--\r\n".encode()

    async with http_client(callfire_fake_url, callfire_credentials) as client:
        response = await client.post(
            "/campaigns/sounds/files",
            content=multipart_body(),
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
        )
        sound = response.json()
        downloaded = await client.get(f"/campaigns/sounds/{sound['id']}.mp3")

    assert response.status_code == 200, response.text
    assert sound["name"] == "Greeting"
    assert downloaded.content == audio
    upload = next(r for r in callfire_fake.requests if r.method == "POST")
    assert upload.headers["transfer-encoding"] == "chunked"  # streamed, length unknown up front


async def test_large_response_streams_in_bounded_chunks(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials
):
    size = 3 * 1024 * 1024 + 17
    [recording_id] = callfire_fake.seed_recordings(1, size_bytes=size)
    url = f"/calls/recordings/{recording_id}.mp3"
    async with http_client(
        callfire_fake_url, callfire_credentials, transport=httpx.AsyncHTTPTransport()
    ) as reference:
        expected = (await reference.get(url)).content

    chunk_sizes = []
    received = bytearray()
    async with (
        http_client(callfire_fake_url, callfire_credentials) as client,
        client.stream("GET", url) as response,
    ):
        assert response.headers["content-length"] == str(size)
        async for chunk in response.aiter_raw():
            chunk_sizes.append(len(chunk))
            received += chunk

    assert len(expected) == size
    assert received == expected
    assert len(chunk_sizes) > 1
    assert max(chunk_sizes) <= DEFAULT_CHUNK_SIZE


async def test_repeated_request_headers_all_arrive(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials
):
    [contact_id] = callfire_fake.seed_contacts(1)
    headers = httpx.Headers([("X-Trace", "first"), ("X-Trace", "second")])
    async with http_client(callfire_fake_url, callfire_credentials) as client:
        response = await client.get(f"/contacts/{contact_id}", headers=headers)

    assert response.status_code == 200
    assert callfire_fake.requests[-1].headers["x-trace"] == "first, second"


# A tiny HTTP server for what the fake never sends: repeated response headers,
# a gzip body, a redirect. It answers every request with ``response`` and
# records the raw requests.
@contextmanager
def canned_server(response: bytes) -> Iterator[tuple[str, list[bytes]]]:
    listener = socket.create_server(("127.0.0.1", 0))
    received: list[bytes] = []

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            with conn:
                data = b""
                while b"\r\n\r\n" not in data:
                    piece = conn.recv(65536)
                    if not piece:
                        break
                    data += piece
                received.append(data)
                conn.sendall(response)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}", received
    finally:
        listener.close()
        thread.join(2)


async def test_repeated_response_headers_and_raw_content_encoding():
    body = b'{"items": []}'
    compressed = gzip.compress(body)
    response = (
        b"HTTP/1.1 200 OK\r\n"
        b"Content-Type: application/json\r\n"
        b"Content-Encoding: gzip\r\n"
        b"Set-Cookie: a=1\r\n"
        b"Set-Cookie: b=2\r\n"
        b"Content-Length: " + str(len(compressed)).encode() + b"\r\n"
        b"Connection: close\r\n\r\n" + compressed
    )
    with canned_server(response) as (url, _):
        async with (
            http_client(url) as client,
            client.stream("GET", "/anything") as streamed,
        ):
            raw = b"".join([chunk async for chunk in streamed.aiter_raw()])
        async with http_client(url) as client:
            decoded = await client.get("/anything")

    assert streamed.headers.get_list("set-cookie") == ["a=1", "b=2"]
    assert raw == compressed  # the transport passes the encoded bytes through
    assert decoded.content == body  # and httpx decodes them, once
    assert decoded.json() == {"items": []}


def chunked(body: bytes, sizes: list[int]) -> bytes:
    """``body`` in HTTP chunks of ``sizes`` (the rest in one last chunk), then the end."""
    pieces, start = [], 0
    for size in [*sizes, len(body)]:
        piece = body[start : start + size]
        start += len(piece)
        if piece:
            pieces.append(b"%x\r\n%s\r\n" % (len(piece), piece))
    return b"".join(pieces) + b"0\r\n\r\n"


@pytest.mark.parametrize("framing", ["content-length", "chunked"])
async def test_a_body_streams_whole_in_pieces_no_larger_than_asked(framing: str):
    """The pieces never exceed the transport's chunk size, or the size a request asks for
    with the read_chunk_size extension (a download asks for large ones); HTTP chunks of
    any size, empty pieces at their ends included, make up the body exactly."""
    body = os.urandom(300_000)
    if framing == "chunked":
        framed = b"Transfer-Encoding: chunked\r\n\r\n" + chunked(body, [1, 2, 70_000, 5, 100_000])
    else:
        framed = b"Content-Length: %d\r\n\r\n" % len(body) + body
    response = b"HTTP/1.1 200 OK\r\nContent-Type: audio/mpeg\r\nConnection: close\r\n" + framed
    with canned_server(response) as (url, _):
        async with http_client(url) as client:
            for read_chunk_size in (None, 1000, 1024 * 1024):
                request = client.build_request("GET", "/recording.mp3")
                if read_chunk_size is not None:
                    request.extensions["callfire.read_chunk_size"] = read_chunk_size
                streamed = await client.send(request, stream=True)
                try:
                    pieces = [piece async for piece in streamed.aiter_raw()]
                finally:
                    await streamed.aclose()
                assert b"".join(pieces) == body
                bound = read_chunk_size or DEFAULT_CHUNK_SIZE
                assert all(0 < len(piece) <= bound for piece in pieces), read_chunk_size


async def test_bodiless_responses_one_after_another_end():
    """aiohttp gives every bodiless response one shared empty reader: the second one read
    must end as the first did."""
    response = b"HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n"
    with canned_server(response) as (url, _):
        async with http_client(url) as client:
            for _ in range(3):
                async with client.stream("GET", "/nothing") as streamed:
                    assert [piece async for piece in streamed.aiter_raw()] == []
                assert (await client.delete("/nothing")).content == b""


async def test_redirects_are_left_to_httpx():
    response = (
        b"HTTP/1.1 302 Found\r\nLocation: /elsewhere\r\n"
        b"Content-Length: 0\r\nConnection: close\r\n\r\n"
    )
    with canned_server(response) as (url, received):
        async with http_client(url) as client:
            not_followed = await client.get("/start")
        assert not_followed.status_code == 302
        assert len(received) == 1

        async with http_client(url, follow_redirects=True) as client:
            with pytest.raises(httpx.TooManyRedirects):
                await client.get("/start")
    # httpx, not the transport, followed each hop: every request went through it.
    assert len(received) > 2
    assert received[-1].startswith(b"GET /elsewhere ")


async def test_only_the_request_headers_are_sent():
    response = b"HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n"
    with canned_server(response) as (url, received):
        async with http_client(url) as client:
            request = client.build_request("POST", "/raw", content=b"abc")
            del request.headers["user-agent"]
            del request.headers["accept"]
            await client.send(request)

    head = received[0].decode("latin-1").lower()
    assert "user-agent:" not in head
    assert "accept:" not in head
    assert "content-type:" not in head  # aiohttp would add application/octet-stream
    assert "content-length: 3" in head


# -- faults ---------------------------------------------------------------------


async def test_503_with_retry_after_is_returned_as_is(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials
):
    callfire_fake.faults.add(Fault(method="GET", path="/v2/contacts/*", status=503, retry_after=7))
    async with http_client(callfire_fake_url, callfire_credentials) as client:
        response = await client.get("/contacts/1")

    assert response.status_code == 503
    assert response.headers["retry-after"] == "7"
    assert "httpStatusCode" in response.json()


async def test_dropped_connection_is_a_remote_protocol_error(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials
):
    callfire_fake.faults.add(Fault(method="GET", path="/v2/contacts/*", drop=True))
    async with http_client(callfire_fake_url, callfire_credentials) as client:
        with pytest.raises(httpx.RemoteProtocolError):
            await client.get("/contacts/1")
    # No second attempt behind the caller's back.
    assert callfire_fake.count("GET", "/v2/contacts/*") == 1


async def test_truncated_body_is_an_error(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials
):
    [recording_id] = callfire_fake.seed_recordings(1, size_bytes=200_000)
    callfire_fake.faults.add(Fault(path="/v2/calls/recordings/*", truncate_after=1000))
    async with http_client(callfire_fake_url, callfire_credentials) as client:
        with pytest.raises(httpx.RemoteProtocolError):
            await client.get(f"/calls/recordings/{recording_id}.mp3")


async def test_slow_response_is_a_read_timeout(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials
):
    [contact_id] = callfire_fake.seed_contacts(1)
    callfire_fake.faults.add(Fault(method="GET", path="/v2/contacts/*", delay=1.0))
    timeout = httpx.Timeout(5.0, read=0.1)
    async with http_client(callfire_fake_url, callfire_credentials, timeouts=timeout) as client:
        with anyio.fail_after(0.9):  # well before the fake's delay ends
            with pytest.raises(httpx.ReadTimeout):
                await client.get(f"/contacts/{contact_id}")


async def test_refused_connection_is_a_connect_error():
    with socket.create_server(("127.0.0.1", 0)) as sock:
        port = sock.getsockname()[1]
    async with http_client(f"http://127.0.0.1:{port}") as client:
        with pytest.raises(httpx.ConnectError):
            await client.get("/v2/contacts/1")


async def test_waiting_for_a_free_connection_is_a_pool_timeout(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials
):
    [contact_id] = callfire_fake.seed_contacts(1)
    limits = httpx.Limits(max_connections=1)
    timeout = httpx.Timeout(5.0, pool=0.05)
    async with http_client(
        callfire_fake_url, callfire_credentials, limits=limits, timeouts=timeout
    ) as client:
        async with client.stream("GET", f"/contacts/{contact_id}"):
            with pytest.raises(httpx.PoolTimeout):
                await client.get(f"/contacts/{contact_id}")
        # Closing the held response frees its connection for the next request.
        assert (await client.get(f"/contacts/{contact_id}")).status_code == 200


async def test_stalled_upload_is_a_write_timeout():
    # A server that accepts connections and never reads: the socket buffers
    # fill up and the body can no longer be written.
    listener = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []
    thread = threading.Thread(target=lambda: accepted.append(listener.accept()[0]), daemon=True)
    thread.start()
    chunk = b"x" * (1024 * 1024)

    async def endless() -> AsyncIterator[bytes]:
        while True:
            yield chunk

    try:
        url = f"http://127.0.0.1:{listener.getsockname()[1]}"
        async with http_client(url, timeouts=httpx.Timeout(5.0, write=0.2)) as client:
            with anyio.fail_after(4), pytest.raises(httpx.WriteTimeout):
                await client.post("/upload", content=endless())
    finally:
        listener.close()
        for conn in accepted:
            conn.close()


# -- cancellation ---------------------------------------------------------------


async def test_cancelled_request_leaves_no_connection_open(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials
):
    [contact_id] = callfire_fake.seed_contacts(1)
    callfire_fake.faults.add(Fault(method="GET", path="/v2/contacts/*", delay=2.0))
    port = port_of(callfire_fake_url)
    limits = httpx.Limits(max_connections=1)
    async with http_client(callfire_fake_url, callfire_credentials, limits=limits) as client:
        with anyio.move_on_after(0.2) as scope:
            await client.get(f"/contacts/{contact_id}")
        assert scope.cancelled_caught

        assert await wait_for_no_connections(port) == 0
        # The cancelled request gave its slot back: the only connection allowed is free.
        with anyio.fail_after(2):
            assert (await client.get(f"/contacts/{contact_id}")).status_code == 200


async def test_cancelled_body_read_closes_the_connection(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials
):
    [recording_id] = callfire_fake.seed_recordings(1, size_bytes=8 * 1024 * 1024)
    port = port_of(callfire_fake_url)
    async with http_client(callfire_fake_url, callfire_credentials) as client:
        with anyio.CancelScope() as scope:
            async with client.stream("GET", f"/calls/recordings/{recording_id}.mp3") as response:
                async for _ in response.aiter_raw():
                    scope.cancel()
                    await anyio.sleep(1)  # cancelled here, mid-body
        assert scope.cancelled_caught
        # The unread rest of the body makes the connection unusable: it must be closed.
        assert await wait_for_no_connections(port) == 0


async def test_connections_are_reused_and_closed_with_the_transport(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials
):
    [contact_id] = callfire_fake.seed_contacts(1)
    port = port_of(callfire_fake_url)
    async with http_client(callfire_fake_url, callfire_credentials) as client:
        for _ in range(5):
            assert (await client.get(f"/contacts/{contact_id}")).status_code == 200
        assert open_connections_to(port) == 1  # one keep-alive connection, reused
    assert await wait_for_no_connections(port) == 0


# -- behind the retry transport: the same attempts as with httpx's transport ------

RETRY_SCENARIOS = {
    # name: (method, fault, read timeout, attempts the fake sees, final status or error)
    "GET 503 twice": ("GET", Fault(status=503, retry_after=1, times=2), 5.0, 3, 200),
    "GET dropped once": ("GET", Fault(drop=True), 5.0, 2, 200),
    "GET too slow once": ("GET", Fault(delay=0.5), 0.1, 2, 200),
    "GET dropped always": ("GET", Fault(drop=True, times=None), 5.0, 3, httpx.RemoteProtocolError),
    "GET truncated": ("GET", Fault(truncate_after=5), 5.0, 1, httpx.RemoteProtocolError),
    "POST 503": ("POST", Fault(status=503), 5.0, 1, 503),
    "POST dropped": ("POST", Fault(drop=True), 5.0, 1, httpx.RemoteProtocolError),
    "POST 429": ("POST", Fault(status=429, retry_after=0), 5.0, 2, 200),
}


@pytest.mark.parametrize("transport_name", list(TRANSPORTS))
@pytest.mark.parametrize("scenario", list(RETRY_SCENARIOS))
async def test_retry_counts_match_httpx(
    scenario: str,
    transport_name: str,
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials,
):
    method, fault, read_timeout, attempts, outcome = RETRY_SCENARIOS[scenario]
    [contact_id] = callfire_fake.seed_contacts(1)
    path = "/v2/contacts" if method == "POST" else "/v2/contacts/*"
    callfire_fake.faults.add(
        Fault(
            method=method,
            path=path,
            times=fault.times,
            status=fault.status,
            retry_after=fault.retry_after,
            delay=fault.delay,
            drop=fault.drop,
            truncate_after=fault.truncate_after,
        )
    )
    waits: list[float] = []

    async def record_wait(seconds: float) -> None:
        waits.append(seconds)

    policy = RetryPolicy(max_attempts=3, sleep=record_wait, random=lambda: 0.0)
    transport = RetryTransport(TRANSPORTS[transport_name](httpx.Limits()), policy)
    timeout = httpx.Timeout(5.0, read=read_timeout)
    async with http_client(
        callfire_fake_url, callfire_credentials, transport=transport, timeouts=timeout
    ) as client:

        async def call() -> httpx.Response:
            if method == "POST":
                return await client.post("/contacts", json=[{"firstName": "Ada"}])
            return await client.get(f"/contacts/{contact_id}")

        if isinstance(outcome, int):
            assert (await call()).status_code == outcome
        else:
            with pytest.raises(outcome):
                await call()

    assert callfire_fake.count(method, path) == attempts
    assert len(waits) == attempts - 1


async def test_connect_errors_are_retried_even_for_post():
    with socket.create_server(("127.0.0.1", 0)) as sock:
        port = sock.getsockname()[1]
    waits: list[float] = []

    async def record_wait(seconds: float) -> None:
        waits.append(seconds)

    policy = RetryPolicy(max_attempts=3, sleep=record_wait)
    transport = RetryTransport(AiohttpTransport(), policy)
    async with http_client(f"http://127.0.0.1:{port}", transport=transport) as client:
        with pytest.raises(httpx.ConnectError):
            await client.post("/v2/contacts", json=[{}])
    assert len(waits) == 2  # a refused connection never reached the server: safe to repeat


@contextmanager
def unanswered_port() -> Iterator[int]:
    """A port on 127.0.0.1 whose connections never complete: a listener that accepts
    nothing, its (tiny) backlog filled, so the kernel drops further connection attempts
    and the client waits until its connect timeout."""
    with socket.create_server(("127.0.0.1", 0), backlog=0) as listener:
        port = listener.getsockname()[1]
        fillers = []
        try:
            for _ in range(4):
                filler = socket.socket()
                filler.setblocking(False)
                fillers.append(filler)
                with suppress(BlockingIOError):
                    filler.connect(("127.0.0.1", port))
            yield port
        finally:
            for filler in fillers:
                filler.close()


@pytest.mark.parametrize("name", list(TRANSPORTS))
async def test_a_connect_timeout_is_a_connect_timeout(name: str):
    """Not a read timeout: only a connect timeout proves the request never left, and the
    retry transport repeats a POST only then."""
    with unanswered_port() as port:
        transport = TRANSPORTS[name](httpx.Limits())
        timeouts = httpx.Timeout(5.0, connect=0.2)
        async with http_client(
            f"http://127.0.0.1:{port}", transport=transport, timeouts=timeouts
        ) as client:
            with pytest.raises(httpx.ConnectTimeout):
                await client.post("/v2/contacts", json=[{}])


async def test_a_post_is_retried_after_an_aiohttp_connect_timeout():
    waits: list[float] = []

    async def record_wait(seconds: float) -> None:
        waits.append(seconds)

    with unanswered_port() as port:
        policy = RetryPolicy(max_attempts=3, sleep=record_wait)
        transport = RetryTransport(AiohttpTransport(), policy)
        timeouts = httpx.Timeout(5.0, connect=0.2)
        async with http_client(
            f"http://127.0.0.1:{port}", transport=transport, timeouts=timeouts
        ) as client:
            with pytest.raises(httpx.ConnectTimeout):
                await client.post("/v2/contacts", json=[{}])
    assert len(waits) == 2  # never connected, so never sent: safe to repeat


# -- event loops and backends -------------------------------------------------------


@pytest.mark.parametrize("anyio_backend", ["trio"])
async def test_under_trio_requests_go_through_httpx(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials
):
    [contact_id] = callfire_fake.seed_contacts(1)
    async with http_client(callfire_fake_url, callfire_credentials) as client:
        response = await client.get(f"/contacts/{contact_id}")
    assert response.json()["id"] == contact_id


def test_a_new_event_loop_gets_a_new_session(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials
):
    [contact_id] = callfire_fake.seed_contacts(1)
    client = httpx.AsyncClient(
        base_url=callfire_fake_url, auth=callfire_credentials, transport=AiohttpTransport()
    )

    async def get() -> int:
        return (await client.get(f"/contacts/{contact_id}")).status_code

    # A script may call asyncio.run() more than once with one client.
    assert asyncio.run(get()) == 200
    assert asyncio.run(get()) == 200
    asyncio.run(client.aclose())


def test_default_transport_prefers_aiohttp():
    limits = httpx.Limits(max_connections=7)
    assert isinstance(default_transport(limits=limits), AiohttpTransport)
    assert isinstance(default_transport(limits=limits, backend="httpx"), httpx.AsyncHTTPTransport)
    with pytest.raises(ValueError, match="backend"):
        default_transport(limits=limits, backend="curl")  # type: ignore[arg-type]


def test_default_transport_falls_back_without_aiohttp(monkeypatch: pytest.MonkeyPatch):
    # A None entry in sys.modules is how Python marks a module as not importable.
    monkeypatch.setitem(sys.modules, "aiohttp", None)
    limits = httpx.Limits()
    assert isinstance(default_transport(limits=limits), httpx.AsyncHTTPTransport)
    with pytest.raises(ImportError):
        default_transport(limits=limits, backend="aiohttp")


@pytest.mark.parametrize(
    "answer",
    [
        b"HTTP/1.1 200 OK\r\nX-Padding: " + b"a" * 100_000 + b"\r\n\r\n",
        b"NOT HTTP AT ALL\r\n\r\n",
    ],
    ids=["oversized-header", "bad-status-line"],
)
async def test_a_protocol_error_is_not_chained_to_aiohttps_exception(answer: bytes):
    """aiohttp's ClientResponseError keeps the request's headers (Authorization included) in
    its request_info, and its repr shows them: the httpx exception raised instead must not
    hang it off its __cause__ or __context__."""

    async def misbehave(exchange: Exchange) -> bool:
        await exchange.send(answer)
        return False

    async with (
        FaultServer(misbehave) as server,
        http_client(server.base_url, ("user", "s3cret-password")) as client,
    ):
        with pytest.raises(httpx.RemoteProtocolError) as raised:
            await client.get("/contacts/5")
    assert raised.value.__cause__ is None
    assert raised.value.__context__ is None

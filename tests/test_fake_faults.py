"""Fault injection and rate limiting, each observed the way a client over a real socket sees it."""

from __future__ import annotations

import base64
import logging
import time
from collections.abc import Iterator
from typing import Any

import anyio
import httpx
import pytest

from callfire_async.custom.fake import FakeCallFire, Fault, serve_in_thread
from callfire_async.custom.fake.audio import GeneratedMp3

pytest_plugins = ["openapi_validation"]
pytestmark = pytest.mark.anyio

Hooks = dict[str, list[Any]]


@pytest.fixture
def uvicorn_errors() -> Iterator[list[logging.LogRecord]]:
    """What uvicorn logs as errors (e.g. 'ASGI callable returned without completing response')."""
    records: list[logging.LogRecord] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Collect(level=logging.WARNING)
    logger = logging.getLogger("uvicorn.error")
    logger.addHandler(handler)
    yield records
    logger.removeHandler(handler)


@pytest.fixture
def contact_id(callfire_fake: FakeCallFire) -> int:
    return callfire_fake.seed_contacts(1)[0]


async def test_status_fault_with_retry_after(
    validated_client: httpx.AsyncClient, callfire_fake: FakeCallFire, contact_id: int
) -> None:
    callfire_fake.faults.add(
        Fault(method="GET", path="/v2/contacts/*", times=2, status=503, retry_after="7")
    )
    for _ in range(2):
        failed = await validated_client.get(f"/contacts/{contact_id}")
        assert failed.status_code == 503
        assert failed.headers["retry-after"] == "7"
        assert failed.json()["httpStatusCode"] == 503
    assert (await validated_client.get(f"/contacts/{contact_id}")).status_code == 200
    # Every attempt reached the fake and is counted.
    assert callfire_fake.count("GET", "/v2/contacts/*") == 3
    assert callfire_fake.faults.pending == []


async def test_html_error_page(
    validated_client: httpx.AsyncClient, callfire_fake: FakeCallFire, contact_id: int
) -> None:
    callfire_fake.faults.add(
        Fault(status=502, html=True, retry_after="Wed, 21 Oct 2037 07:28:00 GMT")
    )
    response = await validated_client.get(f"/contacts/{contact_id}")
    assert response.status_code == 502
    assert response.headers["content-type"].startswith("text/html")
    assert response.headers["retry-after"] == "Wed, 21 Oct 2037 07:28:00 GMT"
    assert "502 Bad Gateway" in response.text


async def test_faults_match_method_and_path_only(
    validated_client: httpx.AsyncClient, callfire_fake: FakeCallFire, contact_id: int
) -> None:
    callfire_fake.faults.add(Fault(method="POST", path="/v2/contacts", status=500))
    callfire_fake.faults.add(Fault(path="/v2/calls*", status=500))
    assert (await validated_client.get(f"/contacts/{contact_id}")).status_code == 200
    assert (await validated_client.get("/contacts")).status_code == 200
    assert (await validated_client.post("/contacts", json=[{}])).status_code == 500
    assert (await validated_client.get("/calls")).status_code == 500
    assert callfire_fake.faults.pending == []


async def test_fault_for_every_request_until_cleared(
    validated_client: httpx.AsyncClient, callfire_fake: FakeCallFire, contact_id: int
) -> None:
    callfire_fake.faults.add(Fault(status=500, times=None))
    for _ in range(3):
        assert (await validated_client.get(f"/contacts/{contact_id}")).status_code == 500
    callfire_fake.faults.clear()
    assert (await validated_client.get(f"/contacts/{contact_id}")).status_code == 200


async def test_delay_then_normal_answer(
    validated_client: httpx.AsyncClient, callfire_fake: FakeCallFire, contact_id: int
) -> None:
    callfire_fake.faults.add(Fault(delay=0.05))
    started = time.monotonic()
    response = await validated_client.get(f"/contacts/{contact_id}")
    assert time.monotonic() - started >= 0.05
    assert response.json()["id"] == contact_id


async def test_delay_beyond_the_client_timeout(
    validated_client: httpx.AsyncClient, callfire_fake: FakeCallFire, contact_id: int
) -> None:
    callfire_fake.faults.add(Fault(delay=1.0))
    with pytest.raises(httpx.ReadTimeout):
        await validated_client.get(f"/contacts/{contact_id}", timeout=0.1)
    assert (await validated_client.get(f"/contacts/{contact_id}")).status_code == 200


async def test_dropped_connection(
    validated_client: httpx.AsyncClient,
    callfire_fake: FakeCallFire,
    contact_id: int,
    uvicorn_errors: list[logging.LogRecord],
) -> None:
    await validated_client.get(f"/contacts/{contact_id}")  # a kept-alive connection
    callfire_fake.faults.add(Fault(path="/v2/contacts/*", drop=True))
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        await validated_client.get(f"/contacts/{contact_id}")
    # The request reached the server before the connection was dropped.
    assert callfire_fake.count("GET", "/v2/contacts/*") == 2
    assert (await validated_client.get(f"/contacts/{contact_id}")).status_code == 200
    assert uvicorn_errors == []


async def test_truncated_json_body(
    validated_client: httpx.AsyncClient,
    callfire_fake: FakeCallFire,
    contact_id: int,
    uvicorn_errors: list[logging.LogRecord],
) -> None:
    callfire_fake.faults.add(Fault(truncate_after=10))
    with pytest.raises(httpx.RemoteProtocolError):
        await validated_client.get(f"/contacts/{contact_id}")
    assert (await validated_client.get(f"/contacts/{contact_id}")).status_code == 200
    assert uvicorn_errors == []


async def test_truncated_audio_stream(
    validated_client: httpx.AsyncClient,
    callfire_fake: FakeCallFire,
    uvicorn_errors: list[logging.LogRecord],
) -> None:
    recording_id = callfire_fake.seed_recordings(1, size_bytes=200_000)[0]
    url = f"/calls/recordings/{recording_id}.mp3"
    full = (await validated_client.get(url)).content
    callfire_fake.faults.add(Fault(path="*.mp3", truncate_after=70_000))
    received = b""
    async with validated_client.stream("GET", url) as response:
        # Headers announce the whole body; the connection closes after 70,000 bytes.
        assert response.headers["content-length"] == "200000"
        with pytest.raises(httpx.RemoteProtocolError):
            async for chunk in response.aiter_raw():
                received += chunk
    assert received == full[:70_000]
    # A client resuming with Range gets the rest.
    rest = await validated_client.get(url, headers={"Range": f"bytes={len(received)}-"})
    assert received + rest.content == full
    assert uvicorn_errors == []


async def test_truncated_error_status(
    validated_client: httpx.AsyncClient, callfire_fake: FakeCallFire, contact_id: int
) -> None:
    callfire_fake.faults.add(Fault(status=500, truncate_after=3))
    with pytest.raises(httpx.RemoteProtocolError):
        await validated_client.get(f"/contacts/{contact_id}")


@pytest.mark.parametrize(
    "arguments",
    [
        {},
        {"html": True},
        {"retry_after": "5"},
        {"status": 99},
        {"drop": True, "status": 500},
        {"delay": -1.0},
        {"status": 500, "times": 0},
        {"truncate_after": -1},
    ],
)
def test_impossible_faults_are_refused(arguments: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        Fault(**arguments)  # type: ignore[arg-type]


async def test_rate_limit(
    validated_client: httpx.AsyncClient, callfire_fake: FakeCallFire, contact_id: int
) -> None:
    callfire_fake.rate_limit(max_requests=3, per_seconds=60, retry_after=5)
    for _ in range(3):
        assert (await validated_client.get(f"/contacts/{contact_id}")).status_code == 200
    limited = await validated_client.get(f"/contacts/{contact_id}")
    assert limited.status_code == 429
    assert limited.headers["retry-after"] == "5"
    assert limited.json()["httpStatusCode"] == 429
    callfire_fake.rate_limit(None)
    assert (await validated_client.get(f"/contacts/{contact_id}")).status_code == 200


async def test_rate_limit_window_slides(
    validated_client: httpx.AsyncClient, callfire_fake: FakeCallFire, contact_id: int
) -> None:
    now = [1000.0]
    callfire_fake.rate_limit(max_requests=1, per_seconds=10, clock=lambda: now[0])
    assert (await validated_client.get(f"/contacts/{contact_id}")).status_code == 200
    now[0] += 9.9
    assert (await validated_client.get(f"/contacts/{contact_id}")).status_code == 429
    now[0] += 0.1
    assert (await validated_client.get(f"/contacts/{contact_id}")).status_code == 200


async def test_control_endpoint_is_off_by_default(validated_client: httpx.AsyncClient) -> None:
    response = await validated_client.post(validated_client.base_url.copy_with(path="/_fake/reset"))
    assert response.status_code == 404


async def test_control_endpoint(anyio_backend: str, spec_hooks: Hooks) -> None:
    fake = FakeCallFire(enable_control=True)
    contact_id = fake.seed_contacts(1)[0]
    with serve_in_thread(fake) as base_url:
        root = base_url.removesuffix("/v2")
        async with httpx.AsyncClient(
            auth=("test-user", "test-secret"), event_hooks=spec_hooks
        ) as client:
            added = await client.post(
                f"{root}/_fake/faults",
                json={"method": "GET", "path": "/v2/contacts/*", "status": 503, "retry_after": 2},
            )
            assert added.status_code == 204
            failed = await client.get(f"{base_url}/contacts/{contact_id}")
            assert (failed.status_code, failed.headers["retry-after"]) == (503, "2")
            assert (await client.get(f"{base_url}/contacts/{contact_id}")).status_code == 200

            log = (await client.get(f"{root}/_fake/requests")).json()
            assert [(entry["method"], entry["path"]) for entry in log] == [
                ("GET", f"/v2/contacts/{contact_id}")
            ] * 2
            assert log[0]["headers"]["authorization"] == "<redacted>"
            assert base64.b64decode(log[0]["body"]) == b""

            await client.post(f"{root}/_fake/faults", json={"status": 500, "times": None})
            await client.delete(f"{root}/_fake/faults")
            assert (await client.get(f"{base_url}/contacts/{contact_id}")).status_code == 200

            limited = await client.post(
                f"{root}/_fake/rate-limit", json={"max_requests": 1, "per_seconds": 60}
            )
            assert limited.status_code == 204
            await client.get(f"{base_url}/contacts/{contact_id}")
            assert (await client.get(f"{base_url}/contacts/{contact_id}")).status_code == 429

            bad = await client.post(f"{root}/_fake/faults", json={"status": "soon"})
            assert bad.status_code == 400
            assert "status" in bad.json()["message"]
            unknown = await client.post(f"{root}/_fake/faults", json={"colour": "red"})
            assert unknown.status_code == 400

            assert (await client.post(f"{root}/_fake/reset")).status_code == 204
            assert (await client.get(f"{base_url}/contacts/{contact_id}")).status_code == 404
            assert (await client.get(f"{root}/_fake/requests")).json() == [
                {
                    "method": "GET",
                    "path": f"/v2/contacts/{contact_id}",
                    "query": "",
                    "headers": log[0]["headers"],
                    "body": "",
                }
            ]
    assert fake.server_errors == []


async def test_a_client_leaving_mid_stream_stops_the_audio(
    validated_client: httpx.AsyncClient,
    callfire_fake: FakeCallFire,
    uvicorn_errors: list[logging.LogRecord],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chunks: list[int] = []
    generate = GeneratedMp3.iter_range

    def counted(self: GeneratedMp3, start: int, stop: int) -> Iterator[bytes]:
        for chunk in generate(self, start, stop):
            chunks.append(len(chunk))
            yield chunk

    monkeypatch.setattr(GeneratedMp3, "iter_range", counted)
    size = 256 * 1024 * 1024
    recording_id = callfire_fake.seed_recordings(1, size_bytes=size)[0]
    async with validated_client.stream("GET", f"/calls/recordings/{recording_id}.mp3") as response:
        async for _ in response.aiter_raw():
            break
    # Wait (boundedly) for the server to notice and stop.
    for _ in range(100):
        seen = len(chunks)
        await anyio.sleep(0.02)
        if len(chunks) == seen:
            break
    assert sum(chunks) < size // 10
    assert uvicorn_errors == []

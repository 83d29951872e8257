"""Audio downloads against the fake over a real socket: streaming, resuming
after cut connections, restarting when the server cannot resume, typed errors,
and never a partial or stitched file at the destination."""

from __future__ import annotations

import errno
import functools
import itertools
import os
import socket
import stat
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest
from transfer_support import (
    BACKENDS,
    RECORDING_PATH,
    IgnoreRequestHeaders,
    fake_client,
    leftovers,
    no_wait,
    serve_app,
    sha256,
    sha256_file,
)

from callfire_async.api.calls import get_call_recording_mp_3
from callfire_async.custom import downloads as downloads_module
from callfire_async.custom.client import CallFire
from callfire_async.custom.downloads import (
    BinaryDownload,
    DownloadError,
    DownloadResult,
    UnexpectedContentError,
)
from callfire_async.custom.errors import (
    APIConnectionError,
    CallFireError,
    NotFoundError,
    ResponseParseError,
)
from callfire_async.custom.fake import FakeCallFire, Fault
from callfire_async.custom.retry import RetryPolicy

pytestmark = pytest.mark.anyio

Credentials = tuple[str, str]
Connect = Callable[..., httpx.AsyncClient]
MB = 1024 * 1024


@pytest.fixture(params=BACKENDS)
def connect(request: pytest.FixtureRequest, callfire_credentials: Credentials) -> Connect:
    """Opens a client to a base URL, on each I/O transport in turn."""
    return functools.partial(fake_client, credentials=callfire_credentials, backend=request.param)


def recording_download(http: httpx.AsyncClient, recording_id: int) -> BinaryDownload:
    request = get_call_recording_mp_3.build_request(id=recording_id)
    return BinaryDownload(http, request, "get_call_recording_mp_3")


def recording_with(fake: FakeCallFire, data: bytes) -> int:
    (recording_id,) = fake.seed_recordings(1, size_bytes=1024)
    fake.put_recording_audio(recording_id, data)
    return recording_id


class AudioSwap:
    """A progress callback that replaces the recording's audio once the download has begun."""

    def __init__(self, fake: FakeCallFire, recording_id: int, new: bytes) -> None:
        self.fake, self.recording_id, self.new = fake, recording_id, new
        self.done = False

    def __call__(self, done: int, total: int | None) -> None:
        if done > 0 and not self.done:
            self.fake.put_recording_audio(self.recording_id, self.new)
            self.done = True


class ProgressLog:
    def __init__(self) -> None:
        self.calls: list[tuple[int, int | None]] = []

    def __call__(self, done: int, total: int | None) -> None:
        self.calls.append((done, total))

    @property
    def went_back(self) -> bool:
        return any(b[0] < a[0] for a, b in zip(self.calls, self.calls[1:], strict=False))


# --- stream() and read() ---


async def test_stream_gives_bounded_chunks_and_the_headers(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    connect: Connect,
) -> None:
    data = os.urandom(MB + 123)
    recording_id = recording_with(callfire_fake, data)
    async with connect(callfire_fake_url) as http:
        download = recording_download(http, recording_id)
        assert callfire_fake.count("GET", RECORDING_PATH) == 0  # nothing sent yet
        async with download.stream() as body:
            assert body.status_code == 200
            assert body.content_type == "audio/mpeg"
            assert body.content_length == len(data)
            assert body.etag
            chunks = [chunk async for chunk in body.aiter_bytes(chunk_size=10_000)]
    assert all(len(chunk) == 10_000 for chunk in chunks[:-1])
    assert 0 < len(chunks[-1]) <= 10_000
    assert b"".join(chunks) == data


async def test_read_returns_the_bytes(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    connect: Connect,
) -> None:
    data = os.urandom(50_000)
    recording_id = recording_with(callfire_fake, data)
    async with connect(callfire_fake_url) as http:
        assert await recording_download(http, recording_id).read() == data


async def test_a_dropped_stream_raises_a_connection_error(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    connect: Connect,
) -> None:
    recording_id = recording_with(callfire_fake, os.urandom(500_000))
    callfire_fake.faults.add(Fault(method="GET", path=RECORDING_PATH, truncate_after=100_000))
    async with (
        connect(callfire_fake_url) as http,
        recording_download(http, recording_id).stream() as body,
    ):
        with pytest.raises(APIConnectionError):
            async for _ in body.aiter_bytes():
                pass


# --- download(): resuming ---


async def test_a_cut_download_resumes_and_matches_the_source(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    tmp_path: Path,
    connect: Connect,
) -> None:
    data = os.urandom(3 * MB)
    recording_id = recording_with(callfire_fake, data)
    callfire_fake.faults.add(
        Fault(method="GET", path=RECORDING_PATH, truncate_after=1_000_000, times=2)
    )
    progress = ProgressLog()
    destination = tmp_path / "call.mp3"
    async with connect(callfire_fake_url) as http:
        result = await recording_download(http, recording_id).download(
            destination, progress=progress
        )

    assert result == DownloadResult(
        path=destination, size=len(data), content_type="audio/mpeg", resumes=2
    )
    assert sha256_file(destination) == sha256(data)
    assert leftovers(tmp_path) == ["call.mp3"]
    # The resumes asked for the rest only, and only of the same version.
    requests = [r for r in callfire_fake.requests if r.method == "GET"]
    assert len(requests) == 3
    assert "range" not in requests[0].headers
    etag = requests[1].headers["if-range"]
    for request in requests[1:]:
        assert request.headers["range"].startswith("bytes=")
        assert request.headers["if-range"] == etag
    offsets = [int(r.headers["range"][len("bytes=") : -1]) for r in requests[1:]]
    assert 0 < offsets[0] < offsets[1] < len(data)
    # Progress only went forward, ending at the total.
    assert not progress.went_back
    assert progress.calls[0] == (0, len(data))
    assert progress.calls[-1] == (len(data), len(data))


async def test_a_cut_followed_by_a_503_resumes_through_the_retry(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    tmp_path: Path,
    connect: Connect,
) -> None:
    data = os.urandom(MB)
    recording_id = recording_with(callfire_fake, data)
    callfire_fake.faults.add(Fault(method="GET", path=RECORDING_PATH, truncate_after=300_000))
    callfire_fake.faults.add(Fault(method="GET", path=RECORDING_PATH, status=503))
    async with connect(callfire_fake_url) as http:
        result = await recording_download(http, recording_id).download(tmp_path / "a.mp3")
    assert result.resumes == 1
    assert sha256_file(tmp_path / "a.mp3") == sha256(data)
    assert callfire_fake.count("GET", RECORDING_PATH) == 3


async def test_a_server_ignoring_range_restarts_from_zero(
    callfire_fake: FakeCallFire,
    tmp_path: Path,
    connect: Connect,
) -> None:
    data = os.urandom(2 * MB)
    recording_id = recording_with(callfire_fake, data)
    callfire_fake.faults.add(Fault(method="GET", path=RECORDING_PATH, truncate_after=700_000))
    progress = ProgressLog()
    with serve_app(IgnoreRequestHeaders(callfire_fake.app, "range")) as base_url:
        async with connect(base_url) as http:
            result = await recording_download(http, recording_id).download(
                tmp_path / "a.mp3", progress=progress
            )
    assert result.size == len(data)
    assert result.resumes == 1
    assert sha256_file(tmp_path / "a.mp3") == sha256(data)
    assert progress.went_back  # the bytes already received were dropped
    assert (0, len(data)) in progress.calls[1:]
    assert leftovers(tmp_path) == ["a.mp3"]


class CapRanges:
    """The fake behind a server that answers a Range request with at most
    ``limit`` bytes (a 206 may hold less than was asked)."""

    def __init__(self, app: Any, limit: int) -> None:
        self._app = app
        self._limit = limit

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            headers = []
            for name, value in scope["headers"]:
                if name.lower() == b"range" and value.endswith(b"-"):
                    start = int(value[len(b"bytes=") : -1])
                    value = f"bytes={start}-{start + self._limit - 1}".encode()
                headers.append((name, value))
            scope = {**scope, "headers": headers}
        await self._app(scope, receive, send)


async def test_partial_responses_shorter_than_asked_are_continued(
    callfire_fake: FakeCallFire, tmp_path: Path, connect: Connect
) -> None:
    data = os.urandom(MB)
    recording_id = recording_with(callfire_fake, data)
    callfire_fake.faults.add(Fault(method="GET", path=RECORDING_PATH, truncate_after=100_000))
    with serve_app(CapRanges(callfire_fake.app, 300_000)) as base_url:
        async with connect(base_url) as http:
            result = await recording_download(http, recording_id).download(
                tmp_path / "a.mp3", max_resumes=1
            )
    assert sha256_file(tmp_path / "a.mp3") == sha256(data)
    assert result.resumes == 1  # the cut; the short 206s were no failures
    assert callfire_fake.count("GET", RECORDING_PATH) == 5  # 1 cut + 4 slices of <= 300 kB


async def test_audio_changed_between_attempts_is_fetched_anew_not_stitched(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    tmp_path: Path,
    connect: Connect,
) -> None:
    old, new = os.urandom(2 * MB), os.urandom(3 * MB)
    recording_id = recording_with(callfire_fake, old)
    callfire_fake.faults.add(Fault(method="GET", path=RECORDING_PATH, truncate_after=500_000))

    replace_audio = AudioSwap(callfire_fake, recording_id, new)
    async with connect(callfire_fake_url) as http:
        result = await recording_download(http, recording_id).download(
            tmp_path / "a.mp3", progress=replace_audio
        )
    assert replace_audio.done
    assert result.size == len(new)
    assert sha256_file(tmp_path / "a.mp3") == sha256(new)


async def test_a_changed_etag_on_a_partial_response_restarts(
    callfire_fake: FakeCallFire,
    tmp_path: Path,
    connect: Connect,
) -> None:
    # A server that ignores If-Range answers the resume with 206 and the NEW
    # audio's ETag: the bytes must not be appended to the old ones.
    old, new = os.urandom(MB), os.urandom(MB)  # same size: only the ETag tells
    recording_id = recording_with(callfire_fake, old)
    callfire_fake.faults.add(Fault(method="GET", path=RECORDING_PATH, truncate_after=400_000))

    replace_audio = AudioSwap(callfire_fake, recording_id, new)
    with serve_app(IgnoreRequestHeaders(callfire_fake.app, "if-range")) as base_url:
        async with connect(base_url) as http:
            result = await recording_download(http, recording_id).download(
                tmp_path / "a.mp3", progress=replace_audio
            )
    assert replace_audio.done
    assert sha256_file(tmp_path / "a.mp3") == sha256(new)
    assert result.resumes == 2  # the refused 206, then the fresh request
    ranges = [r.headers.get("range") for r in callfire_fake.requests if r.method == "GET"]
    assert ranges[0] is None and ranges[1] is not None and ranges[2] is None


async def test_exhausted_resumes_raise_and_leave_no_file(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: Credentials,
    tmp_path: Path,
    connect: Connect,
) -> None:
    recording_id = recording_with(callfire_fake, os.urandom(3 * MB))
    callfire_fake.faults.add(
        Fault(method="GET", path=RECORDING_PATH, truncate_after=200_000, times=None)
    )
    destination = tmp_path / "a.mp3"
    async with connect(callfire_fake_url) as http:
        with pytest.raises(DownloadError) as raised:
            await recording_download(http, recording_id).download(destination, max_resumes=2)

    error = raised.value
    assert isinstance(error, CallFireError)
    assert isinstance(error.__cause__, APIConnectionError)
    assert error.resumes == 2
    assert error.expected_size == 3 * MB
    assert 0 < error.bytes_received < 3 * MB
    assert error.path == os.fspath(destination)
    assert callfire_credentials[1] not in str(error)
    assert callfire_fake.count("GET", RECORDING_PATH) == 3
    assert leftovers(tmp_path) == []


async def test_a_failed_download_leaves_an_existing_file_untouched(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    tmp_path: Path,
    connect: Connect,
) -> None:
    recording_id = recording_with(callfire_fake, os.urandom(MB))
    callfire_fake.faults.add(
        Fault(method="GET", path=RECORDING_PATH, truncate_after=1000, times=None)
    )
    destination = tmp_path / "a.mp3"
    destination.write_bytes(b"the previous version")
    async with connect(callfire_fake_url) as http:
        with pytest.raises(DownloadError):
            await recording_download(http, recording_id).download(destination, max_resumes=0)
    assert destination.read_bytes() == b"the previous version"
    assert leftovers(tmp_path) == ["a.mp3"]


async def test_a_cancelled_download_removes_its_temporary_file(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    tmp_path: Path,
    connect: Connect,
) -> None:
    recording_id = recording_with(callfire_fake, os.urandom(2 * MB))
    async with connect(callfire_fake_url) as http:
        with anyio.CancelScope() as scope:

            def cancel_midway(done: int, total: int | None) -> None:
                if done >= 500_000:
                    scope.cancel()

            await recording_download(http, recording_id).download(
                tmp_path / "a.mp3", progress=cancel_midway
            )
    assert scope.cancelled_caught
    assert leftovers(tmp_path) == []


async def test_an_async_progress_callback_is_awaited(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    tmp_path: Path,
    connect: Connect,
) -> None:
    data = os.urandom(300_000)
    recording_id = recording_with(callfire_fake, data)
    seen: list[int] = []

    async def progress(done: int, total: int | None) -> None:
        await anyio.lowlevel.checkpoint()
        seen.append(done)

    async with connect(callfire_fake_url) as http:
        await recording_download(http, recording_id).download(tmp_path / "a.mp3", progress=progress)
    assert seen[-1] == len(data)


# --- download(): typed errors ---


async def test_a_missing_recording_raises_not_found_everywhere(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    tmp_path: Path,
    connect: Connect,
) -> None:
    async with connect(callfire_fake_url) as http:
        download = recording_download(http, 123)
        with pytest.raises(NotFoundError) as raised:
            await download.download(tmp_path / "a.mp3")
        assert raised.value.status_code == 404
        assert raised.value.message  # the ErrorResponse's message was read
        with pytest.raises(NotFoundError):
            async with download.stream():
                pass
        with pytest.raises(NotFoundError):
            await download.read()
    assert leftovers(tmp_path) == []


async def test_a_status_error_on_resume_keeps_its_class(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    tmp_path: Path,
    connect: Connect,
) -> None:
    recording_id = recording_with(callfire_fake, os.urandom(MB))
    callfire_fake.faults.add(Fault(method="GET", path=RECORDING_PATH, truncate_after=300_000))
    callfire_fake.faults.add(Fault(method="GET", path=RECORDING_PATH, status=404))
    async with connect(callfire_fake_url) as http:
        with pytest.raises(NotFoundError):
            await recording_download(http, recording_id).download(tmp_path / "a.mp3")
    assert leftovers(tmp_path) == []


async def test_an_html_page_answered_with_200_is_not_a_file(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    tmp_path: Path,
    connect: Connect,
) -> None:
    recording_id = recording_with(callfire_fake, os.urandom(10_000))
    callfire_fake.faults.add(
        Fault(method="GET", path=RECORDING_PATH, status=200, html=True, times=2)
    )
    async with connect(callfire_fake_url) as http:
        download = recording_download(http, recording_id)
        with pytest.raises(UnexpectedContentError) as raised:
            await download.download(tmp_path / "a.mp3")
        with pytest.raises(UnexpectedContentError):
            await download.read()
    error = raised.value
    assert isinstance(error, ResponseParseError)
    assert error.status_code == 200
    assert error.content_type is not None and error.content_type.startswith("text/html")
    assert error.body is not None and "<html>" in error.body
    assert error.operation == "get_call_recording_mp_3"
    assert leftovers(tmp_path) == []


async def test_an_unreachable_server_raises_a_connection_error(
    tmp_path: Path, connect: Connect
) -> None:
    with socket.socket() as sock:  # a port nothing listens on: bind one, then close it
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    async with connect(f"http://127.0.0.1:{port}/v2", policy=RetryPolicy.off()) as http:
        with pytest.raises(APIConnectionError):
            await recording_download(http, 1).download(tmp_path / "a.mp3")
    assert leftovers(tmp_path) == []


async def test_arguments_are_checked_before_any_request(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    tmp_path: Path,
    connect: Connect,
) -> None:
    async with connect(callfire_fake_url) as http:
        download = recording_download(http, 1)
        with pytest.raises(ValueError, match="max_resumes"):
            await download.download(tmp_path / "a.mp3", max_resumes=-1)
        with pytest.raises(ValueError, match="chunk_size"):
            await download.download(tmp_path / "a.mp3", chunk_size=0)
    assert callfire_fake.count(None, "*") == 0
    assert leftovers(tmp_path) == []


# --- through the CallFire facade (its default transport) ---


def facade(base_url: str, credentials: Credentials) -> CallFire:
    return CallFire(*credentials, base_url=base_url, retry=RetryPolicy(sleep=no_wait))


async def test_the_facade_downloads_every_audio_operation(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: Credentials,
    tmp_path: Path,
) -> None:
    recording = os.urandom(200_000)
    recording_id = recording_with(callfire_fake, recording)
    mp3 = b"ID3\x04\x00\x00\x00\x00\x00\x00" + os.urandom(100_000)
    async with facade(callfire_fake_url, callfire_credentials) as cf:
        download = cf.calls.get_call_recording_mp3(recording_id)
        assert isinstance(download, BinaryDownload)
        assert await download.read() == recording

        meta = await cf.calls.get_call_recording(recording_id)
        assert isinstance(meta.call_id, int) and isinstance(meta.name, str)
        by_name = cf.calls.get_call_recording_mp3_by_name(meta.call_id, meta.name)
        assert await by_name.read() == recording

        sound = await cf.campaigns.post_file_campaign_sound(file=mp3, name="Greeting")
        assert isinstance(sound.id, int)
        result = await cf.campaigns.get_campaign_sound_data_mp3(sound.id).download(
            tmp_path / "greeting.mp3"
        )
        assert result.size == len(mp3)
        assert sha256_file(tmp_path / "greeting.mp3") == sha256(mp3)

        async with cf.campaigns.get_campaign_sound_data_wav(sound.id).stream() as body:
            assert body.content_type == "audio/wav"
            wav = b"".join([chunk async for chunk in body.aiter_bytes()])
        assert wav[:4] == b"RIFF" and len(wav) == body.content_length


async def test_the_facade_resumes_a_cut_download_and_types_its_errors(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: Credentials,
    tmp_path: Path,
) -> None:
    data = os.urandom(2 * MB)
    recording_id = recording_with(callfire_fake, data)
    callfire_fake.faults.add(Fault(method="GET", path=RECORDING_PATH, truncate_after=600_000))
    async with facade(callfire_fake_url, callfire_credentials) as cf:
        result = await cf.calls.get_call_recording_mp3(recording_id).download(tmp_path / "a.mp3")
        assert result.resumes == 1
        assert sha256_file(tmp_path / "a.mp3") == sha256(data)
        with pytest.raises(NotFoundError):
            await cf.calls.get_call_recording_mp3(1).download(tmp_path / "missing.mp3")
        callfire_fake.faults.add(Fault(method="GET", path=RECORDING_PATH, status=200, html=True))
        with pytest.raises(UnexpectedContentError):
            await cf.calls.get_call_recording_mp3(recording_id).read()
    assert leftovers(tmp_path) == ["a.mp3"]


# --- trio ---


@pytest.mark.parametrize("anyio_backend", ["trio"])
async def test_download_and_upload_under_trio(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: Credentials,
    tmp_path: Path,
) -> None:
    data = os.urandom(MB)
    recording_id = recording_with(callfire_fake, data)
    callfire_fake.faults.add(Fault(method="GET", path=RECORDING_PATH, truncate_after=300_000))
    mp3 = b"ID3\x04\x00\x00\x00\x00\x00\x00" + os.urandom(200_000)
    (tmp_path / "up.mp3").write_bytes(mp3)
    async with facade(callfire_fake_url, callfire_credentials) as cf:
        result = await cf.calls.get_call_recording_mp3(recording_id).download(tmp_path / "a.mp3")
        sound = await cf.campaigns.post_file_campaign_sound(file=tmp_path / "up.mp3")
        assert isinstance(sound.id, int)
        back = await cf.campaigns.get_campaign_sound_data_mp3(sound.id).read()
    assert result.resumes == 1
    assert sha256_file(tmp_path / "a.mp3") == sha256(data)
    assert back == mp3


# -- a server whose bodies end early without the connection failing ---------------------------


class ShortBodyTransport(httpx.AsyncBaseTransport):
    """An in-process audio server behind a transport that, unlike httpx's and aiohttp's, does
    not check a body against its Content-Length: the first ``short_answers`` answers announce
    the whole rest of the file and end ``cut`` bytes into it, with no failure at all. It
    honours Range and records every request."""

    def __init__(self, data: bytes, *, cut: int, short_answers: int, etag: str) -> None:
        self.data, self.cut, self.short_answers, self.etag = data, cut, short_answers, etag
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        start = 0
        status = 200
        headers = {"Content-Type": "audio/mpeg", "ETag": self.etag}
        if "range" in request.headers:
            start = int(request.headers["range"].removeprefix("bytes=").rstrip("-"))
            status = 206
            headers["Content-Range"] = f"bytes {start}-{len(self.data) - 1}/{len(self.data)}"
        rest = self.data[start:]
        headers["Content-Length"] = str(len(rest))
        if len(self.requests) <= self.short_answers:
            rest = rest[: self.cut]
        return httpx.Response(status, headers=headers, stream=httpx.ByteStream(rest))


def short_body_download(transport: ShortBodyTransport) -> BinaryDownload:
    http = httpx.AsyncClient(base_url="http://127.0.0.1/v2", transport=transport)
    return recording_download(http, 1)


async def test_a_streamed_body_shorter_than_its_length_raises() -> None:
    transport = ShortBodyTransport(os.urandom(10_000), cut=4_000, short_answers=1, etag='"v1"')
    download = short_body_download(transport)
    with pytest.raises(DownloadError, match="ended after 4000 of 10000 bytes") as raised:
        await download.read()
    assert raised.value.bytes_received == 4_000
    assert raised.value.expected_size == 10_000


async def test_a_downloaded_body_shorter_than_its_length_is_resumed(tmp_path: Path) -> None:
    data = os.urandom(10_000)
    transport = ShortBodyTransport(data, cut=4_000, short_answers=1, etag='"v1"')
    result = await short_body_download(transport).download(tmp_path / "a.mp3")
    assert result.resumes == 1
    assert sha256_file(tmp_path / "a.mp3") == sha256(data)
    [first, resume] = transport.requests
    assert "range" not in first.headers
    assert resume.headers["range"] == "bytes=4000-"
    assert resume.headers["if-range"] == '"v1"'  # a strong validator may guard the range


async def test_a_download_that_keeps_ending_short_fails_and_leaves_no_file(
    tmp_path: Path,
) -> None:
    transport = ShortBodyTransport(os.urandom(10_000), cut=1_000, short_answers=9, etag='"v1"')
    with pytest.raises(DownloadError) as raised:
        await short_body_download(transport).download(tmp_path / "a.mp3", max_resumes=2)
    assert isinstance(raised.value.__cause__, APIConnectionError)
    assert "ended after" in str(raised.value.__cause__)
    assert raised.value.bytes_received == 3_000
    assert len(transport.requests) == 3
    assert leftovers(tmp_path) == []


async def test_a_weak_etag_is_never_sent_in_if_range(tmp_path: Path) -> None:
    """If-Range needs a strong validator (RFC 9110 13.1.5): with a weak one the server must
    not be asked for a range conditionally; the resume still asks for the rest."""
    data = os.urandom(10_000)
    transport = ShortBodyTransport(data, cut=4_000, short_answers=1, etag='W/"v1"')
    await short_body_download(transport).download(tmp_path / "a.mp3")
    [_, resume] = transport.requests
    assert resume.headers["range"] == "bytes=4000-"
    assert "if-range" not in resume.headers
    assert sha256_file(tmp_path / "a.mp3") == sha256(data)


async def test_the_file_is_flushed_and_fsynced_before_it_is_renamed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash right after the rename must not leave a complete-looking but empty or partial
    file: every byte is written and fsynced before the temporary file takes the name."""
    data = os.urandom(3 * MB + 100)  # the last 100 bytes sit in the file's buffer until flushed
    events: list[tuple[str, int]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(descriptor: int) -> None:
        status = os.fstat(descriptor)
        if stat.S_ISREG(status.st_mode):
            events.append(("fsync file holding", status.st_size))
        real_fsync(descriptor)

    def replace(source: Any, destination: Any) -> None:
        events.append(("rename", os.path.getsize(source)))
        real_replace(source, destination)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    transport = ShortBodyTransport(data, cut=0, short_answers=0, etag='"v1"')
    await short_body_download(transport).download(tmp_path / "a.mp3")
    assert events == [("fsync file holding", len(data)), ("rename", len(data))]
    assert sha256_file(tmp_path / "a.mp3") == sha256(data)


# --- download(): how the bytes reach the disk ---


async def test_download_takes_the_body_in_pieces_of_at_most_chunk_size(
    callfire_fake: FakeCallFire, callfire_fake_url: str, tmp_path: Path, connect: Connect
) -> None:
    data = os.urandom(MB + 7)
    recording_id = recording_with(callfire_fake, data)
    progress = ProgressLog()
    async with connect(callfire_fake_url) as http:
        await recording_download(http, recording_id).download(
            tmp_path / "a.mp3", progress=progress, chunk_size=4096
        )
    assert sha256_file(tmp_path / "a.mp3") == sha256(data)
    done = [call[0] for call in progress.calls]
    steps = [after - before for before, after in itertools.pairwise(done)]
    assert min(steps) > 0 and max(steps) <= 4096
    assert sum(steps) == len(data)


def record_syncs(
    monkeypatch: pytest.MonkeyPatch, every: int, sync: Callable[[int], None] | None = None
) -> list[tuple[str, int]]:
    """Sync in the background every ``every`` bytes, through ``sync`` (the real fdatasync by
    default); returns the file's size at each background sync, fsync and rename, in order."""
    events: list[tuple[str, int]] = []
    real_fsync, real_replace = os.fsync, os.replace
    background = sync or downloads_module._fdatasync

    def background_sync(descriptor: int) -> None:
        events.append(("background sync", os.fstat(descriptor).st_size))
        background(descriptor)

    def fsync(descriptor: int) -> None:
        if stat.S_ISREG(os.fstat(descriptor).st_mode):
            events.append(("fsync", os.fstat(descriptor).st_size))
        real_fsync(descriptor)

    def replace(source: Any, destination: Any) -> None:
        events.append(("rename", os.path.getsize(source)))
        real_replace(source, destination)

    monkeypatch.setattr(downloads_module, "BACKGROUND_SYNC_BYTES", every)
    monkeypatch.setattr(downloads_module, "_fdatasync", background_sync)
    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    return events


async def test_a_growing_file_is_synced_as_it_grows_and_whole_before_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """So that the fsync before the rename only waits for the last bytes, a large file is
    synced in the background while it is received; every such sync ends before that fsync."""
    data = os.urandom(6 * MB + 100)
    events = record_syncs(monkeypatch, every=MB)
    transport = ShortBodyTransport(data, cut=0, short_answers=0, etag='"v1"')
    await short_body_download(transport).download(tmp_path / "a.mp3")
    background = [size for name, size in events if name == "background sync"]
    assert background and all(0 < size <= len(data) for size in background)
    assert events[-2:] == [("fsync", len(data)), ("rename", len(data))]
    assert sha256_file(tmp_path / "a.mp3") == sha256(data)


async def test_a_failed_background_sync_fails_the_download_and_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sync error may be reported once only: the final fsync could succeed after it, so the
    download must not."""

    def failing_sync(descriptor: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    events = record_syncs(monkeypatch, every=MB, sync=failing_sync)
    destination = tmp_path / "a.mp3"
    destination.write_bytes(b"the previous version")
    transport = ShortBodyTransport(os.urandom(3 * MB), cut=0, short_answers=0, etag='"v1"')
    with pytest.raises(OSError) as raised:
        await short_body_download(transport).download(destination)
    assert raised.value.errno == errno.EIO
    assert [name for name, _ in events if name != "background sync"] == []  # never renamed
    assert destination.read_bytes() == b"the previous version"
    assert leftovers(tmp_path) == ["a.mp3"]


async def test_a_cancelled_download_closes_its_file_only_after_the_running_sync(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closing the descriptor under a sync still running would have the sync fail, or sync
    whatever file reuses the number."""
    started = threading.Event()
    seen: list[tuple[int, int]] = []

    def slow_sync(descriptor: int) -> None:
        status = os.fstat(descriptor)
        started.set()
        threading.Event().wait(0.2)  # the cancelled download's cleanup runs meanwhile
        after = os.fstat(descriptor)  # EBADF had the file been closed
        seen.append((status.st_ino, after.st_ino))

    record_syncs(monkeypatch, every=MB, sync=slow_sync)
    transport = ShortBodyTransport(os.urandom(8 * MB), cut=0, short_answers=0, etag='"v1"')
    with anyio.CancelScope() as scope:

        async def cancel_once_syncing(done: int, total: int | None) -> None:
            if done >= MB:
                await anyio.to_thread.run_sync(started.wait)
                scope.cancel()

        await short_body_download(transport).download(
            tmp_path / "a.mp3", progress=cancel_once_syncing
        )
    assert scope.cancelled_caught
    assert len(seen) == 1 and seen[0][0] == seen[0][1]
    assert leftovers(tmp_path) == []

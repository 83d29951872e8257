"""The fake's audio endpoints: real MP3/WAV bytes, Range, If-Range, ETag, large streamed bodies."""

from __future__ import annotations

import io
import resource
import sys
import tracemalloc
import wave
from pathlib import Path

import httpx
import pytest

from callfire_async.custom.fake import FakeCallFire
from callfire_async.custom.fake.audio import GeneratedMp3

pytest_plugins = ["openapi_validation"]
pytestmark = pytest.mark.anyio

_BITRATES_MPEG1_LAYER3 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320]
_SAMPLE_RATES_MPEG1 = [44100, 48000, 32000]


def count_mp3_frames(data: bytes) -> int:
    """Walk an MP3 frame by frame from its headers; fails unless frames tile the data exactly."""
    offset = 0
    if data[:3] == b"ID3":
        tag_size = 0
        for byte in data[6:10]:
            assert byte < 0x80, "ID3 size must be synchsafe"
            tag_size = (tag_size << 7) | byte
        offset = 10 + tag_size
    frames = 0
    while offset < len(data):
        header = data[offset : offset + 4]
        assert len(header) == 4, f"truncated frame header at {offset}"
        assert header[0] == 0xFF and header[1] & 0xE0 == 0xE0, f"no frame sync at {offset}"
        assert (header[1] >> 3) & 0b11 == 0b11, "MPEG-1 expected"
        assert (header[1] >> 1) & 0b11 == 0b01, "Layer III expected"
        bitrate = _BITRATES_MPEG1_LAYER3[header[2] >> 4] * 1000
        sample_rate = _SAMPLE_RATES_MPEG1[(header[2] >> 2) & 0b11]
        padding = (header[2] >> 1) & 1
        assert bitrate, "free or bad bitrate"
        offset += 144 * bitrate // sample_rate + padding
        frames += 1
    assert offset == len(data), "the last frame runs past the end of the data"
    return frames


async def test_recording_mp3_is_valid_and_described_by_headers(
    validated_client: httpx.AsyncClient, callfire_fake: FakeCallFire
) -> None:
    recording_id = callfire_fake.seed_recordings(1, size_bytes=100_000)[0]
    response = await validated_client.get(f"/calls/recordings/{recording_id}.mp3")
    assert response.status_code == 200
    assert response.headers["content-type"] == "audio/mpeg"
    assert response.headers["content-length"] == "100000"
    assert response.headers["accept-ranges"] == "bytes"
    assert response.headers["etag"].startswith('"')
    assert len(response.content) == 100_000
    assert count_mp3_frames(response.content) == (100_000 - 10) // 384

    metadata = (await validated_client.get(f"/calls/recordings/{recording_id}")).json()
    by_name = await validated_client.get(
        f"/calls/{metadata['callId']}/recordings/{metadata['name']}.mp3"
    )
    assert by_name.content == response.content
    head = await validated_client.head(f"/calls/recordings/{recording_id}.mp3")
    assert head.status_code == 200
    assert head.headers["content-length"] == "100000"
    assert head.content == b""


async def test_generated_audio_never_repeats_at_another_offset() -> None:
    # A download resumed at a wrong offset must be detectable by its content.
    audio = GeneratedMp3(10 + 384 * 50, seed=7)
    data = b"".join(audio.iter_range(0, audio.size))
    frames = {data[10 + 384 * index : 10 + 384 * (index + 1)] for index in range(50)}
    assert len(frames) == 50
    other = GeneratedMp3(10 + 384 * 50, seed=8)
    assert b"".join(other.iter_range(0, other.size)) != data
    # Any slice equals the same slice of the whole.
    for start, stop in [(0, 1), (5, 500), (394, 778), (1000, audio.size)]:
        assert b"".join(audio.iter_range(start, stop)) == data[start:stop]


@pytest.mark.parametrize(
    ("range_header", "start", "stop"),
    [
        ("bytes=1000-", 1000, 5000),
        ("bytes=0-0", 0, 1),
        ("bytes=1000-1999", 1000, 2000),
        ("bytes=4000-99999", 4000, 5000),
        ("bytes=-100", 4900, 5000),
    ],
)
async def test_range_requests(
    validated_client: httpx.AsyncClient,
    callfire_fake: FakeCallFire,
    range_header: str,
    start: int,
    stop: int,
) -> None:
    recording_id = callfire_fake.seed_recordings(1, size_bytes=5000)[0]
    url = f"/calls/recordings/{recording_id}.mp3"
    full = (await validated_client.get(url)).content
    partial = await validated_client.get(url, headers={"Range": range_header})
    assert partial.status_code == 206
    assert partial.headers["content-range"] == f"bytes {start}-{stop - 1}/5000"
    assert partial.headers["content-length"] == str(stop - start)
    assert partial.content == full[start:stop]


async def test_unsatisfiable_and_ignored_ranges(
    validated_client: httpx.AsyncClient, callfire_fake: FakeCallFire
) -> None:
    recording_id = callfire_fake.seed_recordings(1, size_bytes=5000)[0]
    url = f"/calls/recordings/{recording_id}.mp3"
    beyond = await validated_client.get(url, headers={"Range": "bytes=5000-"})
    assert beyond.status_code == 416
    assert beyond.headers["content-range"] == "bytes */5000"
    assert beyond.json()["httpStatusCode"] == 416
    # Malformed or multi-part ranges are ignored: the whole body comes back.
    for header in ("bytes=abc", "bytes=0-1,5-6", "items=0-5", "bytes=9-3"):
        whole = await validated_client.get(url, headers={"Range": header})
        assert whole.status_code == 200, header
        assert len(whole.content) == 5000


async def test_if_range_and_etag_follow_the_audio(
    validated_client: httpx.AsyncClient, callfire_fake: FakeCallFire
) -> None:
    recording_id = callfire_fake.seed_recordings(1, size_bytes=5000)[0]
    url = f"/calls/recordings/{recording_id}.mp3"
    first = await validated_client.get(url)
    etag = first.headers["etag"]

    resumed = await validated_client.get(url, headers={"Range": "bytes=100-", "If-Range": etag})
    assert resumed.status_code == 206
    assert resumed.content == first.content[100:]
    by_date = await validated_client.get(
        url, headers={"Range": "bytes=100-", "If-Range": first.headers["last-modified"]}
    )
    assert by_date.status_code == 206

    replacement = first.content[:10] + bytes(reversed(first.content[10:]))
    callfire_fake.put_recording_audio(recording_id, replacement)
    changed = await validated_client.get(url, headers={"Range": "bytes=100-", "If-Range": etag})
    # The audio changed since the client's copy: it gets the whole new body, not a slice.
    assert changed.status_code == 200
    assert changed.content == replacement
    assert changed.headers["etag"] != etag
    metadata = (await validated_client.get(f"/calls/recordings/{recording_id}")).json()
    assert metadata["lengthInBytes"] == len(replacement)


async def test_put_recording_audio_unknown_recording(callfire_fake: FakeCallFire) -> None:
    with pytest.raises(KeyError):
        callfire_fake.put_recording_audio(1, b"x")


async def test_sound_wav_and_mp3_ranges(
    validated_client: httpx.AsyncClient, callfire_fake: FakeCallFire
) -> None:
    sound_id = callfire_fake.seed_sounds(1)[0]
    mp3 = await validated_client.get(f"/campaigns/sounds/{sound_id}.mp3")
    assert mp3.headers["content-type"] == "audio/mpeg"
    assert count_mp3_frames(mp3.content) > 200
    wav = await validated_client.get(f"/campaigns/sounds/{sound_id}.wav")
    assert wav.headers["content-type"] == "audio/wav"
    with wave.open(io.BytesIO(wav.content), "rb") as reader:
        assert round(reader.getnframes() / reader.getframerate()) == 5
    tail = await validated_client.get(
        f"/campaigns/sounds/{sound_id}.wav", headers={"Range": "bytes=40-"}
    )
    assert tail.status_code == 206
    assert tail.content == wav.content[40:]


def _current_rss_bytes() -> int:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * resource.getpagesize()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc for memory use")
async def test_a_256_mb_recording_streams_without_being_held_in_memory(
    validated_client: httpx.AsyncClient, callfire_fake: FakeCallFire
) -> None:
    size = 256 * 1024 * 1024
    tracemalloc.start()
    try:
        recording_id = callfire_fake.seed_recordings(1, size_bytes=size)[0]
        _, seeding_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert seeding_peak < 1024 * 1024

    rss_before = _current_rss_bytes()
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    url = f"/calls/recordings/{recording_id}.mp3"
    received = 0
    async with validated_client.stream("GET", url) as response:
        assert response.headers["content-length"] == str(size)
        async for chunk in response.aiter_raw():
            if received == 0:
                assert chunk[:3] == b"ID3"
            received += len(chunk)
    assert received == size
    peak_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    # Holding the body anywhere (server or client) would lift the peak by 256 MB.
    assert peak_after <= max(peak_before, rss_before + 100 * 1024 * 1024)

    tail = await validated_client.get(url, headers={"Range": f"bytes={size - 384}-"})
    assert tail.headers["content-range"] == f"bytes {size - 384}-{size - 1}/{size}"
    assert tail.content[:2] == b"\xff\xfb"

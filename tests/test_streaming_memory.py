"""Memory stays flat whatever the size of the audio: the client (the CallFire
facade, on each I/O transport) runs in a child process, so nothing else counts
in its peak RSS, against the fake served by the test process, and reports its
peak RSS before and after the transfer.

The baseline is taken after a 1 MB warm-up of the same kind, so one-time costs
(imports, the connection, worker threads) are not counted as growth. The peak
is the process's own high-water mark (VmHWM on Linux; ru_maxrss elsewhere):
on Linux ru_maxrss starts at the parent's peak, which can hide the growth."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from transfer_support import BACKENDS, require_backend, sha256_file

from callfire_async.custom.fake import FakeCallFire
from callfire_async.custom.fake.audio import AudioSource
from callfire_async.custom.transport import Backend

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="measures peak RSS with resource.getrusage"
)

MB = 1024 * 1024
MAX_GROWTH_MB = 32
CHILD_TIMEOUT_SECONDS = 120

CHILD = r"""
import hashlib, json, resource, sys
import anyio, httpx
from callfire_async.custom import CallFire
from callfire_async.custom.transport import default_transport

mode, backend, base_url, username, password, target, warmup = sys.argv[1:8]
paths = sys.argv[8:]


def peak_rss_mb():
    # On Linux ru_maxrss starts at the parent's peak (the kernel carries it over
    # fork and exec), which would hide the child's own growth under the test
    # process's size; VmHWM is the peak of this process's own memory.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def ru_maxrss_mb():
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


async def transfer(cf, target, destination):
    if mode == "upload":
        sound = await cf.campaigns.post_file_campaign_sound(file=target, name="big")
        return {"sound": sound.id}
    download = cf.calls.get_call_recording_mp3(int(target))
    if mode == "download":
        result = await download.download(destination)
        return {"bytes": result.size}
    digest, size = hashlib.sha256(), 0
    async with download.stream() as body:
        async for chunk in body.aiter_bytes():
            digest.update(chunk)
            size += len(chunk)
    return {"bytes": size, "sha256": digest.hexdigest()}


async def main():
    transport = default_transport(limits=httpx.Limits(), backend=backend)
    async with CallFire(username, password, base_url=base_url, transport=transport) as cf:
        await transfer(cf, warmup, paths[1] if paths else None)
        before, maxrss_before = peak_rss_mb(), ru_maxrss_mb()
        outcome = await transfer(cf, target, paths[0] if paths else None)
        after, maxrss_after = peak_rss_mb(), ru_maxrss_mb()
    print(json.dumps({
        **outcome,
        "before_mb": before,
        "after_mb": after,
        "maxrss_before_mb": maxrss_before,
        "maxrss_after_mb": maxrss_after,
    }))


anyio.run(main)
"""


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> Backend:
    require_backend(request.param)
    backend: Backend = request.param
    return backend


def run_child(
    mode: str, backend: Backend, base_url: str, credentials: tuple[str, str], *args: str
) -> tuple[dict[str, Any], float]:
    completed = subprocess.run(
        [sys.executable, "-c", CHILD, mode, backend, base_url, *credentials, *args],
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_SECONDS,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    report: dict[str, Any] = json.loads(completed.stdout.strip().splitlines()[-1])
    growth = report["after_mb"] - report["before_mb"]
    print(
        f"{mode} over {backend}: peak RSS {report['before_mb']:.1f} MB before, "
        f"{report['after_mb']:.1f} MB after: growth {growth:.1f} MB (limit {MAX_GROWTH_MB} MB); "
        f"ru_maxrss {report['maxrss_before_mb']:.1f} -> {report['maxrss_after_mb']:.1f} MB"
    )
    return report, growth


def test_streaming_200_mb_keeps_memory_flat(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: tuple[str, str],
    backend: Backend,
) -> None:
    (small,) = callfire_fake.seed_recordings(1, size_bytes=MB)
    (big,) = callfire_fake.seed_recordings(1, size_bytes=200 * MB)
    report, growth = run_child(
        "stream", backend, callfire_fake_url, callfire_credentials, str(big), str(small)
    )
    assert report["bytes"] == 200 * MB
    assert report["sha256"] == sha256_of_audio(callfire_fake.store.recordings[big].audio)
    assert growth < MAX_GROWTH_MB


def test_downloading_200_mb_to_a_file_keeps_memory_flat(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: tuple[str, str],
    backend: Backend,
    tmp_path: Path,
) -> None:
    (small,) = callfire_fake.seed_recordings(1, size_bytes=MB)
    (big,) = callfire_fake.seed_recordings(1, size_bytes=200 * MB)
    destination = tmp_path / "big.mp3"
    report, growth = run_child(
        "download",
        backend,
        callfire_fake_url,
        callfire_credentials,
        str(big),
        str(small),
        os.fspath(destination),
        os.fspath(tmp_path / "small.mp3"),
    )
    assert report["bytes"] == 200 * MB
    assert destination.stat().st_size == 200 * MB
    assert growth < MAX_GROWTH_MB


def test_uploading_50_mb_keeps_memory_flat(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: tuple[str, str],
    backend: Backend,
    tmp_path: Path,
) -> None:
    header = b"ID3\x04\x00\x00\x00\x00\x00\x00"
    small, big = tmp_path / "small.mp3", tmp_path / "big.mp3"
    small.write_bytes(header + os.urandom(MB))
    with big.open("wb") as file:
        file.write(header)
        for _ in range(50):
            file.write(os.urandom(MB))
    report, growth = run_child(
        "upload",
        backend,
        callfire_fake_url,
        callfire_credentials,
        os.fspath(big),
        os.fspath(small),
    )
    stored = callfire_fake.store.sounds[report["sound"]].mp3
    assert stored is not None
    assert sha256_of_audio(stored) == sha256_file(big)
    assert growth < MAX_GROWTH_MB


def sha256_of_audio(audio: AudioSource) -> str:
    """The SHA-256 of what the fake serves, computed range by range."""
    digest = hashlib.sha256()
    for chunk in audio.iter_range(0, audio.size):
        digest.update(chunk)
    return digest.hexdigest()

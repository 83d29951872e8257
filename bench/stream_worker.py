"""One measured transfer of a recording, alone in its process so that its peak memory
is its own: ``python -m bench.stream_worker MODE BASE_URL RECORDING_ID DIRECTORY``.

Modes: ``download`` (the SDK's ``download()``), ``aiohttp`` (raw aiohttp writing
the body to a file, flushed to disk like ``download()`` does), ``buffered`` (the
generated function, which holds the whole body in memory). Prints one JSON line:
seconds, bytes, the process's CPU seconds during the transfer (all its threads, so
file writes done in a worker thread count too: the fairer figure on a busy machine, where
the server's speed and the other processes make the seconds vary), and the growth of the
peak RSS during the transfer in MB.
"""

from __future__ import annotations

import asyncio
import json
import os
import resource
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import aiohttp

from callfire_async.api.calls import get_call_recording_mp_3

from .clients import BASIC_AUTH, sdk

CHUNK = 64 * 1024


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def start_rss_window() -> float:
    """The resident size now, with the peak reset to it where Linux allows (so an
    earlier, higher peak cannot hide the transfer's); growth is measured from here."""
    try:
        with open("/proc/self/clear_refs", "w") as clear_refs:
            clear_refs.write("5")  # 5: reset the peak RSS
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return peak_rss_mb()


class Transfer:
    """The figures of one measured transfer."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.cpu_seconds = 0.0


@contextmanager
def measured() -> Iterator[Transfer]:
    transfer = Transfer()
    cpu_started, started = time.process_time(), time.perf_counter()
    try:
        yield transfer
    finally:
        transfer.seconds = time.perf_counter() - started
        transfer.cpu_seconds = time.process_time() - cpu_started


Figures = tuple[Transfer, int, float]  # the transfer, its bytes, peak RSS growth in MB


async def sdk_download(base_url: str, recording_id: int, target: Path) -> Figures:
    async with sdk(base_url) as cf:
        await cf.calls.get_call_recording(recording_id)  # connection open, code paths warm
        baseline = start_rss_window()
        with measured() as transfer:
            result = await cf.calls.get_call_recording_mp3(recording_id).download(target)
        return transfer, result.size, peak_rss_mb() - baseline


async def sdk_buffered(base_url: str, recording_id: int, target: Path) -> Figures:
    async with sdk(base_url) as cf:
        await cf.calls.get_call_recording(recording_id)
        baseline = start_rss_window()
        with measured() as transfer:
            audio = await get_call_recording_mp_3.asyncio(recording_id, client=cf.client)
        size = len(audio.payload.getbuffer()) if audio is not None else -1  # type: ignore[union-attr]
        return transfer, size, peak_rss_mb() - baseline


async def aiohttp_download(base_url: str, recording_id: int, target: Path) -> Figures:
    async with aiohttp.ClientSession(headers={"Authorization": BASIC_AUTH}) as session:
        async with session.get(f"{base_url}/calls/recordings/{recording_id}") as warm:
            await warm.read()
        baseline = start_rss_window()
        size = 0
        with measured() as transfer:
            async with session.get(f"{base_url}/calls/recordings/{recording_id}.mp3") as response:
                response.raise_for_status()
                with target.open("wb") as file:
                    async for chunk in response.content.iter_chunked(CHUNK):
                        file.write(chunk)
                        size += len(chunk)
                    file.flush()
                    os.fsync(file.fileno())
        return transfer, size, peak_rss_mb() - baseline


MODES = {"download": sdk_download, "aiohttp": aiohttp_download, "buffered": sdk_buffered}


def main() -> None:
    mode, base_url, recording_id, directory = sys.argv[1:5]
    target = Path(directory) / f"{mode}.mp3"
    transfer, size, rss_growth = asyncio.run(MODES[mode](base_url, int(recording_id), target))
    target.unlink(missing_ok=True)
    print(
        json.dumps(
            {
                "seconds": transfer.seconds,
                "cpu_seconds": transfer.cpu_seconds,
                "bytes": size,
                "rss_growth_mb": rss_growth,
            }
        )
    )


if __name__ == "__main__":
    main()

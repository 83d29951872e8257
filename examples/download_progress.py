"""Download a call recording to a file with a progress bar.

Runs against the fake CallFire server started in this process, which cuts the
connection once mid-download so you can watch the download resume where it
stopped. Against the real API, drop the fake and use
``CallFire.from_env()`` (CALLFIRE_USERNAME / CALLFIRE_PASSWORD).

    python examples/download_progress.py [destination.mp3]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import anyio

from callfire_async.custom import CallFire
from callfire_async.custom.fake import FakeCallFire, Fault, serve_in_thread

RECORDING_BYTES = 40 * 1024 * 1024
BAR_WIDTH = 40


class ProgressBar:
    """Prints ``[#####.....]  52%  20.8/40.0 MB`` on one line, redrawn at most
    ten times a second (a callback runs for every chunk: ~640 times here)."""

    def __init__(self) -> None:
        self._last_draw = 0.0
        self._last_done = 0

    def __call__(self, done: int, total: int | None) -> None:
        now = time.monotonic()
        went_back = done < self._last_done  # the server could not resume: started over
        self._last_done = done
        if not (went_back or done == total or now - self._last_draw >= 0.1):
            return
        self._last_draw = now
        if total:
            filled = BAR_WIDTH * done // total
            bar = "#" * filled + "." * (BAR_WIDTH - filled)
            text = f"[{bar}] {100 * done // total:3d}%  {done / 1e6:5.1f}/{total / 1e6:.1f} MB"
        else:
            text = f"{done / 1e6:.1f} MB"
        sys.stdout.write("\r" + text)
        sys.stdout.flush()


async def download_recording(base_url: str, recording_id: int, destination: Path) -> None:
    async with CallFire("demo-user", "demo-secret", base_url=base_url) as cf:
        download = cf.calls.get_call_recording_mp3(recording_id)
        result = await download.download(destination, progress=ProgressBar())
    print(
        f"\nSaved {result.size:,} bytes ({result.content_type}) to {result.path} "
        f"after {result.resumes} resume(s)"
    )


def main() -> None:
    if len(sys.argv) > 1:
        destination = Path(sys.argv[1])
    else:
        destination = Path(tempfile.mkdtemp()) / "recording.mp3"

    fake = FakeCallFire(username="demo-user", password="demo-secret")
    (recording_id,) = fake.seed_recordings(1, size_bytes=RECORDING_BYTES)
    # Cut the first response after 15 MB: the download resumes with a Range request.
    fake.faults.add(
        Fault(method="GET", path="/v2/calls/recordings/*", truncate_after=15 * 1024 * 1024)
    )
    with serve_in_thread(fake) as base_url:
        anyio.run(download_recording, base_url, recording_id, destination)


if __name__ == "__main__":
    main()

"""Case 4: downloading a large recording, each transfer in a fresh process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile

from .processes import ROOT
from .report import Row
from .timing import median

MB = 1024 * 1024


def _transfer(mode: str, base_url: str, recording_id: str, directory: str) -> dict[str, float]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    completed = subprocess.run(
        [sys.executable, "-m", "bench.stream_worker", mode, base_url, recording_id, directory],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"stream_worker {mode} failed:\n{completed.stderr}")
    result: dict[str, float] = json.loads(completed.stdout.strip().splitlines()[-1])
    return result


def run(base_url: str, recording_id: str, *, size: int, repeat: int) -> list[Row]:
    samples: dict[str, list[dict[str, float]]] = {"download": [], "aiohttp": []}
    with tempfile.TemporaryDirectory(prefix="callfire-bench-") as directory:
        for _ in range(repeat):
            for mode, runs in samples.items():
                runs.append(_transfer(mode, base_url, recording_id, directory))
        buffered = _transfer("buffered", base_url, recording_id, directory)

    wrong = [int(run["bytes"]) for runs in samples.values() for run in runs if run["bytes"] != size]
    if buffered["bytes"] != size:
        wrong.append(int(buffered["bytes"]))

    def throughput(runs: list[dict[str, float]]) -> list[float]:
        return [run["bytes"] / MB / run["seconds"] for run in runs]

    def cpu_per_mb(runs: list[dict[str, float]]) -> float:
        """The client's CPU milliseconds per MB (median): what the SDK itself costs, apart
        from the server's speed."""
        return median(run["cpu_seconds"] * 1000 / (run["bytes"] / MB) for run in runs)

    def rss(runs: list[dict[str, float]]) -> list[float]:
        return [run["rss_growth_mb"] for run in runs]

    case = f"4 streaming: {size // MB} MB recording, fake"
    download_rss = rss(samples["download"])
    return [
        Row(
            case=case,
            subject="download() throughput",
            value=median(throughput(samples["download"])),
            unit="MB/s",
            reference="raw aiohttp to a file",
            reference_value=median(throughput(samples["aiohttp"])),
            limit=0.95,
            higher_is_better=True,
            samples=throughput(samples["download"]),
            reference_samples=throughput(samples["aiohttp"]),
            note=f"wrong sizes: {wrong}" if wrong else "",
            cpu=cpu_per_mb(samples["download"]),
            reference_cpu=cpu_per_mb(samples["aiohttp"]),
            cpu_unit="ms/MB",
        ),
        Row(
            case=case,
            subject="download() peak RSS growth (worst run)",
            value=max(download_rss),
            unit="MB",
            reference="generated buffered function",
            reference_value=buffered["rss_growth_mb"],
            value_limit=32,
            samples=download_rss,
            reference_samples=[buffered["rss_growth_mb"]],
        ),
        Row(
            case=case,
            subject="raw aiohttp peak RSS growth",
            value=median(rss(samples["aiohttp"])),
            unit="MB",
            samples=rss(samples["aiohttp"]),
        ),
    ]

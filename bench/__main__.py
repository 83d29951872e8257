"""python -m bench: the SDK against raw aiohttp and raw httpx, as one table of ratios.

Every figure is the median of ``--repeat`` runs; the variants of a case run in
turns in this process (streaming: in fresh child processes), and the servers run
in processes of their own. The table is printed and written to bench/results.json.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import time
from pathlib import Path
from typing import Any

from . import case_pagination, case_requests, case_startup, case_streaming
from .clients import RawAiohttp
from .processes import server_process
from .report import Row, environment, json_decoder, render, write_json

CASES = ("requests", "pagination", "streaming", "startup")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (default 5)")
    parser.add_argument("--cases", default=",".join(CASES), help=f"subset of {','.join(CASES)}")
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--sequential", type=int, default=500)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--latency-pages", type=int, default=30)
    parser.add_argument("--recording-mb", type=int, default=256)
    parser.add_argument(
        "--server",
        choices=("both", "reference", "fake"),
        default="both",
        help="server for cases 1 and 2: both (default), the fake, or a minimal Starlette app",
    )
    parser.add_argument("--output", type=Path, default=Path(__file__).with_name("results.json"))
    args = parser.parse_args(argv)
    unknown = set(args.cases.split(",")) - set(CASES)
    if unknown:
        parser.error(f"unknown cases: {', '.join(sorted(unknown))}")
    return args


async def _contact_ids(base_url: str, count: int) -> list[int]:
    client = RawAiohttp(base_url)
    try:
        page: dict[str, Any] = await client.get_json(
            "/contacts", {"limit": count, "fields": "items(id)"}
        )
    finally:
        await client.aclose()
    return [item["id"] for item in page["items"]]


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    cases = set(args.cases.split(","))
    started = time.perf_counter()
    rows: list[Row] = []
    notes = [
        "servers on 127.0.0.1, each in its own process: the fake CallFire (bench.fake_server) "
        "and a minimal Starlette app on uvicorn (bench.reference_server: cases 1-2 'ref. "
        "server', and the typed contacts with custom properties)",
        f"JSON decoder of the SDK: {json_decoder()} (orjson comes with the `fast` extra); "
        "CPU/call: the client process's CPU time per call, item or import (reference's in "
        "brackets), the fairer figure on a busy machine; peak RSS: the client process's so far",
        "SDK: the CallFire facade with its defaults (retries on, default transport); "
        "aiohttp is imported on the first request, not by `import callfire_async`",
        "ratio = measured / reference (pagination prefetch: speedup; streaming: throughput)",
    ]
    recording_bytes = args.recording_mb * 1024 * 1024
    fake_args = ["--seed-contacts", str(args.contacts)]
    if "streaming" in cases:
        fake_args += ["--recording-bytes", str(recording_bytes)]
    with server_process("bench.fake_server", *fake_args) as fake:
        if "requests" in cases:
            if args.server in ("both", "fake"):
                ids = asyncio.run(_contact_ids(fake.base_url, 1000))
                rows += _requests(fake.base_url, ids, "fake", args)
            if args.server in ("both", "reference"):
                with server_process("bench.reference_server") as reference:
                    rows += _requests(reference.base_url, list(range(1, 1001)), "ref. server", args)
        if "pagination" in cases:
            rows += asyncio.run(
                case_pagination.run(
                    fake.base_url,
                    total=args.contacts,
                    repeat=args.repeat,
                    latency_pages=args.latency_pages,
                )
            )
            with server_process(
                "bench.reference_server", "--contacts", str(args.contacts)
            ) as reference:
                rows += asyncio.run(
                    case_pagination.run_typed_contacts(
                        reference.base_url, total=args.contacts, repeat=args.repeat
                    )
                )
        if "streaming" in cases:
            rows += case_streaming.run(
                fake.base_url, fake.extra["recording"], size=recording_bytes, repeat=args.repeat
            )
    if "startup" in cases:
        rows += case_startup.import_rows(args.repeat)
        rows += case_startup.parsing_rows(args.repeat)

    env = environment(args.repeat)
    header = (
        f"callfire-async benchmarks: {env['cpu_count']} cores, Python {env['python']}, "
        f"median of {args.repeat} runs, {time.perf_counter() - started:.0f} s in all"
    )
    print(render(rows, header))
    for note in notes:
        print(f"- {note}")
    write_json(args.output, rows, env, notes)
    print(f"- written to {os.path.relpath(args.output)}")
    return 0


def _requests(base_url: str, ids: list[int], server: str, args: argparse.Namespace) -> list[Row]:
    return asyncio.run(
        case_requests.run(
            base_url,
            ids,
            server=server,
            repeat=args.repeat,
            calls=args.calls,
            sequential=args.sequential,
        )
    )


if __name__ == "__main__":
    raise SystemExit(main())

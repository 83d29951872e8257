"""Servers for the benchmarks, each in a process of its own.

A server prints one line when it listens: ``listening on <base URL> [key=value ...]``.
"""

from __future__ import annotations

import os
import selectors
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_STARTUP_SECONDS = 120.0  # seeding 100,000 contacts on a busy 2-core machine


@dataclass(frozen=True)
class Server:
    base_url: str  # e.g. http://127.0.0.1:PORT/v2
    pid: int
    extra: dict[str, str] = field(default_factory=dict)


@contextmanager
def server_process(module: str, *args: str) -> Iterator[Server]:
    """Run ``python -m module args`` and yield its base URL once it listens."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    process = subprocess.Popen(
        [sys.executable, "-m", module, *args],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    try:
        assert process.stdout is not None
        line = _first_line(process.stdout, module)
        words = line.split()
        if words[:2] != ["listening", "on"] or len(words) < 3:
            raise RuntimeError(f"{module} printed {line!r} instead of its address")
        extra = dict(word.split("=", 1) for word in words[3:] if "=" in word)
        yield Server(base_url=words[2], pid=process.pid, extra=extra)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _first_line(stream: object, module: str) -> str:
    selector = selectors.DefaultSelector()
    selector.register(stream, selectors.EVENT_READ)  # type: ignore[arg-type]
    if not selector.select(_STARTUP_SECONDS):
        raise RuntimeError(f"{module} did not start within {_STARTUP_SECONDS:.0f} s")
    line: str = stream.readline()  # type: ignore[attr-defined]
    if not line:
        raise RuntimeError(f"{module} exited before listening")
    return line.strip()

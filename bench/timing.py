"""Repeated measurements: variants run in turns so that drift in the machine's load
(it is shared) falls on all of them alike; each figure is a median."""

from __future__ import annotations

import statistics
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator
from contextlib import contextmanager


def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))


@contextmanager
def stopwatch() -> Iterator[Callable[[], float]]:
    """``with stopwatch() as elapsed: ...`` then ``elapsed()`` in seconds."""
    started = time.perf_counter()
    stopped: list[float] = []
    try:
        yield lambda: (stopped[0] if stopped else time.perf_counter()) - started
    finally:
        stopped.append(time.perf_counter())


async def in_turns(
    variants: dict[str, Callable[[], Awaitable[float]]], repeat: int
) -> dict[str, list[float]]:
    """Run each variant ``repeat`` times, one after the other in each round;
    each run returns the figure it measured."""
    samples: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(repeat):
        for name, run in variants.items():
            samples[name].append(await run())
    return samples

"""The benchmark's one table, and results.json beside it."""

from __future__ import annotations

import json
import os
import platform
import resource
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass
class Row:
    """One measured figure of the SDK set against a reference.

    ``ratio`` is SDK / reference for times and sizes, and the speedup or
    relative throughput where ``higher_is_better``; ``limit`` is the target
    the ratio must meet (None: shown for information).
    """

    case: str
    subject: str
    value: float
    unit: str
    reference: str = ""
    reference_value: float | None = None
    limit: float | None = None
    higher_is_better: bool = False
    value_limit: float | None = None  # a bound on the figure itself rather than the ratio
    samples: list[float] = field(default_factory=list)
    reference_samples: list[float] = field(default_factory=list)
    note: str = ""
    # The client process's CPU time per call (or per item, or per import) of the measured variant
    # and of the reference, in ``cpu_unit`` (medians), and its peak RSS in MB after the case.
    cpu: float | None = None
    reference_cpu: float | None = None
    cpu_unit: str = "us"
    peak_rss_mb: float | None = None

    @property
    def ratio(self) -> float | None:
        if self.reference_value is None or self.reference_value == 0 or self.value == 0:
            return None
        return self.value / self.reference_value

    @property
    def target(self) -> str:
        if self.value_limit is not None:
            return f"value <= {self.value_limit:g} {self.unit}"
        if self.limit is None:
            return ""
        return f"{'>=' if self.higher_is_better else '<='} {self.limit:g}"

    @property
    def passed(self) -> bool | None:
        if self.value_limit is not None:
            return max(self.samples or [self.value]) <= self.value_limit
        ratio = self.ratio
        if self.limit is None or ratio is None:
            return None
        return ratio >= self.limit if self.higher_is_better else ratio <= self.limit


def _figure(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    if unit == "s":
        return f"{value:.3f} s"
    if unit in ("ms", "MB", "MB/s"):
        return f"{value:.1f} {unit}"
    return f"{value:.2f} {unit}"


_COLUMNS = (
    "case",
    "measured",
    "median",
    "reference",
    "ref. median",
    "ratio",
    "target",
    "ok",
    "CPU/call (ref.)",
    "peak RSS",
)


def _cpu(row: Row) -> str:
    if row.cpu is None:
        return ""
    reference = "" if row.reference_cpu is None else f" ({row.reference_cpu:.1f})"
    return f"{row.cpu:.1f} {row.cpu_unit}{reference}"


def render(rows: list[Row], header: str) -> str:
    table = [_COLUMNS]
    for row in rows:
        ratio = row.ratio
        passed = row.passed
        table.append(
            (
                row.case,
                row.subject + (f" ({row.note})" if row.note else ""),
                _figure(row.value, row.unit),
                row.reference,
                _figure(row.reference_value, row.unit),
                "" if ratio is None else f"{ratio:.2f}x",
                row.target,
                "" if passed is None else ("yes" if passed else "NO"),
                _cpu(row),
                _figure(row.peak_rss_mb, "MB"),
            )
        )
    widths = [max(len(line[i]) for line in table) for i in range(len(_COLUMNS))]
    lines = [header]
    for index, line in enumerate(table):
        lines.append("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)))
        if index == 0:
            lines.append("  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in lines)


def peak_rss_mb() -> float:
    """This process's peak resident set size so far (Linux reports it in KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def environment(repeat: int) -> dict[str, object]:
    return {
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "repeat": repeat,
        "json_decoder": json_decoder(),
    }


def json_decoder() -> str:
    """The decoder the SDK parses responses with: orjson when installed, else json."""
    from callfire_async.types import json_loads

    return "orjson" if json_loads.__module__ == "orjson" else "json (standard library)"


def write_json(path: Path, rows: list[Row], env: dict[str, object], notes: list[str]) -> None:
    data = {
        "environment": env,
        "notes": notes,
        "rows": [
            {**asdict(row), "ratio": row.ratio, "target": row.target, "passed": row.passed}
            for row in rows
        ],
    }
    path.write_text(json.dumps(data, indent=2) + "\n")

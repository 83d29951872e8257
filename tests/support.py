"""Helpers shared by several test modules."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def shared_file(relative: str) -> Path:
    """A file of the shared reference folder beside the checkout; skips the test if absent."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{relative} is not available beside this checkout")
    return path


# What `make generate` needs in a copy of the project (the venv is linked, never reinstalled).
PROJECT_FILES = [
    "Makefile",
    "pyproject.toml",
    "setup.py",
    "generator-config.yaml",
    "templates",
    "spec",
    "callfire_async",
    "docs",
]


def copy_project(destination: Path, extra: tuple[str, ...] = ()) -> Path:
    """A copy of the project's generation inputs and outputs (plus `extra` entries)."""
    destination.mkdir(parents=True, exist_ok=True)
    for name in [*PROJECT_FILES, *extra]:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(
                source, destination / name, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            shutil.copy2(source, destination / name)
    (destination / ".venv").symlink_to(ROOT / ".venv")
    return destination


def make(project: Path, *arguments: str) -> tuple[subprocess.CompletedProcess[str], float]:
    """Run make in `project` (never reinstalling the venv); the result and its duration."""
    started = time.monotonic()
    result = subprocess.run(
        ["make", "-s", "-o", ".venv/.installed", *arguments],
        cwd=project,
        env={**os.environ, "MAKEFLAGS": ""},
        capture_output=True,
        text=True,
        check=False,
    )
    return result, time.monotonic() - started

"""Helpers shared by several test modules."""

from __future__ import annotations

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

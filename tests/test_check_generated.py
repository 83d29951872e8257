"""`make check-generated` catches a hand edit of a generated file (run on a project copy)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from support import copy_project


@pytest.fixture(scope="module")
def project_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_project(tmp_path_factory.mktemp("project") / "copy")


def check_generated(project: Path) -> subprocess.CompletedProcess[str]:
    # -o: the venv is the project's own and already installed; never reinstall it here.
    return subprocess.run(
        ["make", "-s", "-o", ".venv/.installed", "check-generated"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_fresh_copy_matches(project_copy: Path) -> None:
    result = check_generated(project_copy)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "relative",
    ["callfire_async/models/contact.py", "spec/callfire-v2.openapi.yaml"],
)
def test_a_hand_edit_fails(project_copy: Path, relative: str) -> None:
    edited = project_copy / relative
    original = edited.read_text()
    try:
        edited.write_text(original + "\n# edited by hand\n")
        result = check_generated(project_copy)
        assert result.returncode != 0
        assert "edited by hand" in result.stdout
    finally:
        edited.write_text(original)

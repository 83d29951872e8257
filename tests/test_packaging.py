"""What a user gets from the distribution: its version, its declared dependencies, and a wheel
whose pytest plugin works in a fresh virtual environment with no conftest."""

from __future__ import annotations

import ast
import functools
import os
import re
import shutil
import subprocess
import sys
import textwrap
import tomllib
import zipfile
from importlib import metadata
from pathlib import Path

import pytest
from support import ROOT

import callfire_async

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
PROJECT = PYPROJECT["project"]


def test_version_is_the_one_in_pyproject() -> None:
    assert callfire_async.__version__ == PROJECT["version"]
    assert callfire_async.__version__ == metadata.version("callfire-async")


def _requirement_names(requirements: list[str]) -> set[str]:
    return {
        _normalized(re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0])
        for requirement in requirements
    }


def _normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _required_imports(source: Path) -> set[str]:
    """Top-level modules a file imports unconditionally (an import guarded by
    `except ImportError` is optional by design)."""
    tree = ast.parse(source.read_text())
    optional: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Try) and any(
            isinstance(handler.type, ast.Name)
            and handler.type.id in {"ImportError", "ModuleNotFoundError"}
            for handler in node.handlers
        ):
            optional.update(id(inner) for statement in node.body for inner in ast.walk(statement))
    modules: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in optional:
            continue
        if isinstance(node, ast.Import):
            modules.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules.add(node.module.split(".")[0])
    return modules - set(sys.stdlib_module_names) - {"__future__", "callfire_async"}


@functools.cache
def _module_providers() -> dict[str, list[str]]:
    return metadata.packages_distributions()  # reads every installed RECORD: slow, once


def _distributions(modules: set[str]) -> set[str]:
    providers = _module_providers()
    return {_normalized(dist) for module in modules for dist in providers.get(module, [module])}


@pytest.mark.parametrize(
    ("folder", "declared_in"),
    [
        (ROOT / "callfire_async", ["dependencies"]),
        (ROOT / "custom", ["dependencies"]),
        (ROOT / "custom" / "fake", ["dependencies", "fake"]),
    ],
    ids=["generated", "custom", "fake"],
)
def test_every_imported_distribution_is_declared(folder: Path, declared_in: list[str]) -> None:
    declared = _requirement_names(
        [
            requirement
            for group in declared_in
            for requirement in (
                PROJECT["dependencies"]
                if group == "dependencies"
                else PROJECT["optional-dependencies"][group]
            )
        ]
    )
    # custom/fake/ has its own row: the fake extra's packages may be imported there only.
    files = folder.glob("*.py") if folder == ROOT / "custom" else folder.rglob("*.py")
    undeclared: dict[str, set[str]] = {}
    for source in files:
        # The plugin runs inside the user's pytest; pytest is theirs, never ours to require.
        modules = _required_imports(source) - (
            {"pytest"} if source.name == "pytest_plugin.py" else set()
        )
        missing = _distributions(modules) - declared
        if missing:
            undeclared[str(source.relative_to(ROOT))] = missing
    assert undeclared == {}


# The user's test file in the fresh environment: only the entry point's fixtures, no conftest.
USER_TEST = """
    import pytest

    import callfire_async
    from callfire_async.custom.fake import Fault
    from callfire_async.models import Contact


    @pytest.mark.anyio
    async def test_my_code_against_the_fake(callfire_client, callfire_fake):
        ids = await callfire_client.contacts.create_contacts(body=[Contact(first_name="Ada")])
        [contact_id] = [item.id for item in ids.items]
        callfire_fake.faults.add(Fault(method="GET", path="/v2/contacts/*", status=503))
        contact = await callfire_client.contacts.get_contact(id=contact_id)
        assert contact.first_name == "Ada"
        assert callfire_fake.count("GET", "/v2/contacts/*") == 2


    def test_the_fake_is_a_real_server(callfire_fake):
        import httpx

        response = httpx.get(f"{callfire_fake.base_url}/contacts", auth=callfire_fake.credentials)
        assert response.json()["totalCount"] == 0


    def test_version():
        assert callfire_async.__version__ == EXPECTED_VERSION
"""

# Only what a build needs: no virtual environment, build output or caches of this checkout.
_NOT_SOURCES = shutil.ignore_patterns(
    ".git", ".venv*", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis"
)


def _run(command: list[str | Path], cwd: Path) -> str:
    # A clean environment for the child: no PYTHONPATH or venv of the test run leaks into it.
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME"}
    }
    result = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result.stdout


def test_wheel_installs_in_a_fresh_environment_and_its_fixtures_work(tmp_path: Path) -> None:
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=_NOT_SOURCES)
    dist = tmp_path / "dist"
    _run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", dist, source], tmp_path
    )
    [wheel] = dist.glob("callfire_async-*.whl")

    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        [metadata_file] = [name for name in names if name.endswith(".dist-info/METADATA")]
        wheel_metadata = archive.read(metadata_file).decode()
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)
    assert "callfire_async/custom/fake/pytest_plugin.py" in names
    for minor in (11, 12, 13):
        assert f"Classifier: Programming Language :: Python :: 3.{minor}" in wheel_metadata

    environment = tmp_path / "env"
    _run([sys.executable, "-m", "venv", environment], tmp_path)
    python = environment / "bin" / "python"
    # The same pytest as this run: pip's cache then serves it without a download.
    pytest_requirement = f"pytest=={metadata.version('pytest')}"
    _run(
        [
            python,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            f"{wheel}[fake]",
            pytest_requirement,
            "anyio",
        ],
        tmp_path,
    )

    project = tmp_path / "user_project"
    project.mkdir()
    test_file = project / "test_user_code.py"
    test_file.write_text(
        textwrap.dedent(USER_TEST.replace("EXPECTED_VERSION", repr(PROJECT["version"])))
    )
    output = _run([python, "-m", "pytest", "-q", "-p", "no:cacheprovider", test_file], project)
    assert re.search(r"\b3 passed\b", output), output
    assert not (project / "conftest.py").exists()

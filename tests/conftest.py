"""Shared test configuration.

Async tests run on asyncio (the SDK's must) through anyio's pytest plugin; a few tests opt in to
trio as well. The fake CallFire's fixtures come from its pytest plugin, registered by the
entry point of the installed package, as in users' environments.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from support import ROOT, copy_project, make, shared_file

pytest_plugins = ["pytester"]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def no_proxy_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The SDK honours HTTP(S)_PROXY as httpx does; the tests talk to 127.0.0.1 only, and
    must not go through a developer's proxy (test_proxies sets its own)."""
    for name in ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@dataclass(frozen=True)
class GeneratedProject:
    """A copy of the project regenerated from another spec with `make generate SPEC=...`."""

    root: Path
    openapi: Path
    package: Path
    generation_seconds: float
    report: str


@pytest.fixture(scope="session")
def official_project(tmp_path_factory: pytest.TempPathFactory) -> GeneratedProject:
    """A copy of the project generated from CallFire's complete official Swagger file (read
    from the shared reference folder, never copied into the project), with no overlay: what
    the general rules alone make of it. Generated once per session: it takes a while."""
    swagger = shared_file("reference/callfire-v2-official.swagger.yaml")
    root = copy_project(tmp_path_factory.mktemp("official") / "project")
    result, seconds = make(root, "generate", f"SPEC={swagger}", "OVERLAY=")
    assert result.returncode == 0, result.stdout + result.stderr
    # The vendored layout: the hand-written layer inside the generated package.
    (root / "callfire_async" / "custom").symlink_to(ROOT / "custom")
    return GeneratedProject(
        root,
        root / "spec/callfire-v2.openapi.yaml",
        root / "callfire_async",
        seconds,
        result.stderr,
    )


@pytest.fixture(scope="session")
def official_generated(official_project: GeneratedProject) -> tuple[Path, Path]:
    """(OpenAPI file, package folder) generated from CallFire's complete official file."""
    return official_project.openapi, official_project.package


@pytest.fixture(scope="session")
def official(
    official_generated: tuple[Path, Path],
) -> Iterator[tuple[dict[str, Any], ModuleType]]:
    """The official spec's OpenAPI document and the client generated from it, imported."""
    openapi, generated = official_generated
    # The generated package uses relative imports only, so it imports under another name
    # beside the project's own callfire_async.
    name = "callfire_official"
    spec = importlib.util.spec_from_file_location(
        name, generated / "__init__.py", submodule_search_locations=[str(generated)]
    )
    assert spec is not None and spec.loader is not None
    package = importlib.util.module_from_spec(spec)
    sys.modules[name] = package
    try:
        spec.loader.exec_module(package)
        yield yaml.safe_load(openapi.read_text(encoding="utf-8")), package
    finally:
        for module in [m for m in sys.modules if m == name or m.startswith(f"{name}.")]:
            del sys.modules[module]

"""Shared test configuration.

Async tests run on asyncio (the SDK's must) through anyio's pytest plugin; a few tests opt in to
trio as well. The fake CallFire's fixtures come from its pytest plugin, registered by the
entry point of the installed package, as in users' environments.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from support import ROOT, shared_file

pytest_plugins = ["pytester"]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def official_generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """CallFire's complete official Swagger file (read from the shared reference folder, never
    copied into the project) converted with --flatten-allof, and a client generated from it
    with the project's generator settings and templates: (OpenAPI file, package folder)."""
    swagger = shared_file("reference/callfire-v2-official.swagger.yaml")
    folder = tmp_path_factory.mktemp("official")
    openapi = folder / "openapi.yaml"
    convert = [sys.executable, str(ROOT / "spec/convert.py"), str(swagger), "--flatten-allof"]
    subprocess.run([*convert, "-o", str(openapi)], check=True, capture_output=True)
    package = folder / "official_client"
    bin_dir = Path(sys.executable).parent
    generate = [str(bin_dir / "openapi-python-client"), "generate", "--meta", "none"]
    options = ["--overwrite", "--config", "generator-config.yaml"]
    options += ["--custom-template-path", "templates", "--path", str(openapi)]
    result = subprocess.run(
        [*generate, *options, "--output-path", str(package)],
        cwd=ROOT,
        env={**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return openapi, package

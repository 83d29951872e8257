"""Shared test configuration.

Async tests run on asyncio (the SDK's must) through anyio's pytest plugin; a few tests opt in to
trio as well. The fake CallFire's fixtures come from its pytest plugin, the same one users load.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from support import ROOT, shared_file

pytest_plugins = ["callfire_async.custom.fake.pytest_plugin"]


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

"""The converter on CallFire's complete official Swagger file (122 operations, read from the shared
reference folder, never copied into the project): valid OpenAPI 3.0, and a package the generator
builds from it imports."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from openapi_spec_validator import validate
from support import ROOT, shared_file

HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch"}


@pytest.fixture(scope="module")
def official_openapi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = shared_file("reference/callfire-v2-official.swagger.yaml")
    output = tmp_path_factory.mktemp("official") / "openapi.yaml"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "spec/convert.py"),
            str(source),
            "--flatten-allof",
            "-o",
            str(output),
        ],
        check=True,
    )
    return output


def test_all_122_operations_convert_to_valid_openapi(official_openapi: Path) -> None:
    document = yaml.safe_load(official_openapi.read_text())
    validate(document)
    operations = [
        op
        for item in document["paths"].values()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]
    assert len(operations) == 122
    assert document["openapi"] == "3.0.3"


def test_the_generated_package_imports(official_openapi: Path, tmp_path: Path) -> None:
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    subprocess.run(
        [
            str(bin_dir / "openapi-python-client"),
            "generate",
            "--meta",
            "none",
            "--overwrite",
            "--config",
            str(ROOT / "generator-config.yaml"),
            "--custom-template-path",
            str(ROOT / "templates"),
            "--path",
            str(official_openapi),
            "--output-path",
            str(tmp_path / "official_client"),
        ],
        check=True,
        capture_output=True,
        env=env,
    )
    probe = (
        "import official_client.api as api, importlib, pkgutil\n"
        "n = 0\n"
        "for tag in api.TAGS:\n"
        "    package = importlib.import_module('official_client.api.' + tag)\n"
        "    n += sum(1 for m in pkgutil.iter_modules(package.__path__))\n"
        "from official_client.models import ContactPage, Contact\n"
        "page = ContactPage.from_dict({'items': [{'id': 1, 'firstName': 'A'}], 'totalCount': 1})\n"
        "assert isinstance(page.items[0], Contact)\n"
        "print(n)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) == 122

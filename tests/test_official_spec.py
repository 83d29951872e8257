"""The converter on CallFire's complete official Swagger file (122 operations, read from the shared
reference folder, never copied into the project): valid OpenAPI 3.0, and a package the generator
builds from it imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml
from openapi_spec_validator import validate

HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch"}


def test_all_122_operations_convert_to_valid_openapi(
    official_generated: tuple[Path, Path],
) -> None:
    official_openapi, _ = official_generated
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


def test_the_generated_package_imports(official_generated: tuple[Path, Path]) -> None:
    _, package = official_generated
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
        [sys.executable, "-c", probe],
        cwd=package.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) == 122

"""What generation could not type is reported; `--strict` (`STRICT=1 make generate`) fails on it.
Stale overlay entries fail with one line naming every one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from support import ROOT

CONVERT = ROOT / "spec" / "convert.py"

TYPED = {
    "in": "query",
    "name": "limit",
    "type": "integer",
}
THING = {"type": "object", "properties": {"id": {"type": "integer"}}}


def swagger(parameters: list[dict[str, Any]], response: dict[str, Any]) -> dict[str, Any]:
    operation = {
        "operationId": "findThings",
        "parameters": parameters,
        "responses": {"200": response},
    }
    return {
        "swagger": "2.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/things": {"get": operation}},
        "definitions": {"Thing": THING},
    }


def run(
    tmp_path: Path, document: dict[str, Any], *options: str, overlay: Any = None
) -> subprocess.CompletedProcess[str]:
    source = tmp_path / "in.yaml"
    source.write_text(yaml.safe_dump(document))
    arguments = [sys.executable, str(CONVERT), str(source), "-o", str(tmp_path / "out.yaml")]
    if overlay is not None:
        (tmp_path / "overlay.yaml").write_text(yaml.safe_dump(overlay))
        arguments += ["--overlay", str(tmp_path / "overlay.yaml")]
    return subprocess.run([*arguments, *options], capture_output=True, text=True, check=False)


TYPED_RESPONSE = {"description": "OK", "schema": {"$ref": "#/definitions/Thing"}}


def test_a_fully_typed_document_passes_strict(tmp_path: Path) -> None:
    result = run(tmp_path, swagger([TYPED], TYPED_RESPONSE), "--strict")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


@pytest.mark.parametrize(
    ("parameters", "response", "reported"),
    [
        (
            [TYPED, {"in": "query", "name": "label"}],
            TYPED_RESPONSE,
            "1 parameters typed as strings for lack of a type: findThings(label)",
        ),
        ([TYPED], {"description": "OK"}, "1 operations without a success schema"),
    ],
    ids=["untyped-parameter", "untyped-response"],
)
def test_what_could_not_be_typed_is_reported_and_fails_under_strict(
    tmp_path: Path, parameters: list[dict[str, Any]], response: dict[str, Any], reported: str
) -> None:
    document = swagger(parameters, response)
    relaxed = run(tmp_path, document)
    assert relaxed.returncode == 0, relaxed.stderr
    assert reported in relaxed.stderr
    assert (tmp_path / "out.yaml").exists()

    (tmp_path / "out.yaml").unlink()
    strict = run(tmp_path, document, "--strict")
    assert strict.returncode == 2
    assert reported in strict.stderr
    assert "Traceback" not in strict.stderr
    assert not (tmp_path / "out.yaml").exists()


def test_an_overlay_that_types_them_satisfies_strict(tmp_path: Path) -> None:
    document = swagger([TYPED, {"in": "query", "name": "label"}], {"description": "OK"})
    overlay = {
        "operations": {
            "findThings": {
                "parameters": {"label": {"schema": {"type": "string"}}},
                "responses": {
                    "200": {
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        }
                    }
                },
            }
        }
    }
    result = run(tmp_path, document, "--strict", overlay=overlay)
    assert result.returncode == 0, result.stderr


def test_operations_the_overlay_does_not_mention_are_reported(tmp_path: Path) -> None:
    result = run(tmp_path, swagger([TYPED], TYPED_RESPONSE), overlay={"operations": {}})
    assert "1 operations the overlay does not mention: findThings" in result.stderr


def test_every_stale_overlay_entry_is_named_in_one_line(tmp_path: Path) -> None:
    overlay = {
        "operations": {
            "gone": {},
            "alsoGone": {},
            "findThings": {"parameters": {"renamed": {"schema": {"type": "string"}}}},
        }
    }
    result = run(tmp_path, swagger([TYPED], TYPED_RESPONSE), overlay=overlay)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    for name in ("'gone'", "'alsoGone'", "'renamed'"):
        assert name in lines[0]


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ([], "spec/callfire-v2.swagger.yaml --overlay spec/overlay.yaml -o"),
        (["SPEC=other.yaml", "OVERLAY="], "spec/convert.py other.yaml -o"),
        (
            ["SPEC=other.json", "OVERLAY=mine.yaml", "STRICT=1"],
            "other.json --overlay mine.yaml --strict",
        ),
    ],
)
def test_make_generate_takes_the_spec_the_overlay_and_strict(
    variables: list[str], expected: str
) -> None:
    dry_run = subprocess.run(
        ["make", "-n", "-o", ".venv/.installed", "generate", *variables],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert expected in " ".join(dry_run.stdout.split())

"""pyright --strict accepts the model-reading example, and sees the types it reads.

`make typecheck` runs mypy --strict on examples/; this is the same check with the other type
checker users' IDEs run. Like mypy, pyright cannot follow setuptools' editable-install import
hook, so it checks the package in the vendored layout (callfire_async/ with custom/ inside),
made of symlinks. Skipped where pyright (the dev extra's `pyright` package) is not installed.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from support import ROOT

EXAMPLE = ROOT / "examples" / "reading_models.py"

# Without narrowing, each of these reads is an error: proof that pyright resolved the models
# (an unresolved import would leave every type Unknown and prove nothing).
UNNARROWED = """\
from callfire_async.models import Call, Contact, ResourceIdList


def read(contact: Contact, call: Call, ids: ResourceIdList) -> None:
    print(contact.first_name.upper(), call.created.year, len(ids.items))
"""


def pyright() -> str:
    found = shutil.which("pyright", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyright"
    )
    if found is None:
        pytest.skip("pyright is not installed (pip install -e '.[dev]')")
    return found


def run_strict(folder: Path, files: list[str]) -> subprocess.CompletedProcess[str]:
    package = folder / "callfire_async"
    package.mkdir()
    for entry in (ROOT / "callfire_async").iterdir():
        (package / entry.name).symlink_to(entry)
    (package / "custom").symlink_to(ROOT / "custom")
    config = {"typeCheckingMode": "strict", "pythonVersion": "3.11", "include": files}
    (folder / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    return subprocess.run(
        [pyright(), "--pythonpath", sys.executable, "--outputjson"],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def diagnostics(result: subprocess.CompletedProcess[str]) -> list[dict[str, object]]:
    report = json.loads(result.stdout)
    return [d for d in report["generalDiagnostics"] if d["severity"] == "error"]


def test_the_example_reads_models_with_no_narrowing_beyond_is_not_none(tmp_path: Path) -> None:
    (tmp_path / "reading_models.py").symlink_to(EXAMPLE)
    (tmp_path / "unnarrowed.py").write_text(UNNARROWED, encoding="utf-8")

    result = run_strict(tmp_path, ["reading_models.py", "unnarrowed.py"])

    errors = diagnostics(result)
    in_example = [e for e in errors if str(e["file"]).endswith("reading_models.py")]
    assert in_example == [], in_example
    unnarrowed = sorted(str(e["rule"]) for e in errors if str(e["file"]).endswith("unnarrowed.py"))
    assert unnarrowed == [
        "reportArgumentType",
        "reportOptionalMemberAccess",
        "reportOptionalMemberAccess",
    ], errors


OPTIONS_EXAMPLE = ROOT / "examples" / "options_and_raw.py"

# A wrong expectation must fail: proof that pyright checks the example's assert_type calls
# against what it inferred from the facade (not against Unknown).
WRONG_EXPECTATION = """\
from typing import assert_type

from callfire_async import CallFire
from callfire_async.models import ContactPage


async def probe(cf: CallFire) -> None:
    raw = await cf.with_raw_response.contacts.get_contact(1, timeout=5.0)
    assert_type(raw.parse(), ContactPage)
"""


def test_the_options_example_infers_the_raw_responses_model(tmp_path: Path) -> None:
    (tmp_path / "options_and_raw.py").symlink_to(OPTIONS_EXAMPLE)
    (tmp_path / "wrong.py").write_text(WRONG_EXPECTATION, encoding="utf-8")

    result = run_strict(tmp_path, ["options_and_raw.py", "wrong.py"])

    errors = diagnostics(result)
    in_example = [e for e in errors if str(e["file"]).endswith("options_and_raw.py")]
    assert in_example == [], in_example
    wrong = [str(e["rule"]) for e in errors if str(e["file"]).endswith("wrong.py")]
    assert wrong == ["reportAssertTypeFailure"], errors

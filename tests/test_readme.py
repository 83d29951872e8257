"""Every Python code block of the README runs, against the fake CallFire.

The blocks are read from README.md when the tests are collected, so a block added to the README
is tested without touching this file. Each runs in its own interpreter, in a temporary folder:

- a block that defines `test_*` functions is a pytest example: it runs under pytest with the
  package's own fixtures (the entry point, no conftest);
- any other block is a script (top-level `await` allowed), run with CALLFIRE_BASE_URL,
  CALLFIRE_USERNAME and CALLFIRE_PASSWORD pointing at a running fake that holds
  `SEEDED_PER_KIND` contacts, calls, recordings (of answered calls) and sounds. Their ids are
  the fake's own (as on a real account, no literal id is known to exist): a block finds the ids
  it works with through the API.

Shell blocks (```sh, indented commands) are not run.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from support import ROOT

from callfire_async.custom.fake import RunningFakeCallFire

README = ROOT / "README.md"
PYTHON_FENCE = re.compile(r"^```(?:python|py|python3)\s*$")
SEEDED_PER_KIND = 100
# Small recordings: a block that downloads one needs bytes, not size.
SEEDED_RECORDING_BYTES = 16 * 1024


@dataclass(frozen=True)
class CodeBlock:
    line: int  # of the first code line in README.md
    code: str

    @property
    def is_pytest_example(self) -> bool:
        return any(
            isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            and node.name.startswith("test_")
            for node in ast.parse(self.code).body
        )


def python_blocks(markdown: str) -> list[CodeBlock]:
    blocks: list[CodeBlock] = []
    lines = markdown.splitlines()
    index = 0
    while index < len(lines):
        if PYTHON_FENCE.match(lines[index]):
            start = index + 1
            end = start
            while end < len(lines) and not lines[end].startswith("```"):
                end += 1
            assert end < len(lines), f"README.md:{index + 1}: unclosed code block"
            blocks.append(CodeBlock(line=start + 1, code="\n".join(lines[start:end]) + "\n"))
            index = end
        index += 1
    return blocks


BLOCKS = python_blocks(README.read_text())

# Runs a script block: compiled as README.md's own lines (tracebacks point into the README),
# with top-level `await` allowed, in which case the block runs in an event loop.
SCRIPT_RUNNER = """
import ast, asyncio, inspect, sys
path, first_line = sys.argv[1], int(sys.argv[2])
source = "\\n" * (first_line - 1) + open(path).read()
code = compile(source, "README.md", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
result = eval(code, {"__name__": "__main__"})
if inspect.iscoroutine(result):
    asyncio.run(result)
"""


def test_the_readme_has_python_blocks() -> None:
    # Guards the extraction itself: a README whose blocks stopped matching would test nothing.
    fences = sum(1 for line in README.read_text().splitlines() if line.startswith("```py"))
    assert len(BLOCKS) == fences >= 1


def _seed_every_kind(fake: RunningFakeCallFire) -> None:
    # Recordings first: each comes with an answered call, so the first calls a block finds
    # have recordings to download.
    fake.seed_recordings(SEEDED_PER_KIND, size_bytes=SEEDED_RECORDING_BYTES)
    fake.seed_calls(SEEDED_PER_KIND)
    fake.seed_contacts(SEEDED_PER_KIND)
    fake.seed_sounds(SEEDED_PER_KIND)


def _child_environment(extra: dict[str, str]) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("CALLFIRE_")}
    return {**env, **extra}


@pytest.mark.parametrize("block", BLOCKS, ids=[f"README.md:{block.line}" for block in BLOCKS])
def test_readme_block_runs(
    block: CodeBlock, callfire_fake: RunningFakeCallFire, tmp_path: Path
) -> None:
    if block.is_pytest_example:
        test_file = tmp_path / "test_readme_example.py"
        test_file.write_text(block.code)
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(test_file)]
        env = _child_environment({})
    else:
        _seed_every_kind(callfire_fake)
        script = tmp_path / "readme_block.py"
        script.write_text(block.code)
        command = [sys.executable, "-c", SCRIPT_RUNNER, str(script), str(block.line)]
        env = _child_environment(callfire_fake.env())
    result = subprocess.run(
        command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, f"README.md:{block.line}\n{result.stdout}\n{result.stderr}"
    assert callfire_fake.server_errors == []

"""Write the OpenAPI document into the generated package as a Python module.

    python spec/embed_document.py OPENAPI.yaml PACKAGE/openapi_document.py

The fake CallFire serves every operation of the spec the SDK was generated from: the operations it
does not model statefully are answered from this document (see custom/fake/spec_answers.py). A
Python module, unlike a data file, ships in every wheel and vendored copy with no packaging
settings. The JSON text is written one line per string literal so that a spec change reads as a
small diff.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

HEADER = '''"""The OpenAPI document this package was generated from (written by `make generate`)."""

import json
from typing import Any

DOCUMENT: dict[str, Any] = json.loads(
'''


def module_text(document: object) -> str:
    lines = json.dumps(document, indent=1, ensure_ascii=True).splitlines(keepends=True)
    literals = "".join(f"    {json.dumps(line)}\n" for line in lines)
    return HEADER + literals + ")\n"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: embed_document.py OPENAPI.yaml OUTPUT.py", file=sys.stderr)
        return 2
    document = yaml.safe_load(Path(argv[0]).read_text(encoding="utf-8"))
    Path(argv[1]).write_text(module_text(document), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

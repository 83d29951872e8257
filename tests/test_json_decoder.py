"""The JSON decoder: orjson when the `fast` extra is installed, the standard library otherwise,
with the same models either way."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from callfire_async.models import Call, CallState
from callfire_async.types import json_loads

_DOCUMENT = json.dumps(
    {
        "id": 7,
        "state": "FINISHED",
        "created": 1796291606005,
        "records": [{"id": 8, "originateTime": 1796291606005, "result": "LA"}],
        "futureField": {"nested": [1, 2]},
    }
)

# Run in a fresh interpreter in which `import orjson` fails, as it does without the extra.
_WITHOUT_ORJSON = f"""
import json, sys
sys.modules["orjson"] = None
from callfire_async.models import Call
from callfire_async.types import json_loads
assert json_loads.__wrapped__ is json.loads, json_loads
call = Call.from_json({_DOCUMENT!r}.encode())
print(call.to_json())
"""


def test_without_orjson_the_standard_library_parses_the_same_models() -> None:
    completed = subprocess.run(
        [sys.executable, "-c", _WITHOUT_ORJSON], capture_output=True, text=True, check=True
    )
    assert json.loads(completed.stdout) == json.loads(Call.from_json(_DOCUMENT).to_json())
    assert json.loads(completed.stdout) == json.loads(_DOCUMENT)


def test_the_decoder_in_use_reads_str_and_bytes_alike() -> None:
    from_text = Call.from_json(_DOCUMENT)
    assert from_text == Call.from_json(_DOCUMENT.encode())
    assert from_text.state is CallState.FINISHED
    assert from_text.records is not None
    assert from_text.records[0].originate_time == from_text.created
    assert from_text["futureField"] == {"nested": [1, 2]}


@pytest.mark.parametrize("document", ["{", b'{"id": 1,}', "[1, 2"])
def test_a_malformed_document_raises_value_error_whichever_decoder(document: str | bytes) -> None:
    with pytest.raises(ValueError):
        json_loads(document)

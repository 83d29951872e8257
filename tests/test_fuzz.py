"""Property-based requests against the fake CallFire as a real server (schemathesis).

For every operation of spec/callfire-v2.openapi.yaml, schemathesis generates
requests from the spec (valid and invalid ones), sends them to the fake on
127.0.0.1 with Basic auth and checks each answer: never a 5xx, a status code
the spec documents, a content type it declares and a body matching its schema.
The same answers also go through the strict validator of the other tests,
which rejects fields the spec does not declare. The example count per
operation is bounded so that the whole run stays within about a minute.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
import schemathesis
import yaml
from hypothesis import HealthCheck, Phase, settings
from openapi_validation import spec_validator
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from callfire_async.custom.fake import FakeCallFire

pytestmark = pytest.mark.fuzz

SPEC = Path(__file__).resolve().parent.parent / "spec" / "callfire-v2.openapi.yaml"
EXAMPLES_PER_OPERATION = 12

schema = schemathesis.openapi.from_path(SPEC)


@pytest.fixture
def fuzz_session(callfire_credentials: tuple[str, str]) -> Iterator[requests.Session]:
    with requests.Session() as session:
        session.auth = callfire_credentials
        yield session


@pytest.fixture
def seeded_fake(callfire_fake: FakeCallFire) -> FakeCallFire:
    # Some generated ids then name existing resources, so not every answer is a 404.
    callfire_fake.seed_contacts(20)
    callfire_fake.seed_calls(5)
    callfire_fake.seed_recordings(2, size_bytes=4096)
    callfire_fake.seed_sounds(3)
    return callfire_fake


def test_the_fuzzed_schema_holds_every_operation() -> None:
    operations = [result.ok() for result in schema.get_all_operations()]
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    expected = [
        op for item in document["paths"].values() for method, op in item.items()
        if method in ("get", "put", "post", "delete", "patch")
    ]  # fmt: skip
    assert len(operations) == len(expected)


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    derandomize=True,  # the same requests on every run: a failure is reproducible
    database=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
        HealthCheck.data_too_large,
    ],
)
def test_fake_answers_conform_to_the_spec(
    case: schemathesis.Case,
    seeded_fake: FakeCallFire,
    callfire_fake_url: str,
    fuzz_session: requests.Session,
) -> None:
    response = case.call_and_validate(
        base_url=callfire_fake_url,
        session=fuzz_session,
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_schema_conformance,
        ],
        timeout=10,
    )
    assert seeded_fake.server_errors == [], "\n".join(seeded_fake.server_errors)
    content_type = response.headers.get("content-type", [None])[0]
    is_audio = (content_type or "").startswith("audio/")
    spec_validator().validate(
        case.method,
        "/v2" + case.formatted_path,
        response.status_code,
        content_type,
        b"" if is_audio else response.content,
    )

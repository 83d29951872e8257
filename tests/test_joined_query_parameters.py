"""Query arrays sent as one delimited value (Swagger's csv, CallFire's `states=READY,FINISHED`)
and query arrays sent repeated (Swagger's multi, `id=1&id=2`): the rule in spec/rules.py on small
documents, the generated SDK against the seed's own description, and the wire against the fake."""

from __future__ import annotations

import importlib
import inspect
import sys
from typing import Any
from urllib.parse import parse_qs

import pytest
import yaml
from support import ROOT

from callfire_async.custom import CallFire
from callfire_async.custom.fake import RunningFakeCallFire
from callfire_async.models import CallResult, CallState

sys.path.insert(0, str(ROOT / "spec"))
import convert
import rules

SEED_OPENAPI = ROOT / "spec" / "callfire-v2.openapi.yaml"


def joined_of(parameters: list[dict[str, Any]], path_parameters: Any = None) -> dict[str, str]:
    """What the rule writes onto the 2xx response of a one-operation Swagger 2.0 document."""
    item: dict[str, Any] = {
        "get": {
            "operationId": "op",
            "parameters": parameters,
            "responses": {"200": {"description": "OK"}},
        }
    }
    if path_parameters:
        item["parameters"] = path_parameters
    swagger = {"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {"/a": item}}
    document = convert.convert_document(swagger)
    rules.normalise(document, swagger)
    rules.annotate_kinds(document)
    response = document["paths"]["/a"]["get"]["responses"]["200"]
    return dict(response.get(rules.JOINED_QUERY_KEY) or {})


def query_array(name: str, **extra: Any) -> dict[str, Any]:
    return {"in": "query", "name": name, "type": "array", "items": {"type": "string"}, **extra}


@pytest.mark.parametrize(
    ("collection_format", "delimiter"),
    [(None, ","), ("csv", ","), ("ssv", " "), ("pipes", "|")],
)
def test_a_non_exploded_query_array_is_joined_with_its_delimiter(
    collection_format: str | None, delimiter: str
) -> None:
    extra = {"collectionFormat": collection_format} if collection_format else {}
    assert joined_of([query_array("states", **extra)]) == {"states": delimiter}


def test_multi_arrays_scalars_and_non_query_arrays_are_not_joined() -> None:
    parameters = [
        query_array("id", collectionFormat="multi"),
        {"in": "query", "name": "states", "type": "string"},
        {"in": "header", "name": "X-Tags", "type": "array", "items": {"type": "string"}},
    ]
    assert joined_of(parameters) == {}


def test_an_operation_parameter_overrides_the_path_parameter_of_its_name() -> None:
    path_level = [query_array("ids"), query_array("tags", collectionFormat="multi")]
    own = [query_array("ids", collectionFormat="multi"), query_array("tags")]
    assert joined_of(own, path_parameters=path_level) == {"tags": ","}


def test_openapi_3_explode_defaults_and_referenced_parameters() -> None:
    array = {"type": "array", "items": {"type": "string"}}
    document: dict[str, Any] = {
        "components": {
            "parameters": {
                "Tags": {"in": "query", "name": "tags", "schema": array, "explode": False}
            },
            "schemas": {"Names": array},
        }
    }
    operation = {
        "parameters": [
            {"$ref": "#/components/parameters/Tags"},
            {"in": "query", "name": "form_default", "schema": array},  # form explodes by default
            {"in": "query", "name": "piped", "schema": array, "style": "pipeDelimited"},
            {
                "in": "query",
                "name": "piped_exploded",
                "schema": array,
                "style": "pipeDelimited",
                "explode": True,
            },
            {
                "in": "query",
                "name": "by_ref",
                "schema": {"$ref": "#/components/schemas/Names"},
                "explode": False,
            },
        ]
    }
    assert rules.joined_query_parameters(document, {}, operation) == {
        "tags": ",",
        "piped": "|",
        "by_ref": ",",
    }


def seed_query_arrays() -> list[tuple[str, dict[str, Any], str | None]]:
    """(operationId, parameter, delimiter or None) for every query array of the seed."""
    document = yaml.safe_load(SEED_OPENAPI.read_text())
    found = []
    for item in document["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            joined = rules.joined_query_parameters(document, item, operation)
            for parameter in operation.get("parameters") or []:
                if parameter.get("in") == "query" and parameter["schema"].get("type") == "array":
                    found.append(
                        (operation["operationId"], parameter, joined.get(parameter["name"]))
                    )
    return found


def facade_method(operation_id: str) -> Any:
    for tag in ("calls", "campaigns", "contacts"):
        package = importlib.import_module(f"callfire_async.api.{tag}")
        for value in vars(package).values():
            if inspect.isclass(value) and value.__name__.endswith("Api"):
                for name, method in inspect.getmembers(value, inspect.isfunction):
                    if name.replace("_", "") == operation_id.lower():
                        return method
    raise LookupError(operation_id)


def test_the_seed_joins_call_states_and_results_and_repeats_id_lists() -> None:
    arrays = {
        (op, parameter["name"]): delimiter for op, parameter, delimiter in seed_query_arrays()
    }
    assert arrays[("findCalls", "states")] == ","
    assert arrays[("findCalls", "results")] == ","
    assert arrays[("findCalls", "id")] is None


@pytest.mark.parametrize(
    ("operation_id", "parameter", "delimiter"),
    [pytest.param(*case, id=f"{case[0]}.{case[1]['name']}") for case in seed_query_arrays()],
)
def test_a_joined_query_array_also_takes_a_string_and_a_repeated_one_does_not(
    operation_id: str, parameter: dict[str, Any], delimiter: str | None
) -> None:
    method = facade_method(operation_id)
    python_name = convert_name(parameter["name"])
    annotation = str(inspect.signature(method).parameters[python_name].annotation)
    alternatives = [part.strip() for part in annotation.split("|")]
    assert alternatives[0].startswith("list["), annotation
    assert ("str" in alternatives) == (delimiter is not None), annotation


def convert_name(name: str) -> str:
    return "".join("_" + c.lower() if c.isupper() else c for c in name)


def find_calls_query(fake: RunningFakeCallFire) -> str:
    """The raw query string of the one findCalls request the fake received."""
    (request,) = [r for r in fake.requests if r.method == "GET" and r.path == "/v2/calls"]
    return request.query


def sent_query(fake: RunningFakeCallFire) -> dict[str, list[str]]:
    return parse_qs(find_calls_query(fake))


@pytest.fixture
def calls_by_state(callfire_fake: RunningFakeCallFire) -> dict[str, int]:
    ready, finished, invalid = callfire_fake.seed_calls(3)
    callfire_fake.store.calls[ready]["state"] = "READY"
    callfire_fake.store.calls[invalid]["state"] = "INVALID"
    assert callfire_fake.store.calls[finished]["state"] == "FINISHED"
    callfire_fake.request_log.clear()
    return {"READY": ready, "FINISHED": finished, "INVALID": invalid}


@pytest.mark.anyio
@pytest.mark.parametrize(
    "states",
    [
        [CallState.READY, CallState.FINISHED],
        ["READY", "FINISHED"],
        "READY,FINISHED",
    ],
    ids=["enum-members", "list-of-str", "one-string"],
)
async def test_call_states_are_sent_comma_separated_and_filter(
    callfire_client: CallFire,
    callfire_fake: RunningFakeCallFire,
    calls_by_state: dict[str, int],
    states: Any,
) -> None:
    page = await callfire_client.calls.find_calls(states=states)

    assert sent_query(callfire_fake)["states"] == ["READY,FINISHED"]  # one value, not repeated
    found = sorted(call.id for call in page.items or [] if call.id is not None)
    assert found == sorted([calls_by_state["READY"], calls_by_state["FINISHED"]])


@pytest.mark.anyio
async def test_call_results_are_sent_comma_separated_and_filter(
    callfire_client: CallFire, callfire_fake: RunningFakeCallFire
) -> None:
    ids = callfire_fake.seed_calls(9)  # the fake's result follows the number's last digit
    by_result = {callfire_fake.store.calls[i]["finalCallResult"]: i for i in ids}
    callfire_fake.request_log.clear()

    page = await callfire_client.calls.find_calls(results=[CallResult.BUSY, CallResult.AM])

    assert sent_query(callfire_fake)["results"] == ["BUSY,AM"]
    assert {call.final_call_result for call in page.items or []} == {
        CallResult.BUSY,
        CallResult.AM,
    }
    assert {call.id for call in page.items or []} >= {by_result["BUSY"], by_result["AM"]}


@pytest.mark.anyio
async def test_a_multi_id_list_is_still_sent_repeated(
    callfire_client: CallFire, callfire_fake: RunningFakeCallFire
) -> None:
    first, _, third = callfire_fake.seed_calls(3)
    callfire_fake.request_log.clear()

    page = await callfire_client.calls.find_calls(id=[first, third])

    assert f"id={first}&id={third}" in find_calls_query(callfire_fake)
    assert [call.id for call in page.items or []] == [first, third]

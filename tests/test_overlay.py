"""spec/overlay.py: the overlay changes only what it names, and names every stale entry."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from support import ROOT

sys.path.insert(0, str(ROOT / "spec"))
import convert
from overlay import OverlayError, apply_overlay


def find_things(parameters: list[dict[str, Any]], operation_id: str = "findThings") -> Any:
    return {"operationId": operation_id, "parameters": parameters,
            "responses": {"200": {"description": "OK"}}}  # fmt: skip


def document(**operations: dict[str, Any]) -> dict[str, Any]:
    paths = {f"/{name}": {"get": op} for name, op in operations.items()}
    swagger = {"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": paths}
    return convert.convert_document(swagger)


def parameters_of(doc: dict[str, Any], path: str) -> dict[str, Any]:
    return {p["name"]: p for p in doc["paths"][path]["get"]["parameters"]}


def test_an_operation_patch_wins_over_the_shared_one() -> None:
    doc = document(c=find_things([{"in": "query", "name": "id"}, {"in": "query", "name": "limit"}]))
    apply_overlay(
        doc,
        {
            "allOperations": {
                "parameters": {
                    "limit": {"schema": {"type": "integer"}},
                    "id": {"schema": {"type": "number"}},
                }
            },
            "operations": {
                "findThings": {
                    "parameters": {
                        "id": {
                            "schema": {"type": "array", "items": {"type": "integer"}},
                            "style": "form",
                            "explode": True,
                        }
                    }
                }
            },
        },
    )
    params = parameters_of(doc, "/c")
    assert params["limit"]["schema"] == {"type": "integer"}
    assert params["id"]["schema"]["type"] == "array"
    assert params["id"]["explode"] is True


def test_a_shared_parameter_patch_does_not_leak_into_parameters_of_another_shape() -> None:
    """A path `id` patch must not turn a typed query list into a required integer, and a typed
    `limit` keeps its own default."""
    typed_list = {"in": "query", "name": "id", "type": "array", "items": {"type": "integer"}}
    typed_limit = {"in": "query", "name": "limit", "type": "integer", "default": 100}
    doc = document(
        texts=find_things([typed_list, typed_limit], "findTexts"),
        things=find_things([{"in": "path", "name": "id", "required": True}], "getThing"),
    )
    doc["paths"]["/things/{id}"] = doc["paths"].pop("/things")
    apply_overlay(
        doc,
        {
            "allOperations": {
                "parameters": {
                    "id": {"in": "path", "required": True, "schema": {"type": "integer"}},
                    "limit": {"schema": {"type": "integer", "format": "int32"}},
                }
            }
        },
    )
    texts = parameters_of(doc, "/texts")
    assert texts["id"]["schema"] == {"type": "array", "items": {"type": "integer"}}
    assert "required" not in texts["id"]
    assert texts["limit"]["schema"] == {"type": "integer", "default": 100}
    assert parameters_of(doc, "/things/{id}")["id"]["schema"] == {"type": "integer"}


def test_a_query_parameter_of_the_patched_name_is_not_a_path_parameter() -> None:
    doc = document(c=find_things([{"in": "query", "name": "id"}]))
    path_id = {"in": "path", "required": True, "schema": {"type": "integer"}}
    apply_overlay(doc, {"allOperations": {"parameters": {"id": path_id}}})
    assert parameters_of(doc, "/c")["id"] == {
        "name": "id",
        "in": "query",
        "schema": {"type": "string"},
    }


def test_a_content_patch_replaces_the_declared_media_types() -> None:
    doc = document(c=find_things([]))
    doc["paths"]["/c"]["get"]["responses"]["200"]["content"] = {
        "application/json": {"schema": {"type": "object"}}
    }
    audio = {"audio/mpeg": {"schema": {"type": "string", "format": "binary"}}}
    apply_overlay(doc, {"operations": {"findThings": {"responses": {"200": {"content": audio}}}}})
    assert doc["paths"]["/c"]["get"]["responses"]["200"]["content"] == audio


def test_every_stale_entry_is_named_in_one_line() -> None:
    doc = document(c=find_things([{"in": "query", "name": "id"}]))
    overlay = {
        "operations": {
            "goneOne": {},
            "goneTwo": {},
            "findThings": {"parameters": {"renamed": {"schema": {"type": "string"}}}},
        }
    }
    with pytest.raises(OverlayError) as raised:
        apply_overlay(doc, overlay)
    message = str(raised.value)
    assert "\n" not in message
    assert "3 stale entries" in message
    for name in ("'goneOne'", "'goneTwo'", "'renamed'"):
        assert name in message


def test_an_implicit_global_parameter_patch_is_refused() -> None:
    with pytest.raises(OverlayError, match="allOperations"):
        apply_overlay(document(c=find_things([])), {"parameters": {"id": {}}})


@pytest.mark.parametrize(
    ("overlay", "message"),
    [
        ({"operations": {"nope": {}}}, "no operation with operationId 'nope'"),
        ({"operations": {"findThings": {"parameters": {"zzz": {}}}}}, "has no parameter 'zzz'"),
        ({"bogus": 1}, "unknown top-level keys"),
    ],
)
def test_overlay_mistakes_are_reported(overlay: dict[str, Any], message: str) -> None:
    with pytest.raises(OverlayError, match=message):
        apply_overlay(document(c=find_things([])), overlay)


def test_responses_merge_and_null_deletes() -> None:
    doc = document(c=find_things([]))
    thing = {"$ref": "#/components/schemas/Thing"}
    apply_overlay(
        doc,
        {
            "components": {"schemas": {"Thing": {"type": "object"}}},
            "allOperations": {"responses": {"404": {"description": "missing"}}},
            "operations": {
                "findThings": {
                    "responses": {
                        "200": {"content": {"application/json": {"schema": thing}}},
                        "404": None,
                    }
                }
            },
        },
    )  # fmt: skip
    responses = doc["paths"]["/c"]["get"]["responses"]
    assert responses["200"]["description"] == "OK"  # merged, not replaced
    assert "404" not in responses
    convert.check_document(doc)


def test_an_overlay_adds_a_parameter_the_source_lacks() -> None:
    doc = document(c=find_things([{"in": "query", "name": "id"}]))
    addition = {"orderBy": {"in": "query", "schema": {"type": "string"}}}
    apply_overlay(doc, {"operations": {"findThings": {"parameters": addition}}})
    assert list(parameters_of(doc, "/c")) == ["id", "orderBy"]

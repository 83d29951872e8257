"""spec/rules.py and spec/kinds.py: the general rules that make any Swagger 2.0 file generate, and
the kind each operation gets, on small documents."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from support import ROOT

sys.path.insert(0, str(ROOT / "spec"))
import convert
import kinds
import rules

# Takes its operations from the spec: rerun in a regenerated copy by tests/test_seed_edit.py.
pytestmark = pytest.mark.spec_driven

BINARY = {"type": "string", "format": "binary"}


def built(paths: dict[str, Any], definitions: dict[str, Any] | None = None) -> dict[str, Any]:
    swagger = {"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": paths}
    if definitions:
        swagger["definitions"] = definitions
    document = convert.convert_document(swagger)
    unknown = rules.normalise(document, swagger)
    convert.flatten_all_of(document)
    rules.annotate_kinds(document)
    convert.check_document(document)
    document["x-unknown"] = unknown
    return document


def get(path: str, **operation: Any) -> dict[str, Any]:
    operation.setdefault("operationId", "op")
    operation.setdefault("responses", {"200": {"description": "OK"}})
    return {path: {"get": operation}}


def only(document: dict[str, Any]) -> tuple[kinds.Operation, dict[str, Any]]:
    (operation,) = kinds.operations(document)
    raw = document["paths"][operation.path][operation.method.lower()]
    return operation, raw


STREAM = {"InputStream": {"type": "object", "description": "~"}}


@pytest.mark.parametrize(
    ("path", "operation", "declared"),
    [
        ("/a", {"produces": ["audio/mpeg"]}, ["audio/mpeg"]),
        ("/a", {"produces": ["image/png", "video/mp4"]}, ["image/png", "video/mp4"]),
        ("/a", {"produces": ["application/binary"]}, ["application/binary"]),
        (
            "/a",
            {
                "responses": {
                    "200": {"description": "OK", "schema": {"$ref": "#/definitions/InputStream"}}
                }
            },
            ["application/octet-stream"],
        ),
        # A media file path declaring JSON (CallFire's /calls/recordings/{id}.mp3): the path wins.
        (
            "/r/{id}.mp3",
            {"parameters": [{"in": "path", "name": "id", "type": "integer"}]},
            ["audio/mpeg"],
        ),
    ],
    ids=["audio", "image-video", "application-binary", "stream-placeholder", "mp3-path"],
)
def test_byte_streams_are_recognised_from_the_description(
    path: str, operation: dict[str, Any], declared: list[str]
) -> None:
    document = built(get(path, **operation), STREAM)
    found, raw = only(document)
    assert found.kind == "download"
    response = raw["responses"]["200"]
    assert response["content"] == {"application/octet-stream": {"schema": BINARY}}
    assert response["x-byte-stream-types"] == declared
    assert response["x-operation-kind"] == "download"


def test_an_object_with_properties_is_not_a_stream() -> None:
    definitions = {"Thing": {"type": "object", "properties": {"id": {"type": "integer"}}}}
    response = {"description": "OK", "schema": {"$ref": "#/definitions/Thing"}}
    found, _ = only(built(get("/a", responses={"200": response}), definitions))
    assert found.kind == "plain"


def test_an_operation_without_a_2xx_response_succeeds_on_200_and_204_without_a_body() -> None:
    responses = {"404": {"description": "missing"}}
    found, raw = only(built(get("/a", responses=responses)))
    assert found.kind == "bodiless"
    assert set(raw["responses"]) == {"404", "200", "204"}
    assert "content" not in raw["responses"]["200"] and "content" not in raw["responses"]["204"]


def test_error_responses_are_json_whatever_the_operation_produces() -> None:
    error = {"ErrorResponse": {"type": "object", "properties": {"message": {"type": "string"}}}}
    responses = {
        "200": {"description": "OK", "schema": {"type": "file"}},
        "404": {"description": "missing", "schema": {"$ref": "#/definitions/ErrorResponse"}},
    }
    _, raw = only(built(get("/a", produces=["image/png"], responses=responses), error))
    assert list(raw["responses"]["404"]["content"]) == ["application/json"]


def test_unknown_content_types_never_stop_generation_and_are_reported() -> None:
    definitions = {"Thing": {"type": "object", "properties": {"id": {"type": "integer"}}}}
    thing = {"description": "OK", "schema": {"$ref": "#/definitions/Thing"}}
    paths = {
        **get("/both", operationId="both", produces=["application/xml", "application/json"],
              responses={"200": thing}),
        **get("/xml", operationId="xml", produces=["application/xml"], responses={"200": thing}),
    }  # fmt: skip
    document = built(paths, definitions)
    by_id = {op.operation_id: op for op in kinds.operations(document)}
    assert by_id["both"].kind == "plain"
    assert list(document["paths"]["/both"]["get"]["responses"]["200"]["content"]) == [
        "application/json"
    ]
    assert by_id["xml"].kind == "download"
    assert document["x-unknown"] == [
        "both: response type application/xml dropped beside application/json",
        "xml: response type application/xml taken as bytes",
    ]


def test_pages_uploads_and_plain_operations() -> None:
    definitions = {
        "Page": {
            "type": "object",
            "properties": {
                "items": {"type": "array", "items": {"type": "object"}},
                "limit": {"type": "integer"},
                "offset": {"type": "integer"},
                "totalCount": {"type": "integer"},
            },
        },
        "Thing": {"type": "object", "properties": {"id": {"type": "integer"}}},
        "ThingPage": {
            "allOf": [
                {"$ref": "#/definitions/Page"},
                {
                    "properties": {
                        "items": {"type": "array", "items": {"$ref": "#/definitions/Thing"}}
                    }
                },
            ]
        },
    }
    page = {"description": "OK", "schema": {"$ref": "#/definitions/ThingPage"}}
    thing = {"description": "OK", "schema": {"$ref": "#/definitions/Thing"}}
    upload = {
        "operationId": "upload",
        "consumes": ["multipart/form-data"],
        "parameters": [{"in": "formData", "name": "file", "type": "file"}],
        "responses": {"200": thing},
    }
    id_parameter = {"in": "path", "name": "id", "type": "integer"}
    paths = {
        **get("/things", operationId="find", responses={"200": page}),
        **get("/things/{id}", operationId="get", parameters=[id_parameter],
              responses={"200": thing}),
        "/files": {"post": upload},
    }  # fmt: skip
    found = {op.operation_id: op.kind for op in kinds.operations(built(paths, definitions))}
    assert found == {"find": "paged", "get": "plain", "upload": "upload"}


def test_only_a_get_is_a_download_by_its_path() -> None:
    """`DELETE /sounds/{id}.mp3` deletes; it does not send the MP3 back."""
    id_parameter = {"in": "path", "name": "id", "type": "integer"}
    paths = {
        "/sounds/{id}.mp3": {
            "get": {"operationId": "fetch", "parameters": [id_parameter],
                    "responses": {"200": {"description": "OK"}}},
            "delete": {"operationId": "remove", "parameters": [id_parameter],
                       "responses": {"204": {"description": "gone"}}},
        }
    }  # fmt: skip
    found = {op.operation_id: op.kind for op in kinds.operations(built(paths))}
    assert found == {"fetch": "download", "remove": "bodiless"}

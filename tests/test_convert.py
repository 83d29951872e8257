"""spec/convert.py: each Swagger 2.0 -> OpenAPI 3.0 mapping rule on a small snippet."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate
from support import ROOT, shared_file

sys.path.insert(0, str(ROOT / "spec"))
import convert

CONVERT = ROOT / "spec" / "convert.py"


def swagger(paths: dict[str, Any], **top: Any) -> dict[str, Any]:
    return {"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": paths, **top}


def operation(**fields: Any) -> dict[str, Any]:
    return {"operationId": "op", "responses": {"200": {"description": "OK"}}, **fields}


def converted(document: dict[str, Any]) -> dict[str, Any]:
    result = convert.convert_document(document)
    convert.check_document(result)  # every snippet must also be valid OpenAPI 3.0
    return result


def only_operation(document: dict[str, Any]) -> dict[str, Any]:
    (item,) = document["paths"].values()
    (op,) = item.values()
    assert isinstance(op, dict)
    return op


def test_definitions_become_component_schemas_and_refs_follow() -> None:
    doc = converted(
        swagger(
            {
                "/pets": {
                    "get": operation(
                        responses={
                            "200": {
                                "description": "OK",
                                "schema": {"type": "array", "items": {"$ref": "#/definitions/Pet"}},
                            }
                        }
                    )
                }
            },
            definitions={
                "Pet": {
                    "type": "object",
                    "properties": {
                        "tag": {"$ref": "#/definitions/Tag"},
                        "name": {"type": "string", "x-nullable": True},
                    },
                },
                "Tag": {"type": "string", "enum": ["a", "b"]},
            },
        )
    )
    schemas = doc["components"]["schemas"]
    assert schemas["Pet"]["properties"]["tag"] == {"$ref": "#/components/schemas/Tag"}
    assert schemas["Pet"]["properties"]["name"] == {"type": "string", "nullable": True}
    content = only_operation(doc)["responses"]["200"]["content"]
    assert content["application/json"]["schema"]["items"] == {"$ref": "#/components/schemas/Pet"}


def test_shared_parameters_and_responses() -> None:
    doc = converted(
        swagger(
            {
                "/pets": {
                    "post": operation(
                        parameters=[{"$ref": "#/parameters/limit"}, {"$ref": "#/parameters/pet"}],
                        responses={"404": {"$ref": "#/responses/NotFound"}},
                    )
                }
            },
            parameters={
                "limit": {"in": "query", "name": "limit", "type": "integer", "format": "int32"},
                "pet": {"in": "body", "name": "pet", "schema": {"type": "object"}},
            },
            responses={"NotFound": {"description": "gone"}},
        )
    )
    op = only_operation(doc)
    assert op["parameters"] == [
        {"name": "limit", "in": "query", "schema": {"type": "integer", "format": "int32"}}
    ]
    assert op["requestBody"]["content"]["application/json"]["schema"] == {"type": "object"}
    assert op["responses"]["404"] == {"$ref": "#/components/responses/NotFound"}
    assert doc["components"]["responses"]["NotFound"] == {"description": "gone"}
    assert "limit" in doc["components"]["parameters"]
    assert "pet" in doc["components"]["requestBodies"]


def test_path_level_parameters_apply_unless_the_operation_redefines_them() -> None:
    doc = converted(
        swagger(
            {
                "/pets/{id}": {
                    "parameters": [
                        {"in": "path", "name": "id", "type": "integer"},
                        {"in": "query", "name": "q", "type": "string"},
                    ],
                    "get": operation(parameters=[{"in": "query", "name": "q", "type": "boolean"}]),
                }
            }
        )
    )
    params = {p["name"]: p for p in only_operation(doc)["parameters"]}
    assert params["id"] == {
        "name": "id",
        "in": "path",
        "required": True,
        "schema": {"type": "integer"},
    }
    assert params["q"]["schema"] == {"type": "boolean"}


def test_parameter_keywords_move_into_the_schema() -> None:
    doc = converted(
        swagger(
            {
                "/p": {
                    "get": operation(
                        parameters=[
                            {
                                "in": "query",
                                "name": "n",
                                "type": "integer",
                                "format": "int64",
                                "minimum": 1,
                                "default": 10,
                                "required": True,
                                "description": "d",
                                "x-extra": 1,
                            },
                            {"in": "header", "name": "h", "type": "string", "enum": ["x", "y"]},
                        ]
                    )
                }
            }
        )
    )
    n, h = only_operation(doc)["parameters"]
    assert n == {
        "name": "n",
        "in": "query",
        "description": "d",
        "required": True,
        "schema": {"type": "integer", "format": "int64", "default": 10, "minimum": 1},
        "x-extra": 1,
    }
    assert h["schema"] == {"type": "string", "enum": ["x", "y"]}


def test_a_parameter_without_a_type_becomes_a_string() -> None:
    doc = converted(swagger({"/p": {"get": operation(parameters=[{"in": "query", "name": "x"}])}}))
    assert only_operation(doc)["parameters"][0]["schema"] == {"type": "string"}


@pytest.mark.parametrize(
    ("location", "collection", "style", "explode"),
    [
        ("query", None, "form", False),  # Swagger's default collectionFormat is csv
        ("query", "csv", "form", False),
        ("query", "multi", "form", True),
        ("query", "ssv", "spaceDelimited", False),
        ("query", "pipes", "pipeDelimited", False),
        ("path", "csv", "simple", False),
        ("header", "csv", "simple", False),
    ],
)
def test_collection_format_maps_to_style_and_explode(
    location: str, collection: str | None, style: str, explode: bool
) -> None:
    parameter: dict[str, Any] = {
        "in": location,
        "name": "ids",
        "type": "array",
        "items": {"type": "integer"},
    }
    if collection:
        parameter["collectionFormat"] = collection
    path = "/p/{ids}" if location == "path" else "/p"
    doc = converted(swagger({path: {"get": operation(parameters=[parameter])}}))
    result = only_operation(doc)["parameters"][0]
    assert (result["style"], result["explode"]) == (style, explode)
    assert result["schema"] == {"type": "array", "items": {"type": "integer"}}


def test_tsv_has_no_equivalent_and_stays_visible() -> None:
    doc = converted(
        swagger(
            {
                "/p": {
                    "get": operation(
                        parameters=[
                            {
                                "in": "query",
                                "name": "a",
                                "type": "array",
                                "items": {"type": "string"},
                                "collectionFormat": "tsv",
                            }
                        ]
                    )
                }
            }
        )
    )
    assert only_operation(doc)["parameters"][0]["x-collectionFormat"] == "tsv"


def test_body_becomes_request_body_for_each_consumed_type() -> None:
    doc = converted(
        swagger(
            {
                "/p": {
                    "post": operation(
                        consumes=["application/json", "application/xml"],
                        parameters=[
                            {
                                "in": "body",
                                "name": "payload",
                                "required": True,
                                "description": "the body",
                                "schema": {"type": "array", "items": {"type": "string"}},
                            }
                        ],
                    )
                }
            }
        )
    )
    body = only_operation(doc)["requestBody"]
    assert body["required"] is True
    assert body["description"] == "the body"
    assert set(body["content"]) == {"application/json", "application/xml"}
    assert body["content"]["application/xml"]["schema"]["type"] == "array"


def test_form_data_with_a_file_is_multipart_with_a_binary_property() -> None:
    doc = converted(
        swagger(
            {
                "/up": {
                    "post": operation(
                        parameters=[
                            {"in": "formData", "name": "file", "type": "file", "required": True},
                            {"in": "formData", "name": "name", "type": "string"},
                        ]
                    )
                }
            }
        )
    )
    content = only_operation(doc)["requestBody"]["content"]
    schema = content["multipart/form-data"]["schema"]
    assert schema["properties"]["file"] == {"type": "string", "format": "binary"}
    assert schema["properties"]["name"] == {"type": "string"}
    assert schema["required"] == ["file"]


def test_form_data_without_files_is_urlencoded_unless_multipart_is_consumed() -> None:
    field = {
        "in": "formData",
        "name": "a",
        "type": "array",
        "items": {"type": "string"},
        "collectionFormat": "multi",
    }
    doc = converted(swagger({"/f": {"post": operation(parameters=[field])}}))
    media = only_operation(doc)["requestBody"]["content"]["application/x-www-form-urlencoded"]
    assert media["encoding"] == {"a": {"style": "form", "explode": True}}
    doc = converted(
        swagger({"/f": {"post": operation(consumes=["multipart/form-data"], parameters=[field])}})
    )
    assert "multipart/form-data" in only_operation(doc)["requestBody"]["content"]


def test_responses_use_produces_and_the_operation_overrides_the_global_list() -> None:
    response = {
        "description": "OK",
        "schema": {"type": "string"},
        "headers": {"X-Rate": {"type": "integer"}},
        "examples": {"text/plain": "hello"},
    }
    doc = converted(
        swagger(
            {
                "/a": {"get": operation(responses={"200": response})},
                "/b": {
                    "get": operation(
                        operationId="b", produces=["text/plain"], responses={"200": response}
                    )
                },
            },
            produces=["application/json", "text/plain"],
        )
    )
    a = doc["paths"]["/a"]["get"]["responses"]["200"]
    b = doc["paths"]["/b"]["get"]["responses"]["200"]
    assert list(a["content"]) == ["application/json", "text/plain"]
    assert list(b["content"]) == ["text/plain"]
    assert b["content"]["text/plain"]["example"] == "hello"
    assert a["headers"]["X-Rate"] == {"schema": {"type": "integer"}}


def test_a_response_without_schema_has_no_content() -> None:
    doc = converted(swagger({"/p": {"delete": operation()}}))
    assert only_operation(doc)["responses"]["200"] == {"description": "OK"}


def test_file_responses_become_binary_strings() -> None:
    doc = converted(
        swagger(
            {
                "/f": {
                    "get": operation(
                        produces=["audio/mpeg"],
                        responses={"200": {"description": "OK", "schema": {"type": "file"}}},
                    )
                }
            }
        )
    )
    content = only_operation(doc)["responses"]["200"]["content"]
    assert content == {"audio/mpeg": {"schema": {"type": "string", "format": "binary"}}}


def test_security_definitions_and_servers() -> None:
    doc = converted(
        swagger(
            {"/p": {"get": operation(security=[{"basic": []}])}},
            host="api.example.com",
            basePath="/v2",
            schemes=["https", "http"],
            securityDefinitions={
                "basic": {"type": "basic"},
                "key": {"type": "apiKey", "name": "X-Key", "in": "header"},
                "oauth": {
                    "type": "oauth2",
                    "flow": "accessCode",
                    "authorizationUrl": "https://a",
                    "tokenUrl": "https://t",
                    "scopes": {"read": "r"},
                },
            },
            security=[{"key": []}],
        )
    )
    schemes = doc["components"]["securitySchemes"]
    assert schemes["basic"] == {"type": "http", "scheme": "basic"}
    assert schemes["key"] == {"type": "apiKey", "name": "X-Key", "in": "header"}
    assert schemes["oauth"]["flows"]["authorizationCode"]["tokenUrl"] == "https://t"
    assert doc["servers"] == [
        {"url": "https://api.example.com/v2"},
        {"url": "http://api.example.com/v2"},
    ]
    assert doc["security"] == [{"key": []}]
    assert only_operation(doc)["security"] == [{"basic": []}]


def test_vendor_extensions_are_kept_everywhere() -> None:
    doc = converted(
        swagger(
            {"/p": {"x-path": 1, "get": operation(**{"x-op": 2})}},
            **{"x-top": 3},
            definitions={"S": {"type": "object", "x-schema": 4}},
        )
    )
    assert doc["x-top"] == 3
    assert doc["paths"]["/p"]["x-path"] == 1
    assert doc["paths"]["/p"]["get"]["x-op"] == 2
    assert doc["components"]["schemas"]["S"]["x-schema"] == 4


def test_flatten_all_of_merges_members_later_wins() -> None:
    doc = converted(
        swagger(
            {"/p": {"get": operation()}},
            definitions={
                "Page": {
                    "type": "object",
                    "required": ["limit"],
                    "properties": {
                        "items": {"type": "array", "items": {"type": "object"}},
                        "limit": {"type": "integer"},
                    },
                },
                "ContactPage": {
                    "allOf": [
                        {"$ref": "#/definitions/Page"},
                        {
                            "type": "object",
                            "properties": {
                                "items": {
                                    "type": "array",
                                    "items": {"$ref": "#/definitions/Contact"},
                                }
                            },
                        },
                    ]
                },
                "Contact": {"type": "object"},
            },
        )
    )
    convert.flatten_all_of(doc)
    page = doc["components"]["schemas"]["ContactPage"]
    assert page["properties"]["items"]["items"] == {"$ref": "#/components/schemas/Contact"}
    assert page["required"] == ["limit"]
    assert "allOf" not in page


def flattened(definitions: dict[str, Any]) -> dict[str, Any]:
    doc = converted(swagger({"/p": {"get": operation()}}, definitions=definitions))
    convert.flatten_all_of(doc)
    convert.check_document(doc)
    schemas: dict[str, Any] = doc["components"]["schemas"]
    return schemas


BASE = {
    "type": "object",
    "required": ["id"],
    "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
}


def test_flatten_all_of_keeps_inherited_and_own_properties_and_required() -> None:
    # Swagger 2.0's inheritance pattern: allOf the base, the schema's own properties beside it.
    schemas = flattened(
        {
            "Base": BASE,
            "Derived": {
                "allOf": [{"$ref": "#/definitions/Base"}],
                "required": ["extra"],
                "properties": {"extra": {"type": "integer"}},
                "description": "kept",
            },
        }
    )
    derived = schemas["Derived"]
    assert list(derived["properties"]) == ["id", "name", "extra"]
    assert derived["required"] == ["id", "extra"]
    assert derived["description"] == "kept"
    assert "allOf" not in derived
    assert schemas["Base"] == BASE


def test_flatten_all_of_merges_members_then_the_schema_itself_in_order() -> None:
    schemas = flattened(
        {
            "Base": BASE,
            "Mixin": {"type": "object", "properties": {"tag": {"type": "string"}}},
            "Both": {
                "allOf": [
                    {"$ref": "#/definitions/Base"},
                    {"properties": {"inline": {"type": "boolean"}}, "required": ["inline"]},
                    {"$ref": "#/definitions/Mixin"},
                ],
                "properties": {"own": {"type": "number"}, "name": {"type": "integer"}},
                "required": ["own", "id"],
            },
        }
    )
    both = schemas["Both"]
    assert list(both["properties"]) == ["id", "name", "inline", "tag", "own"]
    assert both["properties"]["name"] == {"type": "integer"}  # the schema's own definition wins
    assert both["required"] == ["id", "inline", "own"]


def test_flatten_all_of_follows_a_chain_through_a_polymorphic_base() -> None:
    # AutoRest's sawshark -> shark -> Fish: every level's fields reach the end of the chain.
    schemas = flattened(
        {
            "Fish": {
                "type": "object",
                "discriminator": "fishtype",
                "required": ["fishtype", "length"],
                "properties": {"fishtype": {"type": "string"}, "length": {"type": "number"}},
            },
            "sawshark": {
                "type": "object",
                "allOf": [{"$ref": "#/definitions/shark"}],
                "properties": {"picture": {"type": "string", "format": "byte"}},
            },
            "shark": {
                "type": "object",
                "allOf": [{"$ref": "#/definitions/Fish"}],
                "required": ["birthday"],
                "properties": {"age": {"type": "integer"}, "birthday": {"type": "string"}},
            },
        }
    )
    saw = schemas["sawshark"]
    assert list(saw["properties"]) == ["fishtype", "length", "age", "birthday", "picture"]
    assert saw["required"] == ["fishtype", "length", "birthday"]
    assert saw["discriminator"] == {"propertyName": "fishtype"}
    assert list(schemas["shark"]["properties"]) == ["fishtype", "length", "age", "birthday"]
    assert schemas["Fish"]["discriminator"] == {"propertyName": "fishtype"}


def test_flatten_all_of_merges_a_member_that_allows_any_further_property() -> None:
    # `additionalProperties: true` is the default: it adds nothing a merge could lose.
    open_base = {**BASE, "additionalProperties": True}
    derived = {"allOf": [{"$ref": "#/definitions/Open"}], "properties": {"x": {}}}
    schemas = flattened({"Open": open_base, "Derived": derived})
    assert list(schemas["Derived"]["properties"]) == ["id", "name", "x"]


def test_flatten_all_of_merges_a_nested_inline_all_of() -> None:
    schemas = flattened(
        {
            "Base": BASE,
            "Outer": {
                "allOf": [
                    {"allOf": [{"$ref": "#/definitions/Base"}, {"properties": {"a": {}}}]},
                    {"properties": {"b": {"type": "string"}}},
                ]
            },
        }
    )
    assert list(schemas["Outer"]["properties"]) == ["id", "name", "a", "b"]
    assert schemas["Outer"]["required"] == ["id"]


@pytest.mark.parametrize(
    "member",
    [
        {"type": "string", "enum": ["a", "b"]},  # allOf used to describe a $ref to an enum
        {"type": "object", "additionalProperties": {"type": "string"}},  # a map
        {"type": "object", "additionalProperties": False, "properties": {"a": {}}},
    ],
)
def test_flatten_all_of_leaves_compositions_it_cannot_merge(member: dict[str, Any]) -> None:
    composed = {"allOf": [{"$ref": "#/definitions/Member"}], "description": "d"}
    schemas = flattened({"Member": member, "Composed": composed})
    assert schemas["Composed"] == {
        "allOf": [{"$ref": "#/components/schemas/Member"}],
        "description": "d",
    }


def test_flatten_all_of_refuses_a_cycle() -> None:
    doc = convert.convert_document(
        swagger(
            {"/p": {"get": operation()}},
            definitions={
                "A": {"allOf": [{"$ref": "#/definitions/B"}]},
                "B": {"allOf": [{"$ref": "#/definitions/A"}]},
            },
        )
    )
    with pytest.raises(convert.ConversionError, match="allOf cycle: A -> B -> A"):
        convert.flatten_all_of(doc)


def test_x_nullable_beside_a_ref_wraps_the_ref_so_the_nullability_counts() -> None:
    # Docker's `Descriptor: {description, x-nullable: true, $ref: OCIDescriptor}` pattern.
    doc = converted(
        swagger(
            {"/p": {"get": operation()}},
            definitions={
                "Image": {
                    "type": "object",
                    "properties": {
                        "descriptor": {
                            "description": "d",
                            "x-nullable": True,
                            "$ref": "#/definitions/Descriptor",
                        },
                        "plain": {"$ref": "#/definitions/Descriptor"},
                        "tags": {"type": "array", "items": {"$ref": "#/definitions/Tag"}},
                    },
                },
                "Descriptor": {"type": "object", "properties": {"size": {"type": "integer"}}},
                "Tag": {"type": "string", "x-nullable": True},
            },
        )
    )
    schemas = doc["components"]["schemas"]
    assert schemas["Image"]["properties"]["descriptor"] == {
        "description": "d",
        "nullable": True,
        "allOf": [{"$ref": "#/components/schemas/Descriptor"}],
    }
    assert schemas["Image"]["properties"]["plain"] == {"$ref": "#/components/schemas/Descriptor"}
    assert schemas["Tag"] == {"type": "string", "nullable": True}


def test_the_generated_model_accepts_null_for_a_nullable_ref(tmp_path: Path) -> None:
    # What the nullability is for: the pinned generator types the field `Inner | None`.
    doc = converted(
        swagger(
            {
                "/p": {
                    "get": operation(
                        responses={
                            "200": {"description": "OK", "schema": {"$ref": "#/definitions/Box"}}
                        }
                    )
                }
            },
            definitions={
                "Box": {
                    "type": "object",
                    "properties": {"inner": {"$ref": "#/definitions/Inner", "x-nullable": True}},
                },
                "Inner": {"type": "object", "properties": {"a": {"type": "string"}}},
            },
        )
    )
    spec = tmp_path / "openapi.yaml"
    spec.write_text(convert.dump_document(doc))
    generator = Path(sys.executable).parent / "openapi-python-client"
    arguments = ["generate", "--meta", "none", "--path", str(spec), "--output-path"]
    subprocess.run(
        [str(generator), *arguments, str(tmp_path / "nullable_ref_client")],
        check=True,
        capture_output=True,
        env={**os.environ, "PATH": f"{generator.parent}{os.pathsep}{os.environ.get('PATH', '')}"},
    )
    sys.path.insert(0, str(tmp_path))
    try:
        models = importlib.import_module("nullable_ref_client.models")
    finally:
        sys.path.remove(str(tmp_path))
    box = models.Box.from_dict({"inner": None})
    assert box.inner is None
    assert box.to_dict() == {"inner": None}
    assert models.Box.from_dict({"inner": {"a": "x"}}).inner.a == "x"


def form_media(parameters: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    doc = converted(swagger({"/f": {"post": operation(parameters=parameters, **fields)}}))
    (media,) = only_operation(doc)["requestBody"]["content"].values()
    assert isinstance(media, dict)
    return media


@pytest.mark.parametrize(
    ("collection", "encoding"),
    [
        (None, {"style": "form", "explode": False}),  # csv, Swagger's default: one joined value
        ("csv", {"style": "form", "explode": False}),
        ("multi", {"style": "form", "explode": True}),
        ("ssv", {"style": "spaceDelimited", "explode": False}),
        ("pipes", {"style": "pipeDelimited", "explode": False}),
        ("tsv", {"x-collectionFormat": "tsv"}),  # no OpenAPI 3 style: the intent stays visible
    ],
)
def test_form_data_arrays_are_encoded_by_their_collection_format(
    collection: str | None, encoding: dict[str, Any]
) -> None:
    field: dict[str, Any] = {
        "in": "formData",
        "name": "tags",
        "type": "array",
        "items": {"type": "string"},
    }
    if collection:
        field["collectionFormat"] = collection
    scalar = {"in": "formData", "name": "name", "type": "string"}
    media = form_media([field, scalar], consumes=["application/x-www-form-urlencoded"])
    assert media["encoding"] == {"tags": encoding}


def test_an_array_of_files_is_multipart_with_one_part_per_file() -> None:
    files = {"in": "formData", "name": "files", "type": "array", "items": {"type": "file"}}
    media = form_media([files])
    assert media["schema"]["properties"]["files"]["items"] == {"type": "string", "format": "binary"}
    assert "encoding" not in media  # csv cannot join files: each one is its own part
    doc = converted(swagger({"/f": {"post": operation(parameters=[files])}}))
    assert list(only_operation(doc)["requestBody"]["content"]) == ["multipart/form-data"]


def test_form_data_on_an_operation_that_consumes_only_json_warns_and_becomes_a_form() -> None:
    field = {"in": "formData", "name": "name", "type": "string"}
    with pytest.warns(convert.ConversionWarning, match="operation op has formData parameters"):
        doc = converted(
            swagger({"/f": {"post": operation(parameters=[field])}}, consumes=["application/json"])
        )
    content = only_operation(doc)["requestBody"]["content"]
    assert list(content) == ["application/x-www-form-urlencoded"]


def test_the_cli_prints_the_form_data_warning_as_one_line(tmp_path: Path) -> None:
    field = {"in": "formData", "name": "name", "type": "string"}
    source = tmp_path / "in.json"
    source.write_text(
        json.dumps(
            swagger(
                {"/f": {"post": {**operation(parameters=[field]), "operationId": "upload"}}},
                consumes=["application/json"],
            )
        )
    )
    result = run_cli(str(source), "--no-sdk-rules", "-o", str(tmp_path / "out.yaml"))
    assert result.returncode == 0
    assert result.stderr.splitlines() == [
        "convert.py: warning: operation upload has formData parameters but consumes only"
        " application/json: its body becomes application/x-www-form-urlencoded"
    ]


@pytest.mark.parametrize(
    ("host", "url"),
    [
        ("localhost", "http://localhost/v1"),
        ("localhost:3000", "http://localhost:3000/v1"),
        ("127.0.0.1:8080", "http://127.0.0.1:8080/v1"),
        ("[::1]:8080", "http://[::1]:8080/v1"),
        ("api.localhost", "http://api.localhost/v1"),
        ("api.example.com", "https://api.example.com/v1"),
        ("localhost.example.com", "https://localhost.example.com/v1"),
    ],
)
def test_without_schemes_a_loopback_host_is_served_over_http(host: str, url: str) -> None:
    doc = converted(swagger({"/p": {"get": operation()}}, host=host, basePath="/v1"))
    assert doc["servers"] == [{"url": url}]


def test_a_shared_response_gets_the_operations_own_produces() -> None:
    doc = converted(
        swagger(
            {
                "/global": {"get": operation(responses={"200": {"$ref": "#/responses/Text"}})},
                "/own": {
                    "get": operation(
                        operationId="own",
                        produces=["text/plain"],
                        responses={
                            "200": {"$ref": "#/responses/Text"},
                            "404": {"$ref": "#/responses/Gone"},
                        },
                    )
                },
            },
            produces=["application/json"],
            responses={
                "Text": {"description": "a text", "schema": {"type": "string"}},
                "Gone": {"description": "no body"},
            },
        )
    )
    shared = doc["components"]["responses"]["Text"]
    assert list(shared["content"]) == ["application/json"]
    assert doc["paths"]["/global"]["get"]["responses"]["200"] == {
        "$ref": "#/components/responses/Text"
    }
    own = doc["paths"]["/own"]["get"]["responses"]
    assert own["200"] == {
        "description": "a text",
        "content": {"text/plain": {"schema": {"type": "string"}}},
    }
    assert own["404"] == {"$ref": "#/components/responses/Gone"}  # no body: no media type to fix


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_a_utf8_byte_order_mark_is_skipped(tmp_path: Path, suffix: str) -> None:
    # Microsoft's tools write one (AutoRest's test files start with it).
    source = tmp_path / f"bom{suffix}"
    source.write_bytes(b"\xef\xbb\xbf" + json.dumps(swagger({"/p": {"get": operation()}})).encode())
    assert yaml.safe_load(convert.convert(source, None, flatten=False))["paths"]["/p"]["get"]


def test_a_validation_error_names_where_the_problem_is() -> None:
    doc = converted(swagger({"/p": {"get": operation()}}))
    doc["info"]["test"] = 1
    with pytest.raises(convert.ConversionError) as raised:
        convert.check_document(doc)
    assert str(raised.value) == (
        "the converted document is not valid OpenAPI 3.0 at $.info:"
        " Additional properties are not allowed ('test' was unexpected)"
    )


def test_output_is_deterministic(tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_text(
        json.dumps(swagger({"/b": {"get": operation()}, "/a": {"get": operation(operationId="a")}}))
    )
    first = convert.convert(source, None, flatten=False)
    second = convert.convert(source, None, flatten=False)
    assert first == second
    assert first.index("/b:") < first.index("/a:")  # input order, not hash order
    assert "&id" not in first  # no YAML anchors


# --- the command line --------------------------------------------------------------------------


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(CONVERT), *args], capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("openapi: 3.0.0\ninfo: {}\npaths: {}\n", "not a Swagger 2.0 document"),
        ("swagger: '2.0'\npaths: {a: [\n", "cannot parse"),
        (
            "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n"
            "      responses: {200: {description: OK, schema: {$ref: '#/definitions/Gone'}}}\n",
            "broken $ref '#/components/schemas/Gone'",
        ),
    ],
)
def test_cli_input_errors_give_one_line_and_exit_1(
    tmp_path: Path, content: str, message: str
) -> None:
    source = tmp_path / "in.yaml"
    source.write_text(content)
    result = run_cli(str(source), "-o", str(tmp_path / "out.yaml"))
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out.yaml").exists()


def test_cli_missing_file(tmp_path: Path) -> None:
    result = run_cli(str(tmp_path / "absent.yaml"), "-o", str(tmp_path / "o.yaml"))
    assert result.returncode == 1
    assert "cannot read" in result.stderr


def test_cli_reads_the_first_document_of_a_yaml_stream(tmp_path: Path) -> None:
    source = tmp_path / "stream.yaml"
    source.write_text("---\n" + yaml.safe_dump(swagger({"/p": {"get": operation()}})) + "---\n")
    result = run_cli(str(source), "-o", str(tmp_path / "out.yaml"))
    assert result.returncode == 0, result.stderr
    validate(yaml.safe_load((tmp_path / "out.yaml").read_text()))


def test_the_seed_alone_fails_on_its_missing_holder_definition(tmp_path: Path) -> None:
    result = run_cli(str(ROOT / "spec/callfire-v2.swagger.yaml"), "-o", str(tmp_path / "o.yaml"))
    assert result.returncode == 1
    assert "#/components/schemas/holder" in result.stderr


def test_the_petstore_example_converts(tmp_path: Path) -> None:
    source = shared_file("reference/swagger-examples/petstore-expanded.yaml")
    result = run_cli(str(source), "-o", str(tmp_path / "pet.yaml"))
    assert result.returncode == 0, result.stderr
    doc = yaml.safe_load((tmp_path / "pet.yaml").read_text())
    assert doc["openapi"] == "3.0.3"

"""spec/convert.py on real Swagger 2.0 files that nobody here wrote (tests/data/README.md says
where each comes from). Every fact asserted below was read off the source file by hand."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from support import ROOT

sys.path.insert(0, str(ROOT / "spec"))
import convert

DATA = ROOT / "tests" / "data"
REAL_FILES = sorted(DATA.glob("*.json"))
BOM = b"\xef\xbb\xbf"


def converted(name: str, *, flatten: bool = False) -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(
        convert.convert(DATA / name, None, flatten=flatten, sdk_rules=False)
    )
    return document


def test_the_real_files_are_there() -> None:
    assert [path.name for path in REAL_FILES] == [
        "autorest-body-array.json",
        "autorest-body-complex.json",
        "swagger-petstore.json",
    ]


@pytest.mark.parametrize("flatten", [False, True], ids=["plain", "flatten-allof"])
@pytest.mark.parametrize("source", REAL_FILES, ids=lambda path: path.name)
def test_a_real_file_converts_to_valid_openapi_the_same_bytes_twice(
    source: Path, flatten: bool
) -> None:
    first = convert.convert(
        source, None, flatten=flatten, sdk_rules=False
    )  # validates before it returns
    second = convert.convert(source, None, flatten=flatten, sdk_rules=False)
    assert first == second
    assert yaml.safe_load(first)["openapi"] == "3.0.3"


def test_microsofts_byte_order_mark_is_read() -> None:
    assert (DATA / "autorest-body-complex.json").read_bytes().startswith(BOM)
    assert (DATA / "autorest-body-array.json").read_bytes().startswith(BOM)
    doc = converted("autorest-body-complex.json")
    assert doc["info"]["title"] == "AutoRest Complex Test Service"
    assert doc["servers"] == [{"url": "http://localhost:3000"}]


def test_autorest_inheritance_chains_keep_every_field_when_flattened() -> None:
    schemas = converted("autorest-body-complex.json", flatten=True)["components"]["schemas"]
    # sawshark -> shark -> Fish (polymorphic on fishtype): all three levels.
    sawshark = schemas["sawshark"]
    assert list(sawshark["properties"]) == [
        "fishtype", "species", "length", "siblings", "age", "birthday", "picture",
    ]  # fmt: skip
    assert sawshark["required"] == ["fishtype", "length", "birthday"]
    assert sawshark["discriminator"] == {"propertyName": "fishtype"}
    # siamese -> cat -> pet, no discriminator anywhere.
    assert list(schemas["siamese"]["properties"]) == ["id", "name", "color", "hates", "breed"]
    assert "discriminator" not in schemas["siamese"]
    # smart_salmon -> salmon -> Fish, with its own additionalProperties kept.
    smart_salmon = schemas["smart_salmon"]
    assert list(smart_salmon["properties"]) == [
        "fishtype", "species", "length", "siblings", "location", "iswild", "college_degree",
    ]  # fmt: skip
    assert smart_salmon["additionalProperties"] is True
    # An inline member beside the $ref, and the vendor extension naming the subtype.
    derived = schemas["MyDerivedType"]
    assert list(derived["properties"]) == ["kind", "propB1", "helper", "propD1"]
    assert derived["required"] == ["kind"]
    assert derived["x-ms-discriminator-value"] == "Kind1"
    # The source has 11 allOf schemas; none is left, and the bases are untouched.
    assert not [name for name, schema in schemas.items() if "allOf" in schema]
    assert schemas["Fish"]["discriminator"] == {"propertyName": "fishtype"}
    assert list(schemas["Fish"]["properties"]) == ["fishtype", "species", "length", "siblings"]


def test_autorest_nullable_fields_and_nullable_refs() -> None:
    complex_doc = converted("autorest-body-complex.json")
    basic_id = complex_doc["components"]["schemas"]["basic"]["properties"]["id"]
    assert basic_id == {"type": "integer", "description": "Basic Id", "nullable": True}
    paths = converted("autorest-body-array.json")["paths"]

    def items_of(path: str) -> Any:
        return paths[path]["get"]["responses"]["200"]["content"]["application/json"]["schema"][
            "items"
        ]

    # [{...}, null, {...}]: the null item is only allowed through the allOf wrapper.
    assert items_of("/array/complex/itemnull") == {
        "allOf": [{"$ref": "#/components/schemas/Product"}],
        "nullable": True,
    }
    assert items_of("/array/prim/string/foo.null.foo2") == {"type": "string", "nullable": True}
    assert items_of("/array/complex/valid") == {"$ref": "#/components/schemas/Product"}


def test_the_petstore_forms_uploads_produces_and_security() -> None:
    doc = converted("swagger-petstore.json")
    assert doc["servers"] == [{"url": "http://petstore.swagger.io/v2"}]
    paths = doc["paths"]

    upload = paths["/pet/{petId}/uploadImage"]["post"]
    (media_type,) = upload["requestBody"]["content"]
    assert media_type == "multipart/form-data"
    form = upload["requestBody"]["content"][media_type]["schema"]["properties"]
    assert form["file"] == {"type": "string", "format": "binary", "description": "file to upload"}
    assert form["additionalMetadata"]["type"] == "string"
    assert list(upload["responses"]["200"]["content"]) == ["application/json"]

    update = paths["/pet/{petId}"]["post"]["requestBody"]["content"]
    assert list(update) == ["application/x-www-form-urlencoded"]
    assert list(update["application/x-www-form-urlencoded"]["schema"]["properties"]) == [
        "name",
        "status",
    ]

    (status,) = paths["/pet/findByStatus"]["get"]["parameters"]
    assert (status["style"], status["explode"]) == ("form", True)  # collectionFormat multi
    assert status["schema"]["items"]["enum"] == ["available", "pending", "sold"]

    get_pet = paths["/pet/{petId}"]["get"]["responses"]["200"]["content"]
    assert list(get_pet) == ["application/xml", "application/json"]
    add_pet = paths["/pet"]["post"]["requestBody"]
    assert list(add_pet["content"]) == ["application/json", "application/xml"]
    assert add_pet["required"] is True

    security = doc["components"]["securitySchemes"]
    assert list(security["petstore_auth"]["flows"]) == ["implicit"]
    assert security["petstore_auth"]["flows"]["implicit"]["scopes"] == {
        "write:pets": "modify pets in your account",
        "read:pets": "read your pets",
    }
    assert security["api_key"] == {"type": "apiKey", "name": "api_key", "in": "header"}

"""Values built from, and checked against, OpenAPI 3.0 schemas.

The fake answers operations it does not model statefully from the spec (see spec_answers.py):
`example_of` builds a schema-valid value (the schema's own `example` first), `check_value` is the
small validator for request bodies (types, required fields, enums, arrays, nested objects; unknown
fields pass, as with CallFire). No dependency: the fake's extra stays starlette and uvicorn.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .errors import BadRequest

Schema = Mapping[str, Any]
MAX_DEPTH = 4  # recursive models (a Contact's lists of Contacts) stop here


class SchemaResolver:
    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document

    def resolve(self, schema: Any) -> Schema:
        seen: set[str] = set()
        while isinstance(schema, Mapping) and isinstance(schema.get("$ref"), str):
            ref: str = schema["$ref"]
            if ref in seen or not ref.startswith("#/"):
                return {}
            seen.add(ref)
            target: Any = self.document
            for part in ref[2:].split("/"):
                target = target.get(part, {}) if isinstance(target, Mapping) else {}
            schema = target
        return schema if isinstance(schema, Mapping) else {}

    def properties(self, schema: Schema) -> tuple[dict[str, Any], list[str]]:
        """An object schema's properties and required names, allOf members merged."""
        properties: dict[str, Any] = {}
        required: list[str] = []
        for member in schema.get("allOf") or []:
            inner, inner_required = self.properties(self.resolve(member))
            properties.update(inner)
            required += inner_required
        properties.update(schema.get("properties") or {})
        required += list(schema.get("required") or [])
        return properties, required


def example_of(resolver: SchemaResolver, schema: Any, depth: int = 0) -> Any:
    schema = resolver.resolve(schema)
    if "example" in schema:
        return schema["example"]
    if schema.get("enum"):
        return schema["enum"][0]
    kind = schema.get("type")
    members = schema.get("allOf") or []
    if kind is None and len(members) == 1 and "properties" not in schema:
        return example_of(resolver, members[0], depth)  # a $ref wrapped to carry readOnly
    if kind == "array":
        if depth >= MAX_DEPTH:
            return []
        return [example_of(resolver, schema.get("items") or {}, depth + 1)]
    if kind == "string":
        return _string_example(schema)
    if kind == "integer":
        return max(1, int(schema.get("minimum", 1)))
    if kind == "number":
        return float(max(1, schema.get("minimum", 1)))
    if kind == "boolean":
        return True
    if kind == "object" or "properties" in schema or "allOf" in schema:
        if depth >= MAX_DEPTH:
            return {}
        properties, _ = resolver.properties(schema)
        return {
            name: example_of(resolver, sub, depth + 1)
            for name, sub in properties.items()
            if not _is_binary(resolver.resolve(sub))
        }
    return {}


def _string_example(schema: Schema) -> str:
    formats = {"date-time": "2024-01-02T03:04:05Z", "date": "2024-01-02", "email": "a@example.com"}
    return formats.get(str(schema.get("format")), "text")


def _is_binary(schema: Schema) -> bool:
    return schema.get("type") == "string" and schema.get("format") == "binary"


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


def check_value(
    resolver: SchemaResolver, schema: Any, value: Any, where: str, depth: int = 0
) -> None:
    """Raise BadRequest (CallFire's 400) when `value` does not fit `schema`; null is absent."""
    schema = resolver.resolve(schema)
    if value is None or depth > 2 * MAX_DEPTH:
        return
    members = schema.get("allOf") or []
    if schema.get("type") is None and len(members) == 1 and "properties" not in schema:
        check_value(resolver, members[0], value, where, depth)
        return
    kind = schema.get("type")
    if kind is None and ("properties" in schema or "allOf" in schema):
        kind = "object"
    if kind in _JSON_TYPES:
        expected = _JSON_TYPES[kind]
        if not isinstance(value, expected) or (kind != "boolean" and isinstance(value, bool)):
            raise BadRequest(f"{where}: expected {kind}, got {type(value).__name__}")
    if schema.get("enum") and isinstance(value, str) and value not in schema["enum"]:
        # Enums grow over time; CallFire rejects values it does not know.
        raise BadRequest(f"{where}: {value!r} is not one of {', '.join(map(str, schema['enum']))}")
    if kind == "array":
        for index, item in enumerate(value):
            check_value(resolver, schema.get("items") or {}, item, f"{where}[{index}]", depth + 1)
    elif kind == "object":
        properties, required = resolver.properties(schema)
        for name in required:
            if value.get(name) is None:
                raise BadRequest(f"{where}.{name}: required")
        for name, item in value.items():
            if name in properties:
                check_value(resolver, properties[name], item, f"{where}.{name}", depth + 1)

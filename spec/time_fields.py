"""Which integers in an OpenAPI document are unix-millisecond times.

CallFire sends every time (created, modified, intervalBegin/End, stats begin/end, ...) as an int64
count of milliseconds since the epoch, and says so only in prose: "Creation time in unix
milliseconds", "formatted in unix time milliseconds". The rule is that prose: an integer whose
description names both "unix" and "millisecond(s)" is a time. It holds for the seed with its
overlay and for CallFire's complete Swagger file, and it knows nothing about named fields, so a
time added to the spec is picked up by `make generate` alone.

The document stays a description of the wire (the type is still integer): `mark_times` only adds
`x-unix-milliseconds: true` to each time's schema and gives a parameter's schema the parameter's
description, because the generator reads descriptions from schemas and the model templates turn
a property whose description satisfies this rule into an aware UTC `datetime`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

JSON = dict[str, Any]

EXTENSION = "x-unix-milliseconds"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")


def is_unix_milliseconds(schema: JSON, description: str | None = None) -> bool:
    """True for an integer described as unix milliseconds (`description` overrides the schema's)."""
    if schema.get("type") != "integer":
        return False
    text = (description if description is not None else schema.get("description")) or ""
    text = text.lower()
    return "unix" in text and "millisecond" in text


def mark_times(document: JSON) -> None:
    """Tag every unix-millisecond property and parameter of an OpenAPI 3 document in place."""
    for schema in _property_schemas(document):
        if is_unix_milliseconds(schema):
            schema[EXTENSION] = True
    for parameter in _parameters(document):
        schema = parameter.get("schema")
        if isinstance(schema, dict) and is_unix_milliseconds(
            schema, schema.get("description") or parameter.get("description")
        ):
            schema.setdefault("description", parameter.get("description"))
            schema[EXTENSION] = True


def _property_schemas(document: JSON) -> Iterator[JSON]:
    """Every mapping in the document: schemas sit in components, bodies and responses alike."""
    stack: list[Any] = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            yield node
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def _parameters(document: JSON) -> Iterator[JSON]:
    yield from ((document.get("components") or {}).get("parameters") or {}).values()
    for item in (document.get("paths") or {}).values():
        if not isinstance(item, dict):
            continue
        yield from item.get("parameters") or []
        for method in HTTP_METHODS:
            yield from (item.get(method) or {}).get("parameters") or []

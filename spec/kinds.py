"""The kind of each operation, decided from the (normalised) OpenAPI document.

The facade gives every operation one of these kinds:

- `download`: a 2xx response is a byte stream (`type: string, format: binary`); the facade returns
  a download object that streams it;
- `upload`: the request body is multipart/form-data; the facade streams files from disk;
- `paged`: the 2xx JSON body is a CallFire page, an object with `items` (an array), `limit`,
  `offset` and `totalCount`; the facade returns a paginator;
- `bodiless`: no 2xx response has a body; the call returns None;
- `plain`: anything else; the call returns the parsed model.

spec/rules.py writes the decision onto every 2xx response as `x-operation-kind`, and the facade
template reads it from there, so this module is the one place the decision is made.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

JSON = dict[str, Any]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
KINDS = ("plain", "paged", "download", "upload", "bodiless")
PAGE_FIELDS = ("items", "limit", "offset", "totalCount")
KIND_KEY = "x-operation-kind"


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    tag: str
    kind: str


def resolve(document: JSON, node: Any) -> Any:
    """Follow local $refs until a node without one."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#/"):
            return node
        seen.add(ref)
        target: Any = document
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or part not in target:
                return node  # a broken $ref stays visible; the document check reports it
            target = target[part]
        node = target
    return node


def is_success(status: str) -> bool:
    return status.startswith("2")


def success_responses(document: JSON, operation: JSON) -> list[JSON]:
    responses = operation.get("responses") or {}
    return [resolve(document, r) for status, r in responses.items() if is_success(str(status))]


def is_binary_schema(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and schema.get("type") == "string"
        and (schema.get("format") == "binary")
    )


def is_page_schema(document: JSON, schema: Any) -> bool:
    schema = resolve(document, schema)
    if not isinstance(schema, dict):
        return False
    properties = schema.get("properties") or {}
    if not all(name in properties for name in PAGE_FIELDS):
        return False
    return resolve(document, properties["items"]).get("type") == "array"


def kind_of(document: JSON, operation: JSON) -> str:
    successes = success_responses(document, operation)
    schemas = [
        media.get("schema")
        for response in successes
        for media in (response.get("content") or {}).values()
        if isinstance(media, dict)
    ]
    if any(is_binary_schema(resolve(document, s)) for s in schemas):
        return "download"
    body = resolve(document, operation.get("requestBody") or {})
    if "multipart/form-data" in (body.get("content") or {}):
        return "upload"
    if any(is_page_schema(document, s) for s in schemas):
        return "paged"
    if not any(s is not None for s in schemas):
        return "bodiless"
    return "plain"


def operations(document: JSON) -> list[Operation]:
    """Every operation of the document, in document order, with its kind."""
    found: list[Operation] = []
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            tags = operation.get("tags") or ["default"]
            found.append(
                Operation(
                    operation_id=str(operation.get("operationId") or f"{method} {path}"),
                    method=method.upper(),
                    path=path,
                    tag=str(tags[0]),
                    kind=kind_of(document, operation),
                )
            )
    return found

"""General rules that make a real Swagger 2.0 file generate into a working SDK.

They hold for Swagger files in general (CallFire's complete file is Java-generated), so no
per-operation overlay entry is needed for them. Applied after the overlay:

- byte streams are recognised from the description itself: a 2xx response that `produces`
  audio/*, video/*, image/*, application/octet-stream or application/binary, whose schema is a
  placeholder for a stream (an object with no properties: InputStream, StreamingOutput, File,
  Resource), or a GET whose path ends in a media file name (`{id}.mp3`). Such a response becomes one
  `application/octet-stream` binary string (what the generator turns into bytes); the declared
  types stay in `x-byte-stream-types` for the fake and the reference;
- an operation that documents no 2xx response succeeds with 200 or 204 and no body;
- error responses carry CallFire's JSON error body whatever `produces` says, so their media type
  is JSON;
- a content type the generator does not know never stops generation: it is dropped beside a
  known one, or the body is taken as bytes, and either way reported.

`annotate_kinds` then writes the kind spec/kinds.py decides onto every 2xx response, where the
facade template reads it, together with the query arrays sent as one delimited value
(`joined_query_parameters`): openapi-python-client 0.29 ignores `explode: false` and passes no
parameter style to templates, so without this it would repeat `states=READY&states=FINISHED`
where CallFire wants `states=READY,FINISHED`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from kinds import KIND_KEY, is_success, kind_of, resolve

JSON = dict[str, Any]
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")

BYTES = "application/octet-stream"
BINARY_SCHEMA: JSON = {"type": "string", "format": "binary"}
BYTE_STREAM_TYPES_KEY = "x-byte-stream-types"
OPERATION_ID_KEY = "x-operation-id"
JOINED_QUERY_KEY = "x-joined-query-parameters"
# The delimiter of each non-exploded OpenAPI 3 query style (Swagger's csv, ssv and pipes).
QUERY_STYLE_DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}
BINARY_PREFIXES = ("audio/", "video/", "image/")
BINARY_TYPES = frozenset({"application/octet-stream", "application/binary", "binary/octet-stream"})

# A fixed table, not the mimetypes module: its answers depend on the machine.
MEDIA_EXTENSIONS = {
    "mp3": "audio/mpeg",
    "wav": "audio/wav",
    "m4a": "audio/mp4",
    "ogg": "audio/ogg",
    "mp4": "video/mp4",
    "3gp": "video/3gpp",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "gif": "image/gif",
    "bmp": "image/bmp",
    "pdf": "application/pdf",
    "zip": "application/zip",
}
MEDIA_FILE_PATH = re.compile(r"\.([A-Za-z0-9]+)$")

# Request and response media types openapi-python-client 0.29 generates code for.
KNOWN_REQUEST_TYPES = frozenset(
    {"application/json", "multipart/form-data", "application/x-www-form-urlencoded", BYTES}
)


def is_binary_type(media_type: str) -> bool:
    media_type = media_type.split(";")[0].strip().lower()
    return media_type.startswith(BINARY_PREFIXES) or media_type in BINARY_TYPES


def is_json_type(media_type: str) -> bool:
    media_type = media_type.split(";")[0].strip().lower()
    return media_type == "application/json" or media_type.endswith("+json")


def is_known_response_type(media_type: str) -> bool:
    return is_json_type(media_type) or media_type == BYTES or media_type.startswith("text/")


def is_stream_placeholder(document: JSON, schema: Any) -> bool:
    """An object schema with nothing in it: how Java-generated files describe a byte stream."""
    if not isinstance(schema, dict) or "$ref" not in schema:
        return False  # an inline `{type: object}` is a free-form JSON object, not a stream
    target = resolve(document, schema)
    if not isinstance(target, dict) or "$ref" in target or target.get("type", "object") != "object":
        return False
    return not any(
        target.get(key) for key in ("properties", "additionalProperties", "allOf", "oneOf", "anyOf")
    )


def path_media_type(path: str) -> str | None:
    match = MEDIA_FILE_PATH.search(path)
    return MEDIA_EXTENSIONS.get(match.group(1).lower()) if match else None


def operations_of(document: JSON) -> list[tuple[str, str, JSON]]:
    found = []
    for path, item in (document.get("paths") or {}).items():
        if isinstance(item, dict):
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    found.append((path, method, item[method]))
    return found


def inline(document: JSON, responses: JSON, status: str) -> JSON:
    """The response at `status` as an inline object this operation owns (a copy of a $ref)."""
    response = responses[status]
    if "$ref" in response:
        response = dict(resolve(document, response))
        responses[status] = response
    return response


def source_produces(swagger: JSON | None, path: str, method: str) -> list[str]:
    """What the Swagger source says an operation produces: the converter keeps it only on
    responses with a schema, and a byte stream is often described by `produces` alone."""
    if swagger is None:
        return []
    operation = ((swagger.get("paths") or {}).get(path) or {}).get(method) or {}
    return list(operation.get("produces") or swagger.get("produces") or [])


def normalise(document: JSON, swagger: JSON | None = None) -> list[str]:
    """Apply the rules in place; return one line per unknown content type met. `swagger` is
    the source the document was converted from."""
    unknown: list[str] = []
    for path, method, operation in operations_of(document):
        produces = source_produces(swagger, path, method)
        where = f"{operation.get('operationId') or method.upper() + ' ' + path}"
        responses: JSON = operation.setdefault("responses", {})
        successes = [status for status in responses if is_success(str(status))]
        if not successes:
            responses["200"] = {"description": "Success, no body."}
            responses["204"] = {"description": "Success, no body."}
        binary_produces = bool(produces) and all(map(is_binary_type, produces))
        for status in list(responses):
            if is_success(str(status)):
                response = inline(document, responses, status)
                if status in successes and binary_produces and not response.get("content"):
                    response["content"] = {t: {"schema": dict(BINARY_SCHEMA)} for t in produces}
                if str(status) != "204":  # No Content, whatever else the file says
                    media_path = path if method == "get" else ""
                    normalise_success(document, media_path, response, where, unknown)
            elif "$ref" not in responses[status]:
                normalise_error(responses[status])
        normalise_request_body(document, operation, where, unknown)
    for response in ((document.get("components") or {}).get("responses") or {}).values():
        normalise_error(response)
    return unknown


def normalise_success(
    document: JSON, path: str, response: JSON, where: str, unknown: list[str]
) -> None:
    """`path` is the operation's path when its name may say what it serves (a GET), else ""."""
    content: JSON = response.get("content") or {}
    declared = [t for t in content if is_binary_type(t)]
    placeholder = any(is_stream_placeholder(document, m.get("schema")) for m in content.values())
    from_path = path_media_type(path)
    if declared or placeholder or from_path:
        types = declared or ([from_path] if from_path else [BYTES])
        response["content"] = {BYTES: {"schema": dict(BINARY_SCHEMA)}}
        response[BYTE_STREAM_TYPES_KEY] = types
        return
    strange = keep_known_types(response, is_known_response_type, f"{where}: response", unknown)
    if strange:
        response[BYTE_STREAM_TYPES_KEY] = strange


def normalise_error(response: JSON) -> None:
    content: JSON = response.get("content") or {}
    if not content or any(is_json_type(t) for t in content):
        if content:
            response["content"] = {t: m for t, m in content.items() if is_json_type(t)}
        return
    first = next(iter(content.values()))
    response["content"] = {"application/json": first}


def normalise_request_body(document: JSON, operation: JSON, where: str, unknown: list[str]) -> None:
    body = operation.get("requestBody")
    if not isinstance(body, dict) or "$ref" in body:
        return
    keep_known_types(
        body, lambda t: t in KNOWN_REQUEST_TYPES or is_json_type(t), f"{where}: request", unknown
    )


def keep_known_types(
    holder: JSON, is_known: Callable[[str], bool], what: str, unknown: list[str]
) -> list[str]:
    """Drop the media types the generator does not know beside known ones; with none known, the
    body becomes bytes. Either way it is reported. Returns the unknown types when the body
    became bytes (empty otherwise)."""
    content: JSON = holder.get("content") or {}
    strange = [t for t in content if not is_known(t)]
    if not strange:
        return []
    kept = {t: m for t, m in content.items() if t not in strange}
    if kept:
        holder["content"] = kept
        unknown.append(f"{what} type {', '.join(strange)} dropped beside {', '.join(kept)}")
        return []
    holder["content"] = {BYTES: {"schema": dict(BINARY_SCHEMA)}}
    unknown.append(f"{what} type {', '.join(strange)} taken as bytes")
    return strange


def describe_parameters(document: JSON) -> None:
    """Copy each parameter's description into its schema, where the generator reads it (it keeps
    only the schema's), so the description reaches the SDK's docstrings. A bare $ref is wrapped
    in a one-item allOf: OpenAPI 3.0 ignores keywords beside a $ref."""
    for _, _, operation in operations_of(document):
        for parameter in operation.get("parameters") or []:
            schema = parameter.get("schema")
            description = parameter.get("description")
            if not isinstance(schema, dict) or not description or "description" in schema:
                continue
            if "$ref" in schema:
                parameter["schema"] = {"allOf": [schema], "description": description}
            else:
                schema["description"] = description


def joined_query_parameters(document: JSON, path_item: JSON, operation: JSON) -> dict[str, str]:
    """{wire name: delimiter} of the operation's query arrays that are sent as ONE delimited value.

    OpenAPI 3: `explode` defaults to true for style form (Swagger's `multi`: `id=1&id=2`) and to
    false for the other styles; form with explode false is Swagger's csv, its default
    collectionFormat (`states=READY,FINISHED`). An operation's own parameter overrides the path's
    parameter of the same name and location.
    """
    by_key: dict[tuple[str, str], JSON] = {}
    for source in (path_item.get("parameters") or [], operation.get("parameters") or []):
        for parameter in source:
            parameter = resolve(document, parameter)
            if isinstance(parameter, dict) and "name" in parameter:
                by_key[(str(parameter.get("in")), str(parameter["name"]))] = parameter
    joined: dict[str, str] = {}
    for (location, name), parameter in by_key.items():
        schema = parameter.get("schema")
        if location != "query" or not isinstance(schema, dict):
            continue
        schema = resolve(document, schema)
        if not isinstance(schema, dict) or schema.get("type") != "array":
            continue
        style = parameter.get("style", "form")
        explode = parameter.get("explode", style == "form")
        if not explode and style in QUERY_STYLE_DELIMITERS:
            joined[name] = QUERY_STYLE_DELIMITERS[style]
    return joined


def annotate_kinds(document: JSON) -> None:
    """Write each operation's kind (and its operationId, which the generator keeps only in snake
    case, and its delimited query arrays) onto its 2xx responses, the part of an operation the
    generator's templates can see."""
    for path, _, operation in operations_of(document):
        kind = kind_of(document, operation)
        joined = joined_query_parameters(document, document["paths"][path], operation)
        responses: JSON = operation.get("responses") or {}
        for status in list(responses):
            if is_success(str(status)):
                response = inline(document, responses, status)
                response[KIND_KEY] = kind
                if "operationId" in operation:
                    response[OPERATION_ID_KEY] = operation["operationId"]
                if joined:
                    response[JOINED_QUERY_KEY] = dict(joined)

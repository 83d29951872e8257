"""Convert a Swagger 2.0 document to OpenAPI 3.0.3 and apply an overlay.

    python spec/convert.py INPUT.yaml|json [--overlay OVERLAY.yaml] [--flatten-allof] -o OUTPUT.yaml

The conversion is general (nothing here knows about CallFire); the overlay is where a thin document
gets its types. The output is deterministic: keys keep the input's order, the YAML emitter is fixed,
and nothing depends on time or hashing. The result is checked ($refs resolve, openapi-spec-validator
passes) before it is written, so a broken document never reaches the generator.

Input problems (unreadable file, not Swagger 2.0, a broken $ref, an overlay naming an operation that
does not exist) exit with status 1 and one line on stderr, never a traceback. An ambiguity the
conversion resolves (formData parameters on an operation that consumes only JSON) is converted and
reported as one `warning:` line on stderr.
"""

from __future__ import annotations

import argparse
import copy
import ipaddress
import json
import sys
import urllib.parse
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from overlay import OverlayError, apply_overlay
from report import Report, build_report
from rules import annotate_kinds, describe_parameters, normalise
from time_fields import mark_times

JSON = dict[str, Any]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")

# Swagger 2.0 collectionFormat -> OpenAPI 3 (style, explode), by parameter location.
QUERY_COLLECTION_STYLES = {
    "csv": ("form", False),
    "multi": ("form", True),
    "ssv": ("spaceDelimited", False),
    "pipes": ("pipeDelimited", False),
}
SIMPLE_COLLECTION_STYLES = {"csv": ("simple", False)}

# Schema keywords that Swagger 2.0 and OpenAPI 3.0 share and that carry over unchanged.
PARAMETER_SCHEMA_KEYS = (
    "type",
    "format",
    "items",
    "enum",
    "default",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "multipleOf",
)


class ConversionError(Exception):
    """An input problem, reported as one line."""


class ConversionWarning(UserWarning):
    """Something the conversion decided for an ambiguous input, reported as one line."""


# ---------------------------------------------------------------------------------------------
# Reading and writing


def load_document(path: Path) -> JSON:
    """Read YAML or JSON; a YAML stream yields its first non-empty document.

    A UTF-8 byte-order mark is skipped: Microsoft's tools write one (the JSON and YAML parsers
    refuse it), and it carries no meaning in UTF-8.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ConversionError(f"cannot read {path}: {exc.strerror}") from exc
    try:
        if path.suffix == ".json":
            documents: list[Any] = [json.loads(text)]
        else:
            documents = list(yaml.safe_load_all(text))
    except (yaml.YAMLError, json.JSONDecodeError) as exc:
        first_line = str(exc).splitlines()[0]
        raise ConversionError(f"cannot parse {path}: {first_line}") from exc
    for document in documents:
        if document is not None:
            if not isinstance(document, dict):
                raise ConversionError(f"{path}: the document is not a mapping")
            return document
    raise ConversionError(f"{path}: the file holds no document")


class _PlainDumper(yaml.SafeDumper):
    """Never emit anchors/aliases: shared objects are written out in full."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump_document(document: JSON) -> str:
    return yaml.dump(
        document,
        Dumper=_PlainDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )


# ---------------------------------------------------------------------------------------------
# Swagger 2.0 -> OpenAPI 3.0


def rewrite_ref(ref: str, body_parameter_names: set[str]) -> str:
    if ref.startswith("#/definitions/"):
        return "#/components/schemas/" + ref[len("#/definitions/") :]
    if ref.startswith("#/parameters/"):
        name = ref[len("#/parameters/") :]
        section = "requestBodies" if name in body_parameter_names else "parameters"
        return f"#/components/{section}/{name}"
    if ref.startswith("#/responses/"):
        return "#/components/responses/" + ref[len("#/responses/") :]
    return ref


def convert_schema(schema: Any, ctx: Context) -> Any:
    """Rewrite a Swagger schema into an OpenAPI 3.0 schema (recursively)."""
    if isinstance(schema, list):
        return [convert_schema(item, ctx) for item in schema]
    if not isinstance(schema, dict):
        return schema
    result: JSON = {}
    # OpenAPI 3.0 ignores every keyword beside a $ref, `nullable` included: a nullable reference
    # has to wrap the $ref in an allOf for its nullability to count.
    nullable_ref = isinstance(schema.get("$ref"), str) and schema.get("x-nullable") is True
    for key, value in schema.items():
        if key == "$ref" and isinstance(value, str):
            ref = rewrite_ref(value, ctx.body_parameter_names)
            if nullable_ref:
                result["allOf"] = [{"$ref": ref}]
            else:
                result[key] = ref
        elif key == "x-nullable":
            result["nullable"] = value
        elif key == "type" and value == "file":
            result["type"] = "string"
            result["format"] = "binary"
        elif key == "discriminator" and isinstance(value, str):
            result[key] = {"propertyName": value}
        elif key in ("properties", "definitions") and isinstance(value, dict):
            result[key] = {name: convert_schema(sub, ctx) for name, sub in value.items()}
        elif key == "example" or key.startswith("x-"):
            result[key] = copy.deepcopy(value)
        else:
            result[key] = convert_schema(value, ctx)
    return result


class Context:
    """What the conversion of one document needs to know globally."""

    def __init__(self, swagger: JSON) -> None:
        self.swagger = swagger
        self.global_consumes: list[str] = swagger.get("consumes") or ["application/json"]
        self.global_produces: list[str] = swagger.get("produces") or ["application/json"]
        shared = swagger.get("parameters") or {}
        self.body_parameter_names = {
            name for name, parameter in shared.items() if parameter.get("in") == "body"
        }
        self.form_parameter_names = {
            name for name, parameter in shared.items() if parameter.get("in") == "formData"
        }

    def shared_response(self, ref: Any) -> JSON | None:
        """The `#/responses/...` entry a $ref names (None for anything else: checked later)."""
        if not isinstance(ref, str) or not ref.startswith("#/responses/"):
            return None
        shared: JSON | None = (self.swagger.get("responses") or {}).get(ref[len("#/responses/") :])
        return shared

    def resolve_parameter(self, parameter: JSON) -> JSON:
        """Follow a `#/parameters/...` reference (body and formData ones must be inlined)."""
        ref = parameter.get("$ref")
        if not isinstance(ref, str):
            return parameter
        if not ref.startswith("#/parameters/"):
            raise ConversionError(f"unsupported parameter $ref {ref!r}")
        name = ref[len("#/parameters/") :]
        shared = self.swagger.get("parameters") or {}
        if name not in shared:
            raise ConversionError(f"broken $ref {ref!r}: no such shared parameter")
        return dict(shared[name])


def convert_parameter(parameter: JSON, ctx: Context) -> JSON:
    """A query/path/header/cookie parameter: its type keywords move into `schema`."""
    if "$ref" in parameter:
        return {"$ref": rewrite_ref(parameter["$ref"], ctx.body_parameter_names)}
    location = parameter.get("in")
    result: JSON = {"name": parameter["name"], "in": location}
    if "description" in parameter:
        result["description"] = parameter["description"]
    if location == "path" or parameter.get("required"):
        result["required"] = True
    if parameter.get("allowEmptyValue"):
        result["allowEmptyValue"] = True
    schema = parameter_schema(parameter, ctx)
    if schema.get("type") == "array":
        collection = parameter.get("collectionFormat", "csv")
        styles = QUERY_COLLECTION_STYLES if location == "query" else SIMPLE_COLLECTION_STYLES
        if collection in styles:
            result["style"], result["explode"] = styles[collection]
        else:
            # No OpenAPI 3 equivalent (tsv, or multi outside a query): keep the intent visible.
            result["x-collectionFormat"] = collection
    result["schema"] = schema
    copy_extensions(parameter, result)
    return result


def parameter_schema(parameter: JSON, ctx: Context) -> JSON:
    """The schema of a non-body parameter; a parameter without a type becomes a string."""
    schema: JSON = {}
    for key in PARAMETER_SCHEMA_KEYS:
        if key in parameter:
            schema[key] = copy.deepcopy(parameter[key])
    schema.setdefault("type", "string")
    if schema["type"] == "array":
        schema.setdefault("items", {"type": "string"})
    converted: JSON = convert_schema(schema, ctx)
    return converted


def copy_extensions(source: JSON, target: JSON) -> None:
    for key, value in source.items():
        if key.startswith("x-"):
            target[key] = copy.deepcopy(value)


def body_request(parameter: JSON, consumes: list[str], ctx: Context) -> JSON:
    schema = convert_schema(parameter.get("schema") or {}, ctx)
    request: JSON = {}
    if "description" in parameter:
        request["description"] = parameter["description"]
    request["content"] = {media_type: {"schema": copy.deepcopy(schema)} for media_type in consumes}
    if parameter.get("required"):
        request["required"] = True
    if "name" in parameter:
        request["x-codegen-request-body-name"] = parameter["name"]
    return request


def is_file(parameter: JSON) -> bool:
    items = parameter.get("items")
    return parameter.get("type") == "file" or (
        isinstance(items, dict) and items.get("type") == "file"
    )


def form_encoding(parameter: JSON) -> JSON | None:
    """How a formData array is serialised: Swagger's collectionFormat as an OpenAPI encoding.

    Form fields follow the query rules (csv, Swagger's default, is one comma-joined value: explode
    false). tsv has no OpenAPI 3 style, so the intent stays visible as an extension. An array of
    files has none: each file is its own part whatever the format says.
    """
    if parameter.get("type") != "array" or is_file(parameter):
        return None
    collection = parameter.get("collectionFormat", "csv")
    if collection in QUERY_COLLECTION_STYLES:
        style, explode = QUERY_COLLECTION_STYLES[collection]
        return {"style": style, "explode": explode}
    return {"x-collectionFormat": collection}


FORM_MEDIA_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def form_request(
    parameters: list[JSON],
    consumes: list[str],
    ctx: Context,
    where: str = "an operation",
    consumes_declared: bool = False,
) -> JSON:
    """formData parameters become one object schema; files force multipart/form-data.

    `consumes_declared` is false when the document never says what it consumes (the list is
    the JSON default then, which formData parameters do not contradict)."""
    properties: JSON = {}
    required: list[str] = []
    encoding: JSON = {}
    for parameter in parameters:
        schema = parameter_schema(parameter, ctx)
        if "description" in parameter:
            schema["description"] = parameter["description"]
        properties[parameter["name"]] = schema
        if parameter.get("required"):
            required.append(parameter["name"])
        field_encoding = form_encoding(parameter)
        if field_encoding is not None:
            encoding[parameter["name"]] = field_encoding
    object_schema: JSON = {"type": "object", "properties": properties}
    if required:
        object_schema["required"] = required
    if any(map(is_file, parameters)) or "multipart/form-data" in consumes:
        media_type = "multipart/form-data"
    else:
        media_type = "application/x-www-form-urlencoded"
    if consumes_declared and not any(c in FORM_MEDIA_TYPES for c in consumes):
        # Real files do this (CallFire's own uploads consume only JSON): the formData parameters
        # are the clearer statement, so the body is a form, but the mismatch is not hidden.
        warnings.warn(
            f"{where} has formData parameters but consumes only {', '.join(consumes)}:"
            f" its body becomes {media_type}",
            ConversionWarning,
            stacklevel=2,
        )
    media: JSON = {"schema": object_schema}
    if encoding:
        media["encoding"] = encoding
    request: JSON = {"content": {media_type: media}}
    if required:
        request["required"] = True
    return request


def convert_response(response: JSON, produces: list[str], ctx: Context) -> JSON:
    if "$ref" in response:
        shared = ctx.shared_response(response["$ref"])
        # The shared component is written with the global `produces`; an operation that
        # overrides it gets its own copy rather than media types it never sends.
        if shared is None or "schema" not in shared or produces == ctx.global_produces:
            return {"$ref": rewrite_ref(response["$ref"], ctx.body_parameter_names)}
        return convert_response(shared, produces, ctx)
    result: JSON = {"description": response.get("description", "")}
    if response.get("headers"):
        result["headers"] = {
            name: convert_header(header, ctx) for name, header in response["headers"].items()
        }
    if "schema" in response:
        schema = convert_schema(response["schema"], ctx)
        examples = response.get("examples") or {}
        content: JSON = {}
        for media_type in produces:
            media: JSON = {"schema": copy.deepcopy(schema)}
            if media_type in examples:
                media["example"] = copy.deepcopy(examples[media_type])
            content[media_type] = media
        result["content"] = content
    copy_extensions(response, result)
    return result


def convert_header(header: JSON, ctx: Context) -> JSON:
    result: JSON = {}
    if "description" in header:
        result["description"] = header["description"]
    result["schema"] = parameter_schema(header, ctx)
    return result


def merged_parameters(
    path_level: list[JSON], operation_level: list[JSON], ctx: Context
) -> list[JSON]:
    """Path-level parameters apply to every operation unless it redefines (name, in)."""
    resolved_operation = [ctx.resolve_parameter(p) for p in operation_level]
    overridden = {(p.get("name"), p.get("in")) for p in resolved_operation}
    inherited = [
        p
        for p in (ctx.resolve_parameter(p) for p in path_level)
        if (p.get("name"), p.get("in")) not in overridden
    ]
    return inherited + resolved_operation


def convert_operation(
    operation: JSON, path_parameters: list[JSON], ctx: Context, method_and_path: str = ""
) -> JSON:
    consumes = operation.get("consumes") or ctx.global_consumes
    produces = operation.get("produces") or ctx.global_produces
    result: JSON = {}
    for key in ("tags", "summary", "description", "externalDocs", "operationId"):
        if key in operation:
            result[key] = copy.deepcopy(operation[key])

    parameters = merged_parameters(path_parameters, operation.get("parameters") or [], ctx)
    plain = [p for p in parameters if p.get("in") not in ("body", "formData")]
    body = [p for p in parameters if p.get("in") == "body"]
    form = [p for p in parameters if p.get("in") == "formData"]
    if plain:
        result["parameters"] = [convert_parameter(p, ctx) for p in plain]
    if body:
        result["requestBody"] = body_request(body[0], consumes, ctx)
    elif form:
        where = f"operation {operation.get('operationId') or method_and_path}"
        declared = bool(operation.get("consumes") or ctx.swagger.get("consumes"))
        result["requestBody"] = form_request(form, consumes, ctx, where, declared)

    result["responses"] = {
        str(status): convert_response(response, produces, ctx)
        for status, response in (operation.get("responses") or {}).items()
    }
    for key in ("deprecated", "security"):
        if key in operation:
            result[key] = copy.deepcopy(operation[key])
    copy_extensions(operation, result)
    return result


def convert_security_scheme(scheme: JSON) -> JSON:
    kind = scheme.get("type")
    result: JSON
    if kind == "basic":
        result = {"type": "http", "scheme": "basic"}
    elif kind == "apiKey":
        result = {"type": "apiKey", "name": scheme.get("name"), "in": scheme.get("in")}
    elif kind == "oauth2":
        flow_names = {
            "implicit": "implicit",
            "password": "password",
            "application": "clientCredentials",
            "accessCode": "authorizationCode",
        }
        flow: JSON = {}
        if "authorizationUrl" in scheme:
            flow["authorizationUrl"] = scheme["authorizationUrl"]
        if "tokenUrl" in scheme:
            flow["tokenUrl"] = scheme["tokenUrl"]
        flow["scopes"] = copy.deepcopy(scheme.get("scopes") or {})
        result = {"type": "oauth2", "flows": {flow_names[scheme.get("flow", "implicit")]: flow}}
    else:
        raise ConversionError(f"unknown securityDefinitions type {kind!r}")
    if "description" in scheme:
        result["description"] = scheme["description"]
    copy_extensions(scheme, result)
    return result


def default_scheme(host: str) -> str:
    """Swagger 2.0 says "the scheme the document was fetched with", which a file does not know:
    https for a public host, http for a loopback one (a local server rarely has a certificate)."""
    hostname = urllib.parse.urlsplit(f"//{host}").hostname or ""
    try:
        local = ipaddress.ip_address(hostname).is_loopback
    except ValueError:
        local = hostname == "localhost" or hostname.endswith(".localhost")
    return "http" if local else "https"


def servers_of(swagger: JSON) -> list[JSON]:
    host = swagger.get("host")
    base_path = swagger.get("basePath", "/")
    if not host:
        return [{"url": base_path}]
    schemes = swagger.get("schemes") or [default_scheme(host)]
    return [{"url": f"{scheme}://{host}{base_path}".rstrip("/") or "/"} for scheme in schemes]


def convert_document(swagger: JSON) -> JSON:
    if swagger.get("swagger") != "2.0":
        found = swagger.get("openapi") or swagger.get("swagger")
        raise ConversionError(f"not a Swagger 2.0 document (found version {found!r})")
    ctx = Context(swagger)
    openapi: JSON = {"openapi": "3.0.3"}
    openapi["info"] = copy.deepcopy(swagger.get("info") or {"title": "API", "version": "1.0"})
    openapi["servers"] = servers_of(swagger)
    for key in ("tags", "externalDocs", "security"):
        if key in swagger:
            openapi[key] = copy.deepcopy(swagger[key])
    copy_extensions(swagger, openapi)

    paths: JSON = {}
    for path, item in (swagger.get("paths") or {}).items():
        if path.startswith("x-"):
            paths[path] = copy.deepcopy(item)
            continue
        path_parameters = item.get("parameters") or []
        converted: JSON = {}
        for key, value in item.items():
            if key in HTTP_METHODS:
                converted[key] = convert_operation(
                    value, path_parameters, ctx, f"{key.upper()} {path}"
                )
            elif key.startswith("x-") or key in ("summary", "description"):
                converted[key] = copy.deepcopy(value)
        paths[path] = converted
    openapi["paths"] = paths

    components: JSON = {}
    if swagger.get("definitions"):
        components["schemas"] = {
            name: convert_schema(schema, ctx) for name, schema in swagger["definitions"].items()
        }
    shared_parameters = swagger.get("parameters") or {}
    plain = {n: p for n, p in shared_parameters.items() if p.get("in") not in ("body", "formData")}
    if plain:
        components["parameters"] = {n: convert_parameter(p, ctx) for n, p in plain.items()}
    bodies = {n: p for n, p in shared_parameters.items() if p.get("in") == "body"}
    if bodies:
        components["requestBodies"] = {
            n: body_request(p, ctx.global_consumes, ctx) for n, p in bodies.items()
        }
    if swagger.get("responses"):
        components["responses"] = {
            name: convert_response(response, ctx.global_produces, ctx)
            for name, response in swagger["responses"].items()
        }
    if swagger.get("securityDefinitions"):
        components["securitySchemes"] = {
            name: convert_security_scheme(scheme)
            for name, scheme in swagger["securityDefinitions"].items()
        }
    if components:
        openapi["components"] = components
    return openapi


# ---------------------------------------------------------------------------------------------
# allOf flattening (optional): generators keep the first member's property types, so
# `allOf: [Page, {items: [Contact]}]` would lose the item type. The merge is lossless: the result
# holds every property and every `required` entry of every member (following $refs and nested
# allOfs to any depth) and of the schema itself, in that order, a later definition of a property
# replacing an earlier one in place. A discriminator inherited from a polymorphic base is kept.

# Keys the merge computes itself; every other key of the schema carries over unchanged.
MERGED_KEYS = ("allOf", "type", "properties", "required", "discriminator")


def plain_object(schema: JSON) -> bool:
    """An object described by its properties alone: no map values (`additionalProperties: true`,
    the default, says nothing), no unmerged allOf, no alias."""
    return (
        schema.get("type", "object") == "object"
        and schema.get("additionalProperties", True) is True
        and not any(key in schema for key in ("allOf", "$ref"))
    )


def flatten_all_of(document: JSON) -> None:
    schemas: JSON = document.get("components", {}).get("schemas", {})
    flattened: dict[str, JSON] = {}
    in_progress: list[str] = []

    def resolve(schema: JSON) -> JSON:
        """A member as the merge sees it: $refs followed, its own allOf already flattened."""
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            return flattened_named(ref.rsplit("/", 1)[1])
        if "allOf" in schema:
            return merge_members(schema)
        return schema

    def flattened_named(name: str) -> JSON:
        if name in flattened:
            return flattened[name]
        if name in in_progress:
            chain = " -> ".join([*in_progress[in_progress.index(name) :], name])
            raise ConversionError(f"allOf cycle: {chain}")
        if name not in schemas:
            raise ConversionError(f"broken $ref '#/components/schemas/{name}'")
        in_progress.append(name)
        schema = schemas[name]
        flattened[name] = merge_members(schema) if "allOf" in schema else schema
        in_progress.pop()
        return flattened[name]

    def merge_members(schema: JSON) -> JSON:
        members = [resolve(member) for member in schema["allOf"]]
        # A member that is not a plain object (an enum, a map, an allOf that could not be merged)
        # cannot be expressed as merged properties: the composition stays rather than lose it.
        if schema.get("type", "object") != "object" or not all(map(plain_object, members)):
            return schema
        properties: JSON = {}
        required: list[str] = []
        discriminator: Any = None
        for part in [*members, schema]:
            properties.update(copy.deepcopy(part.get("properties") or {}))
            required += [r for r in part.get("required") or [] if r not in required]
            discriminator = part.get("discriminator", discriminator)
        merged: JSON = {"type": "object", "properties": properties}
        if required:
            merged["required"] = required
        if discriminator is not None:
            merged["discriminator"] = copy.deepcopy(discriminator)
        for key, value in schema.items():
            if key not in MERGED_KEYS:
                merged[key] = copy.deepcopy(value)
        return merged

    for name in list(schemas):
        schemas[name] = flattened_named(name)


# ---------------------------------------------------------------------------------------------
# Checks


def broken_refs(document: JSON) -> Iterator[tuple[str, str]]:
    """Yield (where, ref) for every local $ref that does not resolve."""

    def resolves(ref: str) -> bool:
        node: Any = document
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or part not in node:
                return False
            node = node[part]
        return True

    def walk(node: Any, where: str) -> Iterator[tuple[str, str]]:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/") and not resolves(ref):
                yield where, ref
            for key, value in node.items():
                yield from walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from walk(value, f"{where}/{index}")

    yield from walk(document, "#")


def check_document(document: JSON) -> None:
    for where, ref in broken_refs(document):
        raise ConversionError(f"broken $ref {ref!r} at {where}")
    try:
        from openapi_spec_validator import validate
    except ImportError as exc:  # pragma: no cover - the dev extra installs it
        raise ConversionError("openapi-spec-validator is not installed") from exc
    try:
        validate(document)
    except Exception as exc:  # the validator raises several unrelated exception types
        raise ConversionError(
            f"the converted document is not valid OpenAPI 3.0{validation_problem(exc)}"
        ) from exc


MAX_MESSAGE_LENGTH = 200


def validation_problem(exc: Exception) -> str:
    """`at <JSON path>: <message>`, the message's first line cut short (some quote the whole
    offending object)."""
    message = (str(getattr(exc, "message", "")) or str(exc)).splitlines()[0]
    if len(message) > MAX_MESSAGE_LENGTH:
        message = message[: MAX_MESSAGE_LENGTH - 3] + "..."
    location = getattr(exc, "json_path", None)
    return f" at {location}: {message}" if location else f": {message}"


# ---------------------------------------------------------------------------------------------


def build(
    source: Path, overlay: Path | None, flatten: bool = True, sdk_rules: bool = True
) -> tuple[str, Report]:
    """The OpenAPI text and the report of what could not be typed (see spec/report.py).

    `sdk_rules` applies what makes the document generate into this SDK (spec/rules.py, the time
    fields, the operation kinds) and reports what could not be typed. Without it the result is
    the plain, lossless format conversion other tools want (every media type kept)."""
    swagger = load_document(source)
    document = convert_document(swagger)
    record = None
    if overlay is not None:
        try:
            record = apply_overlay(document, load_document(overlay))
        except OverlayError as exc:
            raise ConversionError(str(exc)) from exc
    unknown_content_types: list[str] = []
    if sdk_rules:
        unknown_content_types = normalise(document, swagger)
        describe_parameters(document)
    if flatten:
        flatten_all_of(document)
    if sdk_rules:
        mark_times(document)  # unix-millisecond times: see spec/time_fields.py
        annotate_kinds(document)
    check_document(document)
    if not sdk_rules:
        return dump_document(document), Report()
    return dump_document(document), build_report(swagger, document, record, unknown_content_types)


def convert(
    source: Path, overlay: Path | None, flatten: bool = True, sdk_rules: bool = True
) -> str:
    return build(source, overlay, flatten, sdk_rules)[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Convert Swagger 2.0 to OpenAPI 3.0.3.")
    parser.add_argument("input", type=Path, help="Swagger 2.0 document (.yaml, .yml or .json)")
    parser.add_argument("--overlay", type=Path, help="overlay applied after the conversion")
    parser.add_argument(
        "--flatten-allof",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="merge allOf object compositions into one schema, keeping every member's properties"
        " (default: on)",
    )
    parser.add_argument(
        "--sdk-rules",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="apply the rules that make the document generate into this SDK (byte streams,"
        " bodiless operations, known media types, times, kinds) and report what could not be"
        " typed; --no-sdk-rules gives the plain format conversion (default: on)",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="fail (status 2, nothing written) when anything could not be typed",
    )
    parser.add_argument("-o", "--output", type=Path, required=True, help="OpenAPI 3 YAML to write")
    args = parser.parse_args(argv)
    error: ConversionError | None = None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ConversionWarning)
        try:
            text, report = build(args.input, args.overlay, args.flatten_allof, args.sdk_rules)
        except ConversionError as exc:
            error = exc
    for warning in caught:
        if issubclass(warning.category, ConversionWarning):
            print(f"convert.py: warning: {warning.message}", file=sys.stderr)
    if error is not None:
        print(f"convert.py: error: {error}", file=sys.stderr)
        return 1
    for line in report.lines():
        print(f"convert.py: {line}", file=sys.stderr)
    if args.strict and not report.empty:
        print("convert.py: error: --strict: some types are missing (see above)", file=sys.stderr)
        return 2
    args.output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

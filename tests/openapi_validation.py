"""Validating responses against spec/callfire-v2.openapi.yaml, and a client that does it always.

`ResponseValidator.validate(method, path, status, content_type, body)` finds the
operation whose path template matches the concrete request path, the response
declared for the status, and checks the body: JSON against its schema (OpenAPI
3.0 schemas, `nullable` converted, `$ref`s resolved in the whole document),
binary by media type, and "no content" as an empty body. Undocumented error
statuses (405, 416, 429, 503 ...) must still carry CallFire's ErrorResponse.

Strict mode (the default) also rejects object properties a schema does not
declare: the spec leaves `additionalProperties` open so that clients tolerate
new fields, but a fake that returns an undeclared field has a typo.

Used as a pytest plugin (`pytest_plugins = ["openapi_validation"]`) it offers
`validated_client`, an httpx.AsyncClient on the fake server whose every
response is validated by an event hook, and `spec_hooks` / `spec_hooks_sync`,
the same hook for clients a test builds itself.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import jsonschema
import pytest
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

SPEC_PATH = Path(__file__).resolve().parent.parent / "spec" / "callfire-v2.openapi.yaml"
_DOCUMENT_URI = "urn:callfire-v2-openapi"
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


_ERROR_RESPONSE = {
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}}
}


class ResponseValidationError(AssertionError):
    pass


def _to_json_schema(node: Any, *, strict: bool) -> Any:
    """OpenAPI 3.0 schema objects -> JSON Schema draft 4 (what 3.0 is based on)."""
    if isinstance(node, list):
        return [_to_json_schema(element, strict=strict) for element in node]
    if not isinstance(node, dict):
        return node
    converted = {key: _to_json_schema(value, strict=strict) for key, value in node.items()}
    if converted.pop("nullable", False):
        if "type" in converted:
            converted["type"] = [converted["type"], "null"]
            if "enum" in converted:
                converted["enum"] = [*converted["enum"], None]
        else:
            converted = {"anyOf": [converted, {"type": "null"}]}
    if (
        strict
        and isinstance(converted.get("properties"), dict)
        and "additionalProperties" not in converted
        and converted.get("type") == "object"
    ):
        converted["additionalProperties"] = False
    return converted


def _template_regex(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    pattern = "".join("[^/]+" if part.startswith("{") else re.escape(part) for part in parts)
    return re.compile(f"^{pattern}$")


class ResponseValidator:
    def __init__(self, document: dict[str, Any], *, strict: bool = True) -> None:
        self.document = document
        servers = document.get("servers") or [{"url": ""}]
        self.base_path = urlsplit(servers[0]["url"]).path.rstrip("/")
        components = _to_json_schema(copy.deepcopy(document.get("components", {})), strict=strict)
        schema_document = {"components": components}
        resource = Resource.from_contents(schema_document, default_specification=DRAFT4)
        self._registry: Registry[Any] = Registry().with_resource(_DOCUMENT_URI, resource)
        self._strict = strict
        # Fewer parameters first, then more literal text: /contacts/dncs beats
        # /contacts/{id}, and /calls/recordings/{id}.mp3 beats /calls/recordings/{id}.
        self._templates = sorted(
            document["paths"],
            key=lambda t: (t.count("{"), -len(re.sub(r"\{[^}]+\}", "", t))),
        )
        self._regexes = {template: _template_regex(template) for template in self._templates}

    @classmethod
    def from_spec_file(cls, path: Path = SPEC_PATH) -> ResponseValidator:
        with path.open(encoding="utf-8") as stream:
            return cls(yaml.safe_load(stream))

    def path_template(self, method: str, path: str) -> str:
        # HEAD is GET without the body (RFC 9110), so it needs no operation of its own.
        method = "GET" if method.upper() == "HEAD" else method
        if self.base_path and path.startswith(self.base_path + "/"):
            path = path[len(self.base_path) :]
        for template in self._templates:
            if (
                self._regexes[template].match(path)
                and method.lower() in self.document["paths"][template]
            ):
                return template
        raise ResponseValidationError(f"no operation in the spec for {method} {path}")

    def _resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            target: Any = self.document
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            node = target
        return node

    def _response(self, operation: dict[str, Any], status: int) -> dict[str, Any] | None:
        responses: dict[str, Any] = operation.get("responses", {})
        for key in (str(status), f"{status // 100}XX", "default"):
            if key in responses:
                return self._resolve(responses[key])
        return None

    def _validate_json(self, schema: dict[str, Any], body: Any, where: str) -> None:
        converted = _to_json_schema(copy.deepcopy(schema), strict=self._strict)
        # $refs in the operation point into the components of the registry's document.
        rebased = json.loads(
            json.dumps(converted).replace('"#/components/', f'"{_DOCUMENT_URI}#/components/')
        )
        validator = jsonschema.Draft4Validator(rebased, registry=self._registry)
        errors = sorted(validator.iter_errors(body), key=lambda error: list(error.absolute_path))
        if errors:
            details = "; ".join(
                f"at {'/'.join(str(p) for p in error.absolute_path) or '<root>'}: {error.message}"
                for error in errors[:5]
            )
            raise ResponseValidationError(f"{where}: body does not match the spec: {details}")

    def validate(
        self, method: str, path: str, status: int, content_type: str | None, body: bytes
    ) -> None:
        try:
            template = self.path_template(method, path)
        except ResponseValidationError:
            if status < 400:
                raise
            # An unknown path or method (404, 405) still answers CallFire's error body.
            operation: dict[str, Any] = {"operationId": None}
        else:
            operation = self.document["paths"][template][
                "get" if method.upper() == "HEAD" else method.lower()
            ]
        where = f"{method} {path} -> {status} ({operation.get('operationId')})"
        media_type = (content_type or "").split(";")[0].strip().lower()
        # A partial (206) answer is a slice of the 200 body.
        response = self._response(operation, 200 if status == 206 else status)
        if response is None:
            if status < 400:
                raise ResponseValidationError(f"{where}: status {status} is not documented")
            response = _ERROR_RESPONSE
        content: dict[str, Any] = response.get("content") or {}
        if not content:
            if body:
                raise ResponseValidationError(
                    f"{where}: the spec declares no body, got {len(body)} bytes"
                )
            return
        # A byte stream is described to the generator as application/octet-stream; the types
        # the source declares for it are kept beside it (see spec/rules.py).
        declared = response.get("x-byte-stream-types") or []
        if media_type in declared and "application/octet-stream" in content:
            media_type = "application/octet-stream"
        if media_type not in content:
            raise ResponseValidationError(
                f"{where}: content type {media_type!r} is not one of {sorted(content)}"
            )
        schema = content[media_type].get("schema")
        if method.upper() == "HEAD":
            if body:
                raise ResponseValidationError(f"{where}: a HEAD response has a body")
            return
        if media_type == "application/json" and status != 206 and schema is not None:
            try:
                document = json.loads(body)
            except ValueError as error:
                raise ResponseValidationError(f"{where}: body is not JSON: {error}") from None
            self._validate_json(schema, document, where)


@cache
def spec_validator() -> ResponseValidator:
    return ResponseValidator.from_spec_file()


def _needs_check(response: httpx.Response) -> bool:
    content_type = response.headers.get("content-type") or ""
    # Proxy-style error pages come from injected faults, /_fake/ is the fake's own
    # control endpoint: neither is part of the API.
    return not content_type.startswith("text/html") and not response.request.url.path.startswith(
        "/_fake/"
    )


def _is_audio(response: httpx.Response) -> bool:
    # Audio may be hundreds of megabytes and streamed: only its media type is checked.
    return (response.headers.get("content-type") or "").startswith("audio/")


def _check(response: httpx.Response) -> None:
    spec_validator().validate(
        response.request.method,
        response.request.url.path,
        response.status_code,
        response.headers.get("content-type"),
        b"" if _is_audio(response) else response.content,
    )


async def validate_response(response: httpx.Response) -> None:
    """Response hook for httpx.AsyncClient: validate every answer against the spec."""
    if _needs_check(response):
        if not _is_audio(response):
            await response.aread()
        _check(response)


def validate_response_sync(response: httpx.Response) -> None:
    """Response hook for httpx.Client: validate every answer against the spec."""
    if _needs_check(response):
        if not _is_audio(response):
            response.read()
        _check(response)


@pytest.fixture
def spec_hooks() -> dict[str, list[Callable[[httpx.Response], Awaitable[None]]]]:
    """`event_hooks` for an httpx.AsyncClient of one's own that validates every response."""
    return {"response": [validate_response]}


@pytest.fixture
def spec_hooks_sync() -> dict[str, list[Callable[[httpx.Response], None]]]:
    """`event_hooks` for an httpx.Client that validates every response."""
    return {"response": [validate_response_sync]}


@pytest.fixture
async def validated_client(
    callfire_fake: Any,
    callfire_fake_url: str,
    callfire_credentials: tuple[str, str],
    anyio_backend: str,
) -> AsyncIterator[httpx.AsyncClient]:
    """A client of the fake (base URL ends in /v2) that validates every response.

    On teardown it also checks that the fake answered no request with an
    unexpected 500 (its catch-all for bugs).
    """
    async with httpx.AsyncClient(
        base_url=callfire_fake_url,
        auth=callfire_credentials,
        event_hooks={"response": [validate_response]},
        timeout=30,
    ) as client:
        yield client
    assert callfire_fake.server_errors == [], "\n".join(callfire_fake.server_errors)

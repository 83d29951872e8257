"""Answers derived from the spec, for every operation the fake does not model statefully.

So a client generated from any spec (an updated thin file, CallFire's complete file) can be tried,
tested and demoed at once. Per operation kind (the `x-operation-kind` spec/kinds.py wrote):

- plain: a schema-valid body built from the 2xx response schema and its examples;
- paged: a fixed set of items built from the page's item schema, honouring limit and offset,
  with totalCount;
- download: deterministic bytes of the declared type (`x-byte-stream-types`), with Range;
- upload: the multipart form is read, then answered like a plain operation;
- bodiless: 204.

A JSON request body is checked against the request schema first: 400 with CallFire's
ErrorResponse when it does not fit.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

from starlette.requests import Request

from .audio import StoredAudio
from .audio_response import AudioResponse
from .errors import BadRequest
from .multipart import parse_form
from .paging import build_page
from .params import Query
from .responses import json_response, no_content
from .router import Handler, Responder, Routes
from .schema_values import SchemaResolver, check_value, example_of
from .store import Store

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
ITEMS_PER_SPEC_PAGE_OPERATION = 5
SPEC_DOWNLOAD_BYTES = 200_000
_PARAMETER = re.compile(r"\{[^}]*\}")


def base_path(document: Mapping[str, Any]) -> str:
    servers = document.get("servers") or [{"url": "/v2"}]
    return urlsplit(str(servers[0].get("url", ""))).path.rstrip("/")


def spec_routes(document: Mapping[str, Any], store: Store, served: Routes) -> Routes:
    """A route for every operation of `document` that `served` does not already answer."""
    resolver = SchemaResolver(document)
    prefix = base_path(document)
    taken = {(method, path) for method, path, _ in served}
    routes: Routes = []
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, Mapping):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            full_path = prefix + path
            if isinstance(operation, Mapping) and (method.upper(), full_path) not in taken:
                answer = SpecAnswer(resolver, operation, store)
                routes.append((method.upper(), full_path, answer.handle))
    # Templates are tried in order: the most specific first, so `{id}.mp3` wins over `{id}`.
    return sorted(routes, key=lambda route: -len(_PARAMETER.sub("", route[1])))


class SpecAnswer:
    def __init__(
        self, resolver: SchemaResolver, operation: Mapping[str, Any], store: Store
    ) -> None:
        self.resolver = resolver
        self.operation = operation
        self.store = store
        self.status, self.response = self._success()
        self.kind = str(self.response.get("x-operation-kind", "plain"))

    def _success(self) -> tuple[int, Mapping[str, Any]]:
        responses: Mapping[str, Any] = self.operation.get("responses") or {}
        successes = [
            (int(status), self.resolver.resolve(response))
            for status, response in responses.items()
            if str(status).startswith("2") and str(status).isdigit()
        ]
        with_body = [(status, r) for status, r in successes if r.get("content")]
        if with_body:
            return with_body[0]
        return (204, successes[0][1]) if successes else (204, {})

    @property
    def handle(self) -> Handler:
        return self._handle

    async def _handle(self, request: Request) -> Responder:
        await self._check_request(request)
        if self.kind == "bodiless" or not self.response.get("content"):
            return no_content()
        if self.kind == "download":
            return AudioResponse(request, self._bytes(request))
        body = example_of(self.resolver, self._json_schema())
        if self.kind == "paged":
            body = self._page(request)
        return json_response(request, body, status=self.status)

    def _json_schema(self) -> Any:
        content: Mapping[str, Any] = self.response.get("content") or {}
        for media in content.values():
            return media.get("schema") or {}
        return {}

    def _page(self, request: Request) -> dict[str, Any]:
        page_schema = self.resolver.resolve(self._json_schema())
        properties, _ = self.resolver.properties(page_schema)
        item_schema = self.resolver.resolve(properties.get("items") or {}).get("items") or {}
        items: list[Any] = []
        for index in range(ITEMS_PER_SPEC_PAGE_OPERATION):
            item = example_of(self.resolver, item_schema)
            if isinstance(item, dict) and isinstance(item.get("id"), int):
                item["id"] = index + 1  # distinct items, so a paginator's output can be checked
            items.append(item)
        return build_page(items, Query(request), _same, self.store.paging)

    def _bytes(self, request: Request) -> StoredAudio:
        declared: Sequence[str] = self.response.get("x-byte-stream-types") or []
        content_type = declared[0] if declared else "application/octet-stream"
        seed = hashlib.sha256(request.url.path.encode()).digest()
        data = (seed * (SPEC_DOWNLOAD_BYTES // len(seed) + 1))[:SPEC_DOWNLOAD_BYTES]
        return StoredAudio(data, content_type)

    async def _check_request(self, request: Request) -> None:
        body_spec = self.resolver.resolve(self.operation.get("requestBody") or {})
        content: Mapping[str, Any] = body_spec.get("content") or {}
        raw = await request.body()
        if "multipart/form-data" in content:
            form = parse_form(request.headers.get("content-type"), raw)
            schema = self.resolver.resolve(content["multipart/form-data"].get("schema") or {})
            _, required = self.resolver.properties(schema)
            missing = [name for name in required if name not in form]
            if missing:
                raise BadRequest(f"form fields missing: {', '.join(missing)}")
            return
        json_media = next((m for t, m in content.items() if "json" in t), None)
        if json_media is None:
            return
        if not raw.strip():
            if body_spec.get("required"):
                raise BadRequest("request body is missing (expected JSON)")
            return
        try:
            value = json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise BadRequest(f"request body is not valid JSON: {error}") from None
        check_value(self.resolver, json_media.get("schema") or {}, value, "body")


def _same(item: Any) -> Any:
    return item

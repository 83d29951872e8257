"""Drive every facade method of a generated package against a fake that answers from the spec.

Importable (tests of this project) and runnable as a script inside a generated copy of the
project (`python every_operation.py DOWNLOAD_DIR` prints the outcome as JSON). The operations
come from the generated facade itself (each resource class's ENDPOINT_MODULES), their arguments
from their signatures and the request schemas of the embedded OpenAPI document, so nothing here
names an operation.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SKIPPED_PARAMETERS = {"self", "max_items", "prefetch"}


@dataclass
class Outcome:
    kinds: dict[str, int] = field(default_factory=dict)
    passed: dict[str, int] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    downloaded_bytes: int = 0

    def record(self, kind: str, name: str, error: BaseException | None) -> None:
        self.kinds[kind] = self.kinds.get(kind, 0) + 1
        if error is None:
            self.passed[kind] = self.passed.get(kind, 0) + 1
        else:
            self.failures[name] = f"{kind}: {type(error).__name__}: {error}"


def facade_methods(package: str = "callfire_async") -> list[tuple[str, str, Any]]:
    """(tag, method name, endpoint module) of every facade method, in generated order."""
    api = importlib.import_module(f"{package}.api")
    found = []
    for tag in api.TAGS:
        module = importlib.import_module(f"{package}.api.{tag}")
        for value in vars(module).values():
            if isinstance(value, type) and hasattr(value, "ENDPOINT_MODULES"):
                found += [(tag, name, ep) for name, ep in value.ENDPOINT_MODULES.items()]
    return found


class Arguments:
    """Required arguments for a facade method: request bodies from the schema's example."""

    def __init__(self, document: dict[str, Any], package: str = "callfire_async") -> None:
        from callfire_async.custom.fake.schema_values import SchemaResolver, example_of

        self.document = document
        self.models = importlib.import_module(f"{package}.models")
        self.resolver = SchemaResolver(document)
        self.example_of: Callable[..., Any] = example_of

    def for_method(self, method: Any, endpoint: Any) -> dict[str, Any]:
        arguments: dict[str, Any] = {}
        for parameter in inspect.signature(method).parameters.values():
            if parameter.name in SKIPPED_PARAMETERS or parameter.default is not parameter.empty:
                continue
            annotation = str(parameter.annotation)
            if parameter.name == "body":
                arguments["body"] = self.body(endpoint, annotation)
            else:
                arguments[parameter.name] = self.value(annotation)
        return arguments

    def value(self, annotation: str) -> Any:
        simple = {"int": 1, "str": "text", "bool": True, "float": 1.0, "UploadSource": b"bytes"}
        if annotation in simple:
            return simple[annotation]
        inner = re.fullmatch(r"list\[(.+)\]", annotation)
        if inner:
            return [self.value(inner.group(1))]
        model = getattr(self.models, annotation, None)
        if model is not None and hasattr(model, "__members__"):
            return next(iter(model.__members__.values()))
        if model is not None and hasattr(model, "from_dict"):
            return model.from_dict({})
        raise TypeError(f"no example for a required {annotation}")

    def body(self, endpoint: Any, annotation: str) -> Any:
        operation = operation_of(self.document, endpoint.OPERATION_ID)
        content = self.resolver.resolve(operation.get("requestBody") or {}).get("content") or {}
        schema = next(iter(content.values())).get("schema") or {}
        example = self.example_of(self.resolver, schema)
        return self.from_example(annotation, example)

    def from_example(self, annotation: str, example: Any) -> Any:
        inner = re.fullmatch(r"list\[(.+)\]", annotation)
        if inner:
            return [self.from_example(inner.group(1), item) for item in example]
        model = getattr(self.models, annotation, None)
        if model is not None and hasattr(model, "from_dict"):
            return model.from_dict(example)
        return example


def operation_of(document: dict[str, Any], operation_id: str) -> dict[str, Any]:
    """The operation object of the OpenAPI document with this operationId."""
    for item in document["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return operation
    raise KeyError(operation_id)


def item_type(models: Any, annotation: str) -> Any:
    match = re.fullmatch(r"AsyncPaginator\[(\w+), (.+)\]", annotation)
    assert match, annotation
    name = match.group(2)
    return {"str": str, "int": int}.get(name) or getattr(models, name)


async def drive(cf: Any, document: dict[str, Any], download_dir: Path) -> Outcome:
    """Call every facade method once, the way its kind says, and check what comes back."""
    from callfire_async.custom.fake.spec_answers import (
        ITEMS_PER_SPEC_PAGE_OPERATION,
        SPEC_DOWNLOAD_BYTES,
    )

    arguments = Arguments(document)
    outcome = Outcome()
    for tag, name, endpoint in facade_methods():
        method = getattr(getattr(cf, tag), name)
        kind = endpoint.KIND
        try:
            args = arguments.for_method(method, endpoint)
            if kind == "download":
                target = download_dir / f"{tag}-{name}.bin"
                result = await method(**args).download(target)
                again = await method(**args).read()
                assert target.read_bytes() == again, "the file differs from the served bytes"
                assert result.size == SPEC_DOWNLOAD_BYTES == len(again)
                outcome.downloaded_bytes += result.size
            elif kind == "paged":
                items = [item async for item in method(**args)]
                expected = item_type(
                    arguments.models, str(inspect.signature(method).return_annotation)
                )
                assert len(items) == ITEMS_PER_SPEC_PAGE_OPERATION, len(items)
                assert all(isinstance(item, expected) for item in items), items[:1]
            elif kind == "bodiless":
                assert await method(**args) is None
            else:  # plain and upload: the parsed model the signature names
                result = await method(**args)
                returns = str(inspect.signature(method).return_annotation)
                model = getattr(arguments.models, returns, None)
                if model is not None:
                    assert isinstance(result, model), (returns, result)
        except Exception as error:
            outcome.record(kind, f"{tag}.{name}", error)
        else:
            outcome.record(kind, f"{tag}.{name}", None)
    return outcome


async def _main(download_dir: Path) -> Outcome:
    from callfire_async.custom import CallFire
    from callfire_async.custom.fake import FakeCallFire
    from callfire_async.custom.fake.server import serve_in_thread
    from callfire_async.openapi_document import DOCUMENT

    fake = FakeCallFire("user", "secret", openapi=DOCUMENT, stateful=False)
    with serve_in_thread(fake) as url:
        async with CallFire("user", "secret", base_url=url) as cf:
            return await drive(cf, DOCUMENT, download_dir)


if __name__ == "__main__":
    result = asyncio.run(_main(Path(sys.argv[1])))
    print(json.dumps(result.__dict__))

"""The facade covers the generated operations exactly, and pages where the spec says pages.

The kind of each operation is decided by spec/kinds.py and followed by the templates; these
tests check the generated facade against that decision, and the paged ones against the spec
itself, read independently of the generator: an operation is paged when its success
response is an object with an ``items`` array, ``limit``, ``offset`` and ``totalCount``.
They run for the project's spec and for CallFire's complete official spec, generated into a
copy of the project with `make generate SPEC=...`.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import pkgutil
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from openapi_python_client.strings import snake_case
from support import ROOT

import callfire_async.api
from callfire_async.custom import CallFire
from callfire_async.custom.options import RequestOptions

sys.path.insert(0, str(ROOT / "spec"))
import kinds as spec_kinds

# Takes its operations from the spec: rerun in a regenerated copy by tests/test_seed_edit.py.
pytestmark = pytest.mark.spec_driven

SPEC = ROOT / "spec" / "callfire-v2.openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
PAGE_FIELDS = ("limit", "offset", "totalCount")


# -- the spec, read without the generator ---------------------------------------------------


def load_yaml(path: Path) -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as stream:
        document: dict[str, Any] = yaml.load(stream, Loader=loader)
    return document


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow $ref and merge allOf members, so a schema's properties can be read."""
    seen: set[str] = set()
    while "$ref" in node:
        reference = node["$ref"]
        if reference in seen:
            raise ValueError(f"circular $ref {reference}")
        seen.add(reference)
        target: Any = spec
        for part in reference.removeprefix("#/").split("/"):
            target = target[part]
        node = target
    if "allOf" in node:
        merged: dict[str, Any] = {key: value for key, value in node.items() if key != "allOf"}
        properties: dict[str, Any] = {}
        for member in node["allOf"]:
            resolved = resolve(spec, member)
            properties.update(resolved.get("properties", {}))
        properties.update(node.get("properties", {}))
        merged["properties"] = properties
        node = merged
    return node


def is_page_schema(spec: dict[str, Any], schema: dict[str, Any]) -> bool:
    schema = resolve(spec, schema)
    if schema.get("type", "object") != "object":
        return False
    properties = schema.get("properties", {})
    if "items" not in properties or not all(field in properties for field in PAGE_FIELDS):
        return False
    return resolve(spec, properties["items"]).get("type") == "array"


def method_name(operation_id: str) -> str:
    """The facade's name for an operation: the generated module name, digits attached."""
    return attach_digits(snake_case(operation_id))


def attach_digits(module_name: str) -> str:
    return re.sub(r"_(\d)", r"\1", module_name)


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for item in spec["paths"].values():
        for method in HTTP_METHODS:
            if method in item:
                yield method_name(item[method]["operationId"]), item[method]


def paged_operations(spec: dict[str, Any]) -> set[str]:
    paged = set()
    for name, operation in operations(spec):
        for status, response in operation.get("responses", {}).items():
            if not str(status).startswith("2"):
                continue
            for content in (resolve(spec, response).get("content") or {}).values():
                if "schema" in content and is_page_schema(spec, content["schema"]):
                    paged.add(name)
    return paged


# -- what the generated resource classes do ---------------------------------------------------


class RecordingRunner:
    """An OperationRunner that records which of its methods each facade method used."""

    def __init__(self) -> None:
        self.used: list[tuple[str, ModuleType, str]] = []

    async def call(
        self,
        endpoint: ModuleType,
        operation: str,
        arguments: dict[str, Any],
        options: RequestOptions | None = None,
    ) -> Any:
        self.used.append(("call", endpoint, operation))

    async def call_raw(
        self,
        endpoint: ModuleType,
        operation: str,
        arguments: dict[str, Any],
        options: RequestOptions | None = None,
    ) -> Any:
        self.used.append(("call_raw", endpoint, operation))

    def paginate(
        self,
        endpoint: ModuleType,
        operation: str,
        arguments: dict[str, Any],
        options: RequestOptions | None = None,
        *,
        max_items: int | None,
        prefetch: bool,
    ) -> Any:
        self.used.append(("paginate", endpoint, operation))

    def download(
        self,
        endpoint: ModuleType,
        operation: str,
        arguments: dict[str, Any],
        options: RequestOptions | None = None,
    ) -> Any:
        self.used.append(("download", endpoint, operation))

    async def upload(
        self,
        endpoint: ModuleType,
        operation: str,
        *,
        parameters: dict[str, Any],
        form: dict[str, Any],
        files: dict[str, Any],
        options: RequestOptions | None = None,
        raw: bool = False,
    ) -> Any:
        self.used.append(("upload", endpoint, operation))


def public_methods(resource: object) -> dict[str, Any]:
    return {
        name: getattr(resource, name)
        for name, member in vars(type(resource)).items()
        if not name.startswith("_") and inspect.isfunction(member)
    }


async def kinds_of(api_package: ModuleType) -> dict[str, dict[str, str]]:
    """{tag: {method: runner method it uses}}, checking on the way that each method hands
    the runner its own generated module and operation name."""
    runner = RecordingRunner()
    resources = api_package.ApiResources(runner)
    kinds: dict[str, dict[str, str]] = {}
    for tag in api_package.TAGS:
        kinds[tag] = {}
        for name, method in public_methods(getattr(resources, tag)).items():
            required = {
                parameter.name: object()
                for parameter in inspect.signature(method).parameters.values()
                if parameter.default is inspect.Parameter.empty
            }
            outcome = method(**required)
            if inspect.isawaitable(outcome):
                await outcome
            kind, endpoint, operation = runner.used.pop()
            assert endpoint.__name__ == f"{api_package.__name__}.{tag}.{operation}"
            assert attach_digits(operation) == name
            kinds[tag][name] = kind
    return kinds


def endpoint_modules(api_package: ModuleType, tag: str) -> set[str]:
    package = importlib.import_module(f"{api_package.__name__}.{tag}")
    return {module.name for module in pkgutil.iter_modules(package.__path__)}


def paged_methods(kinds: dict[str, dict[str, str]]) -> set[str]:
    return {
        name for methods in kinds.values() for name, kind in methods.items() if kind == "paginate"
    }


# -- the project's own spec ---------------------------------------------------------------


def test_every_generated_operation_has_exactly_one_facade_method() -> None:
    cf = CallFire("user", "secret")
    tag_folders = {
        entry.name for entry in Path(callfire_async.api.__path__[0]).iterdir() if entry.is_dir()
    } - {"__pycache__"}
    assert set(callfire_async.api.TAGS) == tag_folders

    for tag in callfire_async.api.TAGS:
        modules = endpoint_modules(callfire_async.api, tag)
        methods = set(public_methods(getattr(cf, tag)))
        assert {attach_digits(module) for module in modules} == methods, tag
        assert len(modules) == len(methods), f"two modules of {tag} map to one method name"

    spec_operations = {name for name, _ in operations(load_yaml(SPEC))}
    all_methods = {
        name for tag in callfire_async.api.TAGS for name in public_methods(getattr(cf, tag))
    }
    assert all_methods == spec_operations


def test_digits_are_attached_in_method_names() -> None:
    cf = CallFire("user", "secret")
    assert callable(cf.calls.get_call_recording_mp3)
    assert callable(cf.campaigns.get_campaign_sound_data_mp3)
    assert not hasattr(cf.calls, "get_call_recording_mp_3")


@pytest.mark.anyio
async def test_paged_facade_methods_are_the_operations_whose_response_is_a_page() -> None:
    spec = load_yaml(SPEC)
    kinds = await kinds_of(callfire_async.api)
    expected = paged_operations(spec)
    assert expected, "the spec has paged operations"
    assert paged_methods(kinds) == expected


# How each kind decided by spec/kinds.py reaches the runner.
RUNNER_METHOD_OF_KIND = {
    "plain": "call",
    "bodiless": "call",
    "paged": "paginate",
    "download": "download",
    "upload": "upload",
}


async def assert_facade_follows_the_python_decision(api: ModuleType, spec: dict[str, Any]) -> None:
    """Every facade method uses the runner method of the kind spec/kinds.py decides for its
    operation, and its endpoint module carries that kind."""
    decided = {op.operation_id: op.kind for op in spec_kinds.operations(spec)}
    used = await kinds_of(api)
    for tag in api.TAGS:
        resource = importlib.import_module(f"{api.__name__}.{tag}")
        classes = [v for v in vars(resource).values() if hasattr(v, "ENDPOINT_MODULES")]
        for cls in classes:
            for name, endpoint in cls.ENDPOINT_MODULES.items():
                kind = decided[endpoint.OPERATION_ID]
                assert kind == endpoint.KIND, name
                assert used[tag][name] == RUNNER_METHOD_OF_KIND[kind], (name, kind)
    assert sum(len(methods) for methods in used.values()) == len(decided)


@pytest.mark.anyio
async def test_every_facade_method_follows_the_kind_decided_in_python() -> None:
    spec = load_yaml(SPEC)
    await assert_facade_follows_the_python_decision(callfire_async.api, spec)
    decided = {op.kind for op in spec_kinds.operations(spec)}
    assert {"download", "upload", "paged", "plain"} <= decided, "the seed has every kind"


def test_every_paged_operation_takes_limit_and_offset() -> None:
    spec = load_yaml(SPEC)
    for name, operation in operations(spec):
        if name in paged_operations(spec):
            parameters = {resolve(spec, p)["name"] for p in operation.get("parameters", [])}
            assert {"limit", "offset"} <= parameters, name


# -- CallFire's complete official spec ----------------------------------------------------


def test_the_official_client_imports(official: tuple[dict[str, Any], ModuleType]) -> None:
    _, package = official
    imported = [
        importlib.import_module(module.name)
        for module in pkgutil.walk_packages(package.__path__, prefix=f"{package.__name__}.")
    ]
    assert len(imported) > 100


@pytest.mark.anyio
async def test_official_paged_methods_are_the_operations_whose_response_is_a_page(
    official: tuple[dict[str, Any], ModuleType],
) -> None:
    spec, package = official
    api = importlib.import_module(f"{package.__name__}.api")
    kinds = await kinds_of(api)

    expected = paged_operations(spec)
    assert len(expected) > len(paged_operations(load_yaml(SPEC))), "the official spec has more"
    assert paged_methods(kinds) == expected

    methods = {name for tag_methods in kinds.values() for name in tag_methods}
    assert methods == {name for name, _ in operations(spec)}
    await assert_facade_follows_the_python_decision(api, spec)
    for tag in api.TAGS:
        modules = endpoint_modules(api, tag)
        assert {attach_digits(module) for module in modules} == set(kinds[tag]), tag

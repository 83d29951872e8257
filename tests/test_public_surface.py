"""What `callfire_async` offers at its top level, and what its generated modules leave out."""

from __future__ import annotations

import importlib
import subprocess
import sys
from types import ModuleType

import pytest

import callfire_async
from callfire_async.api import TAGS


def endpoint_modules() -> list[ModuleType]:
    modules: list[ModuleType] = []
    for tag in TAGS:
        package = importlib.import_module(f"callfire_async.api.{tag}")
        for name, member in vars(package).items():
            if isinstance(member, type) and name.endswith("Api"):
                modules += member.ENDPOINT_MODULES.values()
    return modules


def test_generated_endpoint_modules_have_no_sync_functions() -> None:
    # A sync call through the facade's (async) client sent no credentials and returned an
    # ErrorResponse: an asyncio SDK offers only the async functions.
    modules = endpoint_modules()
    assert modules
    for module in modules:
        assert not hasattr(module, "sync"), module.__name__
        assert not hasattr(module, "sync_detailed"), module.__name__
        assert callable(module.asyncio_detailed), module.__name__


@pytest.mark.parametrize("name", sorted(set(callfire_async.__all__) - {"__version__"}))
def test_every_public_name_imports_from_the_package(name: str) -> None:
    value = getattr(callfire_async, name)
    assert value is not None
    namespace: dict[str, object] = {}
    exec(f"from callfire_async import {name}", namespace)  # the statement users write
    assert namespace[name] is value


def test_the_errors_and_retry_policy_are_the_hand_written_layers_own() -> None:
    from callfire_async import NotFoundError, RetryPolicy
    from callfire_async.custom import NotFoundError as CustomNotFoundError
    from callfire_async.custom import RetryPolicy as CustomRetryPolicy

    assert NotFoundError is CustomNotFoundError
    assert RetryPolicy is CustomRetryPolicy


def test_importing_the_package_imports_neither_httpx_nor_attrs() -> None:
    # `import callfire_async` stays cheap: everything is imported on first use.
    probe = "import sys, callfire_async; print(sorted({'httpx', 'attrs'} & set(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        _ = callfire_async.Nope  # type: ignore[attr-defined]

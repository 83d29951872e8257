"""docs/api.md, written by `make generate`, names every facade method of the spec being built
with its kind (`make check-generated` keeps it from drifting), and each facade method's docstring
carries the descriptions of the OpenAPI file."""

from __future__ import annotations

import importlib
import inspect

import pytest
from every_operation import facade_methods, operation_of
from support import ROOT

# Takes its operations from the spec: rerun in a regenerated copy by tests/test_seed_edit.py.
pytestmark = pytest.mark.spec_driven

REFERENCE = ROOT / "docs" / "api.md"


def test_the_reference_names_every_facade_method_with_its_kind_and_route() -> None:
    reference = REFERENCE.read_text(encoding="utf-8")
    methods = facade_methods()
    assert methods
    for tag, name, endpoint in methods:
        row = f"| `cf.{tag}.{name}` | {endpoint.KIND} | `{endpoint.HTTP_METHOD} {endpoint.PATH}` |"
        assert row in reference
        assert f"### cf.{tag}.{name}\n" in reference
    assert f"{len(methods)} methods:" in reference


def test_the_reference_shows_signatures_a_user_can_copy() -> None:
    reference = REFERENCE.read_text(encoding="utf-8")
    assert " object at 0x" not in reference  # reproducible: no memory addresses
    assert "cf.contacts.get_contact(\n    id: int,\n" in reference


def words(text: str) -> str:
    return " ".join(text.split())


def test_facade_docstrings_hold_the_operation_and_parameter_descriptions() -> None:
    """What an IDE shows for `cf.<tag>.<method>`: the description of the operation and of each of
    its parameters, from the OpenAPI file, with Returns and Raises."""
    from callfire_async.openapi_document import DOCUMENT

    checked = 0
    for tag, name, endpoint in facade_methods():
        resource = importlib.import_module(f"callfire_async.api.{tag}")
        cls = next(v for v in vars(resource).values() if hasattr(v, "ENDPOINT_MODULES"))
        doc = words(inspect.getdoc(getattr(cls, name)) or "")
        operation = operation_of(DOCUMENT, endpoint.OPERATION_ID)
        if operation.get("description"):
            assert words(operation["description"]) in doc, name
        for parameter in operation.get("parameters") or []:
            # An enum- or model-typed parameter shows its type's description (the generator
            # takes the referenced schema's).
            if "allOf" in parameter.get("schema", {}):
                continue
            if parameter.get("description"):
                assert words(parameter["description"]) in doc, (name, parameter["name"])
                checked += 1
        assert "Returns: " in doc and "Raises: APIStatusError" in doc, name
    assert checked > 0

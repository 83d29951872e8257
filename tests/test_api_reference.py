"""docs/api.md, written by `make generate`, names every facade method of the spec being built
with its kind (`make check-generated` keeps it from drifting)."""

from __future__ import annotations

from every_operation import facade_methods
from support import ROOT

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

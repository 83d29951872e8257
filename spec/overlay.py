"""Applying a hand-written overlay to a converted OpenAPI 3.0 document.

The overlay states facts about the operations it names and nothing else (its format is documented
at the top of spec/overlay.yaml):

- `operations` patches the operations it names by operationId;
- `allOperations` is the one explicit way to patch every operation. Its `parameters` patches (by
  parameter name) apply only to parameters whose shape they match: the same location when the
  patch gives `in`, and a parameter the source left untyped (the converter's plain string). So a
  path `id` patch never turns a typed query list into a required integer, and a typed `limit`
  keeps its own default;
- every stale entry (an operationId or a parameter name the document lacks) is named in one error.

`apply_overlay` returns what it patched, for the report of what could not be typed.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

JSON = dict[str, Any]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")

# Under these keys a patch replaces the old value whole: merging two schemas or two content maps
# would keep members of the old one (a JSON media type beside the overlay's audio/mpeg).
REPLACED_WHOLE = ("schema", "requestBody", "content")

# What the converter makes of a parameter the source gives no type.
UNTYPED_PARAMETER_SCHEMA: JSON = {"type": "string"}

KNOWN_TOP_LEVEL_KEYS = ("servers", "security", "info", "components", "allOperations", "operations",
                        "description")  # fmt: skip


class OverlayError(Exception):
    """A mistake in the overlay, reported as one line."""


@dataclass
class OverlayRecord:
    """What the overlay touched: operationIds it names and (operationId, parameter) it typed."""

    named_operations: set[str] = field(default_factory=set)
    patched_parameters: set[tuple[str, str]] = field(default_factory=set)
    replaced_bodies: set[str] = field(default_factory=set)


def deep_merge(target: JSON, patch: JSON) -> None:
    """Mappings merge, other values replace, null deletes; see REPLACED_WHOLE."""
    for key, value in patch.items():
        if value is None:
            target.pop(key, None)
        elif isinstance(value, dict) and isinstance(target.get(key), dict):
            if key in REPLACED_WHOLE:
                target[key] = copy.deepcopy(value)
            else:
                deep_merge(target[key], value)
        else:
            target[key] = copy.deepcopy(value)


def operations_of(document: JSON) -> Iterator[tuple[str, str, JSON]]:
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


def shape_matches(parameter: JSON, patch: JSON) -> bool:
    """Whether an allOperations parameter patch is about this parameter."""
    if "in" in patch and patch["in"] != parameter.get("in"):
        return False
    return parameter.get("schema") == UNTYPED_PARAMETER_SCHEMA


def stale_entries(by_id: dict[str, JSON], operation_patches: JSON) -> list[str]:
    stale: list[str] = []
    for operation_id, patch in operation_patches.items():
        operation = by_id.get(operation_id)
        if operation is None:
            stale.append(f"no operation with operationId {operation_id!r}")
            continue
        names = {p.get("name") for p in operation.get("parameters") or []}
        for name, parameter_patch in ((patch or {}).get("parameters") or {}).items():
            # A patch that says where the parameter goes adds one the source lacks; without
            # `in` it is taken for a stale or misspelt name.
            if name not in names and not (
                isinstance(parameter_patch, dict) and "in" in parameter_patch
            ):
                stale.append(
                    f"operation {operation_id!r} has no parameter {name!r}"
                    " (to add one, give its `in`)"
                )
    return stale


def apply_overlay(document: JSON, overlay: JSON) -> OverlayRecord:
    if "parameters" in overlay:
        raise OverlayError(
            "overlay: top-level `parameters` patched every operation implicitly;"
            " move them under `allOperations: parameters:` (or into the operations they are about)"
        )
    unknown = set(overlay) - set(KNOWN_TOP_LEVEL_KEYS)
    if unknown:
        raise OverlayError(f"overlay: unknown top-level keys {sorted(unknown)}")
    for key in ("servers", "security"):
        if key in overlay:
            document[key] = copy.deepcopy(overlay[key])
    if "info" in overlay:
        deep_merge(document.setdefault("info", {}), overlay["info"])
    for section, entries in (overlay.get("components") or {}).items():
        target = document.setdefault("components", {}).setdefault(section, {})
        for name, value in entries.items():
            target[name] = copy.deepcopy(value)

    by_id = {op.get("operationId"): op for _, _, op in operations_of(document)}
    operation_patches: JSON = overlay.get("operations") or {}
    stale = stale_entries(by_id, operation_patches)
    if stale:
        raise OverlayError(f"overlay: {len(stale)} stale entries: " + "; ".join(stale))

    record = OverlayRecord(named_operations=set(operation_patches))
    for_all = copy.deepcopy(overlay.get("allOperations") or {})
    shared_parameter_patches: JSON = for_all.pop("parameters", None) or {}
    for operation_id, operation in by_id.items():
        patch = copy.deepcopy(operation_patches.get(operation_id) or {})
        own_parameter_patches: JSON = patch.pop("parameters", None) or {}
        names = {p.get("name") for p in operation.get("parameters") or []}
        for name, addition in own_parameter_patches.items():
            if name not in names:
                operation.setdefault("parameters", []).append({"name": name, **addition})
        for parameter in operation.get("parameters") or []:
            name = parameter.get("name")
            if name in own_parameter_patches:
                parameter_patch = copy.deepcopy(own_parameter_patches[name] or {})
            elif name in shared_parameter_patches and shape_matches(
                parameter, shared_parameter_patches[name]
            ):
                parameter_patch = copy.deepcopy(shared_parameter_patches[name])
                parameter_patch.pop("in", None)  # a matching rule, not a move
            else:
                continue
            deep_merge(parameter, parameter_patch)
            if "schema" in parameter_patch:
                record.patched_parameters.add((operation_id, name))
        deep_merge(operation, copy.deepcopy(for_all))
        if "requestBody" in patch:
            record.replaced_bodies.add(operation_id)
        deep_merge(operation, patch)
    return record

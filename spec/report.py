"""The short report of what generation could not type, printed by `make generate`.

Four kinds of finding, each a list of names:
- operations without a success schema (the facade returns None for them);
- parameters that became strings because neither the source nor the overlay gives a type;
- content types the generator does not know (dropped or taken as bytes by spec/rules.py);
- operations the overlay does not mention (new in the source since the overlay was written).

`STRICT=1 make generate` (convert.py --strict) fails when any list is non-empty.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kinds import operations
from overlay import OverlayRecord

JSON = dict[str, Any]
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")


@dataclass
class Report:
    without_success_schema: list[str] = field(default_factory=list)
    untyped_parameters: list[str] = field(default_factory=list)
    unknown_content_types: list[str] = field(default_factory=list)
    not_in_overlay: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (
            self.without_success_schema
            or self.untyped_parameters
            or self.unknown_content_types
            or self.not_in_overlay
        )

    def lines(self) -> list[str]:
        sections = (
            ("operations without a success schema (they return None)", self.without_success_schema),
            ("parameters typed as strings for lack of a type", self.untyped_parameters),
            ("content types the generator does not know", self.unknown_content_types),
            ("operations the overlay does not mention", self.not_in_overlay),
        )
        lines = []
        for title, names in sections:
            if names:
                lines.append(f"could not type: {len(names)} {title}: {', '.join(names)}")
        return lines


def untyped_source_parameters(swagger: JSON) -> list[tuple[str, str, str]]:
    """(operationId, name, location) of every non-body parameter the Swagger file gives no type."""
    shared = swagger.get("parameters") or {}
    found: list[tuple[str, str, str]] = []
    for path, item in (swagger.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        path_level = item.get("parameters") or []
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            operation_id = str(operation.get("operationId") or f"{method.upper()} {path}")
            for parameter in [*path_level, *(operation.get("parameters") or [])]:
                ref = parameter.get("$ref")
                if isinstance(ref, str) and ref.startswith("#/parameters/"):
                    parameter = shared.get(ref.rsplit("/", 1)[1], {})
                if parameter.get("in") in ("body", None):
                    continue
                if "type" not in parameter and "schema" not in parameter:
                    found.append((operation_id, str(parameter.get("name")), parameter["in"]))
    return found


def build_report(
    swagger: JSON,
    document: JSON,
    record: OverlayRecord | None,
    unknown_content_types: list[str],
) -> Report:
    report = Report(unknown_content_types=list(unknown_content_types))
    # A bodiless operation the overlay names is one it vouches for (a 204 it declares).
    vouched = record.named_operations if record is not None else set()
    report.without_success_schema = [
        op.operation_id
        for op in operations(document)
        if op.kind == "bodiless" and op.operation_id not in vouched
    ]
    patched = record.patched_parameters if record is not None else set()
    # Form fields live in the request body: an overlay that replaces the body types them.
    replaced = record.replaced_bodies if record is not None else set()
    report.untyped_parameters = [
        f"{operation_id}({name})"
        for operation_id, name, location in untyped_source_parameters(swagger)
        if (operation_id, name) not in patched
        and not (location == "formData" and operation_id in replaced)
    ]
    if record is not None:
        report.not_in_overlay = [
            op.operation_id
            for op in operations(document)
            if op.operation_id not in record.named_operations
        ]
    return report

"""Declarative checks of JSON request bodies: wrong types and missing fields are a 400.

Unknown fields are ignored (clients often send back whole objects with read-only
fields such as `id` or `status`); `null` counts as absent.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from .errors import BadRequest

PHONE_NUMBER = re.compile(r"^\+?[0-9]{7,15}$")


def check_phone_number(value: str, where: str) -> str:
    if not PHONE_NUMBER.match(value):
        raise BadRequest(
            f"{where}: invalid phone number {value!r} "
            "(expected 7 to 15 digits with an optional leading '+')"
        )
    return value


class Check(Protocol):
    def __call__(self, value: Any, where: str) -> Any: ...


def _type_error(where: str, expected: str, value: Any) -> BadRequest:
    return BadRequest(f"{where}: expected {expected}, got {_json_type(value)}")


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


class Str:
    def __init__(self, *, non_empty: bool = False, max_length: int | None = None) -> None:
        self.non_empty = non_empty
        self.max_length = max_length

    def __call__(self, value: Any, where: str) -> str:
        if not isinstance(value, str):
            raise _type_error(where, "a string", value)
        if self.non_empty and not value.strip():
            raise BadRequest(f"{where}: must not be empty")
        if self.max_length is not None and len(value) > self.max_length:
            raise BadRequest(f"{where}: longer than {self.max_length} characters")
        return value


class Phone:
    def __call__(self, value: Any, where: str) -> str:
        if not isinstance(value, str):
            raise _type_error(where, "a phone number string", value)
        return check_phone_number(value, where)


class Bool:
    def __call__(self, value: Any, where: str) -> bool:
        if not isinstance(value, bool):
            raise _type_error(where, "a boolean", value)
        return value


class Int:
    def __init__(self, *, minimum: int | None = None, maximum: int | None = None) -> None:
        self.minimum = minimum
        self.maximum = maximum

    def __call__(self, value: Any, where: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _type_error(where, "an integer", value)
        if self.minimum is not None and value < self.minimum:
            raise BadRequest(f"{where}: must be at least {self.minimum}")
        if self.maximum is not None and value > self.maximum:
            raise BadRequest(f"{where}: must be at most {self.maximum}")
        return value


class Number:
    def __init__(self, *, minimum: float | None = None) -> None:
        self.minimum = minimum

    def __call__(self, value: Any, where: str) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _type_error(where, "a number", value)
        if self.minimum is not None and value < self.minimum:
            raise BadRequest(f"{where}: must be at least {self.minimum:g}")
        return float(value)


class OneOf:
    """The first check that accepts the value (e.g. a string or an integer)."""

    def __init__(self, *checks: Check, expected: str) -> None:
        self.checks = checks
        self.expected = expected

    def __call__(self, value: Any, where: str) -> Any:
        for check in self.checks:
            try:
                return check(value, where)
            except BadRequest:
                continue
        raise _type_error(where, self.expected, value)


class Enum:
    def __init__(self, *values: str) -> None:
        self.values = values

    def __call__(self, value: Any, where: str) -> str:
        if not isinstance(value, str):
            raise _type_error(where, "a string", value)
        if value not in self.values:
            raise BadRequest(f"{where}: {value!r} is not one of {', '.join(self.values)}")
        return value


class ListOf:
    def __init__(self, item: Check, *, non_empty: bool = False, max_items: int | None = None):
        self.item = item
        self.non_empty = non_empty
        self.max_items = max_items

    def __call__(self, value: Any, where: str) -> list[Any]:
        if not isinstance(value, list):
            raise _type_error(where, "an array", value)
        if self.non_empty and not value:
            raise BadRequest(f"{where}: must contain at least one element")
        if self.max_items is not None and len(value) > self.max_items:
            raise BadRequest(f"{where}: at most {self.max_items} elements are allowed")
        return [self.item(element, f"{where}[{index}]") for index, element in enumerate(value)]


class StrMap:
    def __call__(self, value: Any, where: str) -> dict[str, str]:
        if not isinstance(value, dict):
            raise _type_error(where, "an object", value)
        for key, element in value.items():
            if not isinstance(element, str):
                raise _type_error(f"{where}.{key}", "a string", element)
        return dict(value)


class Obj:
    def __init__(self, fields: Mapping[str, Check], *, required: Sequence[str] = ()) -> None:
        self.fields = fields
        self.required = tuple(required)

    def __call__(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise _type_error(where, "an object", value)
        cleaned: dict[str, Any] = {}
        for name, check in self.fields.items():
            element = value.get(name)
            if element is not None:
                cleaned[name] = check(element, f"{where}.{name}")
        for name in self.required:
            if name not in cleaned:
                raise BadRequest(f"{where}.{name}: required field is missing")
        return cleaned

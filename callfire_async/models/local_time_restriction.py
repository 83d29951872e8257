from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    built_with_gc_paused,
    json_loads,
    rebuilt_as,
)

T = TypeVar("T", bound="LocalTimeRestriction")

# from_dict creates instances with object.__new__ and fills their slots itself.
_new_instance = object.__new__

# The JSON names of the fields above: everything else is an unknown field.
_KNOWN_FIELDS = frozenset(
    {
        "enabled",
        "beginHour",
        "beginMinute",
        "endHour",
        "endMinute",
    }
)


# repr=False: __repr__ below shows only the fields that are set.
@_attrs_define(repr=False)
class LocalTimeRestriction:
    """The hours, in each recipient's time zone, during which calls may be placed.

    Attributes:
        enabled (bool | None): True to apply the restriction.
        begin_hour (int | None): Hour the window opens.
        begin_minute (int | None): Minute the window opens.
        end_hour (int | None): Hour the window closes.
        end_minute (int | None): Minute the window closes.
    """

    enabled: bool | None = None
    begin_hour: int | None = None
    begin_minute: int | None = None
    end_hour: int | None = None
    end_minute: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        begin_hour = self.begin_hour

        begin_minute = self.begin_minute

        end_hour = self.end_hour

        end_minute = self.end_minute

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not None:
            field_dict["enabled"] = enabled
        if begin_hour is not None:
            field_dict["beginHour"] = begin_hour
        if begin_minute is not None:
            field_dict["beginMinute"] = begin_minute
        if end_hour is not None:
            field_dict["endHour"] = end_hour
        if end_minute is not None:
            field_dict["endMinute"] = end_minute

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not LocalTimeRestriction:
            # A subclass may add fields or its own __init__: its constructor builds it
            # (_from_parsed_dict fills the slots of a LocalTimeRestriction directly).
            return rebuilt_as(cls, LocalTimeRestriction.from_dict(src_dict))
        return cast(T, built_with_gc_paused(LocalTimeRestriction._from_parsed_dict, src_dict))

    @staticmethod
    def _from_parsed_dict(src_dict: Mapping[str, Any]) -> LocalTimeRestriction:
        """from_dict's work, which the models that hold this one call directly."""
        if type(src_dict) is not dict:
            # Another mapping is copied; a document that is not an object fails here, as before.
            src_dict = dict(src_dict)
        get = src_dict.get
        enabled = get("enabled")

        begin_hour = get("beginHour")

        begin_minute = get("beginMinute")

        end_hour = get("endHour")

        end_minute = get("endMinute")

        local_time_restriction = _new_instance(LocalTimeRestriction)
        local_time_restriction.enabled = enabled
        local_time_restriction.begin_hour = begin_hour
        local_time_restriction.begin_minute = begin_minute
        local_time_restriction.end_hour = end_hour
        local_time_restriction.end_minute = end_minute

        unknown: dict[str, Any] = (
            {}
            if _KNOWN_FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS}
        )
        local_time_restriction.additional_properties = unknown
        return local_time_restriction

    def to_json(self) -> str:
        """This model as a JSON document, as CallFire reads it (the same fields as to_dict())."""
        return json.dumps(self.to_dict())

    @classmethod
    def from_json(cls: type[T], document: str | bytes) -> T:
        """The model a JSON document describes (unknown fields land in additional_properties)."""
        return cls.from_dict(json_loads(document))

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("enabled", self.enabled),
                ("begin_hour", self.begin_hour),
                ("begin_minute", self.begin_minute),
                ("end_hour", self.end_hour),
                ("end_minute", self.end_minute),
            )
            if value is not None
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

from __future__ import annotations

import datetime
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

T = TypeVar("T", bound="LocalTime")

# from_dict creates instances with object.__new__ and fills their slots itself.
_new_instance = object.__new__

# The JSON names of the fields above: everything else is an unknown field.
_KNOWN_FIELDS = frozenset(
    {
        "hour",
        "minute",
        "second",
        "nano",
    }
)


# repr=False: __repr__ below shows only the fields that are set.
@_attrs_define(repr=False)
class LocalTime:
    """A time of day.

    Attributes:
        hour (int | None): The hour, 0-23.
        minute (int | None): The minute, 0-59.
        second (int | None): The second, 0-59.
        nano (int | None): The nanosecond.
    """

    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    nano: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hour = self.hour

        minute = self.minute

        second = self.second

        nano = self.nano

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hour is not None:
            field_dict["hour"] = hour
        if minute is not None:
            field_dict["minute"] = minute
        if second is not None:
            field_dict["second"] = second
        if nano is not None:
            field_dict["nano"] = nano

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not LocalTime:
            # A subclass may add fields or its own __init__: its constructor builds it
            # (_from_parsed_dict fills the slots of a LocalTime directly).
            return rebuilt_as(cls, LocalTime.from_dict(src_dict))
        return cast(T, built_with_gc_paused(LocalTime._from_parsed_dict, src_dict))

    @staticmethod
    def _from_parsed_dict(src_dict: Mapping[str, Any]) -> LocalTime:
        """from_dict's work, which the models that hold this one call directly."""
        if type(src_dict) is not dict:
            # Another mapping is copied; a document that is not an object fails here, as before.
            src_dict = dict(src_dict)
        get = src_dict.get
        hour = get("hour")

        minute = get("minute")

        second = get("second")

        nano = get("nano")

        local_time = _new_instance(LocalTime)
        local_time.hour = hour
        local_time.minute = minute
        local_time.second = second
        local_time.nano = nano

        unknown: dict[str, Any] = (
            {}
            if _KNOWN_FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS}
        )
        local_time.additional_properties = unknown
        return local_time

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
                ("hour", self.hour),
                ("minute", self.minute),
                ("second", self.second),
                ("nano", self.nano),
            )
            if value is not None
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_time(self) -> datetime.time:
        """This time of day as a `datetime.time` (a missing second counts as 0;
        nanoseconds are cut to microseconds, Python's resolution)."""
        if self.hour is None or self.minute is None:
            raise ValueError(f"an incomplete time of day: {self!r}")
        return datetime.time(self.hour, self.minute, self.second or 0, (self.nano or 0) // 1000)

    @classmethod
    def from_time(cls: type[T], value: datetime.time) -> T:
        """The model of a `datetime.time` (its time zone, if any, is not part of the model)."""
        return cls(
            hour=value.hour, minute=value.minute, second=value.second, nano=value.microsecond * 1000
        )

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LocalTimeRestriction")


@_attrs_define
class LocalTimeRestriction:
    """The hours, in each recipient's time zone, during which calls may be placed.

    Attributes:
        enabled (bool | Unset): True to apply the restriction.
        begin_hour (int | Unset): Hour the window opens.
        begin_minute (int | Unset): Minute the window opens.
        end_hour (int | Unset): Hour the window closes.
        end_minute (int | Unset): Minute the window closes.
    """

    enabled: bool | Unset = UNSET
    begin_hour: int | Unset = UNSET
    begin_minute: int | Unset = UNSET
    end_hour: int | Unset = UNSET
    end_minute: int | Unset = UNSET
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
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if begin_hour is not UNSET:
            field_dict["beginHour"] = begin_hour
        if begin_minute is not UNSET:
            field_dict["beginMinute"] = begin_minute
        if end_hour is not UNSET:
            field_dict["endHour"] = end_hour
        if end_minute is not UNSET:
            field_dict["endMinute"] = end_minute

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        begin_hour = d.pop("beginHour", UNSET)

        begin_minute = d.pop("beginMinute", UNSET)

        end_hour = d.pop("endHour", UNSET)

        end_minute = d.pop("endMinute", UNSET)

        local_time_restriction = cls(
            enabled=enabled,
            begin_hour=begin_hour,
            begin_minute=begin_minute,
            end_hour=end_hour,
            end_minute=end_minute,
        )

        local_time_restriction.additional_properties = d
        return local_time_restriction

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

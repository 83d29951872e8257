from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallCreateSound")


@_attrs_define
class CallCreateSound:
    """A request to record a sound by having CallFire call a phone.

    Attributes:
        name (str | Unset): The new sound's name.
        to_number (str | Unset): The number to call, in E.164 format (11 digits).
    """

    name: str | Unset = UNSET
    to_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        to_number = self.to_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if to_number is not UNSET:
            field_dict["toNumber"] = to_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        to_number = d.pop("toNumber", UNSET)

        call_create_sound = cls(
            name=name,
            to_number=to_number,
        )

        call_create_sound.additional_properties = d
        return call_create_sound

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UniversalDoNotContact")


@_attrs_define
class UniversalDoNotContact:
    """Platform-wide do-not-contact flags for a number (and optionally a sender).

    Attributes:
        to_number (str | Unset): The destination number in E.164 format (11 digits).
        from_number (str | Unset): The source number in E.164 format (11 digits).
        inbound_call (bool | Unset): Whether inbound calls are allowed.
        inbound_text (bool | Unset): Whether inbound texts are allowed.
        outbound_call (bool | Unset): Whether outbound calls are allowed.
        outbound_text (bool | Unset): Whether outbound texts are allowed.
    """

    to_number: str | Unset = UNSET
    from_number: str | Unset = UNSET
    inbound_call: bool | Unset = UNSET
    inbound_text: bool | Unset = UNSET
    outbound_call: bool | Unset = UNSET
    outbound_text: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to_number = self.to_number

        from_number = self.from_number

        inbound_call = self.inbound_call

        inbound_text = self.inbound_text

        outbound_call = self.outbound_call

        outbound_text = self.outbound_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if to_number is not UNSET:
            field_dict["toNumber"] = to_number
        if from_number is not UNSET:
            field_dict["fromNumber"] = from_number
        if inbound_call is not UNSET:
            field_dict["inboundCall"] = inbound_call
        if inbound_text is not UNSET:
            field_dict["inboundText"] = inbound_text
        if outbound_call is not UNSET:
            field_dict["outboundCall"] = outbound_call
        if outbound_text is not UNSET:
            field_dict["outboundText"] = outbound_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to_number = d.pop("toNumber", UNSET)

        from_number = d.pop("fromNumber", UNSET)

        inbound_call = d.pop("inboundCall", UNSET)

        inbound_text = d.pop("inboundText", UNSET)

        outbound_call = d.pop("outboundCall", UNSET)

        outbound_text = d.pop("outboundText", UNSET)

        universal_do_not_contact = cls(
            to_number=to_number,
            from_number=from_number,
            inbound_call=inbound_call,
            inbound_text=inbound_text,
            outbound_call=outbound_call,
            outbound_text=outbound_text,
        )

        universal_do_not_contact.additional_properties = d
        return universal_do_not_contact

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

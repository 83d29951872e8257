from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DoNotContactRequest")


@_attrs_define
class DoNotContactRequest:
    """Numbers to add to (or update on) the do-not-contact list.

    Attributes:
        numbers (list[str] | Unset): Phone numbers in E.164 format (11 digits).
        source (str | Unset): The name of the source (default "Api V2").
        call (bool | Unset): Block calls to the numbers (default true).
        text (bool | Unset): Block texts to the numbers (default true).
        inbound_call (bool | Unset): Block inbound calls from the numbers.
        inbound_text (bool | Unset): Block inbound texts from the numbers.
    """

    numbers: list[str] | Unset = UNSET
    source: str | Unset = UNSET
    call: bool | Unset = UNSET
    text: bool | Unset = UNSET
    inbound_call: bool | Unset = UNSET
    inbound_text: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        numbers: list[str] | Unset = UNSET
        if not isinstance(self.numbers, Unset):
            numbers = self.numbers

        source = self.source

        call = self.call

        text = self.text

        inbound_call = self.inbound_call

        inbound_text = self.inbound_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if numbers is not UNSET:
            field_dict["numbers"] = numbers
        if source is not UNSET:
            field_dict["source"] = source
        if call is not UNSET:
            field_dict["call"] = call
        if text is not UNSET:
            field_dict["text"] = text
        if inbound_call is not UNSET:
            field_dict["inboundCall"] = inbound_call
        if inbound_text is not UNSET:
            field_dict["inboundText"] = inbound_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        numbers = cast(list[str], d.pop("numbers", UNSET))

        source = d.pop("source", UNSET)

        call = d.pop("call", UNSET)

        text = d.pop("text", UNSET)

        inbound_call = d.pop("inboundCall", UNSET)

        inbound_text = d.pop("inboundText", UNSET)

        do_not_contact_request = cls(
            numbers=numbers,
            source=source,
            call=call,
            text=text,
            inbound_call=inbound_call,
            inbound_text=inbound_text,
        )

        do_not_contact_request.additional_properties = d
        return do_not_contact_request

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

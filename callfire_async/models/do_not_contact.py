from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DoNotContact")


@_attrs_define
class DoNotContact:
    """A number on the account's do-not-contact list and the channels it blocks.

    Attributes:
        number (str | Unset): The phone number in E.164 format (11 digits).
        call (bool | Unset): True if the number must not be called.
        text (bool | Unset): True if the number must not be texted.
        inbound_call (bool | Unset): True if inbound calls from the number are blocked.
        inbound_text (bool | Unset): True if inbound texts from the number are blocked.
        source (str | Unset): The name of the source (e.g. an uploaded DNC list).
        campaign_id (int | Unset): The campaign that put the number on the list.
        created (int | Unset): Creation time in unix milliseconds.
    """

    number: str | Unset = UNSET
    call: bool | Unset = UNSET
    text: bool | Unset = UNSET
    inbound_call: bool | Unset = UNSET
    inbound_text: bool | Unset = UNSET
    source: str | Unset = UNSET
    campaign_id: int | Unset = UNSET
    created: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        call = self.call

        text = self.text

        inbound_call = self.inbound_call

        inbound_text = self.inbound_text

        source = self.source

        campaign_id = self.campaign_id

        created = self.created

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if call is not UNSET:
            field_dict["call"] = call
        if text is not UNSET:
            field_dict["text"] = text
        if inbound_call is not UNSET:
            field_dict["inboundCall"] = inbound_call
        if inbound_text is not UNSET:
            field_dict["inboundText"] = inbound_text
        if source is not UNSET:
            field_dict["source"] = source
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if created is not UNSET:
            field_dict["created"] = created

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number", UNSET)

        call = d.pop("call", UNSET)

        text = d.pop("text", UNSET)

        inbound_call = d.pop("inboundCall", UNSET)

        inbound_text = d.pop("inboundText", UNSET)

        source = d.pop("source", UNSET)

        campaign_id = d.pop("campaignId", UNSET)

        created = d.pop("created", UNSET)

        do_not_contact = cls(
            number=number,
            call=call,
            text=text,
            inbound_call=inbound_call,
            inbound_text=inbound_text,
            source=source,
            campaign_id=campaign_id,
            created=created,
        )

        do_not_contact.additional_properties = d
        return do_not_contact

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

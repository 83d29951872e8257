from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recipient_attributes import RecipientAttributes


T = TypeVar("T", bound="Recipient")


@_attrs_define
class Recipient:
    """A broadcast recipient, given as a phone number or an existing contact's id.

    Attributes:
        phone_number (str | Unset): The phone number in E.164 format (11 digits).
        contact_id (int | Unset): An existing contact's id.
        from_number (str | Unset): The caller id to call from.
        attributes (RecipientAttributes | Unset): User-defined string attributes attached to the call.
    """

    phone_number: str | Unset = UNSET
    contact_id: int | Unset = UNSET
    from_number: str | Unset = UNSET
    attributes: RecipientAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        contact_id = self.contact_id

        from_number = self.from_number

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if from_number is not UNSET:
            field_dict["fromNumber"] = from_number
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phoneNumber", UNSET)

        contact_id = d.pop("contactId", UNSET)

        from_number = d.pop("fromNumber", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: RecipientAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = RecipientAttributes.from_dict(_attributes)

        recipient = cls(
            phone_number=phone_number,
            contact_id=contact_id,
            from_number=from_number,
            attributes=attributes,
        )

        recipient.additional_properties = d
        return recipient

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


# Imported after the class, once: models refer to each other (sometimes in cycles) and the
# methods above need these names only when they run, so a per-call import is not needed.
from ..models.recipient_attributes import RecipientAttributes  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact import Contact


T = TypeVar("T", bound="AddContactListItemsRequest")


@_attrs_define
class AddContactListItemsRequest:
    """Contacts to add to a list (set one of contacts, contactIds, contactNumbers).

    Attributes:
        contacts (list[Contact] | Unset): New contacts to create and add.
        contact_ids (list[int] | Unset): Ids of existing contacts to add.
        contact_numbers (list[str] | Unset): Phone numbers in E.164 format (11 digits) to add as contacts.
        contact_numbers_field (str | Unset): Which contact field `contactNumbers` fill: homePhone, workPhone or
            mobilePhone.
        use_custom_fields (bool | Unset): True to keep field and property names as given; false to name custom fields A,
            B, C, ...
    """

    contacts: list[Contact] | Unset = UNSET
    contact_ids: list[int] | Unset = UNSET
    contact_numbers: list[str] | Unset = UNSET
    contact_numbers_field: str | Unset = UNSET
    use_custom_fields: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

        contact_ids: list[int] | Unset = UNSET
        if not isinstance(self.contact_ids, Unset):
            contact_ids = self.contact_ids

        contact_numbers: list[str] | Unset = UNSET
        if not isinstance(self.contact_numbers, Unset):
            contact_numbers = self.contact_numbers

        contact_numbers_field = self.contact_numbers_field

        use_custom_fields = self.use_custom_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if contact_ids is not UNSET:
            field_dict["contactIds"] = contact_ids
        if contact_numbers is not UNSET:
            field_dict["contactNumbers"] = contact_numbers
        if contact_numbers_field is not UNSET:
            field_dict["contactNumbersField"] = contact_numbers_field
        if use_custom_fields is not UNSET:
            field_dict["useCustomFields"] = use_custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _contacts = d.pop("contacts", UNSET)
        contacts: list[Contact] | Unset = UNSET
        if _contacts is not UNSET:
            contacts = []
            for contacts_item_data in _contacts:
                contacts_item = Contact.from_dict(contacts_item_data)

                contacts.append(contacts_item)

        contact_ids = cast(list[int], d.pop("contactIds", UNSET))

        contact_numbers = cast(list[str], d.pop("contactNumbers", UNSET))

        contact_numbers_field = d.pop("contactNumbersField", UNSET)

        use_custom_fields = d.pop("useCustomFields", UNSET)

        add_contact_list_items_request = cls(
            contacts=contacts,
            contact_ids=contact_ids,
            contact_numbers=contact_numbers,
            contact_numbers_field=contact_numbers_field,
            use_custom_fields=use_custom_fields,
        )

        add_contact_list_items_request.additional_properties = d
        return add_contact_list_items_request

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
from ..models.contact import Contact  # noqa: E402

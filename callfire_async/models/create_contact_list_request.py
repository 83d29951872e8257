from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    built_with_gc_paused,
    json_loads,
    rebuilt_as,
)

if TYPE_CHECKING:
    from ..models.contact import Contact


T = TypeVar("T", bound="CreateContactListRequest")

# from_dict creates instances with object.__new__ and fills their slots itself.
_new_instance = object.__new__

# The JSON names of the fields above: everything else is an unknown field.
_KNOWN_FIELDS = frozenset(
    {
        "name",
        "contacts",
        "contactIds",
        "contactNumbers",
        "contactNumbersField",
        "useCustomFields",
    }
)


# repr=False: __repr__ below shows only the fields that are set.
@_attrs_define(repr=False)
class CreateContactListRequest:
    """A new contact list's name and contacts (set one of contacts, contactIds, contactNumbers).

    Attributes:
        name (str | None): The list's name.
        contacts (list[Contact] | None): New contacts to create and add.
        contact_ids (list[int] | None): Ids of existing contacts to add.
        contact_numbers (list[str] | None): Phone numbers in E.164 format (11 digits) to add as contacts.
        contact_numbers_field (str | None): Which contact field `contactNumbers` fill: homePhone, workPhone or
            mobilePhone.
        use_custom_fields (bool | None): True to keep field and property names as given; false to name custom fields A,
            B, C, ...
    """

    name: str | None = None
    contacts: list[Contact] | None = None
    contact_ids: list[int] | None = None
    contact_numbers: list[str] | None = None
    contact_numbers_field: str | None = None
    use_custom_fields: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        contacts: list[dict[str, Any]] | None = None
        if self.contacts is not None:
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

        contact_ids: list[int] | None = None
        if self.contact_ids is not None:
            contact_ids = self.contact_ids

        contact_numbers: list[str] | None = None
        if self.contact_numbers is not None:
            contact_numbers = self.contact_numbers

        contact_numbers_field = self.contact_numbers_field

        use_custom_fields = self.use_custom_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not None:
            field_dict["name"] = name
        if contacts is not None:
            field_dict["contacts"] = contacts
        if contact_ids is not None:
            field_dict["contactIds"] = contact_ids
        if contact_numbers is not None:
            field_dict["contactNumbers"] = contact_numbers
        if contact_numbers_field is not None:
            field_dict["contactNumbersField"] = contact_numbers_field
        if use_custom_fields is not None:
            field_dict["useCustomFields"] = use_custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not CreateContactListRequest:
            # A subclass may add fields or its own __init__: its constructor builds it
            # (_from_parsed_dict fills the slots of a CreateContactListRequest directly).
            return rebuilt_as(cls, CreateContactListRequest.from_dict(src_dict))
        return cast(T, built_with_gc_paused(CreateContactListRequest._from_parsed_dict, src_dict))

    @staticmethod
    def _from_parsed_dict(src_dict: Mapping[str, Any]) -> CreateContactListRequest:
        """from_dict's work, which the models that hold this one call directly."""
        if type(src_dict) is not dict:
            # Another mapping is copied; a document that is not an object fails here, as before.
            src_dict = dict(src_dict)
        get = src_dict.get
        name = get("name")

        _contacts = get("contacts")
        contacts: list[Contact] | None = (
            None
            if _contacts is None
            else [Contact._from_parsed_dict(contacts_item_data) for contacts_item_data in _contacts]
            if _contacts
            else []
        )

        contact_ids: list[int] | None = get("contactIds")

        contact_numbers: list[str] | None = get("contactNumbers")

        contact_numbers_field = get("contactNumbersField")

        use_custom_fields = get("useCustomFields")

        create_contact_list_request = _new_instance(CreateContactListRequest)
        create_contact_list_request.name = name
        create_contact_list_request.contacts = contacts
        create_contact_list_request.contact_ids = contact_ids
        create_contact_list_request.contact_numbers = contact_numbers
        create_contact_list_request.contact_numbers_field = contact_numbers_field
        create_contact_list_request.use_custom_fields = use_custom_fields

        unknown: dict[str, Any] = (
            {}
            if _KNOWN_FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS}
        )
        create_contact_list_request.additional_properties = unknown
        return create_contact_list_request

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
                ("name", self.name),
                ("contacts", self.contacts),
                ("contact_ids", self.contact_ids),
                ("contact_numbers", self.contact_numbers),
                ("contact_numbers_field", self.contact_numbers_field),
                ("use_custom_fields", self.use_custom_fields),
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


# Imported after the class, once: models refer to each other (sometimes in cycles) and the
# methods above need these names only when they run, so a per-call import is not needed.
from ..models.contact import Contact  # noqa: E402

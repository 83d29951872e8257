from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_list_status import ContactListStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactList")


@_attrs_define
class ContactList:
    """A named list of contacts used as a campaign's audience.

    Attributes:
        id (int | Unset): The list's id.
        name (str | Unset): The list's name.
        size (int | Unset): Number of contacts in the list.
        created (int | Unset): Creation time in unix milliseconds.
        status (ContactListStatus | Unset): The import and validation status of a contact list.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    size: int | Unset = UNSET
    created: int | Unset = UNSET
    status: ContactListStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        size = self.size

        created = self.created

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if size is not UNSET:
            field_dict["size"] = size
        if created is not UNSET:
            field_dict["created"] = created
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        size = d.pop("size", UNSET)

        created = d.pop("created", UNSET)

        _status = d.pop("status", UNSET)
        status: ContactListStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ContactListStatus(_status)

        contact_list = cls(
            id=id,
            name=name,
            size=size,
            created=created,
            status=status,
        )

        contact_list.additional_properties = d
        return contact_list

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

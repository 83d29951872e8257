from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="ContactListUpload")


@_attrs_define
class ContactListUpload:
    """A CSV file of contacts to create a contact list from.

    Attributes:
        file (File): The CSV file; its header row names the contact fields.
        name (str | Unset): The new list's name.
        use_custom_fields (bool | Unset): True to keep the CSV's column names as property names; false to name custom
            fields A, B, C, ...
    """

    file: File
    name: str | Unset = UNSET
    use_custom_fields: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        name = self.name

        use_custom_fields = self.use_custom_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if use_custom_fields is not UNSET:
            field_dict["useCustomFields"] = use_custom_fields

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.use_custom_fields, Unset):
            files.append(
                ("useCustomFields", (None, str(self.use_custom_fields).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        name = d.pop("name", UNSET)

        use_custom_fields = d.pop("useCustomFields", UNSET)

        contact_list_upload = cls(
            file=file,
            name=name,
            use_custom_fields=use_custom_fields,
        )

        contact_list_upload.additional_properties = d
        return contact_list_upload

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

from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    File,
    built_with_gc_paused,
    json_loads,
    rebuilt_as,
)

T = TypeVar("T", bound="ContactListUpload")

# from_dict creates instances with object.__new__ and fills their slots itself.
_new_instance = object.__new__

# The JSON names of the fields above: everything else is an unknown field.
_KNOWN_FIELDS = frozenset(
    {
        "file",
        "name",
        "useCustomFields",
    }
)


# repr=False: __repr__ below shows only the fields that are set.
@_attrs_define(repr=False)
class ContactListUpload:
    """A CSV file of contacts to create a contact list from.

    Attributes:
        file (File): The CSV file; its header row names the contact fields.
        name (str | None): The new list's name.
        use_custom_fields (bool | None): True to keep the CSV's column names as property names; false to name custom
            fields A, B, C, ...
    """

    file: File
    name: str | None = None
    use_custom_fields: bool | None = None
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
        if name is not None:
            field_dict["name"] = name
        if use_custom_fields is not None:
            field_dict["useCustomFields"] = use_custom_fields

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if self.name is not None:
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if self.use_custom_fields is not None:
            files.append(
                ("useCustomFields", (None, str(self.use_custom_fields).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not ContactListUpload:
            # A subclass may add fields or its own __init__: its constructor builds it
            # (_from_parsed_dict fills the slots of a ContactListUpload directly).
            return rebuilt_as(cls, ContactListUpload.from_dict(src_dict))
        return cast(T, built_with_gc_paused(ContactListUpload._from_parsed_dict, src_dict))

    @staticmethod
    def _from_parsed_dict(src_dict: Mapping[str, Any]) -> ContactListUpload:
        """from_dict's work, which the models that hold this one call directly."""
        if type(src_dict) is not dict:
            # Another mapping is copied; a document that is not an object fails here, as before.
            src_dict = dict(src_dict)
        get = src_dict.get
        file = File(payload=BytesIO(src_dict["file"]))

        name = get("name")

        use_custom_fields = get("useCustomFields")

        contact_list_upload = _new_instance(ContactListUpload)
        contact_list_upload.file = file
        contact_list_upload.name = name
        contact_list_upload.use_custom_fields = use_custom_fields

        unknown: dict[str, Any] = (
            {}
            if _KNOWN_FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS}
        )
        contact_list_upload.additional_properties = unknown
        return contact_list_upload

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
                ("file", self.file),
                ("name", self.name),
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

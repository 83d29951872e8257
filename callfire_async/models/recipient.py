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
    from ..models.recipient_attributes import RecipientAttributes


T = TypeVar("T", bound="Recipient")

# from_dict creates instances with object.__new__ and fills their slots itself.
_new_instance = object.__new__

# The JSON names of the fields above: everything else is an unknown field.
_KNOWN_FIELDS = frozenset(
    {
        "phoneNumber",
        "contactId",
        "fromNumber",
        "attributes",
    }
)


# repr=False: __repr__ below shows only the fields that are set.
@_attrs_define(repr=False)
class Recipient:
    """A broadcast recipient, given as a phone number or an existing contact's id.

    Attributes:
        phone_number (str | None): The phone number in E.164 format (11 digits).
        contact_id (int | None): An existing contact's id.
        from_number (str | None): The caller id to call from.
        attributes (RecipientAttributes | None): User-defined string attributes attached to the call.
    """

    phone_number: str | None = None
    contact_id: int | None = None
    from_number: str | None = None
    attributes: RecipientAttributes | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        contact_id = self.contact_id

        from_number = self.from_number

        attributes: dict[str, Any] | None = None
        if self.attributes is not None:
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_number is not None:
            field_dict["phoneNumber"] = phone_number
        if contact_id is not None:
            field_dict["contactId"] = contact_id
        if from_number is not None:
            field_dict["fromNumber"] = from_number
        if attributes is not None:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not Recipient:
            # A subclass may add fields or its own __init__: its constructor builds it
            # (_from_parsed_dict fills the slots of a Recipient directly).
            return rebuilt_as(cls, Recipient.from_dict(src_dict))
        return cast(T, built_with_gc_paused(Recipient._from_parsed_dict, src_dict))

    @staticmethod
    def _from_parsed_dict(src_dict: Mapping[str, Any]) -> Recipient:
        """from_dict's work, which the models that hold this one call directly."""
        if type(src_dict) is not dict:
            # Another mapping is copied; a document that is not an object fails here, as before.
            src_dict = dict(src_dict)
        get = src_dict.get
        phone_number = get("phoneNumber")

        contact_id = get("contactId")

        from_number = get("fromNumber")

        _attributes = get("attributes")
        attributes = (
            None if _attributes is None else RecipientAttributes._from_parsed_dict(_attributes)
        )

        recipient = _new_instance(Recipient)
        recipient.phone_number = phone_number
        recipient.contact_id = contact_id
        recipient.from_number = from_number
        recipient.attributes = attributes

        unknown: dict[str, Any] = (
            {}
            if _KNOWN_FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS}
        )
        recipient.additional_properties = unknown
        return recipient

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
                ("phone_number", self.phone_number),
                ("contact_id", self.contact_id),
                ("from_number", self.from_number),
                ("attributes", self.attributes),
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
from ..models.recipient_attributes import RecipientAttributes  # noqa: E402

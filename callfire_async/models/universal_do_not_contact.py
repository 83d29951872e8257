from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    built_with_gc_paused,
    json_loads,
    rebuilt_as,
)

T = TypeVar("T", bound="UniversalDoNotContact")

# from_dict creates instances with object.__new__ and fills their slots itself.
_new_instance = object.__new__

# The JSON names of the fields above: everything else is an unknown field.
_KNOWN_FIELDS = frozenset(
    {
        "toNumber",
        "fromNumber",
        "inboundCall",
        "inboundText",
        "outboundCall",
        "outboundText",
    }
)


# repr=False: __repr__ below shows only the fields that are set.
@_attrs_define(repr=False)
class UniversalDoNotContact:
    """Platform-wide do-not-contact flags for a number (and optionally a sender).

    Attributes:
        to_number (str | None): The destination number in E.164 format (11 digits).
        from_number (str | None): The source number in E.164 format (11 digits).
        inbound_call (bool | None): Whether inbound calls are allowed.
        inbound_text (bool | None): Whether inbound texts are allowed.
        outbound_call (bool | None): Whether outbound calls are allowed.
        outbound_text (bool | None): Whether outbound texts are allowed.
    """

    to_number: str | None = None
    from_number: str | None = None
    inbound_call: bool | None = None
    inbound_text: bool | None = None
    outbound_call: bool | None = None
    outbound_text: bool | None = None
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
        if to_number is not None:
            field_dict["toNumber"] = to_number
        if from_number is not None:
            field_dict["fromNumber"] = from_number
        if inbound_call is not None:
            field_dict["inboundCall"] = inbound_call
        if inbound_text is not None:
            field_dict["inboundText"] = inbound_text
        if outbound_call is not None:
            field_dict["outboundCall"] = outbound_call
        if outbound_text is not None:
            field_dict["outboundText"] = outbound_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not UniversalDoNotContact:
            # A subclass may add fields or its own __init__: its constructor builds it
            # (_from_parsed_dict fills the slots of a UniversalDoNotContact directly).
            return rebuilt_as(cls, UniversalDoNotContact.from_dict(src_dict))
        return cast(T, built_with_gc_paused(UniversalDoNotContact._from_parsed_dict, src_dict))

    @staticmethod
    def _from_parsed_dict(src_dict: Mapping[str, Any]) -> UniversalDoNotContact:
        """from_dict's work, which the models that hold this one call directly."""
        if type(src_dict) is not dict:
            # Another mapping is copied; a document that is not an object fails here, as before.
            src_dict = dict(src_dict)
        get = src_dict.get
        to_number = get("toNumber")

        from_number = get("fromNumber")

        inbound_call = get("inboundCall")

        inbound_text = get("inboundText")

        outbound_call = get("outboundCall")

        outbound_text = get("outboundText")

        universal_do_not_contact = _new_instance(UniversalDoNotContact)
        universal_do_not_contact.to_number = to_number
        universal_do_not_contact.from_number = from_number
        universal_do_not_contact.inbound_call = inbound_call
        universal_do_not_contact.inbound_text = inbound_text
        universal_do_not_contact.outbound_call = outbound_call
        universal_do_not_contact.outbound_text = outbound_text

        unknown: dict[str, Any] = (
            {}
            if _KNOWN_FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS}
        )
        universal_do_not_contact.additional_properties = unknown
        return universal_do_not_contact

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
                ("to_number", self.to_number),
                ("from_number", self.from_number),
                ("inbound_call", self.inbound_call),
                ("inbound_text", self.inbound_text),
                ("outbound_call", self.outbound_call),
                ("outbound_text", self.outbound_text),
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

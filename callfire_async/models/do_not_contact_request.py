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

T = TypeVar("T", bound="DoNotContactRequest")

# from_dict creates instances with object.__new__ and fills their slots itself.
_new_instance = object.__new__

# The JSON names of the fields above: everything else is an unknown field.
_KNOWN_FIELDS = frozenset(
    {
        "numbers",
        "source",
        "call",
        "text",
        "inboundCall",
        "inboundText",
    }
)


# repr=False: __repr__ below shows only the fields that are set.
@_attrs_define(repr=False)
class DoNotContactRequest:
    """Numbers to add to (or update on) the do-not-contact list.

    Attributes:
        numbers (list[str] | None): Phone numbers in E.164 format (11 digits).
        source (str | None): The name of the source (default "Api V2").
        call (bool | None): Block calls to the numbers (default true).
        text (bool | None): Block texts to the numbers (default true).
        inbound_call (bool | None): Block inbound calls from the numbers.
        inbound_text (bool | None): Block inbound texts from the numbers.
    """

    numbers: list[str] | None = None
    source: str | None = None
    call: bool | None = None
    text: bool | None = None
    inbound_call: bool | None = None
    inbound_text: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        numbers: list[str] | None = None
        if self.numbers is not None:
            numbers = self.numbers

        source = self.source

        call = self.call

        text = self.text

        inbound_call = self.inbound_call

        inbound_text = self.inbound_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if numbers is not None:
            field_dict["numbers"] = numbers
        if source is not None:
            field_dict["source"] = source
        if call is not None:
            field_dict["call"] = call
        if text is not None:
            field_dict["text"] = text
        if inbound_call is not None:
            field_dict["inboundCall"] = inbound_call
        if inbound_text is not None:
            field_dict["inboundText"] = inbound_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not DoNotContactRequest:
            # A subclass may add fields or its own __init__: its constructor builds it
            # (_from_parsed_dict fills the slots of a DoNotContactRequest directly).
            return rebuilt_as(cls, DoNotContactRequest.from_dict(src_dict))
        return cast(T, built_with_gc_paused(DoNotContactRequest._from_parsed_dict, src_dict))

    @staticmethod
    def _from_parsed_dict(src_dict: Mapping[str, Any]) -> DoNotContactRequest:
        """from_dict's work, which the models that hold this one call directly."""
        if type(src_dict) is not dict:
            # Another mapping is copied; a document that is not an object fails here, as before.
            src_dict = dict(src_dict)
        get = src_dict.get
        numbers: list[str] | None = get("numbers")

        source = get("source")

        call = get("call")

        text = get("text")

        inbound_call = get("inboundCall")

        inbound_text = get("inboundText")

        do_not_contact_request = _new_instance(DoNotContactRequest)
        do_not_contact_request.numbers = numbers
        do_not_contact_request.source = source
        do_not_contact_request.call = call
        do_not_contact_request.text = text
        do_not_contact_request.inbound_call = inbound_call
        do_not_contact_request.inbound_text = inbound_text

        unknown: dict[str, Any] = (
            {}
            if _KNOWN_FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS}
        )
        do_not_contact_request.additional_properties = unknown
        return do_not_contact_request

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
                ("numbers", self.numbers),
                ("source", self.source),
                ("call", self.call),
                ("text", self.text),
                ("inbound_call", self.inbound_call),
                ("inbound_text", self.inbound_text),
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

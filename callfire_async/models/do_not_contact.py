from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MILLISECOND,
    UNIX_EPOCH,
    built_with_gc_paused,
    datetime_to_unix_ms,
    json_loads,
    rebuilt_as,
)

T = TypeVar("T", bound="DoNotContact")

# from_dict creates instances with object.__new__ and fills their slots itself.
_new_instance = object.__new__

# The JSON names of the fields above: everything else is an unknown field.
_KNOWN_FIELDS = frozenset(
    {
        "number",
        "call",
        "text",
        "inboundCall",
        "inboundText",
        "source",
        "campaignId",
        "created",
    }
)


# repr=False: __repr__ below shows only the fields that are set.
@_attrs_define(repr=False)
class DoNotContact:
    """A number on the account's do-not-contact list and the channels it blocks.

    Attributes:
        number (str | None): The phone number in E.164 format (11 digits).
        call (bool | None): True if the number must not be called.
        text (bool | None): True if the number must not be texted.
        inbound_call (bool | None): True if inbound calls from the number are blocked.
        inbound_text (bool | None): True if inbound texts from the number are blocked.
        source (str | None): The name of the source (e.g. an uploaded DNC list).
        campaign_id (int | None): The campaign that put the number on the list.
        created (datetime.datetime | None): Creation time in unix milliseconds.
    """

    number: str | None = None
    call: bool | None = None
    text: bool | None = None
    inbound_call: bool | None = None
    inbound_text: bool | None = None
    source: str | None = None
    campaign_id: int | None = None
    created: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        call = self.call

        text = self.text

        inbound_call = self.inbound_call

        inbound_text = self.inbound_text

        source = self.source

        campaign_id = self.campaign_id

        created = None if self.created is None else datetime_to_unix_ms(self.created)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not None:
            field_dict["number"] = number
        if call is not None:
            field_dict["call"] = call
        if text is not None:
            field_dict["text"] = text
        if inbound_call is not None:
            field_dict["inboundCall"] = inbound_call
        if inbound_text is not None:
            field_dict["inboundText"] = inbound_text
        if source is not None:
            field_dict["source"] = source
        if campaign_id is not None:
            field_dict["campaignId"] = campaign_id
        if created is not None:
            field_dict["created"] = created

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not DoNotContact:
            # A subclass may add fields or its own __init__: its constructor builds it
            # (_from_parsed_dict fills the slots of a DoNotContact directly).
            return rebuilt_as(cls, DoNotContact.from_dict(src_dict))
        return cast(T, built_with_gc_paused(DoNotContact._from_parsed_dict, src_dict))

    @staticmethod
    def _from_parsed_dict(src_dict: Mapping[str, Any]) -> DoNotContact:
        """from_dict's work, which the models that hold this one call directly."""
        if type(src_dict) is not dict:
            # Another mapping is copied; a document that is not an object fails here, as before.
            src_dict = dict(src_dict)
        get = src_dict.get
        number = get("number")

        call = get("call")

        text = get("text")

        inbound_call = get("inboundCall")

        inbound_text = get("inboundText")

        source = get("source")

        campaign_id = get("campaignId")

        _created = get("created")
        created = None if _created is None else UNIX_EPOCH + MILLISECOND * _created

        do_not_contact = _new_instance(DoNotContact)
        do_not_contact.number = number
        do_not_contact.call = call
        do_not_contact.text = text
        do_not_contact.inbound_call = inbound_call
        do_not_contact.inbound_text = inbound_text
        do_not_contact.source = source
        do_not_contact.campaign_id = campaign_id
        do_not_contact.created = created

        unknown: dict[str, Any] = (
            {}
            if _KNOWN_FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS}
        )
        do_not_contact.additional_properties = unknown
        return do_not_contact

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
                ("number", self.number),
                ("call", self.call),
                ("text", self.text),
                ("inbound_call", self.inbound_call),
                ("inbound_text", self.inbound_text),
                ("source", self.source),
                ("campaign_id", self.campaign_id),
                ("created", self.created),
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

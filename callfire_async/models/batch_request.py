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
    from ..models.recipient import Recipient


T = TypeVar("T", bound="BatchRequest")

# from_dict creates instances with object.__new__ and fills their slots itself.
_new_instance = object.__new__

# The JSON names of the fields above: everything else is an unknown field.
_KNOWN_FIELDS = frozenset(
    {
        "name",
        "contactListId",
        "recipients",
        "scrubDuplicates",
    }
)


# repr=False: __repr__ below shows only the fields that are set.
@_attrs_define(repr=False)
class BatchRequest:
    """A batch to add to a broadcast, from a contact list or a list of recipients.

    Attributes:
        name (str | None): The batch's name.
        contact_list_id (int | None): An existing contact list to use.
        recipients (list[Recipient] | None): Recipients to use (numbers or existing contact ids).
        scrub_duplicates (bool | None): True to drop recipients already in the broadcast.
    """

    name: str | None = None
    contact_list_id: int | None = None
    recipients: list[Recipient] | None = None
    scrub_duplicates: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        contact_list_id = self.contact_list_id

        recipients: list[dict[str, Any]] | None = None
        if self.recipients is not None:
            recipients = []
            for recipients_item_data in self.recipients:
                recipients_item = recipients_item_data.to_dict()
                recipients.append(recipients_item)

        scrub_duplicates = self.scrub_duplicates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not None:
            field_dict["name"] = name
        if contact_list_id is not None:
            field_dict["contactListId"] = contact_list_id
        if recipients is not None:
            field_dict["recipients"] = recipients
        if scrub_duplicates is not None:
            field_dict["scrubDuplicates"] = scrub_duplicates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not BatchRequest:
            # A subclass may add fields or its own __init__: its constructor builds it
            # (_from_parsed_dict fills the slots of a BatchRequest directly).
            return rebuilt_as(cls, BatchRequest.from_dict(src_dict))
        return cast(T, built_with_gc_paused(BatchRequest._from_parsed_dict, src_dict))

    @staticmethod
    def _from_parsed_dict(src_dict: Mapping[str, Any]) -> BatchRequest:
        """from_dict's work, which the models that hold this one call directly."""
        if type(src_dict) is not dict:
            # Another mapping is copied; a document that is not an object fails here, as before.
            src_dict = dict(src_dict)
        get = src_dict.get
        name = get("name")

        contact_list_id = get("contactListId")

        _recipients = get("recipients")
        recipients: list[Recipient] | None = (
            None
            if _recipients is None
            else [
                Recipient._from_parsed_dict(recipients_item_data)
                for recipients_item_data in _recipients
            ]
            if _recipients
            else []
        )

        scrub_duplicates = get("scrubDuplicates")

        batch_request = _new_instance(BatchRequest)
        batch_request.name = name
        batch_request.contact_list_id = contact_list_id
        batch_request.recipients = recipients
        batch_request.scrub_duplicates = scrub_duplicates

        unknown: dict[str, Any] = (
            {}
            if _KNOWN_FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS}
        )
        batch_request.additional_properties = unknown
        return batch_request

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
                ("contact_list_id", self.contact_list_id),
                ("recipients", self.recipients),
                ("scrub_duplicates", self.scrub_duplicates),
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
from ..models.recipient import Recipient  # noqa: E402

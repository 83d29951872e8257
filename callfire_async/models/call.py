from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_result import CALL_RESULT_BY_VALUE, CallResult
from ..models.call_state import CALL_STATE_BY_VALUE, CallState
from ..types import (
    MILLISECOND,
    UNIX_EPOCH,
    built_with_gc_paused,
    datetime_to_unix_ms,
    json_loads,
    rebuilt_as,
)

if TYPE_CHECKING:
    from ..models.call_attributes import CallAttributes
    from ..models.call_record import CallRecord
    from ..models.contact import Contact
    from ..models.note import Note


T = TypeVar("T", bound="Call")

# from_dict creates instances with object.__new__ and fills their slots itself.
_new_instance = object.__new__

# The JSON names of the fields above: everything else is an unknown field.
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "fromNumber",
        "toNumber",
        "state",
        "finalCallResult",
        "campaignId",
        "batchId",
        "contact",
        "inbound",
        "created",
        "modified",
        "labels",
        "attributes",
        "agentCall",
        "notes",
        "records",
    }
)


# repr=False: __repr__ below shows only the fields that are set.
@_attrs_define(repr=False)
class Call:
    """A call sent or received by CallFire, with its dialing attempts.

    Attributes:
        id (int | None): The call's id.
        from_number (str | None): The caller's number in E.164 format.
        to_number (str | None): The recipient's number in E.164 format.
        state (CallState | None): The state of a call in CallFire's dialer.
        final_call_result (CallResult | None): The final result of a call attempt (LA live answer, AM answering machine,
            ...).
        campaign_id (int | None): The broadcast the call belongs to.
        batch_id (int | None): The batch the call belongs to.
        contact (Contact | None): A person to contact, with up to six phone numbers and custom properties.
        inbound (bool | None): True for an inbound call.
        created (datetime.datetime | None): Creation time in unix milliseconds.
        modified (datetime.datetime | None): Last modification time in unix milliseconds.
        labels (list[str] | None): Labels of the call or its broadcast.
        attributes (CallAttributes | None): User-defined string attributes attached to the call.
        agent_call (bool | None): True for an internal call to an agent.
        notes (list[Note] | None): Notes added by agents.
        records (list[CallRecord] | None): The dialing attempts.
    """

    id: int | None = None
    from_number: str | None = None
    to_number: str | None = None
    state: CallState | None = None
    final_call_result: CallResult | None = None
    campaign_id: int | None = None
    batch_id: int | None = None
    contact: Contact | None = None
    inbound: bool | None = None
    created: datetime.datetime | None = None
    modified: datetime.datetime | None = None
    labels: list[str] | None = None
    attributes: CallAttributes | None = None
    agent_call: bool | None = None
    notes: list[Note] | None = None
    records: list[CallRecord] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        from_number = self.from_number

        to_number = self.to_number

        state: str | None = None
        if self.state is not None:
            state = str(self.state)

        final_call_result: str | None = None
        if self.final_call_result is not None:
            final_call_result = str(self.final_call_result)

        campaign_id = self.campaign_id

        batch_id = self.batch_id

        contact: dict[str, Any] | None = None
        if self.contact is not None:
            contact = self.contact.to_dict()

        inbound = self.inbound

        created = None if self.created is None else datetime_to_unix_ms(self.created)

        modified = None if self.modified is None else datetime_to_unix_ms(self.modified)

        labels: list[str] | None = None
        if self.labels is not None:
            labels = self.labels

        attributes: dict[str, Any] | None = None
        if self.attributes is not None:
            attributes = self.attributes.to_dict()

        agent_call = self.agent_call

        notes: list[dict[str, Any]] | None = None
        if self.notes is not None:
            notes = []
            for notes_item_data in self.notes:
                notes_item = notes_item_data.to_dict()
                notes.append(notes_item)

        records: list[dict[str, Any]] | None = None
        if self.records is not None:
            records = []
            for records_item_data in self.records:
                records_item = records_item_data.to_dict()
                records.append(records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if from_number is not None:
            field_dict["fromNumber"] = from_number
        if to_number is not None:
            field_dict["toNumber"] = to_number
        if state is not None:
            field_dict["state"] = state
        if final_call_result is not None:
            field_dict["finalCallResult"] = final_call_result
        if campaign_id is not None:
            field_dict["campaignId"] = campaign_id
        if batch_id is not None:
            field_dict["batchId"] = batch_id
        if contact is not None:
            field_dict["contact"] = contact
        if inbound is not None:
            field_dict["inbound"] = inbound
        if created is not None:
            field_dict["created"] = created
        if modified is not None:
            field_dict["modified"] = modified
        if labels is not None:
            field_dict["labels"] = labels
        if attributes is not None:
            field_dict["attributes"] = attributes
        if agent_call is not None:
            field_dict["agentCall"] = agent_call
        if notes is not None:
            field_dict["notes"] = notes
        if records is not None:
            field_dict["records"] = records

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not Call:
            # A subclass may add fields or its own __init__: its constructor builds it
            # (_from_parsed_dict fills the slots of a Call directly).
            return rebuilt_as(cls, Call.from_dict(src_dict))
        return cast(T, built_with_gc_paused(Call._from_parsed_dict, src_dict))

    @staticmethod
    def _from_parsed_dict(src_dict: Mapping[str, Any]) -> Call:
        """from_dict's work, which the models that hold this one call directly."""
        if type(src_dict) is not dict:
            # Another mapping is copied; a document that is not an object fails here, as before.
            src_dict = dict(src_dict)
        get = src_dict.get
        id = get("id")

        from_number = get("fromNumber")

        to_number = get("toNumber")

        _state = get("state")
        state = None if _state is None else CALL_STATE_BY_VALUE.get(_state) or CallState(_state)

        _final_call_result = get("finalCallResult")
        final_call_result = (
            None
            if _final_call_result is None
            else CALL_RESULT_BY_VALUE.get(_final_call_result) or CallResult(_final_call_result)
        )

        campaign_id = get("campaignId")

        batch_id = get("batchId")

        _contact = get("contact")
        contact = None if _contact is None else Contact._from_parsed_dict(_contact)

        inbound = get("inbound")

        _created = get("created")
        created = None if _created is None else UNIX_EPOCH + MILLISECOND * _created

        _modified = get("modified")
        modified = None if _modified is None else UNIX_EPOCH + MILLISECOND * _modified

        labels: list[str] | None = get("labels")

        _attributes = get("attributes")
        attributes = None if _attributes is None else CallAttributes._from_parsed_dict(_attributes)

        agent_call = get("agentCall")

        _notes = get("notes")
        notes: list[Note] | None = (
            None
            if _notes is None
            else [Note._from_parsed_dict(notes_item_data) for notes_item_data in _notes]
            if _notes
            else []
        )

        _records = get("records")
        records: list[CallRecord] | None = (
            None
            if _records is None
            else [CallRecord._from_parsed_dict(records_item_data) for records_item_data in _records]
            if _records
            else []
        )

        call = _new_instance(Call)
        call.id = id
        call.from_number = from_number
        call.to_number = to_number
        call.state = state
        call.final_call_result = final_call_result
        call.campaign_id = campaign_id
        call.batch_id = batch_id
        call.contact = contact
        call.inbound = inbound
        call.created = created
        call.modified = modified
        call.labels = labels
        call.attributes = attributes
        call.agent_call = agent_call
        call.notes = notes
        call.records = records

        unknown: dict[str, Any] = (
            {}
            if _KNOWN_FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS}
        )
        call.additional_properties = unknown
        return call

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
                ("id", self.id),
                ("from_number", self.from_number),
                ("to_number", self.to_number),
                ("state", self.state),
                ("final_call_result", self.final_call_result),
                ("campaign_id", self.campaign_id),
                ("batch_id", self.batch_id),
                ("contact", self.contact),
                ("inbound", self.inbound),
                ("created", self.created),
                ("modified", self.modified),
                ("labels", self.labels),
                ("attributes", self.attributes),
                ("agent_call", self.agent_call),
                ("notes", self.notes),
                ("records", self.records),
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
from ..models.call_attributes import CallAttributes  # noqa: E402
from ..models.call_record import CallRecord  # noqa: E402
from ..models.contact import Contact  # noqa: E402
from ..models.note import Note  # noqa: E402

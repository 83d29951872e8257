from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_result import CallResult
from ..models.call_state import CallState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_attributes import CallAttributes
    from ..models.call_record import CallRecord
    from ..models.contact import Contact
    from ..models.note import Note


T = TypeVar("T", bound="Call")


@_attrs_define
class Call:
    """A call sent or received by CallFire, with its dialing attempts.

    Attributes:
        id (int | Unset): The call's id.
        from_number (str | Unset): The caller's number in E.164 format.
        to_number (str | Unset): The recipient's number in E.164 format.
        state (CallState | Unset): The state of a call in CallFire's dialer.
        final_call_result (CallResult | Unset): The final result of a call attempt (LA live answer, AM answering
            machine, ...).
        campaign_id (int | Unset): The broadcast the call belongs to.
        batch_id (int | Unset): The batch the call belongs to.
        contact (Contact | Unset): A person to contact, with up to six phone numbers and custom properties.
        inbound (bool | Unset): True for an inbound call.
        created (int | Unset): Creation time in unix milliseconds.
        modified (int | Unset): Last modification time in unix milliseconds.
        labels (list[str] | Unset): Labels of the call or its broadcast.
        attributes (CallAttributes | Unset): User-defined string attributes attached to the call.
        agent_call (bool | Unset): True for an internal call to an agent.
        notes (list[Note] | Unset): Notes added by agents.
        records (list[CallRecord] | Unset): The dialing attempts.
    """

    id: int | Unset = UNSET
    from_number: str | Unset = UNSET
    to_number: str | Unset = UNSET
    state: CallState | Unset = UNSET
    final_call_result: CallResult | Unset = UNSET
    campaign_id: int | Unset = UNSET
    batch_id: int | Unset = UNSET
    contact: Contact | Unset = UNSET
    inbound: bool | Unset = UNSET
    created: int | Unset = UNSET
    modified: int | Unset = UNSET
    labels: list[str] | Unset = UNSET
    attributes: CallAttributes | Unset = UNSET
    agent_call: bool | Unset = UNSET
    notes: list[Note] | Unset = UNSET
    records: list[CallRecord] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        from_number = self.from_number

        to_number = self.to_number

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        final_call_result: str | Unset = UNSET
        if not isinstance(self.final_call_result, Unset):
            final_call_result = self.final_call_result.value

        campaign_id = self.campaign_id

        batch_id = self.batch_id

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        inbound = self.inbound

        created = self.created

        modified = self.modified

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        agent_call = self.agent_call

        notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = []
            for notes_item_data in self.notes:
                notes_item = notes_item_data.to_dict()
                notes.append(notes_item)

        records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.records, Unset):
            records = []
            for records_item_data in self.records:
                records_item = records_item_data.to_dict()
                records.append(records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if from_number is not UNSET:
            field_dict["fromNumber"] = from_number
        if to_number is not UNSET:
            field_dict["toNumber"] = to_number
        if state is not UNSET:
            field_dict["state"] = state
        if final_call_result is not UNSET:
            field_dict["finalCallResult"] = final_call_result
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if batch_id is not UNSET:
            field_dict["batchId"] = batch_id
        if contact is not UNSET:
            field_dict["contact"] = contact
        if inbound is not UNSET:
            field_dict["inbound"] = inbound
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified
        if labels is not UNSET:
            field_dict["labels"] = labels
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if agent_call is not UNSET:
            field_dict["agentCall"] = agent_call
        if notes is not UNSET:
            field_dict["notes"] = notes
        if records is not UNSET:
            field_dict["records"] = records

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        from_number = d.pop("fromNumber", UNSET)

        to_number = d.pop("toNumber", UNSET)

        _state = d.pop("state", UNSET)
        state: CallState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = CallState(_state)

        _final_call_result = d.pop("finalCallResult", UNSET)
        final_call_result: CallResult | Unset
        if isinstance(_final_call_result, Unset):
            final_call_result = UNSET
        else:
            final_call_result = CallResult(_final_call_result)

        campaign_id = d.pop("campaignId", UNSET)

        batch_id = d.pop("batchId", UNSET)

        _contact = d.pop("contact", UNSET)
        contact: Contact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = Contact.from_dict(_contact)

        inbound = d.pop("inbound", UNSET)

        created = d.pop("created", UNSET)

        modified = d.pop("modified", UNSET)

        labels = cast(list[str], d.pop("labels", UNSET))

        _attributes = d.pop("attributes", UNSET)
        attributes: CallAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = CallAttributes.from_dict(_attributes)

        agent_call = d.pop("agentCall", UNSET)

        _notes = d.pop("notes", UNSET)
        notes: list[Note] | Unset = UNSET
        if _notes is not UNSET:
            notes = []
            for notes_item_data in _notes:
                notes_item = Note.from_dict(notes_item_data)

                notes.append(notes_item)

        _records = d.pop("records", UNSET)
        records: list[CallRecord] | Unset = UNSET
        if _records is not UNSET:
            records = []
            for records_item_data in _records:
                records_item = CallRecord.from_dict(records_item_data)

                records.append(records_item)

        call = cls(
            id=id,
            from_number=from_number,
            to_number=to_number,
            state=state,
            final_call_result=final_call_result,
            campaign_id=campaign_id,
            batch_id=batch_id,
            contact=contact,
            inbound=inbound,
            created=created,
            modified=modified,
            labels=labels,
            attributes=attributes,
            agent_call=agent_call,
            notes=notes,
            records=records,
        )

        call.additional_properties = d
        return call

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

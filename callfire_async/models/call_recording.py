from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_recording_state import CALL_RECORDING_STATE_BY_VALUE, CallRecordingState
from ..types import (
    MILLISECOND,
    UNIX_EPOCH,
    built_with_gc_paused,
    datetime_to_unix_ms,
    json_loads,
    rebuilt_as,
)

T = TypeVar("T", bound="CallRecording")

# from_dict creates instances with object.__new__ and fills their slots itself.
_new_instance = object.__new__

# The JSON names of the fields above: everything else is an unknown field.
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "callId",
        "campaignId",
        "name",
        "created",
        "lengthInBytes",
        "lengthInSeconds",
        "hash",
        "mp3Url",
        "state",
    }
)


# repr=False: __repr__ below shows only the fields that are set.
@_attrs_define(repr=False)
class CallRecording:
    """The metadata of a call's recording, with a link to its MP3.

    Attributes:
        id (int | None): The recording's id.
        call_id (int | None): The call's id.
        campaign_id (int | None): The broadcast's id when the call belongs to one.
        name (str | None): The recording's name.
        created (datetime.datetime | None): Creation time in unix milliseconds.
        length_in_bytes (int | None): Size of the recording in bytes.
        length_in_seconds (int | None): Duration in seconds.
        hash_ (str | None): A unique hash identifying the recording.
        mp_3_url (str | None): A public URL of the MP3 recording.
        state (CallRecordingState | None): The state of a call recording.
    """

    id: int | None = None
    call_id: int | None = None
    campaign_id: int | None = None
    name: str | None = None
    created: datetime.datetime | None = None
    length_in_bytes: int | None = None
    length_in_seconds: int | None = None
    hash_: str | None = None
    mp_3_url: str | None = None
    state: CallRecordingState | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        call_id = self.call_id

        campaign_id = self.campaign_id

        name = self.name

        created = None if self.created is None else datetime_to_unix_ms(self.created)

        length_in_bytes = self.length_in_bytes

        length_in_seconds = self.length_in_seconds

        hash_ = self.hash_

        mp_3_url = self.mp_3_url

        state: str | None = None
        if self.state is not None:
            state = str(self.state)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if call_id is not None:
            field_dict["callId"] = call_id
        if campaign_id is not None:
            field_dict["campaignId"] = campaign_id
        if name is not None:
            field_dict["name"] = name
        if created is not None:
            field_dict["created"] = created
        if length_in_bytes is not None:
            field_dict["lengthInBytes"] = length_in_bytes
        if length_in_seconds is not None:
            field_dict["lengthInSeconds"] = length_in_seconds
        if hash_ is not None:
            field_dict["hash"] = hash_
        if mp_3_url is not None:
            field_dict["mp3Url"] = mp_3_url
        if state is not None:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not CallRecording:
            # A subclass may add fields or its own __init__: its constructor builds it
            # (_from_parsed_dict fills the slots of a CallRecording directly).
            return rebuilt_as(cls, CallRecording.from_dict(src_dict))
        return cast(T, built_with_gc_paused(CallRecording._from_parsed_dict, src_dict))

    @staticmethod
    def _from_parsed_dict(src_dict: Mapping[str, Any]) -> CallRecording:
        """from_dict's work, which the models that hold this one call directly."""
        if type(src_dict) is not dict:
            # Another mapping is copied; a document that is not an object fails here, as before.
            src_dict = dict(src_dict)
        get = src_dict.get
        id = get("id")

        call_id = get("callId")

        campaign_id = get("campaignId")

        name = get("name")

        _created = get("created")
        created = None if _created is None else UNIX_EPOCH + MILLISECOND * _created

        length_in_bytes = get("lengthInBytes")

        length_in_seconds = get("lengthInSeconds")

        hash_ = get("hash")

        mp_3_url = get("mp3Url")

        _state = get("state")
        state = (
            None
            if _state is None
            else CALL_RECORDING_STATE_BY_VALUE.get(_state) or CallRecordingState(_state)
        )

        call_recording = _new_instance(CallRecording)
        call_recording.id = id
        call_recording.call_id = call_id
        call_recording.campaign_id = campaign_id
        call_recording.name = name
        call_recording.created = created
        call_recording.length_in_bytes = length_in_bytes
        call_recording.length_in_seconds = length_in_seconds
        call_recording.hash_ = hash_
        call_recording.mp_3_url = mp_3_url
        call_recording.state = state

        unknown: dict[str, Any] = (
            {}
            if _KNOWN_FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS}
        )
        call_recording.additional_properties = unknown
        return call_recording

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
                ("call_id", self.call_id),
                ("campaign_id", self.campaign_id),
                ("name", self.name),
                ("created", self.created),
                ("length_in_bytes", self.length_in_bytes),
                ("length_in_seconds", self.length_in_seconds),
                ("hash_", self.hash_),
                ("mp_3_url", self.mp_3_url),
                ("state", self.state),
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_recording_state import CallRecordingState
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallRecording")


@_attrs_define
class CallRecording:
    """The metadata of a call's recording, with a link to its MP3.

    Attributes:
        id (int | Unset): The recording's id.
        call_id (int | Unset): The call's id.
        campaign_id (int | Unset): The broadcast's id when the call belongs to one.
        name (str | Unset): The recording's name.
        created (int | Unset): Creation time in unix milliseconds.
        length_in_bytes (int | Unset): Size of the recording in bytes.
        length_in_seconds (int | Unset): Duration in seconds.
        hash_ (str | Unset): A unique hash identifying the recording.
        mp_3_url (str | Unset): A public URL of the MP3 recording.
        state (CallRecordingState | Unset): The state of a call recording.
    """

    id: int | Unset = UNSET
    call_id: int | Unset = UNSET
    campaign_id: int | Unset = UNSET
    name: str | Unset = UNSET
    created: int | Unset = UNSET
    length_in_bytes: int | Unset = UNSET
    length_in_seconds: int | Unset = UNSET
    hash_: str | Unset = UNSET
    mp_3_url: str | Unset = UNSET
    state: CallRecordingState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        call_id = self.call_id

        campaign_id = self.campaign_id

        name = self.name

        created = self.created

        length_in_bytes = self.length_in_bytes

        length_in_seconds = self.length_in_seconds

        hash_ = self.hash_

        mp_3_url = self.mp_3_url

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if call_id is not UNSET:
            field_dict["callId"] = call_id
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if name is not UNSET:
            field_dict["name"] = name
        if created is not UNSET:
            field_dict["created"] = created
        if length_in_bytes is not UNSET:
            field_dict["lengthInBytes"] = length_in_bytes
        if length_in_seconds is not UNSET:
            field_dict["lengthInSeconds"] = length_in_seconds
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if mp_3_url is not UNSET:
            field_dict["mp3Url"] = mp_3_url
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        call_id = d.pop("callId", UNSET)

        campaign_id = d.pop("campaignId", UNSET)

        name = d.pop("name", UNSET)

        created = d.pop("created", UNSET)

        length_in_bytes = d.pop("lengthInBytes", UNSET)

        length_in_seconds = d.pop("lengthInSeconds", UNSET)

        hash_ = d.pop("hash", UNSET)

        mp_3_url = d.pop("mp3Url", UNSET)

        _state = d.pop("state", UNSET)
        state: CallRecordingState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = CallRecordingState(_state)

        call_recording = cls(
            id=id,
            call_id=call_id,
            campaign_id=campaign_id,
            name=name,
            created=created,
            length_in_bytes=length_in_bytes,
            length_in_seconds=length_in_seconds,
            hash_=hash_,
            mp_3_url=mp_3_url,
            state=state,
        )

        call_recording.additional_properties = d
        return call_recording

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

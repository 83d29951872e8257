from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_sound_status import CampaignSoundStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignSound")


@_attrs_define
class CampaignSound:
    """A sound in the account's library, usable in broadcasts and calls.

    Attributes:
        id (int | Unset): The sound's id.
        name (str | Unset): The sound's name.
        created (int | Unset): Creation time in unix milliseconds.
        length_in_seconds (int | Unset): Length in seconds.
        duplicate (bool | Unset): True if the same sound already exists in the library.
        status (CampaignSoundStatus | Unset): The status of a campaign sound.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    created: int | Unset = UNSET
    length_in_seconds: int | Unset = UNSET
    duplicate: bool | Unset = UNSET
    status: CampaignSoundStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created = self.created

        length_in_seconds = self.length_in_seconds

        duplicate = self.duplicate

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if created is not UNSET:
            field_dict["created"] = created
        if length_in_seconds is not UNSET:
            field_dict["lengthInSeconds"] = length_in_seconds
        if duplicate is not UNSET:
            field_dict["duplicate"] = duplicate
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        created = d.pop("created", UNSET)

        length_in_seconds = d.pop("lengthInSeconds", UNSET)

        duplicate = d.pop("duplicate", UNSET)

        _status = d.pop("status", UNSET)
        status: CampaignSoundStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CampaignSoundStatus(_status)

        campaign_sound = cls(
            id=id,
            name=name,
            created=created,
            length_in_seconds=length_in_seconds,
            duplicate=duplicate,
            status=status,
        )

        campaign_sound.additional_properties = d
        return campaign_sound

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

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_sound_status import CAMPAIGN_SOUND_STATUS_BY_VALUE, CampaignSoundStatus
from ..types import (
    MILLISECOND,
    UNIX_EPOCH,
    built_with_gc_paused,
    datetime_to_unix_ms,
    json_loads,
    rebuilt_as,
)

T = TypeVar("T", bound="CampaignSound")

# from_dict creates instances with object.__new__ and fills their slots itself.
_new_instance = object.__new__

# The JSON names of the fields above: everything else is an unknown field.
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "name",
        "created",
        "lengthInSeconds",
        "duplicate",
        "status",
    }
)


# repr=False: __repr__ below shows only the fields that are set.
@_attrs_define(repr=False)
class CampaignSound:
    """A sound in the account's library, usable in broadcasts and calls.

    Attributes:
        id (int | None): The sound's id.
        name (str | None): The sound's name.
        created (datetime.datetime | None): Creation time in unix milliseconds.
        length_in_seconds (int | None): Length in seconds.
        duplicate (bool | None): True if the same sound already exists in the library.
        status (CampaignSoundStatus | None): The status of a campaign sound.
    """

    id: int | None = None
    name: str | None = None
    created: datetime.datetime | None = None
    length_in_seconds: int | None = None
    duplicate: bool | None = None
    status: CampaignSoundStatus | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created = None if self.created is None else datetime_to_unix_ms(self.created)

        length_in_seconds = self.length_in_seconds

        duplicate = self.duplicate

        status: str | None = None
        if self.status is not None:
            status = str(self.status)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if name is not None:
            field_dict["name"] = name
        if created is not None:
            field_dict["created"] = created
        if length_in_seconds is not None:
            field_dict["lengthInSeconds"] = length_in_seconds
        if duplicate is not None:
            field_dict["duplicate"] = duplicate
        if status is not None:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not CampaignSound:
            # A subclass may add fields or its own __init__: its constructor builds it
            # (_from_parsed_dict fills the slots of a CampaignSound directly).
            return rebuilt_as(cls, CampaignSound.from_dict(src_dict))
        return cast(T, built_with_gc_paused(CampaignSound._from_parsed_dict, src_dict))

    @staticmethod
    def _from_parsed_dict(src_dict: Mapping[str, Any]) -> CampaignSound:
        """from_dict's work, which the models that hold this one call directly."""
        if type(src_dict) is not dict:
            # Another mapping is copied; a document that is not an object fails here, as before.
            src_dict = dict(src_dict)
        get = src_dict.get
        id = get("id")

        name = get("name")

        _created = get("created")
        created = None if _created is None else UNIX_EPOCH + MILLISECOND * _created

        length_in_seconds = get("lengthInSeconds")

        duplicate = get("duplicate")

        _status = get("status")
        status = (
            None
            if _status is None
            else CAMPAIGN_SOUND_STATUS_BY_VALUE.get(_status) or CampaignSoundStatus(_status)
        )

        campaign_sound = _new_instance(CampaignSound)
        campaign_sound.id = id
        campaign_sound.name = name
        campaign_sound.created = created
        campaign_sound.length_in_seconds = length_in_seconds
        campaign_sound.duplicate = duplicate
        campaign_sound.status = status

        unknown: dict[str, Any] = (
            {}
            if _KNOWN_FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS}
        )
        campaign_sound.additional_properties = unknown
        return campaign_sound

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
                ("name", self.name),
                ("created", self.created),
                ("length_in_seconds", self.length_in_seconds),
                ("duplicate", self.duplicate),
                ("status", self.status),
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_status import BatchStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Batch")


@_attrs_define
class Batch:
    """A group of recipients added to a broadcast at once.

    Attributes:
        id (int | Unset): The batch's id.
        name (str | Unset): The batch's name.
        status (BatchStatus | Unset): The validation status of a broadcast batch.
        broadcast_id (int | Unset): The broadcast the batch belongs to.
        created (int | Unset): Creation time in unix milliseconds.
        size (int | Unset): Number of recipients in the batch.
        remaining (int | Unset): Number of recipients not yet called.
        enabled (bool | Unset): False to pause the batch's recipients.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    status: BatchStatus | Unset = UNSET
    broadcast_id: int | Unset = UNSET
    created: int | Unset = UNSET
    size: int | Unset = UNSET
    remaining: int | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        broadcast_id = self.broadcast_id

        created = self.created

        size = self.size

        remaining = self.remaining

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if broadcast_id is not UNSET:
            field_dict["broadcastId"] = broadcast_id
        if created is not UNSET:
            field_dict["created"] = created
        if size is not UNSET:
            field_dict["size"] = size
        if remaining is not UNSET:
            field_dict["remaining"] = remaining
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _status = d.pop("status", UNSET)
        status: BatchStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = BatchStatus(_status)

        broadcast_id = d.pop("broadcastId", UNSET)

        created = d.pop("created", UNSET)

        size = d.pop("size", UNSET)

        remaining = d.pop("remaining", UNSET)

        enabled = d.pop("enabled", UNSET)

        batch = cls(
            id=id,
            name=name,
            status=status,
            broadcast_id=broadcast_id,
            created=created,
            size=size,
            remaining=remaining,
            enabled=enabled,
        )

        batch.additional_properties = d
        return batch

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

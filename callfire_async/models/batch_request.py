from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recipient import Recipient


T = TypeVar("T", bound="BatchRequest")


@_attrs_define
class BatchRequest:
    """A batch to add to a broadcast, from a contact list or a list of recipients.

    Attributes:
        name (str | Unset): The batch's name.
        contact_list_id (int | Unset): An existing contact list to use.
        recipients (list[Recipient] | Unset): Recipients to use (numbers or existing contact ids).
        scrub_duplicates (bool | Unset): True to drop recipients already in the broadcast.
    """

    name: str | Unset = UNSET
    contact_list_id: int | Unset = UNSET
    recipients: list[Recipient] | Unset = UNSET
    scrub_duplicates: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        contact_list_id = self.contact_list_id

        recipients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = []
            for recipients_item_data in self.recipients:
                recipients_item = recipients_item_data.to_dict()
                recipients.append(recipients_item)

        scrub_duplicates = self.scrub_duplicates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if contact_list_id is not UNSET:
            field_dict["contactListId"] = contact_list_id
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if scrub_duplicates is not UNSET:
            field_dict["scrubDuplicates"] = scrub_duplicates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        contact_list_id = d.pop("contactListId", UNSET)

        _recipients = d.pop("recipients", UNSET)
        recipients: list[Recipient] | Unset = UNSET
        if _recipients is not UNSET:
            recipients = []
            for recipients_item_data in _recipients:
                recipients_item = Recipient.from_dict(recipients_item_data)

                recipients.append(recipients_item)

        scrub_duplicates = d.pop("scrubDuplicates", UNSET)

        batch_request = cls(
            name=name,
            contact_list_id=contact_list_id,
            recipients=recipients,
            scrub_duplicates=scrub_duplicates,
        )

        batch_request.additional_properties = d
        return batch_request

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

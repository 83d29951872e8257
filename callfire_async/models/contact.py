from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_properties import ContactProperties


T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A person to contact, with up to six phone numbers and custom properties.

    Attributes:
        id (int | Unset): The contact's id.
        first_name (str | Unset): First name.
        last_name (str | Unset): Last name.
        zipcode (str | Unset): Zip code.
        home_phone (str | Unset): Home phone in E.164 format (11 digits).
        work_phone (str | Unset): Work phone in E.164 format (11 digits).
        mobile_phone (str | Unset): Mobile phone in E.164 format (11 digits).
        extra_phone_1 (str | Unset): Extra phone in E.164 format (11 digits).
        extra_phone_2 (str | Unset): Extra phone in E.164 format (11 digits).
        extra_phone_3 (str | Unset): Extra phone in E.164 format (11 digits).
        external_id (str | Unset): The contact's id in an external system.
        external_system (str | Unset): The external system `externalId` refers to.
        deleted (bool | Unset): True for a deleted contact (hidden from searches).
        properties (ContactProperties | Unset): User-defined string properties.
    """

    id: int | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    zipcode: str | Unset = UNSET
    home_phone: str | Unset = UNSET
    work_phone: str | Unset = UNSET
    mobile_phone: str | Unset = UNSET
    extra_phone_1: str | Unset = UNSET
    extra_phone_2: str | Unset = UNSET
    extra_phone_3: str | Unset = UNSET
    external_id: str | Unset = UNSET
    external_system: str | Unset = UNSET
    deleted: bool | Unset = UNSET
    properties: ContactProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        zipcode = self.zipcode

        home_phone = self.home_phone

        work_phone = self.work_phone

        mobile_phone = self.mobile_phone

        extra_phone_1 = self.extra_phone_1

        extra_phone_2 = self.extra_phone_2

        extra_phone_3 = self.extra_phone_3

        external_id = self.external_id

        external_system = self.external_system

        deleted = self.deleted

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode
        if home_phone is not UNSET:
            field_dict["homePhone"] = home_phone
        if work_phone is not UNSET:
            field_dict["workPhone"] = work_phone
        if mobile_phone is not UNSET:
            field_dict["mobilePhone"] = mobile_phone
        if extra_phone_1 is not UNSET:
            field_dict["extraPhone1"] = extra_phone_1
        if extra_phone_2 is not UNSET:
            field_dict["extraPhone2"] = extra_phone_2
        if extra_phone_3 is not UNSET:
            field_dict["extraPhone3"] = extra_phone_3
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if external_system is not UNSET:
            field_dict["externalSystem"] = external_system
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        zipcode = d.pop("zipcode", UNSET)

        home_phone = d.pop("homePhone", UNSET)

        work_phone = d.pop("workPhone", UNSET)

        mobile_phone = d.pop("mobilePhone", UNSET)

        extra_phone_1 = d.pop("extraPhone1", UNSET)

        extra_phone_2 = d.pop("extraPhone2", UNSET)

        extra_phone_3 = d.pop("extraPhone3", UNSET)

        external_id = d.pop("externalId", UNSET)

        external_system = d.pop("externalSystem", UNSET)

        deleted = d.pop("deleted", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: ContactProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = ContactProperties.from_dict(_properties)

        contact = cls(
            id=id,
            first_name=first_name,
            last_name=last_name,
            zipcode=zipcode,
            home_phone=home_phone,
            work_phone=work_phone,
            mobile_phone=mobile_phone,
            extra_phone_1=extra_phone_1,
            extra_phone_2=extra_phone_2,
            extra_phone_3=extra_phone_3,
            external_id=external_id,
            external_system=external_system,
            deleted=deleted,
            properties=properties,
        )

        contact.additional_properties = d
        return contact

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
from ..models.contact_properties import ContactProperties  # noqa: E402

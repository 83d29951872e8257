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
    from ..models.contact_properties import ContactProperties


T = TypeVar("T", bound="Contact")

# from_dict creates instances with object.__new__ and fills their slots itself.
_new_instance = object.__new__

# The JSON names of the fields above: everything else is an unknown field.
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "firstName",
        "lastName",
        "zipcode",
        "homePhone",
        "workPhone",
        "mobilePhone",
        "extraPhone1",
        "extraPhone2",
        "extraPhone3",
        "externalId",
        "externalSystem",
        "deleted",
        "properties",
    }
)


# repr=False: __repr__ below shows only the fields that are set.
@_attrs_define(repr=False)
class Contact:
    """A person to contact, with up to six phone numbers and custom properties.

    Attributes:
        id (int | None): The contact's id.
        first_name (str | None): First name.
        last_name (str | None): Last name.
        zipcode (str | None): Zip code.
        home_phone (str | None): Home phone in E.164 format (11 digits).
        work_phone (str | None): Work phone in E.164 format (11 digits).
        mobile_phone (str | None): Mobile phone in E.164 format (11 digits).
        extra_phone_1 (str | None): Extra phone in E.164 format (11 digits).
        extra_phone_2 (str | None): Extra phone in E.164 format (11 digits).
        extra_phone_3 (str | None): Extra phone in E.164 format (11 digits).
        external_id (str | None): The contact's id in an external system.
        external_system (str | None): The external system `externalId` refers to.
        deleted (bool | None): True for a deleted contact (hidden from searches).
        properties (ContactProperties | None): User-defined string properties.
    """

    id: int | None = None
    first_name: str | None = None
    last_name: str | None = None
    zipcode: str | None = None
    home_phone: str | None = None
    work_phone: str | None = None
    mobile_phone: str | None = None
    extra_phone_1: str | None = None
    extra_phone_2: str | None = None
    extra_phone_3: str | None = None
    external_id: str | None = None
    external_system: str | None = None
    deleted: bool | None = None
    properties: ContactProperties | None = None
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

        properties: dict[str, Any] | None = None
        if self.properties is not None:
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if first_name is not None:
            field_dict["firstName"] = first_name
        if last_name is not None:
            field_dict["lastName"] = last_name
        if zipcode is not None:
            field_dict["zipcode"] = zipcode
        if home_phone is not None:
            field_dict["homePhone"] = home_phone
        if work_phone is not None:
            field_dict["workPhone"] = work_phone
        if mobile_phone is not None:
            field_dict["mobilePhone"] = mobile_phone
        if extra_phone_1 is not None:
            field_dict["extraPhone1"] = extra_phone_1
        if extra_phone_2 is not None:
            field_dict["extraPhone2"] = extra_phone_2
        if extra_phone_3 is not None:
            field_dict["extraPhone3"] = extra_phone_3
        if external_id is not None:
            field_dict["externalId"] = external_id
        if external_system is not None:
            field_dict["externalSystem"] = external_system
        if deleted is not None:
            field_dict["deleted"] = deleted
        if properties is not None:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not Contact:
            # A subclass may add fields or its own __init__: its constructor builds it
            # (_from_parsed_dict fills the slots of a Contact directly).
            return rebuilt_as(cls, Contact.from_dict(src_dict))
        return cast(T, built_with_gc_paused(Contact._from_parsed_dict, src_dict))

    @staticmethod
    def _from_parsed_dict(src_dict: Mapping[str, Any]) -> Contact:
        """from_dict's work, which the models that hold this one call directly."""
        if type(src_dict) is not dict:
            # Another mapping is copied; a document that is not an object fails here, as before.
            src_dict = dict(src_dict)
        get = src_dict.get
        id = get("id")

        first_name = get("firstName")

        last_name = get("lastName")

        zipcode = get("zipcode")

        home_phone = get("homePhone")

        work_phone = get("workPhone")

        mobile_phone = get("mobilePhone")

        extra_phone_1 = get("extraPhone1")

        extra_phone_2 = get("extraPhone2")

        extra_phone_3 = get("extraPhone3")

        external_id = get("externalId")

        external_system = get("externalSystem")

        deleted = get("deleted")

        _properties = get("properties")
        properties = (
            None if _properties is None else ContactProperties._from_parsed_dict(_properties)
        )

        contact = _new_instance(Contact)
        contact.id = id
        contact.first_name = first_name
        contact.last_name = last_name
        contact.zipcode = zipcode
        contact.home_phone = home_phone
        contact.work_phone = work_phone
        contact.mobile_phone = mobile_phone
        contact.extra_phone_1 = extra_phone_1
        contact.extra_phone_2 = extra_phone_2
        contact.extra_phone_3 = extra_phone_3
        contact.external_id = external_id
        contact.external_system = external_system
        contact.deleted = deleted
        contact.properties = properties

        unknown: dict[str, Any] = (
            {}
            if _KNOWN_FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS}
        )
        contact.additional_properties = unknown
        return contact

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
                ("first_name", self.first_name),
                ("last_name", self.last_name),
                ("zipcode", self.zipcode),
                ("home_phone", self.home_phone),
                ("work_phone", self.work_phone),
                ("mobile_phone", self.mobile_phone),
                ("extra_phone_1", self.extra_phone_1),
                ("extra_phone_2", self.extra_phone_2),
                ("extra_phone_3", self.extra_phone_3),
                ("external_id", self.external_id),
                ("external_system", self.external_system),
                ("deleted", self.deleted),
                ("properties", self.properties),
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
from ..models.contact_properties import ContactProperties  # noqa: E402

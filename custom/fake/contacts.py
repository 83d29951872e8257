"""Contacts and contact lists: the operations HTTP handlers, uploads and seeding share."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .errors import BadRequest, existing
from .request_bodies import CONTACT_PHONE_FIELDS
from .store import JSON, Store


def create_contact(store: Store, fields: JSON) -> int:
    contact_id = store.new_id("contact")
    store.contacts[contact_id] = {"id": contact_id, **fields, "deleted": False}
    store.contacts_changed()
    return contact_id


def get_contact(store: Store, contact_id: int) -> JSON:
    return existing(store.contacts, contact_id, "contact")


def delete_contact(store: Store, contact_id: int) -> None:
    # CallFire keeps deleted contacts retrievable, marked deleted, but hides
    # them from searches and lists.
    contact = get_contact(store, contact_id)
    if not contact["deleted"]:
        contact["deleted"] = True
        store.contacts_changed()
        for list_id, members in store.list_members.items():
            if contact_id in members:
                del members[contact_id]
                store.contact_lists[list_id]["size"] = len(members)


def phone_numbers(contact: JSON) -> list[str]:
    return [contact[name] for name in CONTACT_PHONE_FIELDS if name in contact]


def first_phone_number(contact: JSON) -> str | None:
    # The order CallFire dials a contact's numbers in: home, work, mobile, extras.
    numbers = phone_numbers(contact)
    return numbers[0] if numbers else None


def find_contacts(
    store: Store,
    *,
    ids: list[int],
    numbers: list[str],
    list_id: int | None,
    property_name: str | None,
    property_value: str | None,
) -> list[int]:
    if list_id is not None:
        candidates: Iterable[int] = list(get_list_members(store, list_id))
    elif ids:
        candidates = [contact_id for contact_id in ids if contact_id in store.contacts]
    else:
        candidates = store.active_contact_ids()
    if not (ids or numbers or list_id is not None or property_name):
        return list(candidates)
    wanted_ids = set(ids)
    wanted_numbers = {_digits(number) for number in numbers}
    found: list[int] = []
    for contact_id in candidates:
        contact = store.contacts[contact_id]
        if contact["deleted"]:
            continue
        if wanted_ids and contact_id not in wanted_ids:
            continue
        if wanted_numbers and not wanted_numbers.intersection(
            _digits(number) for number in phone_numbers(contact)
        ):
            continue
        if property_name and not _has_property(contact, property_name, property_value):
            continue
        found.append(contact_id)
    return found


def _has_property(contact: JSON, name: str, value: str | None) -> bool:
    # User-defined properties first, then the standard string fields (firstName...).
    properties: dict[str, str] = contact.get("properties", {})
    actual: Any = properties.get(name, contact.get(name))
    if not isinstance(actual, str):
        return False
    return value is None or actual == value


def _digits(number: str) -> str:
    return number.lstrip("+")


# Contact lists


def get_contact_list(store: Store, list_id: int) -> JSON:
    return existing(store.contact_lists, list_id, "contact list")


def get_list_members(store: Store, list_id: int) -> dict[int, None]:
    get_contact_list(store, list_id)
    return store.list_members[list_id]


def create_contact_list(store: Store, name: str) -> int:
    list_id = store.new_id("list")
    store.contact_lists[list_id] = {
        "id": list_id,
        "name": name,
        "size": 0,
        "created": store.clock(),
        "status": "ACTIVE",
    }
    store.list_members[list_id] = {}
    return list_id


def add_list_members(store: Store, list_id: int, source: JSON) -> None:
    """Add contacts from a CreateContactListRequest / AddContactListContactsRequest."""
    members = get_list_members(store, list_id)
    new_ids: list[int] = []
    for contact_id in source.get("contactIds", []):
        contact = store.contacts.get(contact_id)
        if contact is None or contact["deleted"]:
            raise BadRequest(f"contactIds: contact {contact_id} does not exist")
        new_ids.append(contact_id)
    number_field = source.get("contactNumbersField", "homePhone")
    new_ids.extend(
        create_contact(store, {number_field: number}) for number in source.get("contactNumbers", [])
    )
    new_ids.extend(create_contact(store, contact) for contact in source.get("contacts", []))
    for contact_id in new_ids:
        members[contact_id] = None
    store.contact_lists[list_id]["size"] = len(members)


def remove_list_members(store: Store, list_id: int, contact_ids: Iterable[int]) -> None:
    members = get_list_members(store, list_id)
    for contact_id in contact_ids:
        members.pop(contact_id, None)
    store.contact_lists[list_id]["size"] = len(members)


def delete_contact_list(store: Store, list_id: int) -> None:
    # The list goes; its contacts stay.
    get_contact_list(store, list_id)
    del store.contact_lists[list_id]
    del store.list_members[list_id]

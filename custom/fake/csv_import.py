"""Reading contacts from an uploaded CSV file (POST /contacts/lists/upload).

A header row names the columns (firstName, lastName, zipcode, homePhone,
workPhone, mobilePhone, extraPhone1-3, externalId, externalSystem; case,
spaces and underscores do not matter; `phone`/`number` mean homePhone). Other
columns become contact properties, named by the header when useCustomFields
is true and by the column letter (A, B, ...) otherwise. A first row holding
a phone number is data, not a header: such a file has its numbers in the
first column. Rows whose numbers are invalid are skipped and reported.
"""

from __future__ import annotations

import csv
import io
import re
import string
from dataclasses import dataclass, field

from .errors import BadRequest
from .request_bodies import CONTACT_PHONE_FIELDS
from .store import JSON
from .validation import PHONE_NUMBER

_FIELD_ALIASES = {
    "firstname": "firstName",
    "first": "firstName",
    "lastname": "lastName",
    "last": "lastName",
    "zipcode": "zipcode",
    "zip": "zipcode",
    "homephone": "homePhone",
    "phone": "homePhone",
    "phonenumber": "homePhone",
    "number": "homePhone",
    "workphone": "workPhone",
    "mobilephone": "mobilePhone",
    "mobile": "mobilePhone",
    "cellphone": "mobilePhone",
    "extraphone1": "extraPhone1",
    "extraphone2": "extraPhone2",
    "extraphone3": "extraPhone3",
    "externalid": "externalId",
    "externalsystem": "externalSystem",
}
_PHONE_PUNCTUATION = re.compile(r"[\s().-]")


@dataclass
class CsvContacts:
    contacts: list[JSON] = field(default_factory=list)
    rejected_rows: list[int] = field(default_factory=list)


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = string.ascii_uppercase[remainder] + letters
    return letters


def _normalize_phone(cell: str) -> str:
    return _PHONE_PUNCTUATION.sub("", cell)


def parse_contacts_csv(data: bytes, *, use_custom_fields: bool) -> CsvContacts:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadRequest("file: the CSV file is not UTF-8 text") from None
    try:
        rows = [row for row in csv.reader(io.StringIO(text)) if any(c.strip() for c in row)]
    except csv.Error as error:
        raise BadRequest(f"file: the CSV file cannot be parsed: {error}") from None
    if not rows:
        raise BadRequest("file: the CSV file holds no contacts")
    first = [cell.strip() for cell in rows[0]]
    has_header = not any(PHONE_NUMBER.match(_normalize_phone(cell)) for cell in first if cell)
    if has_header:
        columns = [
            _FIELD_ALIASES.get(re.sub(r"[\s_-]", "", name).lower())
            or (name if use_custom_fields else _column_letter(index))
            for index, name in enumerate(first)
        ]
        body = rows[1:]
        first_line = 2
    else:
        columns = ["homePhone"] + [_column_letter(index) for index in range(1, len(first))]
        body = rows
        first_line = 1
    result = CsvContacts()
    for line, row in enumerate(body, start=first_line):
        contact = _row_contact(columns, row)
        if contact is None:
            result.rejected_rows.append(line)
        else:
            result.contacts.append(contact)
    if not result.contacts:
        raise BadRequest("file: no row of the CSV file holds a valid phone number")
    return result


def _row_contact(columns: list[str], row: list[str]) -> JSON | None:
    contact: JSON = {}
    properties: dict[str, str] = {}
    for name, raw in zip(columns, row, strict=False):
        cell = raw.strip()
        if not cell:
            continue
        if name in CONTACT_PHONE_FIELDS:
            number = _normalize_phone(cell)
            if not PHONE_NUMBER.match(number):
                return None
            contact[name] = number
        elif name in _FIELD_ALIASES.values():
            contact[name] = cell
        else:
            properties[name] = cell
    if not any(name in contact for name in CONTACT_PHONE_FIELDS):
        return None
    if properties:
        contact["properties"] = properties
    return contact

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    built_with_gc_paused,
    json_loads,
    rebuilt_as,
)

T = TypeVar("T", bound="ErrorResponse")

# from_dict creates instances with object.__new__ and fills their slots itself.
_new_instance = object.__new__

# The JSON names of the fields above: everything else is an unknown field.
_KNOWN_FIELDS = frozenset(
    {
        "httpStatusCode",
        "internalCode",
        "message",
        "developerMessage",
        "helpLink",
    }
)


# repr=False: __repr__ below shows only the fields that are set.
@_attrs_define(repr=False)
class ErrorResponse:
    """CallFire's error body.

    Attributes:
        http_status_code (int | None): The HTTP status code.
        internal_code (int | str | None): CallFire's internal error code (sent as a number or a string).
        message (str | None): A message for the user.
        developer_message (str | None): A message for the developer.
        help_link (str | None): A link to documentation about the error.
    """

    http_status_code: int | None = None
    internal_code: int | str | None = None
    message: str | None = None
    developer_message: str | None = None
    help_link: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        http_status_code = self.http_status_code

        internal_code: int | str | None
        if self.internal_code is None:
            internal_code = None
        else:
            internal_code = self.internal_code

        message = self.message

        developer_message = self.developer_message

        help_link = self.help_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if http_status_code is not None:
            field_dict["httpStatusCode"] = http_status_code
        if internal_code is not None:
            field_dict["internalCode"] = internal_code
        if message is not None:
            field_dict["message"] = message
        if developer_message is not None:
            field_dict["developerMessage"] = developer_message
        if help_link is not None:
            field_dict["helpLink"] = help_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not ErrorResponse:
            # A subclass may add fields or its own __init__: its constructor builds it
            # (_from_parsed_dict fills the slots of a ErrorResponse directly).
            return rebuilt_as(cls, ErrorResponse.from_dict(src_dict))
        return cast(T, built_with_gc_paused(ErrorResponse._from_parsed_dict, src_dict))

    @staticmethod
    def _from_parsed_dict(src_dict: Mapping[str, Any]) -> ErrorResponse:
        """from_dict's work, which the models that hold this one call directly."""
        if type(src_dict) is not dict:
            # Another mapping is copied; a document that is not an object fails here, as before.
            src_dict = dict(src_dict)
        get = src_dict.get
        http_status_code = get("httpStatusCode")

        def _parse_internal_code(data: object) -> int | str | None:
            if data is None:
                return data
            return cast(int | str | None, data)

        internal_code = _parse_internal_code(get("internalCode"))

        message = get("message")

        developer_message = get("developerMessage")

        help_link = get("helpLink")

        error_response = _new_instance(ErrorResponse)
        error_response.http_status_code = http_status_code
        error_response.internal_code = internal_code
        error_response.message = message
        error_response.developer_message = developer_message
        error_response.help_link = help_link

        unknown: dict[str, Any] = (
            {}
            if _KNOWN_FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS}
        )
        error_response.additional_properties = unknown
        return error_response

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
                ("http_status_code", self.http_status_code),
                ("internal_code", self.internal_code),
                ("message", self.message),
                ("developer_message", self.developer_message),
                ("help_link", self.help_link),
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

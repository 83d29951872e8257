from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """CallFire's error body.

    Attributes:
        http_status_code (int | Unset): The HTTP status code.
        internal_code (int | str | Unset): CallFire's internal error code (sent as a number or a string).
        message (str | Unset): A message for the user.
        developer_message (str | Unset): A message for the developer.
        help_link (str | Unset): A link to documentation about the error.
    """

    http_status_code: int | Unset = UNSET
    internal_code: int | str | Unset = UNSET
    message: str | Unset = UNSET
    developer_message: str | Unset = UNSET
    help_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        http_status_code = self.http_status_code

        internal_code: int | str | Unset
        if isinstance(self.internal_code, Unset):
            internal_code = UNSET
        else:
            internal_code = self.internal_code

        message = self.message

        developer_message = self.developer_message

        help_link = self.help_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if http_status_code is not UNSET:
            field_dict["httpStatusCode"] = http_status_code
        if internal_code is not UNSET:
            field_dict["internalCode"] = internal_code
        if message is not UNSET:
            field_dict["message"] = message
        if developer_message is not UNSET:
            field_dict["developerMessage"] = developer_message
        if help_link is not UNSET:
            field_dict["helpLink"] = help_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        http_status_code = d.pop("httpStatusCode", UNSET)

        def _parse_internal_code(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        internal_code = _parse_internal_code(d.pop("internalCode", UNSET))

        message = d.pop("message", UNSET)

        developer_message = d.pop("developerMessage", UNSET)

        help_link = d.pop("helpLink", UNSET)

        error_response = cls(
            http_status_code=http_status_code,
            internal_code=internal_code,
            message=message,
            developer_message=developer_message,
            help_link=help_link,
        )

        error_response.additional_properties = d
        return error_response

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.retry_phone_type import RetryPhoneType
from ..models.retry_result import RetryResult
from ..types import UNSET, Unset

T = TypeVar("T", bound="RetryConfig")


@_attrs_define
class RetryConfig:
    """How often, how soon and after which results unreached recipients are retried.

    Attributes:
        max_attempts (int | Unset): Maximum number of attempts (default 1).
        minutes_between_attempts (int | Unset): Minutes between attempts (default 60).
        retry_results (list[RetryResult] | Unset): Results after which a recipient is tried again.
        retry_phone_types (list[RetryPhoneType] | Unset): Which of a contact's numbers retries dial.
    """

    max_attempts: int | Unset = UNSET
    minutes_between_attempts: int | Unset = UNSET
    retry_results: list[RetryResult] | Unset = UNSET
    retry_phone_types: list[RetryPhoneType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_attempts = self.max_attempts

        minutes_between_attempts = self.minutes_between_attempts

        retry_results: list[str] | Unset = UNSET
        if not isinstance(self.retry_results, Unset):
            retry_results = []
            for retry_results_item_data in self.retry_results:
                retry_results_item = retry_results_item_data.value
                retry_results.append(retry_results_item)

        retry_phone_types: list[str] | Unset = UNSET
        if not isinstance(self.retry_phone_types, Unset):
            retry_phone_types = []
            for retry_phone_types_item_data in self.retry_phone_types:
                retry_phone_types_item = retry_phone_types_item_data.value
                retry_phone_types.append(retry_phone_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_attempts is not UNSET:
            field_dict["maxAttempts"] = max_attempts
        if minutes_between_attempts is not UNSET:
            field_dict["minutesBetweenAttempts"] = minutes_between_attempts
        if retry_results is not UNSET:
            field_dict["retryResults"] = retry_results
        if retry_phone_types is not UNSET:
            field_dict["retryPhoneTypes"] = retry_phone_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_attempts = d.pop("maxAttempts", UNSET)

        minutes_between_attempts = d.pop("minutesBetweenAttempts", UNSET)

        _retry_results = d.pop("retryResults", UNSET)
        retry_results: list[RetryResult] | Unset = UNSET
        if _retry_results is not UNSET:
            retry_results = []
            for retry_results_item_data in _retry_results:
                retry_results_item = RetryResult(retry_results_item_data)

                retry_results.append(retry_results_item)

        _retry_phone_types = d.pop("retryPhoneTypes", UNSET)
        retry_phone_types: list[RetryPhoneType] | Unset = UNSET
        if _retry_phone_types is not UNSET:
            retry_phone_types = []
            for retry_phone_types_item_data in _retry_phone_types:
                retry_phone_types_item = RetryPhoneType(retry_phone_types_item_data)

                retry_phone_types.append(retry_phone_types_item)

        retry_config = cls(
            max_attempts=max_attempts,
            minutes_between_attempts=minutes_between_attempts,
            retry_results=retry_results,
            retry_phone_types=retry_phone_types,
        )

        retry_config.additional_properties = d
        return retry_config

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

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.retry_phone_type import RETRY_PHONE_TYPE_BY_VALUE, RetryPhoneType
from ..models.retry_result import RETRY_RESULT_BY_VALUE, RetryResult
from ..types import (
    built_with_gc_paused,
    json_loads,
    rebuilt_as,
)

T = TypeVar("T", bound="RetryConfig")

# from_dict creates instances with object.__new__ and fills their slots itself.
_new_instance = object.__new__

# The JSON names of the fields above: everything else is an unknown field.
_KNOWN_FIELDS = frozenset(
    {
        "maxAttempts",
        "minutesBetweenAttempts",
        "retryResults",
        "retryPhoneTypes",
    }
)


# repr=False: __repr__ below shows only the fields that are set.
@_attrs_define(repr=False)
class RetryConfig:
    """How often, how soon and after which results unreached recipients are retried.

    Attributes:
        max_attempts (int | None): Maximum number of attempts (default 1).
        minutes_between_attempts (int | None): Minutes between attempts (default 60).
        retry_results (list[RetryResult] | None): Results after which a recipient is tried again.
        retry_phone_types (list[RetryPhoneType] | None): Which of a contact's numbers retries dial.
    """

    max_attempts: int | None = None
    minutes_between_attempts: int | None = None
    retry_results: list[RetryResult] | None = None
    retry_phone_types: list[RetryPhoneType] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_attempts = self.max_attempts

        minutes_between_attempts = self.minutes_between_attempts

        retry_results: list[str] | None = None
        if self.retry_results is not None:
            retry_results = []
            for retry_results_item_data in self.retry_results:
                retry_results_item = str(retry_results_item_data)
                retry_results.append(retry_results_item)

        retry_phone_types: list[str] | None = None
        if self.retry_phone_types is not None:
            retry_phone_types = []
            for retry_phone_types_item_data in self.retry_phone_types:
                retry_phone_types_item = str(retry_phone_types_item_data)
                retry_phone_types.append(retry_phone_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_attempts is not None:
            field_dict["maxAttempts"] = max_attempts
        if minutes_between_attempts is not None:
            field_dict["minutesBetweenAttempts"] = minutes_between_attempts
        if retry_results is not None:
            field_dict["retryResults"] = retry_results
        if retry_phone_types is not None:
            field_dict["retryPhoneTypes"] = retry_phone_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not RetryConfig:
            # A subclass may add fields or its own __init__: its constructor builds it
            # (_from_parsed_dict fills the slots of a RetryConfig directly).
            return rebuilt_as(cls, RetryConfig.from_dict(src_dict))
        return cast(T, built_with_gc_paused(RetryConfig._from_parsed_dict, src_dict))

    @staticmethod
    def _from_parsed_dict(src_dict: Mapping[str, Any]) -> RetryConfig:
        """from_dict's work, which the models that hold this one call directly."""
        if type(src_dict) is not dict:
            # Another mapping is copied; a document that is not an object fails here, as before.
            src_dict = dict(src_dict)
        get = src_dict.get
        max_attempts = get("maxAttempts")

        minutes_between_attempts = get("minutesBetweenAttempts")

        _retry_results = get("retryResults")
        retry_results: list[RetryResult] | None = (
            None
            if _retry_results is None
            else [
                RETRY_RESULT_BY_VALUE.get(retry_results_item_data)
                or RetryResult(retry_results_item_data)
                for retry_results_item_data in _retry_results
            ]
            if _retry_results
            else []
        )

        _retry_phone_types = get("retryPhoneTypes")
        retry_phone_types: list[RetryPhoneType] | None = (
            None
            if _retry_phone_types is None
            else [
                RETRY_PHONE_TYPE_BY_VALUE.get(retry_phone_types_item_data)
                or RetryPhoneType(retry_phone_types_item_data)
                for retry_phone_types_item_data in _retry_phone_types
            ]
            if _retry_phone_types
            else []
        )

        retry_config = _new_instance(RetryConfig)
        retry_config.max_attempts = max_attempts
        retry_config.minutes_between_attempts = minutes_between_attempts
        retry_config.retry_results = retry_results
        retry_config.retry_phone_types = retry_phone_types

        unknown: dict[str, Any] = (
            {}
            if _KNOWN_FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS}
        )
        retry_config.additional_properties = unknown
        return retry_config

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
                ("max_attempts", self.max_attempts),
                ("minutes_between_attempts", self.minutes_between_attempts),
                ("retry_results", self.retry_results),
                ("retry_phone_types", self.retry_phone_types),
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

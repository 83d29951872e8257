from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.day_of_week import DAY_OF_WEEK_BY_VALUE, DayOfWeek
from ..types import (
    built_with_gc_paused,
    json_loads,
    rebuilt_as,
)

if TYPE_CHECKING:
    from ..models.local_date import LocalDate
    from ..models.local_time import LocalTime


T = TypeVar("T", bound="Schedule")

# from_dict creates instances with object.__new__ and fills their slots itself.
_new_instance = object.__new__

# The JSON names of the fields above: everything else is an unknown field.
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "campaignId",
        "startDate",
        "stopDate",
        "startTimeOfDay",
        "stopTimeOfDay",
        "timeZone",
        "daysOfWeek",
    }
)


# repr=False: __repr__ below shows only the fields that are set.
@_attrs_define(repr=False)
class Schedule:
    """When a broadcast runs, per date range, time of day and day of week.

    Attributes:
        id (int | None): The schedule's id.
        campaign_id (int | None): The broadcast's id.
        start_date (LocalDate | None): A calendar date without time.
        stop_date (LocalDate | None): A calendar date without time.
        start_time_of_day (LocalTime | None): A time of day.
        stop_time_of_day (LocalTime | None): A time of day.
        time_zone (str | None): The schedule's time zone, e.g. America/New_York.
        days_of_week (list[DayOfWeek] | None): The days the broadcast runs.
    """

    id: int | None = None
    campaign_id: int | None = None
    start_date: LocalDate | None = None
    stop_date: LocalDate | None = None
    start_time_of_day: LocalTime | None = None
    stop_time_of_day: LocalTime | None = None
    time_zone: str | None = None
    days_of_week: list[DayOfWeek] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        campaign_id = self.campaign_id

        start_date: dict[str, Any] | None = None
        if self.start_date is not None:
            start_date = self.start_date.to_dict()

        stop_date: dict[str, Any] | None = None
        if self.stop_date is not None:
            stop_date = self.stop_date.to_dict()

        start_time_of_day: dict[str, Any] | None = None
        if self.start_time_of_day is not None:
            start_time_of_day = self.start_time_of_day.to_dict()

        stop_time_of_day: dict[str, Any] | None = None
        if self.stop_time_of_day is not None:
            stop_time_of_day = self.stop_time_of_day.to_dict()

        time_zone = self.time_zone

        days_of_week: list[str] | None = None
        if self.days_of_week is not None:
            days_of_week = []
            for days_of_week_item_data in self.days_of_week:
                days_of_week_item = str(days_of_week_item_data)
                days_of_week.append(days_of_week_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if campaign_id is not None:
            field_dict["campaignId"] = campaign_id
        if start_date is not None:
            field_dict["startDate"] = start_date
        if stop_date is not None:
            field_dict["stopDate"] = stop_date
        if start_time_of_day is not None:
            field_dict["startTimeOfDay"] = start_time_of_day
        if stop_time_of_day is not None:
            field_dict["stopTimeOfDay"] = stop_time_of_day
        if time_zone is not None:
            field_dict["timeZone"] = time_zone
        if days_of_week is not None:
            field_dict["daysOfWeek"] = days_of_week

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not Schedule:
            # A subclass may add fields or its own __init__: its constructor builds it
            # (_from_parsed_dict fills the slots of a Schedule directly).
            return rebuilt_as(cls, Schedule.from_dict(src_dict))
        return cast(T, built_with_gc_paused(Schedule._from_parsed_dict, src_dict))

    @staticmethod
    def _from_parsed_dict(src_dict: Mapping[str, Any]) -> Schedule:
        """from_dict's work, which the models that hold this one call directly."""
        if type(src_dict) is not dict:
            # Another mapping is copied; a document that is not an object fails here, as before.
            src_dict = dict(src_dict)
        get = src_dict.get
        id = get("id")

        campaign_id = get("campaignId")

        _start_date = get("startDate")
        start_date = None if _start_date is None else LocalDate._from_parsed_dict(_start_date)

        _stop_date = get("stopDate")
        stop_date = None if _stop_date is None else LocalDate._from_parsed_dict(_stop_date)

        _start_time_of_day = get("startTimeOfDay")
        start_time_of_day = (
            None if _start_time_of_day is None else LocalTime._from_parsed_dict(_start_time_of_day)
        )

        _stop_time_of_day = get("stopTimeOfDay")
        stop_time_of_day = (
            None if _stop_time_of_day is None else LocalTime._from_parsed_dict(_stop_time_of_day)
        )

        time_zone = get("timeZone")

        _days_of_week = get("daysOfWeek")
        days_of_week: list[DayOfWeek] | None = (
            None
            if _days_of_week is None
            else [
                DAY_OF_WEEK_BY_VALUE.get(days_of_week_item_data)
                or DayOfWeek(days_of_week_item_data)
                for days_of_week_item_data in _days_of_week
            ]
            if _days_of_week
            else []
        )

        schedule = _new_instance(Schedule)
        schedule.id = id
        schedule.campaign_id = campaign_id
        schedule.start_date = start_date
        schedule.stop_date = stop_date
        schedule.start_time_of_day = start_time_of_day
        schedule.stop_time_of_day = stop_time_of_day
        schedule.time_zone = time_zone
        schedule.days_of_week = days_of_week

        unknown: dict[str, Any] = (
            {}
            if _KNOWN_FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS}
        )
        schedule.additional_properties = unknown
        return schedule

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
                ("campaign_id", self.campaign_id),
                ("start_date", self.start_date),
                ("stop_date", self.stop_date),
                ("start_time_of_day", self.start_time_of_day),
                ("stop_time_of_day", self.stop_time_of_day),
                ("time_zone", self.time_zone),
                ("days_of_week", self.days_of_week),
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
from ..models.local_date import LocalDate  # noqa: E402
from ..models.local_time import LocalTime  # noqa: E402

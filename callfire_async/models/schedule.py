from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.day_of_week import DayOfWeek
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.local_date import LocalDate
    from ..models.local_time import LocalTime


T = TypeVar("T", bound="Schedule")


@_attrs_define
class Schedule:
    """When a broadcast runs, per date range, time of day and day of week.

    Attributes:
        id (int | Unset): The schedule's id.
        campaign_id (int | Unset): The broadcast's id.
        start_date (LocalDate | Unset): A calendar date without time.
        stop_date (LocalDate | Unset): A calendar date without time.
        start_time_of_day (LocalTime | Unset): A time of day.
        stop_time_of_day (LocalTime | Unset): A time of day.
        time_zone (str | Unset): The schedule's time zone, e.g. America/New_York.
        days_of_week (list[DayOfWeek] | Unset): The days the broadcast runs.
    """

    id: int | Unset = UNSET
    campaign_id: int | Unset = UNSET
    start_date: LocalDate | Unset = UNSET
    stop_date: LocalDate | Unset = UNSET
    start_time_of_day: LocalTime | Unset = UNSET
    stop_time_of_day: LocalTime | Unset = UNSET
    time_zone: str | Unset = UNSET
    days_of_week: list[DayOfWeek] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        campaign_id = self.campaign_id

        start_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.to_dict()

        stop_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stop_date, Unset):
            stop_date = self.stop_date.to_dict()

        start_time_of_day: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_time_of_day, Unset):
            start_time_of_day = self.start_time_of_day.to_dict()

        stop_time_of_day: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stop_time_of_day, Unset):
            stop_time_of_day = self.stop_time_of_day.to_dict()

        time_zone = self.time_zone

        days_of_week: list[str] | Unset = UNSET
        if not isinstance(self.days_of_week, Unset):
            days_of_week = []
            for days_of_week_item_data in self.days_of_week:
                days_of_week_item = days_of_week_item_data.value
                days_of_week.append(days_of_week_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if stop_date is not UNSET:
            field_dict["stopDate"] = stop_date
        if start_time_of_day is not UNSET:
            field_dict["startTimeOfDay"] = start_time_of_day
        if stop_time_of_day is not UNSET:
            field_dict["stopTimeOfDay"] = stop_time_of_day
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if days_of_week is not UNSET:
            field_dict["daysOfWeek"] = days_of_week

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        campaign_id = d.pop("campaignId", UNSET)

        _start_date = d.pop("startDate", UNSET)
        start_date: LocalDate | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = LocalDate.from_dict(_start_date)

        _stop_date = d.pop("stopDate", UNSET)
        stop_date: LocalDate | Unset
        if isinstance(_stop_date, Unset):
            stop_date = UNSET
        else:
            stop_date = LocalDate.from_dict(_stop_date)

        _start_time_of_day = d.pop("startTimeOfDay", UNSET)
        start_time_of_day: LocalTime | Unset
        if isinstance(_start_time_of_day, Unset):
            start_time_of_day = UNSET
        else:
            start_time_of_day = LocalTime.from_dict(_start_time_of_day)

        _stop_time_of_day = d.pop("stopTimeOfDay", UNSET)
        stop_time_of_day: LocalTime | Unset
        if isinstance(_stop_time_of_day, Unset):
            stop_time_of_day = UNSET
        else:
            stop_time_of_day = LocalTime.from_dict(_stop_time_of_day)

        time_zone = d.pop("timeZone", UNSET)

        _days_of_week = d.pop("daysOfWeek", UNSET)
        days_of_week: list[DayOfWeek] | Unset = UNSET
        if _days_of_week is not UNSET:
            days_of_week = []
            for days_of_week_item_data in _days_of_week:
                days_of_week_item = DayOfWeek(days_of_week_item_data)

                days_of_week.append(days_of_week_item)

        schedule = cls(
            id=id,
            campaign_id=campaign_id,
            start_date=start_date,
            stop_date=stop_date,
            start_time_of_day=start_time_of_day,
            stop_time_of_day=stop_time_of_day,
            time_zone=time_zone,
            days_of_week=days_of_week,
        )

        schedule.additional_properties = d
        return schedule

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.answering_machine_config import AnsweringMachineConfig
from ..models.call_broadcast_status import CallBroadcastStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_broadcast_sounds import CallBroadcastSounds
    from ..models.local_time_restriction import LocalTimeRestriction
    from ..models.recipient import Recipient
    from ..models.retry_config import RetryConfig
    from ..models.schedule import Schedule


T = TypeVar("T", bound="CallBroadcast")


@_attrs_define
class CallBroadcast:
    """A voice campaign calling a set of recipients with sounds, schedules and retries.

    Attributes:
        id (int | Unset): The broadcast's id.
        name (str | Unset): The broadcast's name.
        status (CallBroadcastStatus | Unset): The lifecycle status of a call broadcast.
        from_number (str | Unset): The caller id in E.164 format (11 digits).
        labels (list[str] | Unset): Labels of the broadcast.
        last_modified (int | Unset): Last modification time in unix milliseconds.
        answering_machine_config (AnsweringMachineConfig | Unset): What a broadcast does on answering-machine detection:
            AM_ONLY hangs up on a live answer, AM_AND_LIVE plays separate live and machine sounds (default), LIVE_WITH_AMD
            hangs up on a machine, LIVE_IMMEDIATE skips detection.
        dialplan_xml (str | Unset): An IVR dialplan document; replaces the sounds.
        recipients (list[Recipient] | Unset): Recipients to call (existing contacts or new numbers).
        resume_next_day (bool | Unset): True to resume an unfinished broadcast the next day.
        max_active (int | Unset): Maximum number of simultaneous calls.
        max_active_transfers (int | Unset): Maximum number of simultaneous transfers.
        sounds (CallBroadcastSounds | Unset): The sounds a broadcast plays (live, machine, transfer, do-not-call), each
            as a sound id or as text with a voice.
        retry_config (RetryConfig | Unset): How often, how soon and after which results unreached recipients are
            retried.
        schedules (list[Schedule] | Unset): When the broadcast starts and stops.
        local_time_restriction (LocalTimeRestriction | Unset): The hours, in each recipient's time zone, during which
            calls may be placed.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    status: CallBroadcastStatus | Unset = UNSET
    from_number: str | Unset = UNSET
    labels: list[str] | Unset = UNSET
    last_modified: int | Unset = UNSET
    answering_machine_config: AnsweringMachineConfig | Unset = UNSET
    dialplan_xml: str | Unset = UNSET
    recipients: list[Recipient] | Unset = UNSET
    resume_next_day: bool | Unset = UNSET
    max_active: int | Unset = UNSET
    max_active_transfers: int | Unset = UNSET
    sounds: CallBroadcastSounds | Unset = UNSET
    retry_config: RetryConfig | Unset = UNSET
    schedules: list[Schedule] | Unset = UNSET
    local_time_restriction: LocalTimeRestriction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        from_number = self.from_number

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        last_modified = self.last_modified

        answering_machine_config: str | Unset = UNSET
        if not isinstance(self.answering_machine_config, Unset):
            answering_machine_config = self.answering_machine_config.value

        dialplan_xml = self.dialplan_xml

        recipients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = []
            for recipients_item_data in self.recipients:
                recipients_item = recipients_item_data.to_dict()
                recipients.append(recipients_item)

        resume_next_day = self.resume_next_day

        max_active = self.max_active

        max_active_transfers = self.max_active_transfers

        sounds: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sounds, Unset):
            sounds = self.sounds.to_dict()

        retry_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retry_config, Unset):
            retry_config = self.retry_config.to_dict()

        schedules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedules, Unset):
            schedules = []
            for schedules_item_data in self.schedules:
                schedules_item = schedules_item_data.to_dict()
                schedules.append(schedules_item)

        local_time_restriction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.local_time_restriction, Unset):
            local_time_restriction = self.local_time_restriction.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if from_number is not UNSET:
            field_dict["fromNumber"] = from_number
        if labels is not UNSET:
            field_dict["labels"] = labels
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified
        if answering_machine_config is not UNSET:
            field_dict["answeringMachineConfig"] = answering_machine_config
        if dialplan_xml is not UNSET:
            field_dict["dialplanXml"] = dialplan_xml
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if resume_next_day is not UNSET:
            field_dict["resumeNextDay"] = resume_next_day
        if max_active is not UNSET:
            field_dict["maxActive"] = max_active
        if max_active_transfers is not UNSET:
            field_dict["maxActiveTransfers"] = max_active_transfers
        if sounds is not UNSET:
            field_dict["sounds"] = sounds
        if retry_config is not UNSET:
            field_dict["retryConfig"] = retry_config
        if schedules is not UNSET:
            field_dict["schedules"] = schedules
        if local_time_restriction is not UNSET:
            field_dict["localTimeRestriction"] = local_time_restriction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _status = d.pop("status", UNSET)
        status: CallBroadcastStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CallBroadcastStatus(_status)

        from_number = d.pop("fromNumber", UNSET)

        labels = cast(list[str], d.pop("labels", UNSET))

        last_modified = d.pop("lastModified", UNSET)

        _answering_machine_config = d.pop("answeringMachineConfig", UNSET)
        answering_machine_config: AnsweringMachineConfig | Unset
        if isinstance(_answering_machine_config, Unset):
            answering_machine_config = UNSET
        else:
            answering_machine_config = AnsweringMachineConfig(_answering_machine_config)

        dialplan_xml = d.pop("dialplanXml", UNSET)

        _recipients = d.pop("recipients", UNSET)
        recipients: list[Recipient] | Unset = UNSET
        if _recipients is not UNSET:
            recipients = []
            for recipients_item_data in _recipients:
                recipients_item = Recipient.from_dict(recipients_item_data)

                recipients.append(recipients_item)

        resume_next_day = d.pop("resumeNextDay", UNSET)

        max_active = d.pop("maxActive", UNSET)

        max_active_transfers = d.pop("maxActiveTransfers", UNSET)

        _sounds = d.pop("sounds", UNSET)
        sounds: CallBroadcastSounds | Unset
        if isinstance(_sounds, Unset):
            sounds = UNSET
        else:
            sounds = CallBroadcastSounds.from_dict(_sounds)

        _retry_config = d.pop("retryConfig", UNSET)
        retry_config: RetryConfig | Unset
        if isinstance(_retry_config, Unset):
            retry_config = UNSET
        else:
            retry_config = RetryConfig.from_dict(_retry_config)

        _schedules = d.pop("schedules", UNSET)
        schedules: list[Schedule] | Unset = UNSET
        if _schedules is not UNSET:
            schedules = []
            for schedules_item_data in _schedules:
                schedules_item = Schedule.from_dict(schedules_item_data)

                schedules.append(schedules_item)

        _local_time_restriction = d.pop("localTimeRestriction", UNSET)
        local_time_restriction: LocalTimeRestriction | Unset
        if isinstance(_local_time_restriction, Unset):
            local_time_restriction = UNSET
        else:
            local_time_restriction = LocalTimeRestriction.from_dict(_local_time_restriction)

        call_broadcast = cls(
            id=id,
            name=name,
            status=status,
            from_number=from_number,
            labels=labels,
            last_modified=last_modified,
            answering_machine_config=answering_machine_config,
            dialplan_xml=dialplan_xml,
            recipients=recipients,
            resume_next_day=resume_next_day,
            max_active=max_active,
            max_active_transfers=max_active_transfers,
            sounds=sounds,
            retry_config=retry_config,
            schedules=schedules,
            local_time_restriction=local_time_restriction,
        )

        call_broadcast.additional_properties = d
        return call_broadcast

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
from ..models.call_broadcast_sounds import CallBroadcastSounds  # noqa: E402
from ..models.local_time_restriction import LocalTimeRestriction  # noqa: E402
from ..models.recipient import Recipient  # noqa: E402
from ..models.retry_config import RetryConfig  # noqa: E402
from ..models.schedule import Schedule  # noqa: E402

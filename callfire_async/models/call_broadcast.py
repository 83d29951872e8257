from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.answering_machine_config import (
    ANSWERING_MACHINE_CONFIG_BY_VALUE,
    AnsweringMachineConfig,
)
from ..models.call_broadcast_status import CALL_BROADCAST_STATUS_BY_VALUE, CallBroadcastStatus
from ..types import (
    MILLISECOND,
    UNIX_EPOCH,
    built_with_gc_paused,
    datetime_to_unix_ms,
    json_loads,
    rebuilt_as,
)

if TYPE_CHECKING:
    from ..models.call_broadcast_sounds import CallBroadcastSounds
    from ..models.local_time_restriction import LocalTimeRestriction
    from ..models.recipient import Recipient
    from ..models.retry_config import RetryConfig
    from ..models.schedule import Schedule


T = TypeVar("T", bound="CallBroadcast")

# from_dict creates instances with object.__new__ and fills their slots itself.
_new_instance = object.__new__

# The JSON names of the fields above: everything else is an unknown field.
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "name",
        "status",
        "fromNumber",
        "labels",
        "lastModified",
        "answeringMachineConfig",
        "dialplanXml",
        "recipients",
        "resumeNextDay",
        "maxActive",
        "maxActiveTransfers",
        "sounds",
        "retryConfig",
        "schedules",
        "localTimeRestriction",
    }
)


# repr=False: __repr__ below shows only the fields that are set.
@_attrs_define(repr=False)
class CallBroadcast:
    """A voice campaign calling a set of recipients with sounds, schedules and retries.

    Attributes:
        id (int | None): The broadcast's id.
        name (str | None): The broadcast's name.
        status (CallBroadcastStatus | None): The lifecycle status of a call broadcast.
        from_number (str | None): The caller id in E.164 format (11 digits).
        labels (list[str] | None): Labels of the broadcast.
        last_modified (datetime.datetime | None): Last modification time in unix milliseconds.
        answering_machine_config (AnsweringMachineConfig | None): What a broadcast does on answering-machine detection:
            AM_ONLY hangs up on a live answer, AM_AND_LIVE plays separate live and machine sounds (default), LIVE_WITH_AMD
            hangs up on a machine, LIVE_IMMEDIATE skips detection.
        dialplan_xml (str | None): An IVR dialplan document; replaces the sounds.
        recipients (list[Recipient] | None): Recipients to call (existing contacts or new numbers).
        resume_next_day (bool | None): True to resume an unfinished broadcast the next day.
        max_active (int | None): Maximum number of simultaneous calls.
        max_active_transfers (int | None): Maximum number of simultaneous transfers.
        sounds (CallBroadcastSounds | None): The sounds a broadcast plays (live, machine, transfer, do-not-call), each
            as a sound id or as text with a voice.
        retry_config (RetryConfig | None): How often, how soon and after which results unreached recipients are retried.
        schedules (list[Schedule] | None): When the broadcast starts and stops.
        local_time_restriction (LocalTimeRestriction | None): The hours, in each recipient's time zone, during which
            calls may be placed.
    """

    id: int | None = None
    name: str | None = None
    status: CallBroadcastStatus | None = None
    from_number: str | None = None
    labels: list[str] | None = None
    last_modified: datetime.datetime | None = None
    answering_machine_config: AnsweringMachineConfig | None = None
    dialplan_xml: str | None = None
    recipients: list[Recipient] | None = None
    resume_next_day: bool | None = None
    max_active: int | None = None
    max_active_transfers: int | None = None
    sounds: CallBroadcastSounds | None = None
    retry_config: RetryConfig | None = None
    schedules: list[Schedule] | None = None
    local_time_restriction: LocalTimeRestriction | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status: str | None = None
        if self.status is not None:
            status = str(self.status)

        from_number = self.from_number

        labels: list[str] | None = None
        if self.labels is not None:
            labels = self.labels

        last_modified = (
            None if self.last_modified is None else datetime_to_unix_ms(self.last_modified)
        )

        answering_machine_config: str | None = None
        if self.answering_machine_config is not None:
            answering_machine_config = str(self.answering_machine_config)

        dialplan_xml = self.dialplan_xml

        recipients: list[dict[str, Any]] | None = None
        if self.recipients is not None:
            recipients = []
            for recipients_item_data in self.recipients:
                recipients_item = recipients_item_data.to_dict()
                recipients.append(recipients_item)

        resume_next_day = self.resume_next_day

        max_active = self.max_active

        max_active_transfers = self.max_active_transfers

        sounds: dict[str, Any] | None = None
        if self.sounds is not None:
            sounds = self.sounds.to_dict()

        retry_config: dict[str, Any] | None = None
        if self.retry_config is not None:
            retry_config = self.retry_config.to_dict()

        schedules: list[dict[str, Any]] | None = None
        if self.schedules is not None:
            schedules = []
            for schedules_item_data in self.schedules:
                schedules_item = schedules_item_data.to_dict()
                schedules.append(schedules_item)

        local_time_restriction: dict[str, Any] | None = None
        if self.local_time_restriction is not None:
            local_time_restriction = self.local_time_restriction.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if name is not None:
            field_dict["name"] = name
        if status is not None:
            field_dict["status"] = status
        if from_number is not None:
            field_dict["fromNumber"] = from_number
        if labels is not None:
            field_dict["labels"] = labels
        if last_modified is not None:
            field_dict["lastModified"] = last_modified
        if answering_machine_config is not None:
            field_dict["answeringMachineConfig"] = answering_machine_config
        if dialplan_xml is not None:
            field_dict["dialplanXml"] = dialplan_xml
        if recipients is not None:
            field_dict["recipients"] = recipients
        if resume_next_day is not None:
            field_dict["resumeNextDay"] = resume_next_day
        if max_active is not None:
            field_dict["maxActive"] = max_active
        if max_active_transfers is not None:
            field_dict["maxActiveTransfers"] = max_active_transfers
        if sounds is not None:
            field_dict["sounds"] = sounds
        if retry_config is not None:
            field_dict["retryConfig"] = retry_config
        if schedules is not None:
            field_dict["schedules"] = schedules
        if local_time_restriction is not None:
            field_dict["localTimeRestriction"] = local_time_restriction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not CallBroadcast:
            # A subclass may add fields or its own __init__: its constructor builds it
            # (_from_parsed_dict fills the slots of a CallBroadcast directly).
            return rebuilt_as(cls, CallBroadcast.from_dict(src_dict))
        return cast(T, built_with_gc_paused(CallBroadcast._from_parsed_dict, src_dict))

    @staticmethod
    def _from_parsed_dict(src_dict: Mapping[str, Any]) -> CallBroadcast:
        """from_dict's work, which the models that hold this one call directly."""
        if type(src_dict) is not dict:
            # Another mapping is copied; a document that is not an object fails here, as before.
            src_dict = dict(src_dict)
        get = src_dict.get
        id = get("id")

        name = get("name")

        _status = get("status")
        status = (
            None
            if _status is None
            else CALL_BROADCAST_STATUS_BY_VALUE.get(_status) or CallBroadcastStatus(_status)
        )

        from_number = get("fromNumber")

        labels: list[str] | None = get("labels")

        _last_modified = get("lastModified")
        last_modified = (
            None if _last_modified is None else UNIX_EPOCH + MILLISECOND * _last_modified
        )

        _answering_machine_config = get("answeringMachineConfig")
        answering_machine_config = (
            None
            if _answering_machine_config is None
            else ANSWERING_MACHINE_CONFIG_BY_VALUE.get(_answering_machine_config)
            or AnsweringMachineConfig(_answering_machine_config)
        )

        dialplan_xml = get("dialplanXml")

        _recipients = get("recipients")
        recipients: list[Recipient] | None = (
            None
            if _recipients is None
            else [
                Recipient._from_parsed_dict(recipients_item_data)
                for recipients_item_data in _recipients
            ]
            if _recipients
            else []
        )

        resume_next_day = get("resumeNextDay")

        max_active = get("maxActive")

        max_active_transfers = get("maxActiveTransfers")

        _sounds = get("sounds")
        sounds = None if _sounds is None else CallBroadcastSounds._from_parsed_dict(_sounds)

        _retry_config = get("retryConfig")
        retry_config = (
            None if _retry_config is None else RetryConfig._from_parsed_dict(_retry_config)
        )

        _schedules = get("schedules")
        schedules: list[Schedule] | None = (
            None
            if _schedules is None
            else [
                Schedule._from_parsed_dict(schedules_item_data)
                for schedules_item_data in _schedules
            ]
            if _schedules
            else []
        )

        _local_time_restriction = get("localTimeRestriction")
        local_time_restriction = (
            None
            if _local_time_restriction is None
            else LocalTimeRestriction._from_parsed_dict(_local_time_restriction)
        )

        call_broadcast = _new_instance(CallBroadcast)
        call_broadcast.id = id
        call_broadcast.name = name
        call_broadcast.status = status
        call_broadcast.from_number = from_number
        call_broadcast.labels = labels
        call_broadcast.last_modified = last_modified
        call_broadcast.answering_machine_config = answering_machine_config
        call_broadcast.dialplan_xml = dialplan_xml
        call_broadcast.recipients = recipients
        call_broadcast.resume_next_day = resume_next_day
        call_broadcast.max_active = max_active
        call_broadcast.max_active_transfers = max_active_transfers
        call_broadcast.sounds = sounds
        call_broadcast.retry_config = retry_config
        call_broadcast.schedules = schedules
        call_broadcast.local_time_restriction = local_time_restriction

        unknown: dict[str, Any] = (
            {}
            if _KNOWN_FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS}
        )
        call_broadcast.additional_properties = unknown
        return call_broadcast

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
                ("name", self.name),
                ("status", self.status),
                ("from_number", self.from_number),
                ("labels", self.labels),
                ("last_modified", self.last_modified),
                ("answering_machine_config", self.answering_machine_config),
                ("dialplan_xml", self.dialplan_xml),
                ("recipients", self.recipients),
                ("resume_next_day", self.resume_next_day),
                ("max_active", self.max_active),
                ("max_active_transfers", self.max_active_transfers),
                ("sounds", self.sounds),
                ("retry_config", self.retry_config),
                ("schedules", self.schedules),
                ("local_time_restriction", self.local_time_restriction),
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
from ..models.call_broadcast_sounds import CallBroadcastSounds  # noqa: E402
from ..models.local_time_restriction import LocalTimeRestriction  # noqa: E402
from ..models.recipient import Recipient  # noqa: E402
from ..models.retry_config import RetryConfig  # noqa: E402
from ..models.schedule import Schedule  # noqa: E402

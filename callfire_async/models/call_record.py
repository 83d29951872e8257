from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_result import CALL_RESULT_BY_VALUE, CallResult
from ..types import (
    MILLISECOND,
    UNIX_EPOCH,
    built_with_gc_paused,
    datetime_to_unix_ms,
    json_loads,
    rebuilt_as,
)

if TYPE_CHECKING:
    from ..models.call_recording import CallRecording
    from ..models.note import Note
    from ..models.question_response import QuestionResponse


T = TypeVar("T", bound="CallRecord")

# from_dict creates instances with object.__new__ and fills their slots itself.
_new_instance = object.__new__

# The JSON names of the fields above: everything else is an unknown field.
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "toNumber",
        "originateTime",
        "answerTime",
        "finishTime",
        "duration",
        "billedAmount",
        "callerName",
        "switchId",
        "result",
        "labels",
        "notes",
        "questionResponses",
        "recordings",
    }
)


# repr=False: __repr__ below shows only the fields that are set.
@_attrs_define(repr=False)
class CallRecord:
    """One dialing attempt of a call, with its timing, cost and recordings.

    Attributes:
        id (int | None): The record's id.
        to_number (str | None): The number dialed.
        originate_time (datetime.datetime | None): When the call was handed to the carrier, in unix milliseconds.
        answer_time (datetime.datetime | None): When the call was answered, in unix milliseconds.
        finish_time (datetime.datetime | None): When the call finished, in unix milliseconds.
        duration (int | None): Duration in seconds.
        billed_amount (float | None): The cost of the attempt.
        caller_name (str | None): The caller name shown.
        switch_id (str | None): The switch that placed the call.
        result (CallResult | None): The final result of a call attempt (LA live answer, AM answering machine, ...).
        labels (list[str] | None): Labels of the call.
        notes (list[Note] | None): Notes added by agents.
        question_responses (list[QuestionResponse] | None): Answers given to IVR or agent questions.
        recordings (list[CallRecording] | None): Recordings of the attempt.
    """

    id: int | None = None
    to_number: str | None = None
    originate_time: datetime.datetime | None = None
    answer_time: datetime.datetime | None = None
    finish_time: datetime.datetime | None = None
    duration: int | None = None
    billed_amount: float | None = None
    caller_name: str | None = None
    switch_id: str | None = None
    result: CallResult | None = None
    labels: list[str] | None = None
    notes: list[Note] | None = None
    question_responses: list[QuestionResponse] | None = None
    recordings: list[CallRecording] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        to_number = self.to_number

        originate_time = (
            None if self.originate_time is None else datetime_to_unix_ms(self.originate_time)
        )

        answer_time = None if self.answer_time is None else datetime_to_unix_ms(self.answer_time)

        finish_time = None if self.finish_time is None else datetime_to_unix_ms(self.finish_time)

        duration = self.duration

        billed_amount = self.billed_amount

        caller_name = self.caller_name

        switch_id = self.switch_id

        result: str | None = None
        if self.result is not None:
            result = str(self.result)

        labels: list[str] | None = None
        if self.labels is not None:
            labels = self.labels

        notes: list[dict[str, Any]] | None = None
        if self.notes is not None:
            notes = []
            for notes_item_data in self.notes:
                notes_item = notes_item_data.to_dict()
                notes.append(notes_item)

        question_responses: list[dict[str, Any]] | None = None
        if self.question_responses is not None:
            question_responses = []
            for question_responses_item_data in self.question_responses:
                question_responses_item = question_responses_item_data.to_dict()
                question_responses.append(question_responses_item)

        recordings: list[dict[str, Any]] | None = None
        if self.recordings is not None:
            recordings = []
            for recordings_item_data in self.recordings:
                recordings_item = recordings_item_data.to_dict()
                recordings.append(recordings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if to_number is not None:
            field_dict["toNumber"] = to_number
        if originate_time is not None:
            field_dict["originateTime"] = originate_time
        if answer_time is not None:
            field_dict["answerTime"] = answer_time
        if finish_time is not None:
            field_dict["finishTime"] = finish_time
        if duration is not None:
            field_dict["duration"] = duration
        if billed_amount is not None:
            field_dict["billedAmount"] = billed_amount
        if caller_name is not None:
            field_dict["callerName"] = caller_name
        if switch_id is not None:
            field_dict["switchId"] = switch_id
        if result is not None:
            field_dict["result"] = result
        if labels is not None:
            field_dict["labels"] = labels
        if notes is not None:
            field_dict["notes"] = notes
        if question_responses is not None:
            field_dict["questionResponses"] = question_responses
        if recordings is not None:
            field_dict["recordings"] = recordings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not CallRecord:
            # A subclass may add fields or its own __init__: its constructor builds it
            # (_from_parsed_dict fills the slots of a CallRecord directly).
            return rebuilt_as(cls, CallRecord.from_dict(src_dict))
        return cast(T, built_with_gc_paused(CallRecord._from_parsed_dict, src_dict))

    @staticmethod
    def _from_parsed_dict(src_dict: Mapping[str, Any]) -> CallRecord:
        """from_dict's work, which the models that hold this one call directly."""
        if type(src_dict) is not dict:
            # Another mapping is copied; a document that is not an object fails here, as before.
            src_dict = dict(src_dict)
        get = src_dict.get
        id = get("id")

        to_number = get("toNumber")

        _originate_time = get("originateTime")
        originate_time = (
            None if _originate_time is None else UNIX_EPOCH + MILLISECOND * _originate_time
        )

        _answer_time = get("answerTime")
        answer_time = None if _answer_time is None else UNIX_EPOCH + MILLISECOND * _answer_time

        _finish_time = get("finishTime")
        finish_time = None if _finish_time is None else UNIX_EPOCH + MILLISECOND * _finish_time

        duration = get("duration")

        billed_amount = get("billedAmount")

        caller_name = get("callerName")

        switch_id = get("switchId")

        _result = get("result")
        result = (
            None if _result is None else CALL_RESULT_BY_VALUE.get(_result) or CallResult(_result)
        )

        labels: list[str] | None = get("labels")

        _notes = get("notes")
        notes: list[Note] | None = (
            None
            if _notes is None
            else [Note._from_parsed_dict(notes_item_data) for notes_item_data in _notes]
            if _notes
            else []
        )

        _question_responses = get("questionResponses")
        question_responses: list[QuestionResponse] | None = (
            None
            if _question_responses is None
            else [
                QuestionResponse._from_parsed_dict(question_responses_item_data)
                for question_responses_item_data in _question_responses
            ]
            if _question_responses
            else []
        )

        _recordings = get("recordings")
        recordings: list[CallRecording] | None = (
            None
            if _recordings is None
            else [
                CallRecording._from_parsed_dict(recordings_item_data)
                for recordings_item_data in _recordings
            ]
            if _recordings
            else []
        )

        call_record = _new_instance(CallRecord)
        call_record.id = id
        call_record.to_number = to_number
        call_record.originate_time = originate_time
        call_record.answer_time = answer_time
        call_record.finish_time = finish_time
        call_record.duration = duration
        call_record.billed_amount = billed_amount
        call_record.caller_name = caller_name
        call_record.switch_id = switch_id
        call_record.result = result
        call_record.labels = labels
        call_record.notes = notes
        call_record.question_responses = question_responses
        call_record.recordings = recordings

        unknown: dict[str, Any] = (
            {}
            if _KNOWN_FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS}
        )
        call_record.additional_properties = unknown
        return call_record

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
                ("to_number", self.to_number),
                ("originate_time", self.originate_time),
                ("answer_time", self.answer_time),
                ("finish_time", self.finish_time),
                ("duration", self.duration),
                ("billed_amount", self.billed_amount),
                ("caller_name", self.caller_name),
                ("switch_id", self.switch_id),
                ("result", self.result),
                ("labels", self.labels),
                ("notes", self.notes),
                ("question_responses", self.question_responses),
                ("recordings", self.recordings),
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
from ..models.call_recording import CallRecording  # noqa: E402
from ..models.note import Note  # noqa: E402
from ..models.question_response import QuestionResponse  # noqa: E402

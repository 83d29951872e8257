from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_result import CallResult
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_recording import CallRecording
    from ..models.note import Note
    from ..models.question_response import QuestionResponse


T = TypeVar("T", bound="CallRecord")


@_attrs_define
class CallRecord:
    """One dialing attempt of a call, with its timing, cost and recordings.

    Attributes:
        id (int | Unset): The record's id.
        to_number (str | Unset): The number dialed.
        originate_time (int | Unset): When the call was handed to the carrier, in unix milliseconds.
        answer_time (int | Unset): When the call was answered, in unix milliseconds.
        finish_time (int | Unset): When the call finished, in unix milliseconds.
        duration (int | Unset): Duration in seconds.
        billed_amount (float | Unset): The cost of the attempt.
        caller_name (str | Unset): The caller name shown.
        switch_id (str | Unset): The switch that placed the call.
        result (CallResult | Unset): The final result of a call attempt (LA live answer, AM answering machine, ...).
        labels (list[str] | Unset): Labels of the call.
        notes (list[Note] | Unset): Notes added by agents.
        question_responses (list[QuestionResponse] | Unset): Answers given to IVR or agent questions.
        recordings (list[CallRecording] | Unset): Recordings of the attempt.
    """

    id: int | Unset = UNSET
    to_number: str | Unset = UNSET
    originate_time: int | Unset = UNSET
    answer_time: int | Unset = UNSET
    finish_time: int | Unset = UNSET
    duration: int | Unset = UNSET
    billed_amount: float | Unset = UNSET
    caller_name: str | Unset = UNSET
    switch_id: str | Unset = UNSET
    result: CallResult | Unset = UNSET
    labels: list[str] | Unset = UNSET
    notes: list[Note] | Unset = UNSET
    question_responses: list[QuestionResponse] | Unset = UNSET
    recordings: list[CallRecording] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        to_number = self.to_number

        originate_time = self.originate_time

        answer_time = self.answer_time

        finish_time = self.finish_time

        duration = self.duration

        billed_amount = self.billed_amount

        caller_name = self.caller_name

        switch_id = self.switch_id

        result: str | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.value

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = []
            for notes_item_data in self.notes:
                notes_item = notes_item_data.to_dict()
                notes.append(notes_item)

        question_responses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.question_responses, Unset):
            question_responses = []
            for question_responses_item_data in self.question_responses:
                question_responses_item = question_responses_item_data.to_dict()
                question_responses.append(question_responses_item)

        recordings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recordings, Unset):
            recordings = []
            for recordings_item_data in self.recordings:
                recordings_item = recordings_item_data.to_dict()
                recordings.append(recordings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if to_number is not UNSET:
            field_dict["toNumber"] = to_number
        if originate_time is not UNSET:
            field_dict["originateTime"] = originate_time
        if answer_time is not UNSET:
            field_dict["answerTime"] = answer_time
        if finish_time is not UNSET:
            field_dict["finishTime"] = finish_time
        if duration is not UNSET:
            field_dict["duration"] = duration
        if billed_amount is not UNSET:
            field_dict["billedAmount"] = billed_amount
        if caller_name is not UNSET:
            field_dict["callerName"] = caller_name
        if switch_id is not UNSET:
            field_dict["switchId"] = switch_id
        if result is not UNSET:
            field_dict["result"] = result
        if labels is not UNSET:
            field_dict["labels"] = labels
        if notes is not UNSET:
            field_dict["notes"] = notes
        if question_responses is not UNSET:
            field_dict["questionResponses"] = question_responses
        if recordings is not UNSET:
            field_dict["recordings"] = recordings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        to_number = d.pop("toNumber", UNSET)

        originate_time = d.pop("originateTime", UNSET)

        answer_time = d.pop("answerTime", UNSET)

        finish_time = d.pop("finishTime", UNSET)

        duration = d.pop("duration", UNSET)

        billed_amount = d.pop("billedAmount", UNSET)

        caller_name = d.pop("callerName", UNSET)

        switch_id = d.pop("switchId", UNSET)

        _result = d.pop("result", UNSET)
        result: CallResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = CallResult(_result)

        labels = cast(list[str], d.pop("labels", UNSET))

        _notes = d.pop("notes", UNSET)
        notes: list[Note] | Unset = UNSET
        if _notes is not UNSET:
            notes = []
            for notes_item_data in _notes:
                notes_item = Note.from_dict(notes_item_data)

                notes.append(notes_item)

        _question_responses = d.pop("questionResponses", UNSET)
        question_responses: list[QuestionResponse] | Unset = UNSET
        if _question_responses is not UNSET:
            question_responses = []
            for question_responses_item_data in _question_responses:
                question_responses_item = QuestionResponse.from_dict(question_responses_item_data)

                question_responses.append(question_responses_item)

        _recordings = d.pop("recordings", UNSET)
        recordings: list[CallRecording] | Unset = UNSET
        if _recordings is not UNSET:
            recordings = []
            for recordings_item_data in _recordings:
                recordings_item = CallRecording.from_dict(recordings_item_data)

                recordings.append(recordings_item)

        call_record = cls(
            id=id,
            to_number=to_number,
            originate_time=originate_time,
            answer_time=answer_time,
            finish_time=finish_time,
            duration=duration,
            billed_amount=billed_amount,
            caller_name=caller_name,
            switch_id=switch_id,
            result=result,
            labels=labels,
            notes=notes,
            question_responses=question_responses,
            recordings=recordings,
        )

        call_record.additional_properties = d
        return call_record

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

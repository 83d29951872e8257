from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice import Voice
from ..types import UNSET, Unset

T = TypeVar("T", bound="TextToSpeech")


@_attrs_define
class TextToSpeech:
    """A request to create a sound from text.

    Attributes:
        message (str | Unset): The text to speak.
        voice (Voice | Unset): A text-to-speech voice.
    """

    message: str | Unset = UNSET
    voice: Voice | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        voice: str | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = self.voice.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if voice is not UNSET:
            field_dict["voice"] = voice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        _voice = d.pop("voice", UNSET)
        voice: Voice | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = Voice(_voice)

        text_to_speech = cls(
            message=message,
            voice=voice,
        )

        text_to_speech.additional_properties = d
        return text_to_speech

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

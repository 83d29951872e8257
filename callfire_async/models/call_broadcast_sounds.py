from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice import Voice
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallBroadcastSounds")


@_attrs_define
class CallBroadcastSounds:
    """The sounds a broadcast plays (live, machine, transfer, do-not-call), each as a sound id or as text with a voice.

    Attributes:
        live_sound_id (int | Unset): Sound played when a person answers.
        live_sound_text (str | Unset): Text spoken when a person answers.
        live_sound_text_voice (Voice | Unset): A text-to-speech voice.
        machine_sound_id (int | Unset): Sound played to an answering machine.
        machine_sound_text (str | Unset): Text spoken to an answering machine.
        machine_sound_text_voice (Voice | Unset): A text-to-speech voice.
        transfer_sound_id (int | Unset): Sound played when the call is transferred.
        transfer_sound_text (str | Unset): Text spoken when the call is transferred.
        transfer_sound_text_voice (Voice | Unset): A text-to-speech voice.
        transfer_digit (str | Unset): The digit that starts a transfer.
        transfer_number (str | Unset): The number to transfer to, in E.164 format.
        dnc_sound_id (int | Unset): Sound played after the do-not-call digit.
        dnc_sound_text (str | Unset): Text spoken after the do-not-call digit.
        dnc_sound_text_voice (Voice | Unset): A text-to-speech voice.
        dnc_digit (str | Unset): The digit that puts the recipient on the do-not-call list.
    """

    live_sound_id: int | Unset = UNSET
    live_sound_text: str | Unset = UNSET
    live_sound_text_voice: Voice | Unset = UNSET
    machine_sound_id: int | Unset = UNSET
    machine_sound_text: str | Unset = UNSET
    machine_sound_text_voice: Voice | Unset = UNSET
    transfer_sound_id: int | Unset = UNSET
    transfer_sound_text: str | Unset = UNSET
    transfer_sound_text_voice: Voice | Unset = UNSET
    transfer_digit: str | Unset = UNSET
    transfer_number: str | Unset = UNSET
    dnc_sound_id: int | Unset = UNSET
    dnc_sound_text: str | Unset = UNSET
    dnc_sound_text_voice: Voice | Unset = UNSET
    dnc_digit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        live_sound_id = self.live_sound_id

        live_sound_text = self.live_sound_text

        live_sound_text_voice: str | Unset = UNSET
        if not isinstance(self.live_sound_text_voice, Unset):
            live_sound_text_voice = self.live_sound_text_voice.value

        machine_sound_id = self.machine_sound_id

        machine_sound_text = self.machine_sound_text

        machine_sound_text_voice: str | Unset = UNSET
        if not isinstance(self.machine_sound_text_voice, Unset):
            machine_sound_text_voice = self.machine_sound_text_voice.value

        transfer_sound_id = self.transfer_sound_id

        transfer_sound_text = self.transfer_sound_text

        transfer_sound_text_voice: str | Unset = UNSET
        if not isinstance(self.transfer_sound_text_voice, Unset):
            transfer_sound_text_voice = self.transfer_sound_text_voice.value

        transfer_digit = self.transfer_digit

        transfer_number = self.transfer_number

        dnc_sound_id = self.dnc_sound_id

        dnc_sound_text = self.dnc_sound_text

        dnc_sound_text_voice: str | Unset = UNSET
        if not isinstance(self.dnc_sound_text_voice, Unset):
            dnc_sound_text_voice = self.dnc_sound_text_voice.value

        dnc_digit = self.dnc_digit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if live_sound_id is not UNSET:
            field_dict["liveSoundId"] = live_sound_id
        if live_sound_text is not UNSET:
            field_dict["liveSoundText"] = live_sound_text
        if live_sound_text_voice is not UNSET:
            field_dict["liveSoundTextVoice"] = live_sound_text_voice
        if machine_sound_id is not UNSET:
            field_dict["machineSoundId"] = machine_sound_id
        if machine_sound_text is not UNSET:
            field_dict["machineSoundText"] = machine_sound_text
        if machine_sound_text_voice is not UNSET:
            field_dict["machineSoundTextVoice"] = machine_sound_text_voice
        if transfer_sound_id is not UNSET:
            field_dict["transferSoundId"] = transfer_sound_id
        if transfer_sound_text is not UNSET:
            field_dict["transferSoundText"] = transfer_sound_text
        if transfer_sound_text_voice is not UNSET:
            field_dict["transferSoundTextVoice"] = transfer_sound_text_voice
        if transfer_digit is not UNSET:
            field_dict["transferDigit"] = transfer_digit
        if transfer_number is not UNSET:
            field_dict["transferNumber"] = transfer_number
        if dnc_sound_id is not UNSET:
            field_dict["dncSoundId"] = dnc_sound_id
        if dnc_sound_text is not UNSET:
            field_dict["dncSoundText"] = dnc_sound_text
        if dnc_sound_text_voice is not UNSET:
            field_dict["dncSoundTextVoice"] = dnc_sound_text_voice
        if dnc_digit is not UNSET:
            field_dict["dncDigit"] = dnc_digit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        live_sound_id = d.pop("liveSoundId", UNSET)

        live_sound_text = d.pop("liveSoundText", UNSET)

        _live_sound_text_voice = d.pop("liveSoundTextVoice", UNSET)
        live_sound_text_voice: Voice | Unset
        if isinstance(_live_sound_text_voice, Unset):
            live_sound_text_voice = UNSET
        else:
            live_sound_text_voice = Voice(_live_sound_text_voice)

        machine_sound_id = d.pop("machineSoundId", UNSET)

        machine_sound_text = d.pop("machineSoundText", UNSET)

        _machine_sound_text_voice = d.pop("machineSoundTextVoice", UNSET)
        machine_sound_text_voice: Voice | Unset
        if isinstance(_machine_sound_text_voice, Unset):
            machine_sound_text_voice = UNSET
        else:
            machine_sound_text_voice = Voice(_machine_sound_text_voice)

        transfer_sound_id = d.pop("transferSoundId", UNSET)

        transfer_sound_text = d.pop("transferSoundText", UNSET)

        _transfer_sound_text_voice = d.pop("transferSoundTextVoice", UNSET)
        transfer_sound_text_voice: Voice | Unset
        if isinstance(_transfer_sound_text_voice, Unset):
            transfer_sound_text_voice = UNSET
        else:
            transfer_sound_text_voice = Voice(_transfer_sound_text_voice)

        transfer_digit = d.pop("transferDigit", UNSET)

        transfer_number = d.pop("transferNumber", UNSET)

        dnc_sound_id = d.pop("dncSoundId", UNSET)

        dnc_sound_text = d.pop("dncSoundText", UNSET)

        _dnc_sound_text_voice = d.pop("dncSoundTextVoice", UNSET)
        dnc_sound_text_voice: Voice | Unset
        if isinstance(_dnc_sound_text_voice, Unset):
            dnc_sound_text_voice = UNSET
        else:
            dnc_sound_text_voice = Voice(_dnc_sound_text_voice)

        dnc_digit = d.pop("dncDigit", UNSET)

        call_broadcast_sounds = cls(
            live_sound_id=live_sound_id,
            live_sound_text=live_sound_text,
            live_sound_text_voice=live_sound_text_voice,
            machine_sound_id=machine_sound_id,
            machine_sound_text=machine_sound_text,
            machine_sound_text_voice=machine_sound_text_voice,
            transfer_sound_id=transfer_sound_id,
            transfer_sound_text=transfer_sound_text,
            transfer_sound_text_voice=transfer_sound_text_voice,
            transfer_digit=transfer_digit,
            transfer_number=transfer_number,
            dnc_sound_id=dnc_sound_id,
            dnc_sound_text=dnc_sound_text,
            dnc_sound_text_voice=dnc_sound_text_voice,
            dnc_digit=dnc_digit,
        )

        call_broadcast_sounds.additional_properties = d
        return call_broadcast_sounds

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

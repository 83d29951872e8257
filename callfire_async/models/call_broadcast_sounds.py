from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice import VOICE_BY_VALUE, Voice
from ..types import (
    built_with_gc_paused,
    json_loads,
    rebuilt_as,
)

T = TypeVar("T", bound="CallBroadcastSounds")

# from_dict creates instances with object.__new__ and fills their slots itself.
_new_instance = object.__new__

# The JSON names of the fields above: everything else is an unknown field.
_KNOWN_FIELDS = frozenset(
    {
        "liveSoundId",
        "liveSoundText",
        "liveSoundTextVoice",
        "machineSoundId",
        "machineSoundText",
        "machineSoundTextVoice",
        "transferSoundId",
        "transferSoundText",
        "transferSoundTextVoice",
        "transferDigit",
        "transferNumber",
        "dncSoundId",
        "dncSoundText",
        "dncSoundTextVoice",
        "dncDigit",
    }
)


# repr=False: __repr__ below shows only the fields that are set.
@_attrs_define(repr=False)
class CallBroadcastSounds:
    """The sounds a broadcast plays (live, machine, transfer, do-not-call), each as a sound id or as text with a voice.

    Attributes:
        live_sound_id (int | None): Sound played when a person answers.
        live_sound_text (str | None): Text spoken when a person answers.
        live_sound_text_voice (Voice | None): A text-to-speech voice.
        machine_sound_id (int | None): Sound played to an answering machine.
        machine_sound_text (str | None): Text spoken to an answering machine.
        machine_sound_text_voice (Voice | None): A text-to-speech voice.
        transfer_sound_id (int | None): Sound played when the call is transferred.
        transfer_sound_text (str | None): Text spoken when the call is transferred.
        transfer_sound_text_voice (Voice | None): A text-to-speech voice.
        transfer_digit (str | None): The digit that starts a transfer.
        transfer_number (str | None): The number to transfer to, in E.164 format.
        dnc_sound_id (int | None): Sound played after the do-not-call digit.
        dnc_sound_text (str | None): Text spoken after the do-not-call digit.
        dnc_sound_text_voice (Voice | None): A text-to-speech voice.
        dnc_digit (str | None): The digit that puts the recipient on the do-not-call list.
    """

    live_sound_id: int | None = None
    live_sound_text: str | None = None
    live_sound_text_voice: Voice | None = None
    machine_sound_id: int | None = None
    machine_sound_text: str | None = None
    machine_sound_text_voice: Voice | None = None
    transfer_sound_id: int | None = None
    transfer_sound_text: str | None = None
    transfer_sound_text_voice: Voice | None = None
    transfer_digit: str | None = None
    transfer_number: str | None = None
    dnc_sound_id: int | None = None
    dnc_sound_text: str | None = None
    dnc_sound_text_voice: Voice | None = None
    dnc_digit: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        live_sound_id = self.live_sound_id

        live_sound_text = self.live_sound_text

        live_sound_text_voice: str | None = None
        if self.live_sound_text_voice is not None:
            live_sound_text_voice = str(self.live_sound_text_voice)

        machine_sound_id = self.machine_sound_id

        machine_sound_text = self.machine_sound_text

        machine_sound_text_voice: str | None = None
        if self.machine_sound_text_voice is not None:
            machine_sound_text_voice = str(self.machine_sound_text_voice)

        transfer_sound_id = self.transfer_sound_id

        transfer_sound_text = self.transfer_sound_text

        transfer_sound_text_voice: str | None = None
        if self.transfer_sound_text_voice is not None:
            transfer_sound_text_voice = str(self.transfer_sound_text_voice)

        transfer_digit = self.transfer_digit

        transfer_number = self.transfer_number

        dnc_sound_id = self.dnc_sound_id

        dnc_sound_text = self.dnc_sound_text

        dnc_sound_text_voice: str | None = None
        if self.dnc_sound_text_voice is not None:
            dnc_sound_text_voice = str(self.dnc_sound_text_voice)

        dnc_digit = self.dnc_digit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if live_sound_id is not None:
            field_dict["liveSoundId"] = live_sound_id
        if live_sound_text is not None:
            field_dict["liveSoundText"] = live_sound_text
        if live_sound_text_voice is not None:
            field_dict["liveSoundTextVoice"] = live_sound_text_voice
        if machine_sound_id is not None:
            field_dict["machineSoundId"] = machine_sound_id
        if machine_sound_text is not None:
            field_dict["machineSoundText"] = machine_sound_text
        if machine_sound_text_voice is not None:
            field_dict["machineSoundTextVoice"] = machine_sound_text_voice
        if transfer_sound_id is not None:
            field_dict["transferSoundId"] = transfer_sound_id
        if transfer_sound_text is not None:
            field_dict["transferSoundText"] = transfer_sound_text
        if transfer_sound_text_voice is not None:
            field_dict["transferSoundTextVoice"] = transfer_sound_text_voice
        if transfer_digit is not None:
            field_dict["transferDigit"] = transfer_digit
        if transfer_number is not None:
            field_dict["transferNumber"] = transfer_number
        if dnc_sound_id is not None:
            field_dict["dncSoundId"] = dnc_sound_id
        if dnc_sound_text is not None:
            field_dict["dncSoundText"] = dnc_sound_text
        if dnc_sound_text_voice is not None:
            field_dict["dncSoundTextVoice"] = dnc_sound_text_voice
        if dnc_digit is not None:
            field_dict["dncDigit"] = dnc_digit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not CallBroadcastSounds:
            # A subclass may add fields or its own __init__: its constructor builds it
            # (_from_parsed_dict fills the slots of a CallBroadcastSounds directly).
            return rebuilt_as(cls, CallBroadcastSounds.from_dict(src_dict))
        return cast(T, built_with_gc_paused(CallBroadcastSounds._from_parsed_dict, src_dict))

    @staticmethod
    def _from_parsed_dict(src_dict: Mapping[str, Any]) -> CallBroadcastSounds:
        """from_dict's work, which the models that hold this one call directly."""
        if type(src_dict) is not dict:
            # Another mapping is copied; a document that is not an object fails here, as before.
            src_dict = dict(src_dict)
        get = src_dict.get
        live_sound_id = get("liveSoundId")

        live_sound_text = get("liveSoundText")

        _live_sound_text_voice = get("liveSoundTextVoice")
        live_sound_text_voice = (
            None
            if _live_sound_text_voice is None
            else VOICE_BY_VALUE.get(_live_sound_text_voice) or Voice(_live_sound_text_voice)
        )

        machine_sound_id = get("machineSoundId")

        machine_sound_text = get("machineSoundText")

        _machine_sound_text_voice = get("machineSoundTextVoice")
        machine_sound_text_voice = (
            None
            if _machine_sound_text_voice is None
            else VOICE_BY_VALUE.get(_machine_sound_text_voice) or Voice(_machine_sound_text_voice)
        )

        transfer_sound_id = get("transferSoundId")

        transfer_sound_text = get("transferSoundText")

        _transfer_sound_text_voice = get("transferSoundTextVoice")
        transfer_sound_text_voice = (
            None
            if _transfer_sound_text_voice is None
            else VOICE_BY_VALUE.get(_transfer_sound_text_voice) or Voice(_transfer_sound_text_voice)
        )

        transfer_digit = get("transferDigit")

        transfer_number = get("transferNumber")

        dnc_sound_id = get("dncSoundId")

        dnc_sound_text = get("dncSoundText")

        _dnc_sound_text_voice = get("dncSoundTextVoice")
        dnc_sound_text_voice = (
            None
            if _dnc_sound_text_voice is None
            else VOICE_BY_VALUE.get(_dnc_sound_text_voice) or Voice(_dnc_sound_text_voice)
        )

        dnc_digit = get("dncDigit")

        call_broadcast_sounds = _new_instance(CallBroadcastSounds)
        call_broadcast_sounds.live_sound_id = live_sound_id
        call_broadcast_sounds.live_sound_text = live_sound_text
        call_broadcast_sounds.live_sound_text_voice = live_sound_text_voice
        call_broadcast_sounds.machine_sound_id = machine_sound_id
        call_broadcast_sounds.machine_sound_text = machine_sound_text
        call_broadcast_sounds.machine_sound_text_voice = machine_sound_text_voice
        call_broadcast_sounds.transfer_sound_id = transfer_sound_id
        call_broadcast_sounds.transfer_sound_text = transfer_sound_text
        call_broadcast_sounds.transfer_sound_text_voice = transfer_sound_text_voice
        call_broadcast_sounds.transfer_digit = transfer_digit
        call_broadcast_sounds.transfer_number = transfer_number
        call_broadcast_sounds.dnc_sound_id = dnc_sound_id
        call_broadcast_sounds.dnc_sound_text = dnc_sound_text
        call_broadcast_sounds.dnc_sound_text_voice = dnc_sound_text_voice
        call_broadcast_sounds.dnc_digit = dnc_digit

        unknown: dict[str, Any] = (
            {}
            if _KNOWN_FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS}
        )
        call_broadcast_sounds.additional_properties = unknown
        return call_broadcast_sounds

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
                ("live_sound_id", self.live_sound_id),
                ("live_sound_text", self.live_sound_text),
                ("live_sound_text_voice", self.live_sound_text_voice),
                ("machine_sound_id", self.machine_sound_id),
                ("machine_sound_text", self.machine_sound_text),
                ("machine_sound_text_voice", self.machine_sound_text_voice),
                ("transfer_sound_id", self.transfer_sound_id),
                ("transfer_sound_text", self.transfer_sound_text),
                ("transfer_sound_text_voice", self.transfer_sound_text_voice),
                ("transfer_digit", self.transfer_digit),
                ("transfer_number", self.transfer_number),
                ("dnc_sound_id", self.dnc_sound_id),
                ("dnc_sound_text", self.dnc_sound_text),
                ("dnc_sound_text_voice", self.dnc_sound_text_voice),
                ("dnc_digit", self.dnc_digit),
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

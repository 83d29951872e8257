from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice import VOICE_BY_VALUE, Voice
from ..types import (
    built_with_gc_paused,
    json_loads,
    rebuilt_as,
)

if TYPE_CHECKING:
    from ..models.call_recipient_attributes import CallRecipientAttributes


T = TypeVar("T", bound="CallRecipient")

# from_dict creates instances with object.__new__ and fills their slots itself.
_new_instance = object.__new__

# The JSON names of the fields above: everything else is an unknown field.
_KNOWN_FIELDS = frozenset(
    {
        "phoneNumber",
        "contactId",
        "fromNumber",
        "attributes",
        "liveMessage",
        "liveMessageSoundId",
        "machineMessage",
        "machineMessageSoundId",
        "transferMessage",
        "transferMessageSoundId",
        "transferDigit",
        "transferNumber",
        "voice",
        "dialplanXml",
    }
)


# repr=False: __repr__ below shows only the fields that are set.
@_attrs_define(repr=False)
class CallRecipient:
    """A recipient of POST /calls, with its own messages, sounds and transfer settings.

    Attributes:
        phone_number (str | None): The phone number in E.164 format (11 digits).
        contact_id (int | None): An existing contact's id.
        from_number (str | None): The caller id to call from.
        attributes (CallRecipientAttributes | None): User-defined string attributes attached to the call.
        live_message (str | None): Text spoken when a person answers.
        live_message_sound_id (int | None): Sound played when a person answers.
        machine_message (str | None): Text spoken to an answering machine.
        machine_message_sound_id (int | None): Sound played to an answering machine.
        transfer_message (str | None): Text spoken when the call is transferred.
        transfer_message_sound_id (int | None): Sound played when the call is transferred.
        transfer_digit (str | None): The digit that starts a transfer.
        transfer_number (str | None): The number to transfer to, in E.164 format.
        voice (Voice | None): A text-to-speech voice.
        dialplan_xml (str | None): An IVR dialplan document; replaces the messages and sounds.
    """

    phone_number: str | None = None
    contact_id: int | None = None
    from_number: str | None = None
    attributes: CallRecipientAttributes | None = None
    live_message: str | None = None
    live_message_sound_id: int | None = None
    machine_message: str | None = None
    machine_message_sound_id: int | None = None
    transfer_message: str | None = None
    transfer_message_sound_id: int | None = None
    transfer_digit: str | None = None
    transfer_number: str | None = None
    voice: Voice | None = None
    dialplan_xml: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        contact_id = self.contact_id

        from_number = self.from_number

        attributes: dict[str, Any] | None = None
        if self.attributes is not None:
            attributes = self.attributes.to_dict()

        live_message = self.live_message

        live_message_sound_id = self.live_message_sound_id

        machine_message = self.machine_message

        machine_message_sound_id = self.machine_message_sound_id

        transfer_message = self.transfer_message

        transfer_message_sound_id = self.transfer_message_sound_id

        transfer_digit = self.transfer_digit

        transfer_number = self.transfer_number

        voice: str | None = None
        if self.voice is not None:
            voice = str(self.voice)

        dialplan_xml = self.dialplan_xml

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_number is not None:
            field_dict["phoneNumber"] = phone_number
        if contact_id is not None:
            field_dict["contactId"] = contact_id
        if from_number is not None:
            field_dict["fromNumber"] = from_number
        if attributes is not None:
            field_dict["attributes"] = attributes
        if live_message is not None:
            field_dict["liveMessage"] = live_message
        if live_message_sound_id is not None:
            field_dict["liveMessageSoundId"] = live_message_sound_id
        if machine_message is not None:
            field_dict["machineMessage"] = machine_message
        if machine_message_sound_id is not None:
            field_dict["machineMessageSoundId"] = machine_message_sound_id
        if transfer_message is not None:
            field_dict["transferMessage"] = transfer_message
        if transfer_message_sound_id is not None:
            field_dict["transferMessageSoundId"] = transfer_message_sound_id
        if transfer_digit is not None:
            field_dict["transferDigit"] = transfer_digit
        if transfer_number is not None:
            field_dict["transferNumber"] = transfer_number
        if voice is not None:
            field_dict["voice"] = voice
        if dialplan_xml is not None:
            field_dict["dialplanXml"] = dialplan_xml

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not CallRecipient:
            # A subclass may add fields or its own __init__: its constructor builds it
            # (_from_parsed_dict fills the slots of a CallRecipient directly).
            return rebuilt_as(cls, CallRecipient.from_dict(src_dict))
        return cast(T, built_with_gc_paused(CallRecipient._from_parsed_dict, src_dict))

    @staticmethod
    def _from_parsed_dict(src_dict: Mapping[str, Any]) -> CallRecipient:
        """from_dict's work, which the models that hold this one call directly."""
        if type(src_dict) is not dict:
            # Another mapping is copied; a document that is not an object fails here, as before.
            src_dict = dict(src_dict)
        get = src_dict.get
        phone_number = get("phoneNumber")

        contact_id = get("contactId")

        from_number = get("fromNumber")

        _attributes = get("attributes")
        attributes = (
            None if _attributes is None else CallRecipientAttributes._from_parsed_dict(_attributes)
        )

        live_message = get("liveMessage")

        live_message_sound_id = get("liveMessageSoundId")

        machine_message = get("machineMessage")

        machine_message_sound_id = get("machineMessageSoundId")

        transfer_message = get("transferMessage")

        transfer_message_sound_id = get("transferMessageSoundId")

        transfer_digit = get("transferDigit")

        transfer_number = get("transferNumber")

        _voice = get("voice")
        voice = None if _voice is None else VOICE_BY_VALUE.get(_voice) or Voice(_voice)

        dialplan_xml = get("dialplanXml")

        call_recipient = _new_instance(CallRecipient)
        call_recipient.phone_number = phone_number
        call_recipient.contact_id = contact_id
        call_recipient.from_number = from_number
        call_recipient.attributes = attributes
        call_recipient.live_message = live_message
        call_recipient.live_message_sound_id = live_message_sound_id
        call_recipient.machine_message = machine_message
        call_recipient.machine_message_sound_id = machine_message_sound_id
        call_recipient.transfer_message = transfer_message
        call_recipient.transfer_message_sound_id = transfer_message_sound_id
        call_recipient.transfer_digit = transfer_digit
        call_recipient.transfer_number = transfer_number
        call_recipient.voice = voice
        call_recipient.dialplan_xml = dialplan_xml

        unknown: dict[str, Any] = (
            {}
            if _KNOWN_FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS}
        )
        call_recipient.additional_properties = unknown
        return call_recipient

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
                ("phone_number", self.phone_number),
                ("contact_id", self.contact_id),
                ("from_number", self.from_number),
                ("attributes", self.attributes),
                ("live_message", self.live_message),
                ("live_message_sound_id", self.live_message_sound_id),
                ("machine_message", self.machine_message),
                ("machine_message_sound_id", self.machine_message_sound_id),
                ("transfer_message", self.transfer_message),
                ("transfer_message_sound_id", self.transfer_message_sound_id),
                ("transfer_digit", self.transfer_digit),
                ("transfer_number", self.transfer_number),
                ("voice", self.voice),
                ("dialplan_xml", self.dialplan_xml),
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
from ..models.call_recipient_attributes import CallRecipientAttributes  # noqa: E402

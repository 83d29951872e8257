from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice import Voice
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_recipient_attributes import CallRecipientAttributes


T = TypeVar("T", bound="CallRecipient")


@_attrs_define
class CallRecipient:
    """A recipient of POST /calls, with its own messages, sounds and transfer settings.

    Attributes:
        phone_number (str | Unset): The phone number in E.164 format (11 digits).
        contact_id (int | Unset): An existing contact's id.
        from_number (str | Unset): The caller id to call from.
        attributes (CallRecipientAttributes | Unset): User-defined string attributes attached to the call.
        live_message (str | Unset): Text spoken when a person answers.
        live_message_sound_id (int | Unset): Sound played when a person answers.
        machine_message (str | Unset): Text spoken to an answering machine.
        machine_message_sound_id (int | Unset): Sound played to an answering machine.
        transfer_message (str | Unset): Text spoken when the call is transferred.
        transfer_message_sound_id (int | Unset): Sound played when the call is transferred.
        transfer_digit (str | Unset): The digit that starts a transfer.
        transfer_number (str | Unset): The number to transfer to, in E.164 format.
        voice (Voice | Unset): A text-to-speech voice.
        dialplan_xml (str | Unset): An IVR dialplan document; replaces the messages and sounds.
    """

    phone_number: str | Unset = UNSET
    contact_id: int | Unset = UNSET
    from_number: str | Unset = UNSET
    attributes: CallRecipientAttributes | Unset = UNSET
    live_message: str | Unset = UNSET
    live_message_sound_id: int | Unset = UNSET
    machine_message: str | Unset = UNSET
    machine_message_sound_id: int | Unset = UNSET
    transfer_message: str | Unset = UNSET
    transfer_message_sound_id: int | Unset = UNSET
    transfer_digit: str | Unset = UNSET
    transfer_number: str | Unset = UNSET
    voice: Voice | Unset = UNSET
    dialplan_xml: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        contact_id = self.contact_id

        from_number = self.from_number

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        live_message = self.live_message

        live_message_sound_id = self.live_message_sound_id

        machine_message = self.machine_message

        machine_message_sound_id = self.machine_message_sound_id

        transfer_message = self.transfer_message

        transfer_message_sound_id = self.transfer_message_sound_id

        transfer_digit = self.transfer_digit

        transfer_number = self.transfer_number

        voice: str | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = self.voice.value

        dialplan_xml = self.dialplan_xml

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if from_number is not UNSET:
            field_dict["fromNumber"] = from_number
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if live_message is not UNSET:
            field_dict["liveMessage"] = live_message
        if live_message_sound_id is not UNSET:
            field_dict["liveMessageSoundId"] = live_message_sound_id
        if machine_message is not UNSET:
            field_dict["machineMessage"] = machine_message
        if machine_message_sound_id is not UNSET:
            field_dict["machineMessageSoundId"] = machine_message_sound_id
        if transfer_message is not UNSET:
            field_dict["transferMessage"] = transfer_message
        if transfer_message_sound_id is not UNSET:
            field_dict["transferMessageSoundId"] = transfer_message_sound_id
        if transfer_digit is not UNSET:
            field_dict["transferDigit"] = transfer_digit
        if transfer_number is not UNSET:
            field_dict["transferNumber"] = transfer_number
        if voice is not UNSET:
            field_dict["voice"] = voice
        if dialplan_xml is not UNSET:
            field_dict["dialplanXml"] = dialplan_xml

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phoneNumber", UNSET)

        contact_id = d.pop("contactId", UNSET)

        from_number = d.pop("fromNumber", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: CallRecipientAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = CallRecipientAttributes.from_dict(_attributes)

        live_message = d.pop("liveMessage", UNSET)

        live_message_sound_id = d.pop("liveMessageSoundId", UNSET)

        machine_message = d.pop("machineMessage", UNSET)

        machine_message_sound_id = d.pop("machineMessageSoundId", UNSET)

        transfer_message = d.pop("transferMessage", UNSET)

        transfer_message_sound_id = d.pop("transferMessageSoundId", UNSET)

        transfer_digit = d.pop("transferDigit", UNSET)

        transfer_number = d.pop("transferNumber", UNSET)

        _voice = d.pop("voice", UNSET)
        voice: Voice | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = Voice(_voice)

        dialplan_xml = d.pop("dialplanXml", UNSET)

        call_recipient = cls(
            phone_number=phone_number,
            contact_id=contact_id,
            from_number=from_number,
            attributes=attributes,
            live_message=live_message,
            live_message_sound_id=live_message_sound_id,
            machine_message=machine_message,
            machine_message_sound_id=machine_message_sound_id,
            transfer_message=transfer_message,
            transfer_message_sound_id=transfer_message_sound_id,
            transfer_digit=transfer_digit,
            transfer_number=transfer_number,
            voice=voice,
            dialplan_xml=dialplan_xml,
        )

        call_recipient.additional_properties = d
        return call_recipient

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

"""Contains all the data models used in inputs/outputs"""

from .add_contact_list_items_request import AddContactListItemsRequest
from .answering_machine_config import AnsweringMachineConfig
from .batch import Batch
from .batch_page import BatchPage
from .batch_request import BatchRequest
from .batch_status import BatchStatus
from .call import Call
from .call_attributes import CallAttributes
from .call_broadcast import CallBroadcast
from .call_broadcast_page import CallBroadcastPage
from .call_broadcast_sounds import CallBroadcastSounds
from .call_broadcast_stats import CallBroadcastStats
from .call_broadcast_status import CallBroadcastStatus
from .call_create_sound import CallCreateSound
from .call_list import CallList
from .call_page import CallPage
from .call_recipient import CallRecipient
from .call_recipient_attributes import CallRecipientAttributes
from .call_record import CallRecord
from .call_recording import CallRecording
from .call_recording_list import CallRecordingList
from .call_recording_state import CallRecordingState
from .call_result import CallResult
from .call_state import CallState
from .campaign_sound import CampaignSound
from .campaign_sound_page import CampaignSoundPage
from .campaign_sound_status import CampaignSoundStatus
from .contact import Contact
from .contact_list import ContactList
from .contact_list_page import ContactListPage
from .contact_list_status import ContactListStatus
from .contact_list_upload import ContactListUpload
from .contact_page import ContactPage
from .contact_properties import ContactProperties
from .create_contact_list_request import CreateContactListRequest
from .day_of_week import DayOfWeek
from .do_not_contact import DoNotContact
from .do_not_contact_page import DoNotContactPage
from .do_not_contact_request import DoNotContactRequest
from .error_response import ErrorResponse
from .local_date import LocalDate
from .local_time import LocalTime
from .local_time_restriction import LocalTimeRestriction
from .note import Note
from .question_response import QuestionResponse
from .recipient import Recipient
from .recipient_attributes import RecipientAttributes
from .resource_id import ResourceId
from .resource_id_list import ResourceIdList
from .retry_config import RetryConfig
from .retry_phone_type import RetryPhoneType
from .retry_result import RetryResult
from .schedule import Schedule
from .sound_file_upload import SoundFileUpload
from .text_to_speech import TextToSpeech
from .universal_do_not_contact import UniversalDoNotContact
from .universal_do_not_contact_list import UniversalDoNotContactList
from .update_contact_list_request import UpdateContactListRequest
from .voice import Voice

__all__ = (
    "AddContactListItemsRequest",
    "AnsweringMachineConfig",
    "Batch",
    "BatchPage",
    "BatchRequest",
    "BatchStatus",
    "Call",
    "CallAttributes",
    "CallBroadcast",
    "CallBroadcastPage",
    "CallBroadcastSounds",
    "CallBroadcastStats",
    "CallBroadcastStatus",
    "CallCreateSound",
    "CallList",
    "CallPage",
    "CallRecipient",
    "CallRecipientAttributes",
    "CallRecord",
    "CallRecording",
    "CallRecordingList",
    "CallRecordingState",
    "CallResult",
    "CallState",
    "CampaignSound",
    "CampaignSoundPage",
    "CampaignSoundStatus",
    "Contact",
    "ContactList",
    "ContactListPage",
    "ContactListStatus",
    "ContactListUpload",
    "ContactPage",
    "ContactProperties",
    "CreateContactListRequest",
    "DayOfWeek",
    "DoNotContact",
    "DoNotContactPage",
    "DoNotContactRequest",
    "ErrorResponse",
    "LocalDate",
    "LocalTime",
    "LocalTimeRestriction",
    "Note",
    "QuestionResponse",
    "Recipient",
    "RecipientAttributes",
    "ResourceId",
    "ResourceIdList",
    "RetryConfig",
    "RetryPhoneType",
    "RetryResult",
    "Schedule",
    "SoundFileUpload",
    "TextToSpeech",
    "UniversalDoNotContact",
    "UniversalDoNotContactList",
    "UpdateContactListRequest",
    "Voice",
)

"""The request bodies of the CallFire API, as declarative checks (see validation)."""

from __future__ import annotations

from .validation import Bool, Enum, Int, ListOf, Obj, Phone, Str, StrMap

VOICE = Enum("MALE1", "FEMALE1", "FEMALE2", "SPANISH1", "FRENCHCANADIAN1")

CONTACT_PHONE_FIELDS = (
    "homePhone",
    "workPhone",
    "mobilePhone",
    "extraPhone1",
    "extraPhone2",
    "extraPhone3",
)

CONTACT = Obj(
    {
        "firstName": Str(),
        "lastName": Str(),
        "zipcode": Str(),
        **{name: Phone() for name in CONTACT_PHONE_FIELDS},
        "externalId": Str(),
        "externalSystem": Str(),
        "properties": StrMap(),
    }
)

RECIPIENT = Obj(
    {
        "phoneNumber": Phone(),
        "contactId": Int(minimum=1),
        "fromNumber": Phone(),
        "attributes": StrMap(),
    }
)

CALL_RECIPIENT = Obj(
    {
        "phoneNumber": Phone(),
        "contactId": Int(minimum=1),
        "fromNumber": Phone(),
        "attributes": StrMap(),
        "liveMessage": Str(),
        "liveMessageSoundId": Int(minimum=1),
        "machineMessage": Str(),
        "machineMessageSoundId": Int(minimum=1),
        "transferMessage": Str(),
        "transferMessageSoundId": Int(minimum=1),
        "transferDigit": Str(),
        "transferNumber": Phone(),
        "voice": VOICE,
        "dialplanXml": Str(),
    }
)

_LOCAL_DATE = Obj(
    {
        "year": Int(minimum=1970, maximum=9999),
        "month": Int(minimum=1, maximum=12),
        "day": Int(minimum=1, maximum=31),
    }
)
_LOCAL_TIME = Obj(
    {
        "hour": Int(minimum=0, maximum=23),
        "minute": Int(minimum=0, maximum=59),
        "second": Int(minimum=0, maximum=59),
        "nano": Int(minimum=0),
    }
)
_DAY = Enum("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")

CALL_BROADCAST = Obj(
    {
        "name": Str(),
        "fromNumber": Phone(),
        "labels": ListOf(Str()),
        "answeringMachineConfig": Enum("AM_ONLY", "AM_AND_LIVE", "LIVE_WITH_AMD", "LIVE_IMMEDIATE"),
        "dialplanXml": Str(),
        "recipients": ListOf(RECIPIENT),
        "resumeNextDay": Bool(),
        "maxActive": Int(minimum=1),
        "maxActiveTransfers": Int(minimum=0),
        "sounds": Obj(
            {
                **{
                    f"{kind}SoundId": Int(minimum=1)
                    for kind in ("live", "machine", "transfer", "dnc")
                },
                **{f"{kind}SoundText": Str() for kind in ("live", "machine", "transfer", "dnc")},
                **{
                    f"{kind}SoundTextVoice": VOICE
                    for kind in ("live", "machine", "transfer", "dnc")
                },
                "transferDigit": Str(),
                "transferNumber": Phone(),
                "dncDigit": Str(),
            }
        ),
        "retryConfig": Obj(
            {
                "maxAttempts": Int(minimum=1),
                "minutesBetweenAttempts": Int(minimum=1),
                "retryResults": ListOf(Str()),
                "retryPhoneTypes": ListOf(
                    Enum("FIRST_NUMBER", "HOME_PHONE", "WORK_PHONE", "MOBILE_PHONE")
                ),
            }
        ),
        "schedules": ListOf(
            Obj(
                {
                    "startDate": _LOCAL_DATE,
                    "stopDate": _LOCAL_DATE,
                    "startTimeOfDay": _LOCAL_TIME,
                    "stopTimeOfDay": _LOCAL_TIME,
                    "timeZone": Str(),
                    "daysOfWeek": ListOf(_DAY),
                }
            )
        ),
        "localTimeRestriction": Obj(
            {
                "enabled": Bool(),
                "beginHour": Int(minimum=0, maximum=23),
                "beginMinute": Int(minimum=0, maximum=59),
                "endHour": Int(minimum=0, maximum=23),
                "endMinute": Int(minimum=0, maximum=59),
            }
        ),
    }
)

BATCH_REQUEST = Obj(
    {
        "name": Str(),
        "contactListId": Int(minimum=1),
        "recipients": ListOf(RECIPIENT, non_empty=True),
        "scrubDuplicates": Bool(),
    }
)

BATCH_UPDATE = Obj({"enabled": Bool()}, required=("enabled",))

_NUMBERS_FIELD = Enum("homePhone", "workPhone", "mobilePhone")

CREATE_CONTACT_LIST = Obj(
    {
        "name": Str(non_empty=True),
        "contacts": ListOf(CONTACT),
        "contactIds": ListOf(Int(minimum=1)),
        "contactNumbers": ListOf(Phone()),
        "contactNumbersField": _NUMBERS_FIELD,
        "useCustomFields": Bool(),
    },
    required=("name",),
)

UPDATE_CONTACT_LIST = Obj({"name": Str(non_empty=True)}, required=("name",))

ADD_CONTACT_LIST_ITEMS = Obj(
    {
        "contacts": ListOf(CONTACT),
        "contactIds": ListOf(Int(minimum=1)),
        "contactNumbers": ListOf(Phone()),
        "contactNumbersField": _NUMBERS_FIELD,
        "useCustomFields": Bool(),
    }
)

ADD_DO_NOT_CONTACTS = Obj(
    {
        "numbers": ListOf(Phone(), non_empty=True),
        "source": Str(),
        "call": Bool(),
        "text": Bool(),
        "inboundCall": Bool(),
        "inboundText": Bool(),
    },
    required=("numbers",),
)

UPDATE_DO_NOT_CONTACT = Obj(
    {
        "number": Phone(),
        "source": Str(),
        "call": Bool(),
        "text": Bool(),
        "inboundCall": Bool(),
        "inboundText": Bool(),
    }
)

TEXT_TO_SPEECH = Obj(
    {"message": Str(non_empty=True, max_length=4000), "voice": VOICE}, required=("message",)
)

CALL_CREATE_SOUND = Obj({"name": Str(), "toNumber": Phone()}, required=("toNumber",))

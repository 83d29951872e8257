from enum import StrEnum
from typing import Any


class CallRecordingState(StrEnum):
    ERROR = "ERROR"
    READY = "READY"
    RECORDING = "RECORDING"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "CallRecordingState | None":
        # CallFire adds enum values over time. A value this SDK has never seen becomes a
        # pseudo-member (not listed in iteration) instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

from enum import StrEnum
from typing import Any


class CallState(StrEnum):
    CALLBACK = "CALLBACK"
    DISABLED = "DISABLED"
    DNC = "DNC"
    DUP = "DUP"
    FINISHED = "FINISHED"
    INVALID = "INVALID"
    PERIOD_LIMIT = "PERIOD_LIMIT"
    READY = "READY"
    SELECTED = "SELECTED"
    SKIPPED = "SKIPPED"
    TIMEOUT = "TIMEOUT"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "CallState | None":
        # CallFire adds enum values over time. A value this SDK has never seen becomes a
        # pseudo-member (not listed in iteration) instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

from enum import StrEnum
from typing import Any


class AnsweringMachineConfig(StrEnum):
    AM_AND_LIVE = "AM_AND_LIVE"
    AM_ONLY = "AM_ONLY"
    LIVE_IMMEDIATE = "LIVE_IMMEDIATE"
    LIVE_WITH_AMD = "LIVE_WITH_AMD"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AnsweringMachineConfig | None":
        # CallFire adds enum values over time. A value this SDK has never seen becomes a
        # pseudo-member (not listed in iteration) instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

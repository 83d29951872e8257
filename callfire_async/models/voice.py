from enum import StrEnum
from typing import Any


class Voice(StrEnum):
    FEMALE1 = "FEMALE1"
    FEMALE2 = "FEMALE2"
    FRENCHCANADIAN1 = "FRENCHCANADIAN1"
    MALE1 = "MALE1"
    SPANISH1 = "SPANISH1"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "Voice | None":
        # CallFire adds enum values over time. A value this SDK has never seen becomes a
        # pseudo-member (not listed in iteration) instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

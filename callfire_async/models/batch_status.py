from enum import StrEnum
from typing import Any, cast


class BatchStatus(StrEnum):
    ACTIVE = "ACTIVE"
    ERRORS = "ERRORS"
    NEW = "NEW"
    SOURCE_ERROR = "SOURCE_ERROR"
    VALIDATING = "VALIDATING"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "BatchStatus | None":
        # CallFire adds enum values over time. A value this SDK has never seen becomes a
        # pseudo-member (not listed in iteration) instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


# Each known value's member, typed: the models' from_dict read values through this table (one
# dict lookup; calling the class goes through EnumType.__call__ in Python, ten times slower).
# Values the table lacks still go through the call, which keeps them (see _missing_).
BATCH_STATUS_BY_VALUE = cast("dict[str, BatchStatus]", BatchStatus._value2member_map_)

from enum import StrEnum
from typing import Any, cast


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


# Each known value's member, typed: the models' from_dict read values through this table (one
# dict lookup; calling the class goes through EnumType.__call__ in Python, ten times slower).
# Values the table lacks still go through the call, which keeps them (see _missing_).
CALL_STATE_BY_VALUE = cast("dict[str, CallState]", CallState._value2member_map_)

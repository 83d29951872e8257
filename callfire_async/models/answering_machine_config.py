from enum import StrEnum
from typing import Any, cast


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


# Each known value's member, typed: the models' from_dict read values through this table (one
# dict lookup; calling the class goes through EnumType.__call__ in Python, ten times slower).
# Values the table lacks still go through the call, which keeps them (see _missing_).
ANSWERING_MACHINE_CONFIG_BY_VALUE = cast(
    "dict[str, AnsweringMachineConfig]", AnsweringMachineConfig._value2member_map_
)

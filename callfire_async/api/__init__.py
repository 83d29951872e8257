"""Contains methods for accessing the API, grouped by tag"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..custom.runner import OperationRunner
    from .calls import CallsApi, CallsApiWithRawResponse
    from .campaigns import CampaignsApi, CampaignsApiWithRawResponse
    from .contacts import ContactsApi, ContactsApiWithRawResponse


class ApiResources:
    """Every operation of the API as a typed method, one attribute per tag."""

    calls: CallsApi
    campaigns: CampaignsApi
    contacts: ContactsApi

    def __init__(self, runner: OperationRunner) -> None:
        # Imported here so that importing one generated endpoint module stays cheap.
        from .calls import CallsApi
        from .campaigns import CampaignsApi
        from .contacts import ContactsApi

        self.calls = CallsApi(runner)
        self.campaigns = CampaignsApi(runner)
        self.contacts = ContactsApi(runner)


class RawApiResources:
    """`cf.with_raw_response`: the same operations, each returning its raw response."""

    calls: CallsApiWithRawResponse
    campaigns: CampaignsApiWithRawResponse
    contacts: ContactsApiWithRawResponse

    def __init__(self, runner: OperationRunner) -> None:
        from .calls import CallsApiWithRawResponse
        from .campaigns import CampaignsApiWithRawResponse
        from .contacts import ContactsApiWithRawResponse

        self.calls = CallsApiWithRawResponse(runner)
        self.campaigns = CampaignsApiWithRawResponse(runner)
        self.contacts = ContactsApiWithRawResponse(runner)


TAGS = (
    "calls",
    "campaigns",
    "contacts",
)

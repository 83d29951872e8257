"""/contacts/dncs: the account's Do-Not-Contact list, and the universal one."""

from __future__ import annotations

from starlette.requests import Request

from ..errors import BadRequest, NotFound
from ..paging import build_page
from ..params import Query, json_body, path_phone
from ..request_bodies import ADD_DO_NOT_CONTACTS, UPDATE_DO_NOT_CONTACT
from ..responses import json_response, no_content
from ..router import Responder, Routes
from ..store import JSON, Store
from ..validation import check_phone_number

DEFAULT_SOURCE = "Api V2"


def _key(number: str) -> str:
    # +12132000384 and 12132000384 are the same number.
    return number.lstrip("+")


def do_not_contact_routes(store: Store) -> Routes:
    async def find(request: Request) -> Responder:
        query = Query(request)
        prefix = query.text("prefix")
        if prefix is not None and not (prefix.isascii() and prefix.isdigit()):
            raise BadRequest("query parameter 'prefix' must be digits")
        numbers = {_key(number) for number in query.phones("number")}
        campaign_id = query.integer("campaignId", minimum=0)
        source = query.text("source")
        flags = {
            name: value
            for name in ("call", "text", "inboundCall", "inboundText")
            if (value := query.flag(name)) is not None
        }
        found = [
            entry
            for key, entry in store.do_not_contacts.items()
            if (prefix is None or key.startswith(prefix))
            and (not numbers or key in numbers)
            and (campaign_id is None or entry.get("campaignId") == campaign_id)
            and (source is None or entry["source"] == source)
            and all(entry[name] == value for name, value in flags.items())
        ]
        return json_response(request, build_page(found, query, dict, store.paging))

    async def add(request: Request) -> Responder:
        body = await json_body(request, ADD_DO_NOT_CONTACTS)
        now = store.clock()
        for number in body["numbers"]:
            key = _key(number)
            entry = store.do_not_contacts.get(key)
            if entry is None:
                entry = {"number": key, "created": now}
                store.do_not_contacts[key] = entry
            entry["call"] = body.get("call", True)
            entry["text"] = body.get("text", True)
            entry["inboundCall"] = body.get("inboundCall", False)
            entry["inboundText"] = body.get("inboundText", False)
            entry["source"] = body.get("source", DEFAULT_SOURCE)
        return no_content()

    def existing(number: str) -> JSON:
        entry = store.do_not_contacts.get(_key(number))
        if entry is None:
            raise NotFound(f"number {number} is not on the Do-Not-Contact list")
        return entry

    async def get(request: Request) -> Responder:
        return json_response(request, existing(path_phone(request, "number")))

    async def update(request: Request) -> Responder:
        number = path_phone(request, "number")
        body = await json_body(request, UPDATE_DO_NOT_CONTACT)
        entry = existing(number)
        body.pop("number", None)
        entry.update(body)
        return no_content()

    async def delete(request: Request) -> Responder:
        # A comma-separated value deletes several numbers at once.
        raw: str = request.path_params["number"]
        numbers = [part.strip() for part in raw.split(",") if part.strip()]
        if not numbers:
            raise BadRequest("path parameter 'number' is empty")
        for number in numbers:
            check_phone_number(number, "path parameter 'number'")
        for number in numbers:
            store.do_not_contacts.pop(_key(number), None)
        return no_content()

    async def delete_source(request: Request) -> Responder:
        source: str = request.path_params["source"]
        for key in [
            key for key, entry in store.do_not_contacts.items() if entry["source"] == source
        ]:
            del store.do_not_contacts[key]
        return no_content()

    async def universal(request: Request) -> Responder:
        to_number = path_phone(request, "toNumber")
        from_number = Query(request).phone("fromNumber")
        entry = store.do_not_contacts.get(_key(to_number))
        item: JSON = {"toNumber": to_number}
        if from_number is not None:
            item["fromNumber"] = from_number
        item.update(
            {
                "inboundCall": not (entry and entry["inboundCall"]),
                "inboundText": not (entry and entry["inboundText"]),
                "outboundCall": not (entry and entry["call"]),
                "outboundText": not (entry and entry["text"]),
            }
        )
        return json_response(request, {"items": [item]})

    return [
        ("GET", "/v2/contacts/dncs", find),
        ("POST", "/v2/contacts/dncs", add),
        ("DELETE", "/v2/contacts/dncs/sources/{source}", delete_source),
        ("GET", "/v2/contacts/dncs/universals/{toNumber}", universal),
        ("GET", "/v2/contacts/dncs/{number}", get),
        ("PUT", "/v2/contacts/dncs/{number}", update),
        ("DELETE", "/v2/contacts/dncs/{number}", delete),
    ]

"""/contacts: create, get (deleted ones too), find, delete."""

from __future__ import annotations

from starlette.requests import Request

from ..contacts import create_contact, delete_contact, find_contacts, get_contact
from ..paging import build_page
from ..params import Query, json_body, path_int
from ..request_bodies import CONTACT
from ..responses import json_response, no_content
from ..router import Responder, Routes
from ..store import Store
from ..validation import ListOf


def contact_routes(store: Store) -> Routes:
    async def find(request: Request) -> Responder:
        query = Query(request)
        ids = find_contacts(
            store,
            ids=query.integers("id"),
            numbers=query.phones("number"),
            list_id=query.integer("contactListId", minimum=0),
            property_name=query.text("propertyName"),
            property_value=query.text("propertyValue"),
        )
        return json_response(
            request, build_page(ids, query, store.contacts.__getitem__, store.paging)
        )

    async def create(request: Request) -> Responder:
        contacts = await json_body(request, ListOf(CONTACT, non_empty=True))
        ids = [create_contact(store, contact) for contact in contacts]
        return json_response(request, {"items": [{"id": contact_id} for contact_id in ids]})

    async def get(request: Request) -> Responder:
        return json_response(request, get_contact(store, path_int(request)))

    async def delete(request: Request) -> Responder:
        delete_contact(store, path_int(request))
        return no_content()

    return [
        ("GET", "/v2/contacts", find),
        ("POST", "/v2/contacts", create),
        ("GET", "/v2/contacts/{id}", get),
        ("DELETE", "/v2/contacts/{id}", delete),
    ]

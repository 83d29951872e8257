"""/contacts/lists: lists, their items, and creating one from an uploaded CSV file."""

from __future__ import annotations

from starlette.requests import Request

from ..contacts import (
    add_list_members,
    create_contact,
    create_contact_list,
    delete_contact_list,
    get_contact_list,
    get_list_members,
    remove_list_members,
)
from ..csv_import import parse_contacts_csv
from ..errors import BadRequest
from ..multipart import parse_form
from ..paging import build_page
from ..params import Query, json_body, path_int
from ..request_bodies import ADD_CONTACT_LIST_ITEMS, CREATE_CONTACT_LIST, UPDATE_CONTACT_LIST
from ..responses import json_response, no_content
from ..router import Responder, Routes
from ..store import Store


def contact_list_routes(store: Store) -> Routes:
    async def find(request: Request) -> Responder:
        query = Query(request)
        name = (query.text("name") or "").lower()
        lists = [
            contact_list
            for contact_list in store.contact_lists.values()
            if name in contact_list["name"].lower()
        ]
        return json_response(request, build_page(lists, query, dict, store.paging))

    async def create(request: Request) -> Responder:
        body = await json_body(request, CREATE_CONTACT_LIST)
        list_id = create_contact_list(store, body["name"])
        try:
            add_list_members(store, list_id, body)
        except BadRequest:
            delete_contact_list(store, list_id)
            raise
        return json_response(request, {"id": list_id})

    async def upload(request: Request) -> Responder:
        form = parse_form(request.headers.get("content-type"), await request.body())
        file = form.get("file")
        if file is None:
            raise BadRequest("file: a CSV file is required")
        use_custom_fields = False
        if "useCustomFields" in form:
            flag = form["useCustomFields"].text().strip().lower()
            if flag not in ("true", "false"):
                raise BadRequest("useCustomFields: expected true or false")
            use_custom_fields = flag == "true"
        name = form["name"].text().strip() if "name" in form else ""
        if not name:
            name = (file.filename or "").rsplit(".", 1)[0] or "Uploaded list"
        parsed = parse_contacts_csv(file.data, use_custom_fields=use_custom_fields)
        list_id = create_contact_list(store, name)
        members = store.list_members[list_id]
        for contact in parsed.contacts:
            members[create_contact(store, contact)] = None
        contact_list = store.contact_lists[list_id]
        contact_list["size"] = len(members)
        if parsed.rejected_rows:
            contact_list["status"] = "ERRORS"
        return json_response(request, {"id": list_id})

    async def get(request: Request) -> Responder:
        return json_response(request, get_contact_list(store, path_int(request)))

    async def update(request: Request) -> Responder:
        list_id = path_int(request)
        body = await json_body(request, UPDATE_CONTACT_LIST)
        get_contact_list(store, list_id)["name"] = body["name"]
        return no_content()

    async def delete(request: Request) -> Responder:
        delete_contact_list(store, path_int(request))
        return no_content()

    async def get_items(request: Request) -> Responder:
        members = list(get_list_members(store, path_int(request)))
        return json_response(
            request, build_page(members, Query(request), store.contacts.__getitem__, store.paging)
        )

    async def add_items(request: Request) -> Responder:
        list_id = path_int(request)
        body = await json_body(request, ADD_CONTACT_LIST_ITEMS)
        get_contact_list(store, list_id)
        if not (body.get("contacts") or body.get("contactIds") or body.get("contactNumbers")):
            raise BadRequest("body: one of contacts, contactIds or contactNumbers is required")
        add_list_members(store, list_id, body)
        return no_content()

    async def remove_items(request: Request) -> Responder:
        list_id = path_int(request)
        get_contact_list(store, list_id)
        contact_ids = Query(request).integers("contactId")
        if not contact_ids:
            raise BadRequest("query parameter 'contactId' is required")
        remove_list_members(store, list_id, contact_ids)
        return no_content()

    async def remove_item(request: Request) -> Responder:
        list_id = path_int(request)
        contact_id = path_int(request, "contactId")
        remove_list_members(store, list_id, [contact_id])
        return no_content()

    return [
        ("GET", "/v2/contacts/lists", find),
        ("POST", "/v2/contacts/lists", create),
        ("POST", "/v2/contacts/lists/upload", upload),
        ("GET", "/v2/contacts/lists/{id}", get),
        ("PUT", "/v2/contacts/lists/{id}", update),
        ("DELETE", "/v2/contacts/lists/{id}", delete),
        ("GET", "/v2/contacts/lists/{id}/items", get_items),
        ("POST", "/v2/contacts/lists/{id}/items", add_items),
        ("DELETE", "/v2/contacts/lists/{id}/items", remove_items),
        ("DELETE", "/v2/contacts/lists/{id}/items/{contactId}", remove_item),
    ]

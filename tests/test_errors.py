"""Typed errors built from CallFire's error responses and from transport failures."""

from __future__ import annotations

import base64
import pickle
import socket
from collections.abc import Iterator

import httpx
import pytest

from callfire_async.custom.errors import (
    MAX_BODY_CHARS,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CallFireError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    connection_error_from,
    error_from_response,
    parse_error_from_response,
    parse_retry_after,
)

USERNAME = "api-user-7f3a"
PASSWORD = "s3cr3t-Pa55word"
BASIC_TOKEN = base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()
SECRETS = (PASSWORD, BASIC_TOKEN, "Authorization", "Basic ")
CONTACT_URL = "https://api.callfire.com/v2/contacts/5"


def authenticated_request(
    method: str = "GET", url: str = CONTACT_URL, *, userinfo: bool = True
) -> httpx.Request:
    """A request exactly as httpx sends it with Basic auth: the credentials in
    the Authorization header and, like a base URL with user:password@, in the URL."""
    if userinfo:
        url = url.replace("https://", f"https://{USERNAME}:{PASSWORD}@")
    request = httpx.Request(method, url)
    return next(httpx.BasicAuth(USERNAME, PASSWORD).auth_flow(request))


def assert_no_secret(error: BaseException) -> None:
    for text in (str(error), repr(error), repr(error.args)):
        for secret in SECRETS:
            assert secret not in text, f"{secret!r} leaked into {text!r}"
    for value in vars(error).values():
        if isinstance(value, str):
            assert PASSWORD not in value and BASIC_TOKEN not in value


def error_for(
    status: int,
    *,
    json: object = None,
    text: str | None = None,
    html: str | None = None,
    headers: dict[str, str] | None = None,
    method: str = "GET",
) -> APIStatusError:
    response = httpx.Response(
        status,
        json=json,
        text=text,
        html=html,
        headers=headers,
        request=authenticated_request(method),
    )
    error = error_from_response(response)
    assert_no_secret(error)
    return error


def test_400_is_a_bad_request_with_a_string_internal_code() -> None:
    error = error_for(
        400,
        method="POST",
        json={
            "httpStatusCode": 400,
            "internalCode": "22",
            "message": "phoneNumber: invalid number",
            "developerMessage": "toNumber must be E.164",
            "helpLink": "https://developers.callfire.com/errors#22",
        },
    )
    assert type(error) is BadRequestError
    assert error.status_code == 400
    assert error.http_status_code == 400
    assert error.internal_code == "22"  # kept as the string the spec declares
    assert error.message == "phoneNumber: invalid number"
    assert error.developer_message == "toNumber must be E.164"
    assert error.help_link == "https://developers.callfire.com/errors#22"
    assert error.method == "POST"
    assert error.url == CONTACT_URL
    assert error.body is None
    assert str(error) == (
        f"400 Bad Request: POST {CONTACT_URL}: phoneNumber: invalid number (internalCode 22)"
    )


def test_401_is_an_authentication_error_without_credentials_anywhere() -> None:
    error = error_for(
        401,
        json={"httpStatusCode": 401, "internalCode": 0, "message": "Unauthorized access"},
    )
    assert type(error) is AuthenticationError
    assert error.internal_code == 0
    assert error.message == "Unauthorized access"
    assert error.url == CONTACT_URL
    assert USERNAME not in error.url


def test_403_is_permission_denied() -> None:
    error = error_for(
        403,
        json={
            "httpStatusCode": 403,
            "internalCode": 0,
            "message": "Access denied",
            "developerMessage": "The API credential lacks the CONTACTS permission",
        },
    )
    assert type(error) is PermissionDeniedError
    assert error.developer_message == "The API credential lacks the CONTACTS permission"
    assert error.help_link is None


def test_404_reads_like_the_documented_example() -> None:
    error = error_for(
        404, json={"httpStatusCode": 404, "internalCode": 0, "message": "Contact not found"}
    )
    assert type(error) is NotFoundError
    assert isinstance(error, APIStatusError) and isinstance(error, CallFireError)
    assert error.internal_code == 0 and isinstance(error.internal_code, int)
    assert str(error) == (
        "404 Not Found: GET https://api.callfire.com/v2/contacts/5: "
        "Contact not found (internalCode 0)"
    )


def test_409_is_a_conflict_and_missing_fields_are_none() -> None:
    error = error_for(409, json={"message": "Broadcast is already running"})
    assert type(error) is ConflictError
    assert error.message == "Broadcast is already running"
    assert error.http_status_code is None
    assert error.internal_code is None
    assert error.developer_message is None
    assert str(error) == f"409 Conflict: GET {CONTACT_URL}: Broadcast is already running"


def test_429_is_a_rate_limit_error_with_retry_after_seconds() -> None:
    error = error_for(
        429,
        json={"httpStatusCode": 429, "internalCode": 0, "message": "Too many requests"},
        headers={"Retry-After": "7"},
    )
    assert type(error) is RateLimitError
    assert error.retry_after == 7.0
    assert error.headers["retry-after"] == "7"


def test_429_retry_after_as_an_http_date_is_measured_against_the_server_date() -> None:
    error = error_for(
        429,
        headers={
            "Date": "Wed, 21 Oct 2015 07:28:00 GMT",
            "Retry-After": "Wed, 21 Oct 2015 07:28:30 GMT",
        },
    )
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 30.0


def test_429_without_a_usable_retry_after_has_none() -> None:
    missing = error_for(429)
    assert isinstance(missing, RateLimitError) and missing.retry_after is None
    garbled = error_for(429, headers={"Retry-After": "soon"})
    assert isinstance(garbled, RateLimitError) and garbled.retry_after is None


def test_500_is_an_internal_server_error() -> None:
    error = error_for(
        500,
        json={"httpStatusCode": 500, "internalCode": 500, "message": "Internal error"},
    )
    assert type(error) is InternalServerError
    assert error.internal_code == 500
    assert error.message == "Internal error"


def test_502_with_an_html_page_keeps_the_text_and_reads_well() -> None:
    page = (
        "<html><head><title>502 Bad Gateway</title></head>"
        "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center>"
        + "<!-- padding -->" * 500
        + "</body></html>"
    )
    error = error_for(502, html=page)
    assert type(error) is InternalServerError
    assert error.body is not None
    assert error.body.startswith("<html><head><title>502 Bad Gateway</title>")
    # Kept for diagnosis, but bounded.
    assert len(page) > MAX_BODY_CHARS
    assert len(error.body) < MAX_BODY_CHARS + 50
    assert error.message == "502 Bad Gateway"
    assert error.internal_code is None
    assert str(error) == f"502 Bad Gateway: GET {CONTACT_URL}: 502 Bad Gateway"


def test_503_with_an_empty_body_falls_back_to_the_reason_phrase() -> None:
    error = error_for(503)
    assert type(error) is InternalServerError
    assert error.message == "Service Unavailable"
    assert error.body is None
    assert str(error) == f"503 Service Unavailable: GET {CONTACT_URL}"


def test_plain_text_body_is_kept_as_text() -> None:
    error = error_for(504, text="upstream request timeout")
    assert type(error) is InternalServerError
    assert error.body == "upstream request timeout"
    assert str(error).endswith(": upstream request timeout")


@pytest.mark.parametrize("status", [402, 405, 408, 415, 422])
def test_other_4xx_are_plain_api_status_errors(status: int) -> None:
    error = error_for(status, json={"message": "nope"})
    assert type(error) is APIStatusError
    assert error.status_code == status


def test_json_that_is_not_an_error_object_is_kept_as_text() -> None:
    error = error_for(400, json=["not", "an", "ErrorResponse"])
    assert error.body == '["not","an","ErrorResponse"]'
    assert error.internal_code is None


def test_body_of_an_unread_streamed_response_can_be_passed_in() -> None:
    # A response opened with client.send(..., stream=True) and not read yet.
    response = httpx.Response(
        404, stream=httpx.ByteStream(b"never read here"), request=authenticated_request()
    )
    with pytest.raises(httpx.ResponseNotRead):
        _ = response.content
    without_body = error_from_response(response)
    assert type(without_body) is NotFoundError and without_body.message == "Not Found"

    with_body = error_from_response(
        response, body=b'{"httpStatusCode": 404, "internalCode": 0, "message": "Gone"}'
    )
    assert with_body.message == "Gone"


def test_a_body_echoing_the_credentials_is_redacted() -> None:
    echo = f"rejected credentials {BASIC_TOKEN} ({USERNAME}:{PASSWORD})"
    error = error_for(400, text=echo)
    assert error.body is not None and "[redacted]" in error.body
    # assert_no_secret ran inside error_for


def test_status_errors_survive_pickling() -> None:
    error = error_for(
        429,
        json={"httpStatusCode": 429, "internalCode": "RATE", "message": "Slow down"},
        headers={"Retry-After": "3"},
    )
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is RateLimitError
    assert (copy.status_code, copy.internal_code, copy.message, copy.retry_after) == (
        429,
        "RATE",
        "Slow down",
        3.0,
    )
    assert str(copy) == str(error)


def test_response_parse_error_names_operation_and_status() -> None:
    response = httpx.Response(200, text="<html>maintenance</html>", request=authenticated_request())
    error = parse_error_from_response(
        response, "Expecting value: line 1 column 1", operation="getContact"
    )
    assert isinstance(error, ResponseParseError) and isinstance(error, CallFireError)
    assert error.status_code == 200
    assert error.operation == "getContact"
    assert error.body == "<html>maintenance</html>"
    assert str(error) == (
        f"Could not parse the 200 OK response of getContact (GET {CONTACT_URL}): "
        "Expecting value: line 1 column 1"
    )
    assert_no_secret(error)


@pytest.fixture
def closed_port() -> Iterator[int]:
    """A port on 127.0.0.1 that nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    yield port


@pytest.mark.anyio
async def test_a_refused_connection_becomes_api_connection_error(closed_port: int) -> None:
    url = f"http://{USERNAME}:{PASSWORD}@127.0.0.1:{closed_port}/v2/contacts"
    async with httpx.AsyncClient() as client:
        with pytest.raises(httpx.ConnectError) as caught:
            await client.get(url, auth=(USERNAME, PASSWORD))
    request = caught.value.request
    assert request.headers["authorization"] == f"Basic {BASIC_TOKEN}"

    error = connection_error_from(caught.value, request)
    assert type(error) is APIConnectionError
    assert error.method == "GET"
    assert error.url == f"http://127.0.0.1:{closed_port}/v2/contacts"
    assert str(error).startswith(f"ConnectError during GET http://127.0.0.1:{closed_port}/")
    assert_no_secret(error)


@pytest.mark.parametrize(
    "timeout", [httpx.ConnectTimeout, httpx.ReadTimeout, httpx.WriteTimeout, httpx.PoolTimeout]
)
def test_timeouts_become_api_timeout_error(timeout: type[httpx.TimeoutException]) -> None:
    request = authenticated_request("PUT")
    error = connection_error_from(timeout("timed out", request=request), request)
    assert type(error) is APITimeoutError and isinstance(error, APIConnectionError)
    assert str(error) == f"{timeout.__name__} during PUT {CONTACT_URL}: timed out"


def test_a_transport_message_quoting_the_header_is_redacted() -> None:
    request = authenticated_request(userinfo=False)
    exc = httpx.LocalProtocolError(f"Illegal header value b'Basic {BASIC_TOKEN}\\n'")
    error = connection_error_from(exc, request)
    assert "[redacted]" in str(error)
    assert_no_secret(error)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0", 0.0),
        ("120", 120.0),
        ("1.5", 1.5),
        ("-3", None),
        ("nan", None),
        ("soon", None),
        ("", None),
    ],
)
def test_parse_retry_after_seconds(value: str, expected: float | None) -> None:
    assert parse_retry_after(httpx.Headers({"Retry-After": value})) == expected


def test_parse_retry_after_http_date_without_a_date_header_uses_now() -> None:
    headers = httpx.Headers({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})
    at = 1445412480.0  # 2015-10-21 07:28:00 UTC
    assert parse_retry_after(headers, now=at - 12) == 12.0
    assert parse_retry_after(headers, now=at + 100) == 0.0  # already past
    assert parse_retry_after(httpx.Headers()) is None

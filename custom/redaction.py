"""What of a request may be shown, in one place: URLs without userinfo, text with every secret
the request carries replaced.

Every message, ``str()`` and ``repr()`` of the SDK's errors goes through here: the
Authorization header holds the API password in base64, so neither a header value nor a
``user:password@`` URL part may ever reach a log line or an error tracker.
"""

from __future__ import annotations

import base64
import binascii
import re

import httpx

__all__ = [
    "REDACTED",
    "SENSITIVE_HEADERS",
    "public_url",
    "redact",
    "redact_headers",
    "redacted_request",
    "redacted_response",
    "secrets_of",
]

SENSITIVE_HEADERS = ("authorization", "proxy-authorization", "cookie")
REDACTED = "[redacted]"


def public_url(url: httpx.URL | str) -> str:
    """The URL as it may be shown: without ``user:password@``."""
    if isinstance(url, str):
        text = url
        if text == "?":
            return text
        try:
            url = httpx.URL(text)
        except (httpx.InvalidURL, TypeError):
            # Not a URL we can parse: drop anything that looks like userinfo.
            return re.sub(r"//[^/@]*@", "//", text)
    if url.userinfo:
        url = url.copy_with(username=None, password=None)
    return str(url)


def secrets_of(request: httpx.Request | None) -> list[str]:
    """Strings that must never be shown: sensitive header values and, for Basic
    auth, the decoded ``user:password`` and the password alone."""
    if request is None:
        return []
    secrets: list[str] = []
    for name in SENSITIVE_HEADERS:
        for value in request.headers.get_list(name):
            secrets.append(value)
            scheme, _, token = value.partition(" ")
            if token:
                secrets.append(token)
            if scheme.lower() == "basic" and token:
                try:
                    decoded = base64.b64decode(token, validate=True).decode("utf-8", "replace")
                except (binascii.Error, ValueError):
                    continue
                secrets.append(decoded)
                secrets.append(decoded.partition(":")[2])
    if request.url.password:
        secrets.append(request.url.password)
    # Longest first, so a value is redacted whole before any part of it.
    return sorted({s for s in secrets if len(s) >= 4}, key=len, reverse=True)


def redact(text: str, request: httpx.Request | None) -> str:
    """``text`` with every secret of ``request`` replaced: a server or proxy echoing the
    request, or a protocol error quoting a header, would otherwise put the credentials into a
    log line."""
    for secret in secrets_of(request):
        text = text.replace(secret, REDACTED)
    return text


def redact_headers(headers: httpx.Headers, request: httpx.Request | None) -> httpx.Headers:
    """A copy of (response) ``headers`` with every secret of ``request`` replaced: a server
    or proxy may echo the request's Authorization header back in a header of its own."""
    secrets = secrets_of(request)
    if not secrets:
        return httpx.Headers(headers)
    redacted = []
    for name, value in headers.multi_items():
        for secret in secrets:
            value = value.replace(secret, REDACTED)
        redacted.append((name, value))
    return httpx.Headers(redacted)


def redact_bytes(data: bytes, request: httpx.Request | None) -> bytes:
    """``data`` with every secret of ``request`` (UTF-8 encoded) replaced."""
    for secret in secrets_of(request):
        data = data.replace(secret.encode("utf-8"), REDACTED.encode("ascii"))
    return data


def redacted_request(request: httpx.Request) -> httpx.Request:
    """A copy of ``request`` safe to hang off an error: the URL without userinfo, sensitive
    headers (Authorization, Proxy-Authorization, Cookie) replaced by ``REDACTED`` and any
    secret echoed in another header replaced too. A body already in memory is kept; a
    streamed one (an upload read from disk) is not."""
    secrets = secrets_of(request)
    headers: list[tuple[str, str]] = []
    for name, value in request.headers.multi_items():
        if name.lower() in SENSITIVE_HEADERS:
            value = REDACTED
        else:
            for secret in secrets:
                value = value.replace(secret, REDACTED)
        headers.append((name, value))
    try:
        content = redact_bytes(request.content, request)
    except httpx.RequestNotRead:
        content = b""
    return httpx.Request(
        request.method, public_url(request.url), headers=headers, content=content or None
    )


def redacted_response(
    response: httpx.Response, body: bytes, request: httpx.Request | None
) -> httpx.Response:
    """A read copy of ``response`` safe to hang off an error: ``body`` (the decoded body)
    and headers with every secret of ``request`` replaced, attached to the redacted copy of
    ``request``. Content-Encoding is dropped: the body it described is already decoded."""
    headers = redact_headers(response.headers, request)
    headers.pop("content-encoding", None)
    copy = httpx.Response(
        response.status_code,
        headers=headers,
        content=redact_bytes(body, request),
        request=redacted_request(request) if request is not None else None,
    )
    for key in ("http_version", "reason_phrase"):
        if key in response.extensions:
            copy.extensions[key] = response.extensions[key]
    return copy

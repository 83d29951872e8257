"""HTTP Basic authentication with the fake's single API credential."""

from __future__ import annotations

import base64
import binascii
import hmac


class BasicAuth:
    def __init__(self, username: str, password: str) -> None:
        self._credentials = f"{username}:{password}".encode()
        # Precomputed: almost every request carries exactly this header value.
        self._expected = b"Basic " + base64.b64encode(self._credentials)

    def __repr__(self) -> str:
        return "BasicAuth(<credentials hidden>)"

    def accepts(self, headers: list[tuple[bytes, bytes]]) -> bool:
        for name, value in headers:
            if name == b"authorization":
                if hmac.compare_digest(value, self._expected):
                    return True
                return self._accepts_variant(value)
        return False

    def _accepts_variant(self, value: bytes) -> bool:
        # The scheme name is case-insensitive and may be followed by extra spaces.
        scheme, _, encoded = value.strip().partition(b" ")
        if scheme.lower() != b"basic":
            return False
        try:
            decoded = base64.b64decode(encoded.strip(), validate=True)
        except (binascii.Error, ValueError):
            return False
        return hmac.compare_digest(decoded, self._credentials)

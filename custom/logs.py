"""The SDK's loggers, and the ``CALLFIRE_LOG`` switch that prints them on stderr.

Like any library, the SDK prints nothing unless asked: the ``callfire_async`` logger has a
``NullHandler``, so with logging left unconfigured not even a WARNING reaches stderr
through logging's last-resort handler. An application that configures logging gets the
records as usual (they propagate).

``CALLFIRE_LOG=info`` (read once, at import, as openai-python reads ``OPENAI_LOG``) prints
one line per HTTP exchange (method, URL without userinfo, status or failure, elapsed time,
attempt) and the retry decisions; ``CALLFIRE_LOG=debug`` adds a line before each attempt
is sent and the request and response headers, sensitive ones redacted. Unlike
openai-python, which calls ``logging.basicConfig()`` (configuring the application's root
logger), the handler goes on the SDK's own logger only.

Names are fixed rather than ``__name__``: a vendored copy lives under another package path,
and users configure logging for "callfire_async".
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Mapping

import httpx

from .redaction import REDACTED, SENSITIVE_HEADERS, public_url, redact_headers

__all__ = [
    "ENV_LOG",
    "http_logger",
    "log_exchange",
    "log_sending",
    "logger",
    "setup_logging_from_env",
]

ENV_LOG = "CALLFIRE_LOG"

logger = logging.getLogger("callfire_async")
# A child, so an application can silence the per-exchange lines and keep the retry decisions.
http_logger = logging.getLogger("callfire_async.http")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_FORMAT = "[%(asctime)s - %(name)s - %(levelname)s] %(message)s"


def setup_logging_from_env(environ: Mapping[str, str] | None = None) -> logging.Handler | None:
    """Print the SDK's records at the level ``CALLFIRE_LOG`` names ("debug" or "info") on
    stderr; returns the handler added, or None when the switch is unset (or unknown)."""
    env = os.environ if environ is None else environ
    level = _LEVELS.get(env.get(ENV_LOG, "").strip().lower())
    if level is None:
        return None
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger.addHandler(handler)
    logger.setLevel(level)
    return handler


def log_sending(request: httpx.Request, attempt: int, max_attempts: int) -> None:
    if http_logger.isEnabledFor(logging.DEBUG):
        http_logger.debug(
            "Sending %s %s (attempt %d of %d), headers %s",
            request.method,
            public_url(request.url),
            attempt,
            max_attempts,
            _shown_headers(request.headers),
        )


def log_exchange(
    request: httpx.Request,
    outcome: httpx.Response | Exception,
    started: float,
    attempt: int,
    max_attempts: int,
) -> None:
    """One line for an attempt: its response's status, or the failure's class."""
    if not http_logger.isEnabledFor(logging.INFO):
        return
    if isinstance(outcome, httpx.Response):
        result = f'"{outcome.status_code} {outcome.reason_phrase}'.rstrip() + '"'
    else:
        result = f"failed with {type(outcome).__name__}"
    http_logger.info(
        "HTTP Request: %s %s %s in %.3f s (attempt %d of %d)",
        request.method,
        public_url(request.url),
        result,
        time.perf_counter() - started,
        attempt,
        max_attempts,
    )
    if isinstance(outcome, httpx.Response) and http_logger.isEnabledFor(logging.DEBUG):
        # A server may echo the request's credential back in a header of its own.
        http_logger.debug(
            "Response headers %s", _shown_headers(redact_headers(outcome.headers, request))
        )


def _shown_headers(headers: httpx.Headers) -> dict[str, str]:
    return {
        name: REDACTED if name.lower() in (*SENSITIVE_HEADERS, "set-cookie") else value
        for name, value in headers.multi_items()
    }


logger.addHandler(logging.NullHandler())
setup_logging_from_env()

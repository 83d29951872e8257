"""python -m callfire_async.custom.fake: serve the fake CallFire API until interrupted."""

from __future__ import annotations

import argparse
import functools
import json
import sys
from pathlib import Path
from typing import Any

from .fake import FakeCallFire
from .running import DEFAULT_PASSWORD, DEFAULT_USERNAME
from .server import base_url, bind_socket, make_server

_DESCRIPTION = """\
Serve a fake CallFire v2 API (every operation of the spec, in memory) on a real socket until
interrupted. Point the SDK at it with CALLFIRE_BASE_URL, CALLFIRE_USERNAME and
CALLFIRE_PASSWORD set to the values printed on startup."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m callfire_async.custom.fake",
        description=_DESCRIPTION,
        # Appends "(default: ...)" to every flag's help; wide enough not to split a default.
        formatter_class=functools.partial(argparse.ArgumentDefaultsHelpFormatter, width=100),
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument(
        "--port", type=int, default=0, help="port to listen on; 0 picks a free port"
    )
    parser.add_argument(
        "--username", default=DEFAULT_USERNAME, help="HTTP Basic username the fake accepts"
    )
    parser.add_argument(
        "--password", default=DEFAULT_PASSWORD, help="HTTP Basic password the fake accepts"
    )
    parser.add_argument(
        "--seed-contacts",
        type=int,
        default=0,
        metavar="N",
        help="create N contacts at startup (First1 Last1, ...)",
    )
    parser.add_argument(
        "--enable-control",
        action="store_true",
        help="serve the test-control endpoints /_fake/faults, /_fake/reset, /_fake/requests "
        "and /_fake/rate-limit (inject faults, reset state, read recorded requests)",
    )
    parser.add_argument(
        "--openapi",
        type=Path,
        metavar="FILE",
        help="serve the operations of this OpenAPI document (JSON or YAML; default: the one the"
        " package was generated from)",
    )
    parser.add_argument(
        "--spec-only",
        action="store_true",
        help="answer every operation from the spec alone, without the stateful models",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)

    fake = FakeCallFire(
        args.username,
        args.password,
        enable_control=args.enable_control,
        openapi=None if args.openapi is None else _load(args.openapi),
        stateful=not args.spec_only,
    )
    if args.seed_contacts:
        fake.seed_contacts(args.seed_contacts)
    sock = bind_socket(args.host, args.port)
    # The socket already listens, so a client may connect as soon as it reads this line. The
    # credential is printed on purpose: it is the fake's, and the user needs it to connect.
    print(
        f"Fake CallFire listening on {base_url(sock)} "
        f"(username {args.username!r}, password {args.password!r})",
        flush=True,
    )
    make_server(fake).run(sockets=[sock])
    return 0


def _load(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        document: dict[str, Any] = json.loads(text)
        return document
    import yaml  # only for a YAML document (PyYAML is in the fake extra)

    loaded: dict[str, Any] = yaml.safe_load(text)
    return loaded


if __name__ == "__main__":
    sys.exit(main())

"""python -m callfire_async.custom.fake: serve the fake CallFire API until interrupted."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from .fake import FakeCallFire
from .server import base_url, bind_socket, make_server


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m callfire_async.custom.fake", description="Serve a fake CallFire v2 API."
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port (default)")
    parser.add_argument("--username", default="test-user")
    parser.add_argument("--password", default="test-secret")
    parser.add_argument("--seed-contacts", type=int, default=0, metavar="N")
    parser.add_argument(
        "--enable-control",
        action="store_true",
        help="serve /_fake/faults, /_fake/reset, /_fake/requests, /_fake/rate-limit",
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
    args = parser.parse_args(argv)

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
    # The socket already listens, so a client may connect as soon as it reads this line.
    print(f"Fake CallFire listening on {base_url(sock)}", flush=True)
    make_server(fake).run(sockets=[sock])
    return 0


def _load(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        document: dict[str, Any] = json.loads(text)
        return document
    import yaml  # only for a YAML document; PyYAML comes with the dev tools

    loaded: dict[str, Any] = yaml.safe_load(text)
    return loaded


if __name__ == "__main__":
    sys.exit(main())

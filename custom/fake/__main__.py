"""python -m callfire_async.custom.fake: serve the fake CallFire API until interrupted."""

from __future__ import annotations

import argparse
import sys

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
    args = parser.parse_args(argv)

    fake = FakeCallFire(args.username, args.password, enable_control=args.enable_control)
    if args.seed_contacts:
        fake.seed_contacts(args.seed_contacts)
    sock = bind_socket(args.host, args.port)
    # The socket already listens, so a client may connect as soon as it reads this line.
    print(f"Fake CallFire listening on {base_url(sock)}", flush=True)
    make_server(fake).run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The fake CallFire in a process of its own, seeded for the benchmarks.

    python -m bench.fake_server [--seed-contacts N] [--recording-bytes B]

It serves exactly as ``python -m callfire_async.custom.fake --enable-control`` does
(the benchmarks inject latency through ``POST /_fake/faults``), and can also seed
a recording of a chosen size, which the command line cannot. It prints one line,
``listening on <base URL> recording=<id or ->``, then serves until terminated.
"""

from __future__ import annotations

import argparse

from callfire_async.custom.fake import FakeCallFire
from callfire_async.custom.fake.server import base_url, bind_socket, make_server

USERNAME = "bench-user"
PASSWORD = "bench-secret"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--seed-contacts", type=int, default=0)
    parser.add_argument("--recording-bytes", type=int, default=0)
    args = parser.parse_args()

    fake = FakeCallFire(USERNAME, PASSWORD, enable_control=True)
    if args.seed_contacts:
        fake.seed_contacts(args.seed_contacts)
    recording = "-"
    if args.recording_bytes:
        [recording_id] = fake.seed_recordings(1, size_bytes=args.recording_bytes)
        recording = str(recording_id)
    sock = bind_socket("127.0.0.1", args.port)
    print(f"listening on {base_url(sock)} recording={recording}", flush=True)
    make_server(fake).run(sockets=[sock])


if __name__ == "__main__":
    main()

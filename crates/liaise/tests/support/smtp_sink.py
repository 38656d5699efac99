#!/usr/bin/env python3
"""A real SMTP server for the e-mail tests (aiosmtpd): every message it receives is written to a
folder as NNNN.eml, with NNNN.json beside it holding the envelope (sender, recipients).

    python3 smtp_sink.py FOLDER     # prints the port it listens on, serves until stdin closes
"""

import json
import socket
import sys
import threading
from pathlib import Path

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, folder):
        self.folder = Path(folder)
        self.count = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
            n = self.count
        stem = self.folder / f"{n:04d}"
        # The message first, then its envelope under its final name in one rename: a test that
        # sees the envelope finds the message (the other order lost a race with a reader).
        stem.with_suffix(".eml").write_bytes(envelope.original_content or envelope.content)
        part = stem.with_suffix(".json.part")
        part.write_text(json.dumps({"from": envelope.mail_from, "to": envelope.rcpt_tos}))
        part.rename(stem.with_suffix(".json"))
        return "250 OK"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    controller = Controller(Sink(folder), hostname="127.0.0.1", port=free_port())
    controller.start()
    print(controller.port, flush=True)
    sys.stdin.read()
    controller.stop()

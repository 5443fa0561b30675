"""A real SMTP server on loopback for tests and benchmarks: aiosmtpd on 127.0.0.1, on a free port.

``Inbox`` keeps every accepted message (parsed); ``answers`` scripts the next DATA commands: an SMTP reply such
as ``"451 4.3.0 Try again later"`` refuses that message, ``"drop"`` closes the connection without answering.
"""

from __future__ import annotations

import email
import threading
import time
from email.message import EmailMessage
from email.policy import default

from aiosmtpd.controller import Controller


class Inbox:
    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.answers: list[str] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.refused = 0
        self._lock = threading.Lock()
        self.keep = True  # False: count only (benchmarks)
        self.accepted = 0
        self.last_at = 0.0

    async def handle_DATA(self, server, session, envelope) -> str:
        with self._lock:
            answer = self.answers.pop(0) if self.answers else None
            if answer is not None:
                self.refused += 1
        if answer == "drop":
            session.transport.close()
            return "421 4.3.0 closing"  # never reaches the client: the connection is gone
        if answer is not None:
            return answer
        with self._lock:
            self.accepted += 1
            self.last_at = time.time()
            if self.keep:
                self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
                self.messages.append(email.message_from_bytes(envelope.original_content, policy=default))
        return "250 2.0.0 OK"

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.messages if address in str(m["To"])]

    def subjects(self) -> list[str]:
        return [str(m["Subject"]) for m in self.messages]


class LoopbackController(Controller):
    """aiosmtpd's Controller bound to 127.0.0.1 on a free port (``port=0`` alone fails its self-test)."""

    def __init__(self, handler, **kwargs) -> None:
        super().__init__(handler, hostname="127.0.0.1", port=0, **kwargs)

    def _trigger_server(self) -> None:
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


def start_inbox(**kwargs) -> tuple[Inbox, LoopbackController]:
    inbox = Inbox()
    controller = LoopbackController(inbox, **kwargs)
    controller.start()
    return inbox, controller

"""Sending over SMTP with the standard library (smtplib), one connection per worker thread, reused.

``PRESSLINE_SMTP_URL``: ``smtp://user:pass@host:587`` upgrades with STARTTLS when the server offers it (and
refuses to send a password in clear to anything but a loopback address); ``smtps://host:465`` is TLS from the
first byte; without credentials a relay that offers no STARTTLS is used as it is (an office's internal relay).

Each send returns an :class:`~statements.release.Outcome`: accepted, or failed (retried by the outbox). A refusal
of the address itself (5xx to ``RCPT``) is final: retrying a mailbox that does not exist helps nobody. After any
other failure the connection is dropped and the next message opens a new one.
"""

from __future__ import annotations

import ipaddress
import smtplib
import ssl
import threading
import time
from dataclasses import dataclass
from email.message import EmailMessage
from urllib.parse import unquote, urlsplit

from ..release.sinks import Outcome

IDLE_CHECK = 10.0  # seconds: a connection idle longer is checked with NOOP before reuse


@dataclass(frozen=True)
class SmtpUrl:
    scheme: str
    host: str
    port: int
    username: str = ""
    password: str = ""

    @property
    def loopback(self) -> bool:
        if self.host == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False

    def __repr__(self) -> str:  # never show the password
        user = f"{self.username}@" if self.username else ""
        return f"SmtpUrl('{self.scheme}://{user}{self.host}:{self.port}')"


def parse_smtp_url(url: str) -> SmtpUrl:
    """``smtp://[user:pass@]host[:port]`` (default port 587) or ``smtps://...`` (465); ValueError says what is
    wrong in a sentence."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise ValueError("not a valid URL") from None
    if parts.scheme not in ("smtp", "smtps"):
        raise ValueError("use smtp:// (STARTTLS when offered) or smtps:// (TLS)")
    if not parts.hostname:
        raise ValueError("give the mail server's host name")
    default = 465 if parts.scheme == "smtps" else 587
    username, password = unquote(parts.username or ""), unquote(parts.password or "")
    if bool(username) != bool(password):
        raise ValueError("give both a user name and a password, or neither")
    return SmtpUrl(parts.scheme, parts.hostname, port or default, username, password)


class InsecureServer(Exception):
    """The server offers no STARTTLS and we hold a password: it is not sent in clear."""


class Mailer:
    """Sends messages; each worker thread keeps its own connection (``smtplib.SMTP`` is not thread-safe)."""

    def __init__(self, url: SmtpUrl, *, timeout: float = 30.0, local_hostname: str | None = None) -> None:
        self.url = url
        self.timeout = timeout
        self.local_hostname = local_hostname or "localhost"  # never socket.getfqdn(): a DNS wait per connection
        self._local = threading.local()
        self._open: set[smtplib.SMTP] = set()
        self._lock = threading.Lock()

    def send(self, message: EmailMessage, sender: str, recipient: str) -> Outcome:
        try:
            connection = self._connection()
            refused = connection.send_message(message, from_addr=sender, to_addrs=[recipient])
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = next(iter(exc.recipients.values()), (0, b""))
            return self._refused(code, text, final=code >= 500)
        except smtplib.SMTPResponseException as exc:
            self._drop()
            return self._refused(exc.smtp_code, exc.smtp_error)
        except InsecureServer as exc:
            self._drop()
            return Outcome(False, error=str(exc))
        except (smtplib.SMTPException, OSError) as exc:  # dropped connection, timeout, refused, TLS failure
            self._drop()
            return Outcome(False, error=f"{type(exc).__name__}: {exc}"[:500])
        if refused:  # only one recipient, so this cannot be partial; kept for clarity
            code, text = next(iter(refused.values()))
            return self._refused(code, text, final=code >= 500)
        self._local.used = time.monotonic()
        return Outcome(True, 250)

    def close(self) -> None:
        """Close every thread's connection (shutdown, tests)."""
        with self._lock:
            connections, self._open = list(self._open), set()
        for connection in connections:
            _quit(connection)

    def _connection(self) -> smtplib.SMTP:
        connection: smtplib.SMTP | None = getattr(self._local, "connection", None)
        if connection is not None:
            with self._lock:
                if connection not in self._open:  # closed by close(): open a new one
                    connection = None
        if connection is not None and time.monotonic() - getattr(self._local, "used", 0.0) > IDLE_CHECK:
            try:
                if connection.noop()[0] != 250:
                    raise smtplib.SMTPServerDisconnected("NOOP refused")
            except (smtplib.SMTPException, OSError):
                self._drop()
                connection = None
        if connection is None:
            connection = self._connect()
            self._local.connection = connection
            self._local.used = time.monotonic()
            with self._lock:
                self._open.add(connection)
        return connection

    def _connect(self) -> smtplib.SMTP:
        url = self.url
        context = ssl.create_default_context()
        connection: smtplib.SMTP
        if url.scheme == "smtps":
            connection = smtplib.SMTP_SSL(url.host, url.port, local_hostname=self.local_hostname,
                                          timeout=self.timeout, context=context)  # fmt: skip
        else:
            connection = smtplib.SMTP(url.host, url.port, local_hostname=self.local_hostname, timeout=self.timeout)
        try:
            connection.ehlo()
            if url.scheme == "smtp" and connection.has_extn("starttls"):
                connection.starttls(context=context)
                connection.ehlo()
            elif url.scheme == "smtp" and url.password and not url.loopback:
                raise InsecureServer(f"{url.host} offers no STARTTLS: the password is not sent in clear.")
            if url.username:
                connection.login(url.username, url.password)
        except BaseException:
            _quit(connection)
            raise
        return connection

    def _drop(self) -> None:
        connection = getattr(self._local, "connection", None)
        self._local.connection = None
        if connection is not None:
            with self._lock:
                self._open.discard(connection)
            _quit(connection)

    @staticmethod
    def _refused(code: int, text: bytes | str, final: bool = False) -> Outcome:
        words = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
        return Outcome(False, code, f"The mail server answered {code}: {words}"[:500], final=final)


def _quit(connection: smtplib.SMTP) -> None:
    try:
        connection.quit()
    except (TimeoutError, smtplib.SMTPException, OSError):
        connection.close()

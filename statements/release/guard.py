"""Where a webhook may point: https, and only to public addresses (no SSRF into the office's own network).

Checked when a subscription is made and again before every attempt, since a name may resolve differently later.
``allow_private`` (``PRESSLINE_WEBHOOKS_ALLOW_PRIVATE=1``) lifts both rules for tests and on-premises receivers.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit


class UnsafeUrl(ValueError):
    """The URL may not receive webhooks; the message says why, in words a partner can act on."""


def check_url(url: str, allow_private: bool = False) -> str:
    """Return ``url`` if a webhook may be sent there, else raise :class:`UnsafeUrl`."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise UnsafeUrl("Not a valid URL.") from None
    schemes = ("https", "http") if allow_private else ("https",)
    if parts.scheme not in schemes:
        raise UnsafeUrl("Use an https:// URL.")
    host = parts.hostname
    if not host:
        raise UnsafeUrl("The URL needs a host name.")
    if parts.username or parts.password:
        raise UnsafeUrl("Do not put credentials in the URL.")
    if allow_private:
        return url
    try:
        infos = socket.getaddrinfo(host, port or 443, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise UnsafeUrl(f"{host} does not resolve.") from None
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if not address.is_global or address.is_multicast:
            raise UnsafeUrl(f"{host} resolves to {address}, a private, loopback or link-local address.")
    return url

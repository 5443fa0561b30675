"""One route per service: the routes found in a text merged in order of first mention (an unknown service's
phone, address and e-mail under the one name the text gives it), and what a web address's site and page are."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from .contacts import Contact, digits_of
from .result import ExtractedRoute

_SECOND_LEVEL = ("co.uk", "org.uk", "police.uk", "gov.uk", "nhs.uk", "ac.uk", "sch.uk", "ltd.uk", "me.uk", "net.uk")


def site_of(url: str) -> tuple[str, str]:
    """(registrable domain, path) of a url written with or without a scheme."""
    parts = urlsplit(url if "://" in url else "http://" + url)
    host = (parts.hostname or "").lower()
    labels = host.split(".")
    keep = 3 if ".".join(labels[-2:]) in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:]), parts.path.rstrip("/")


@dataclass
class Found:
    position: int
    route: ExtractedRoute
    contact: Contact | None = None  # an unknown contact the text offers (None: resolved by the registry)
    group: str = ""  # named by the organisation its host spells: merged only with the contacts given with it


def other_page(printed: str, registered: str | None) -> bool:
    """Whether a printed web address is a page of the registered one's site other than the registered page."""
    if not registered:
        return False
    (site, path), (own_site, own_path) = site_of(printed), site_of(registered)
    return site == own_site and bool(path) and path.lower() != own_path.lower()


def merge(found: list[Found]) -> list[ExtractedRoute]:
    """Each route once, in order of first mention; an unknown service's phone, address and e-mail under one name."""
    seen: dict[str, ExtractedRoute] = {}
    routes: list[ExtractedRoute] = []
    for item in sorted(found, key=lambda f: f.position):
        route = item.route
        key = route.route_id or digits_of(route.phone or "") or route.email or site_of(route.url or "")[0]
        if route.url and _page(route.url) in seen:  # "[gov.uk/x](https://www.gov.uk/x)": one page printed twice
            continue
        if key in seen and route.route_id is None and route.url and _another_page(route.url, seen[key].url):
            key = route.url.lower()  # "… to report at x.police.uk/carmeet"; "… uploaded at x.police.uk/dashcam"
        if key in seen:
            earlier = seen[key]
            if route.route_id and route.url and other_page(route.url, earlier.url):
                earlier.url = route.url  # "the CEOP Safety Centre at www.ceop.police.uk/safety-centre"
            continue
        mergeable = route.route_id is None and not _is_bare(route)
        named = seen.get("name:" + route.name + item.group) if mergeable else None
        if named is not None and named.route_id is None and _fits(named, route):
            named.phone = named.phone or route.phone
            named.url = named.url or route.url
            named.email = named.email or route.email
            seen[key] = named
            continue
        seen[key] = route
        if route.url:
            seen[_page(route.url)] = route
        if mergeable:
            seen["name:" + route.name + item.group] = route
        routes.append(route)
    return routes


def _page(url: str) -> str:
    """A web page's key, however it is printed: no scheme, no "www.", no trailing slash."""
    return "page:" + re.sub(r"^(?:https?://)?(?:www\.)?", "", url.lower()).rstrip("/")


def _another_page(printed: str, earlier: str | None) -> bool:
    """Two pages of one site, each with its own path: two routes (a bare site or the same page is one)."""
    if not earlier:
        return False
    (site, path), (own_site, own_path) = site_of(printed), site_of(earlier)
    return site == own_site and bool(path) and bool(own_path) and path.lower() != own_path.lower()


def _is_bare(route: ExtractedRoute) -> bool:
    """Named only by its own number or address (no service name in the text)."""
    return route.name in {route.phone, route.email} or (route.url is not None and route.name == site_of(route.url)[0])


def _fits(named: ExtractedRoute, route: ExtractedRoute) -> bool:
    return not ((named.phone and route.phone) or (named.url and route.url) or (named.email and route.email))

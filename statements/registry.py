"""The bundled registries: UK reporting routes and topics (``statements/data/*.json``).

Both are plain facts shipped with the package; ``pressline init`` copies the routes into the
database and the importer uses both to resolve names, phones and keywords found in press text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources

URGENCIES: tuple[str, ...] = ("emergency", "urgent", "standard", "support")


@dataclass(frozen=True)
class RouteSpec:
    """One entry of ``data/routes.json``: where people should report or get help."""

    id: str
    name: str
    aliases: tuple[str, ...]
    url: str | None
    phone: str | None
    when: str
    urgency: str
    topics: tuple[str, ...]
    email: str | None = None
    # a campaign's general advice (THINK!), no way to report or get help: the chat bots offer it on its topics, the
    # importer never makes it a draft's route (the holdout brief's convention for general safety-advice pages)
    advice: bool = False


@dataclass(frozen=True)
class TopicSpec:
    """One entry of ``data/topics.json``; ``keywords`` are used to guess topics from text."""

    slug: str
    name: str
    keywords: tuple[str, ...]


def _read_json(name: str) -> list[dict]:
    text = resources.files("statements").joinpath("data", name).read_text(encoding="utf-8")
    return json.loads(text)


def load_topics() -> list[TopicSpec]:
    """The bundled topics, in registry order."""
    return [TopicSpec(slug=t["slug"], name=t["name"], keywords=tuple(t["keywords"])) for t in _read_json("topics.json")]


def load_routes() -> list[RouteSpec]:
    """The bundled reporting routes, sorted by urgency (emergency first), then registry order."""
    routes = [
        RouteSpec(
            id=r["id"],
            name=r["name"],
            aliases=tuple(r.get("aliases", ())),
            url=r.get("url"),
            phone=r.get("phone"),
            when=r["when"],
            urgency=r["urgency"],
            topics=tuple(r.get("topics", ())),
            email=r.get("email"),
            advice=bool(r.get("advice", False)),
        )
        for r in _read_json("routes.json")
    ]
    return sorted(routes, key=lambda r: URGENCIES.index(r.urgency))

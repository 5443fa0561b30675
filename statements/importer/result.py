"""What the importer hands back: plain dataclasses, and the one error it raises."""

from __future__ import annotations

from dataclasses import dataclass, field


class UnreadableText(ValueError):
    """The text has nothing usable (empty, binary, undecodable, too long, no title); the message says why."""


@dataclass
class ExtractedQuote:
    text: str
    speaker: str | None
    role: str | None


@dataclass
class ExtractedRoute:
    name: str
    phone: str | None
    url: str | None
    route_id: str | None = None  # the registry id when the route was resolved
    email: str | None = None  # an e-mail address the text offers for reports


@dataclass
class Extracted:
    title: str
    summary: str
    body: str  # Markdown paragraphs separated by blank lines
    kind: str
    topics: list[str] = field(default_factory=list)
    quotes: list[ExtractedQuote] = field(default_factory=list)
    reporting_routes: list[ExtractedRoute] = field(default_factory=list)
    # the import report: what was found but left out, and why ("number in a quoted scam message left out: …")
    notes: list[str] = field(default_factory=list)

    def as_json(self, file: str) -> dict:
        """The object ``pressline import --dry-run --json`` prints for one file."""
        return {
            "file": file,
            "title": self.title,
            "kind": self.kind,
            "topics": list(self.topics),
            "summary": self.summary,
            "quotes": [{"text": q.text, "speaker": q.speaker, "role": q.role} for q in self.quotes],
            "reporting_routes": [
                {"name": r.name, "phone": r.phone, "url": r.url, "email": r.email, "route_id": r.route_id}
                for r in self.reporting_routes
            ],
            "notes": list(self.notes),
        }

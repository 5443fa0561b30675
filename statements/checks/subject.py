"""What the checks read: a version's wording and facts, from a stored version, a draft dict or an import."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

CASE_STAGES = ("none", "investigation", "arrest", "charged", "trial", "sentenced")


@dataclass(frozen=True)
class QuoteIn:
    text: str
    speaker: str = ""
    role: str = ""


@dataclass(frozen=True)
class RouteIn:
    id: str
    name: str = ""
    phone: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Subject:
    """Everything a rule may look at. ``today`` is the office's date the checks run on (stale wording,
    pre-election periods)."""

    today: date
    title: str = ""
    summary: str = ""
    body: str = ""
    quotes: tuple[QuoteIn, ...] = ()
    routes: tuple[RouteIn, ...] = ()
    topics: tuple[str, ...] = ()
    kind: str = "press_release"
    audience: str = "public"
    case_stage: str | None = None
    review_by: date | None = None

    def passages(self) -> Iterator[tuple[str, str]]:
        """``(field, text)`` of every piece of wording: title, summary, body, then each quote."""
        yield "title", self.title
        yield "summary", self.summary
        yield "body", self.body
        for i, quote in enumerate(self.quotes):
            yield f"quotes.{i}.text", quote.text

    def stage_at_least(self, stage: str) -> bool:
        """True when the case has reached ``stage`` (a version without a stage has reached none)."""
        current = self.case_stage if self.case_stage in CASE_STAGES else "none"
        return CASE_STAGES.index(current) >= CASE_STAGES.index(stage)

    def in_stages(self, *stages: str) -> bool:
        return self.case_stage in stages

    @classmethod
    def of_view(cls, view: Any, today: date) -> Subject:
        """From a :class:`~statements.views.VersionView`."""
        return cls(
            today=today, title=view.title, summary=view.summary, body=view.body,
            quotes=tuple(QuoteIn(q.text, q.speaker, q.role) for q in view.quotes),
            routes=tuple(RouteIn(r.id, r.name, r.phone, r.url) for r in view.reporting_routes),
            topics=tuple(view.topics), kind=view.kind, audience=view.audience,
            case_stage=getattr(view, "case_stage", None), review_by=view.review_by,
        )  # fmt: skip

    @classmethod
    def of_fields(cls, fields: Mapping[str, Any], routes: Sequence[RouteIn], today: date) -> Subject:
        """From draft fields as the workflow takes them (quotes as dicts), with the routes already resolved."""
        quotes = fields.get("quotes") or []
        review_by = fields.get("review_by")
        if review_by is not None and not isinstance(review_by, date):
            try:
                review_by = date.fromisoformat(str(review_by))
            except ValueError:
                review_by = None
        return cls(
            today=today, title=str(fields.get("title") or ""), summary=str(fields.get("summary") or ""),
            body=str(fields.get("body") or ""),
            quotes=tuple(
                QuoteIn(str(q.get("text") or ""), str(q.get("speaker") or ""), str(q.get("role") or ""))
                for q in quotes if isinstance(q, Mapping)
            ),
            routes=tuple(routes), topics=tuple(fields.get("topics") or ()),
            kind=str(fields.get("kind") or "press_release"), audience=str(fields.get("audience") or "public"),
            case_stage=fields.get("case_stage") or None, review_by=review_by,
        )  # fmt: skip

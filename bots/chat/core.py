"""The chat core: answers a :class:`Command` with an :class:`Answer`, for every face alike.

It reads through ``services.catalogue`` and ``services.routes`` and searches through ``index.SearchIndex``, always
as ``Viewer.bot()``: every published audience (internal lines to take included), never drafts, rejected or
embargoed versions. It imports nothing from Slack or Teams.
"""

from __future__ import annotations

import difflib
import html
import re
import time
from collections.abc import Sequence
from dataclasses import replace

from index import IndexDamaged, SearchIndex, SearchQuery
from index.analysis import terms
from statements import Filters, Services, Viewer
from statements.errors import Gone, NotFound, Unavailable
from statements.registry import load_topics
from statements.routes import urgency_order
from statements.views import VersionView

from . import helptext
from .answers import Answer, Linker, MatchItem, QuoteItem, RouteItem, StatementItem, Withdrawn
from .commands import Command
from .enquiry import answer_enquiry
from .sending import APPROVERS_ONLY
from .text import plain, shorten, tel_url
from .topics import TopicMatcher

LINES_PAGE = 1  # one statement at a time, best first; "Next match" for the next
QUOTES_PAGE = 3
LATEST_PAGE = 5
WITHDRAWN_LOOKBACK = 200
EXAMPLE = "grooming"
TOPICS_TTL = 60.0  # seconds
MESSAGE_WORDS = 6  # words of a message searched at most (the shortcut)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{2,}")
_TAG = re.compile(r"<[^>]*>")


class ChatCore:
    def __init__(self, services: Services, search: SearchIndex, link: Linker | None = None) -> None:
        self.services = services
        self.search = search
        self.viewer = Viewer.bot()
        self.link = link or (lambda view: None)
        self._registry = load_topics()
        self._names: tuple[float, dict[str, str]] = (-TOPICS_TTL, {})

    def answer(self, command: Command) -> Answer:
        """Never raises for user input; a database outage becomes a one-sentence ``error`` answer."""
        handler = getattr(self, f"_{command.verb}", None) or self._unknown
        try:
            return handler(command)
        except Unavailable as exc:
            return Answer("error", "Unavailable", command, notice=exc.message)
        except IndexDamaged:
            notice = "Search is being repaired on this server; try again in a minute."
            return Answer("error", "Unavailable", command, notice=notice)

    def matches(self, query: str, offset: int = 0, limit: int = 10) -> list[MatchItem]:
        """Current approved wording for ``query``, best first (with no words, the newest), as a list to pick
        from: one search and no per-result read (the Teams compose-box search, which must answer quickly)."""
        if not query.strip():
            page = self.services.catalogue.list(self.viewer, Filters(), offset, limit)
            return [MatchItem(v.slug, v.title, v.kind, v.audience, v.version, shorten(plain(v.summary), 200)[0])
                    for v in page.items]  # fmt: skip
        results = self.search.search(SearchQuery(text=query, offset=offset, limit=limit), self.viewer)
        return [
            MatchItem(hit.slug, hit.title, hit.kind, hit.audience, hit.version, _unmark(hit.snippet))
            for hit in results.hits
        ]

    def candidates(self, text: str, limit: int = 5) -> tuple[str, list[StatementItem]]:
        """Approved wording for a whole message (the "Find approved lines" shortcut): ``(query, items)``. A
        message is not a query, so its most telling words (the longest, stop words dropped) are searched
        together, then fewer of them until ``limit`` statements are found."""
        words = list(dict.fromkeys(w.lower() for w in _WORD.findall(text or "") if terms(w)))
        words = sorted(words, key=len, reverse=True)[:MESSAGE_WORDS]
        found: dict[str, StatementItem] = {}
        query = ""
        for count in range(len(words), 0, -1):
            attempt = " ".join(words[:count])
            results = self.search.search(SearchQuery(text=attempt, limit=limit), self.viewer)
            for hit in results.hits:
                item = self._current(hit.slug, hit.title)
                if item is not None and item.withdrawn is None and hit.slug not in found:
                    found[hit.slug] = item
                    query = query or attempt
            if len(found) >= limit:
                break
        return query or " ".join(words), list(found.values())[:limit]

    # -- commands ------------------------------------------------------------------------------------------

    def _lines(self, command: Command) -> Answer:
        query = command.query
        if not query:
            return self._usage(command, "lines")
        direct = self._by_slug(query)
        if direct is not None:
            return Answer("statements", f"Lines for “{query}”", command, [direct], total=1)
        results = self.search.search(SearchQuery(text=query, offset=command.offset, limit=LINES_PAGE), self.viewer)
        items = [item for item in (self._current(hit.slug, hit.title) for hit in results.hits) if item]
        next_offset = command.offset + LINES_PAGE if results.total > command.offset + LINES_PAGE else None
        if not items and command.offset == 0:
            items = self._withdrawn_matching(query)
        if not items:
            return self._nothing(command, "approved wording", results.suggestion, next_offset)
        return Answer(
            "statements", f"Lines for “{query}”", command, items,
            next_offset=next_offset, total=max(results.total, len(items)),
        )  # fmt: skip

    def _quote(self, command: Command) -> Answer:
        if not command.query:
            return self._usage(command, "quote")
        hits = self.search.quotes(command.query, self.viewer, limit=command.offset + QUOTES_PAGE + 1)
        page = hits[command.offset : command.offset + QUOTES_PAGE]
        versions: dict[str, VersionView | None] = {}
        items = []
        for hit in page:
            if hit.slug not in versions:
                versions[hit.slug] = self._get(hit.slug)
            view = versions[hit.slug]
            if view is None or view.version != hit.version:  # only quotes of the version served now
                continue
            items.append(
                QuoteItem(
                    text=hit.text,
                    speaker=hit.speaker,
                    role=hit.role,
                    slug=hit.slug,
                    title=view.title,
                    version=view.version,
                    approved_by=view.approved_by,
                    date=view.publish_at or view.approved_at,
                    audience=view.audience,
                )
            )
        next_offset = command.offset + QUOTES_PAGE if len(hits) > command.offset + QUOTES_PAGE else None
        if not items:
            return self._nothing(command, "approved quote", None, None)
        return Answer(
            "quotes", f"Quotes for “{command.query}”", command, items, next_offset=next_offset, total=len(hits)
        )

    def _report(self, command: Command) -> Answer:
        if not command.query:
            return helptext.topics_answer(command, self._topic_names(), "Which topic? For example:")
        topics = self._matcher().match(command.query)
        if not topics:
            return self._unknown_topic(command)
        routes = sorted(
            {r.id: r for topic in topics for r in self.services.routes.list(topic)}.values(), key=urgency_order
        )
        items = [
            RouteItem(name=r.name, phone=r.phone, tel_url=tel_url(r.phone), url=r.url, when=r.when, urgency=r.urgency)
            for r in routes
        ]
        names = self._topic_names()
        title = "Where to report: " + ", ".join(names.get(t, t) for t in topics)
        notice = None if items else "No reporting routes are recorded for this topic yet."
        return Answer("routes", title, command, items, notice=notice, total=len(items))

    def _latest(self, command: Command) -> Answer:
        topics: list[str | None] = [None]
        if command.query:
            matched = self._matcher().match(command.query)
            if not matched:
                return self._unknown_topic(command)
            topics = list(matched)
        want = command.offset + LATEST_PAGE + 1
        views: dict[str, VersionView] = {}
        total = 0
        for topic in topics:
            page = self.services.catalogue.list(self.viewer, Filters(topic=topic), 0, want)
            total += page.total
            views.update({v.slug: v for v in page.items})
        ordered = sorted(views.values(), key=lambda v: (v.publish_at, v.slug), reverse=True)
        page_items = ordered[command.offset : command.offset + LATEST_PAGE]
        items = [self._item(v, summary_only=True) for v in page_items]
        next_offset = command.offset + LATEST_PAGE if len(ordered) > command.offset + LATEST_PAGE else None
        names = self._topic_names()
        about = ", ".join(names.get(t, t) for t in topics if t)
        title = f"Latest: {about}" if about else "Latest approved wording"
        notice = None if items else "Nothing published yet."
        return Answer("statements", title, command, items, notice=notice, next_offset=next_offset, total=total)

    def _show(self, command: Command) -> Answer:
        item = self._by_slug(command.query, full=True) if command.query else None
        if item is None:
            return self._nothing(command, "statement", None, None)
        return Answer("statements", item.title, command, [item], total=1)

    def _enquiry(self, command: Command) -> Answer:
        """Faces that cannot tell who is asking (Teams, mentions) get the suggested lines, not a logged enquiry;
        Slack's ``/press enquiry`` logs through :func:`bots.chat.enquiry.answer_enquiry` with the user's key."""
        return answer_enquiry(self, command, None)

    def item(self, view: VersionView) -> StatementItem:
        """A version as an answer item (the enquiry log's suggested lines)."""
        return self._item(view)

    def _help(self, command: Command) -> Answer:
        return helptext.help_answer(command, suggestion=None if command.raw.strip() else f"lines {EXAMPLE}")

    def _send(self, command: Command) -> Answer:
        """A face that knows who is asking (Slack) handles ``send`` itself; here nobody is known to approve."""
        notice = f"{APPROVERS_ONLY} Use `/press send {command.query or 'SLUG'}` in Slack, or the Pressline console."
        return Answer("error", "Approvers only", command, notice=notice)

    def _unknown(self, command: Command) -> Answer:
        return helptext.help_answer(command, "Didn't catch that.", suggest(command, self._vocabulary()))

    # -- helpers -------------------------------------------------------------------------------------------

    def _usage(self, command: Command, verb: str) -> Answer:
        return helptext.help_answer(
            command, f"Didn't catch that: `{verb}` needs some words to look for.", f"{verb} {EXAMPLE}"
        )

    def _nothing(self, command: Command, what: str, corrected: str | None, next_offset: int | None) -> Answer:
        kind = "quotes" if command.verb == "quote" else "statements"
        if command.offset:
            return Answer(kind, f"No more matches for “{command.query}”", command, notice="No more matches.")
        suggestion = f"{command.verb} {corrected}" if corrected and corrected != command.query else None
        if suggestion is None and command.verb == "lines":
            topics = self._matcher().match(command.query)
            suggestion = f"latest {topics[0]}" if topics else None
        notice = f"No {what} matches “{command.query}”."
        return Answer(kind, f"Nothing for “{command.query}”", command, notice=notice, suggestion=suggestion)

    def _unknown_topic(self, command: Command) -> Answer:
        names = self._topic_names()
        close = difflib.get_close_matches(command.query.lower(), list(names), n=1, cutoff=0.6)
        answer = helptext.topics_answer(command, names, f"No topic matches “{command.query}”.")
        if close:
            return replace(answer, suggestion=f"{command.verb} {close[0]}")
        return answer

    def _get(self, slug: str) -> VersionView | None:
        try:
            return self.services.catalogue.get(slug, self.viewer)
        except (NotFound, Gone):
            return None

    def _current(self, slug: str, title: str) -> StatementItem | None:
        """The current version of a search hit; a statement withdrawn since it was indexed says so."""
        try:
            return self._item(self.services.catalogue.get(slug, self.viewer))
        except Gone as gone:
            return _withdrawn_item(slug, title, Withdrawn(gone.at, gone.reason))
        except NotFound:
            return None

    def _by_slug(self, text: str, full: bool = False) -> StatementItem | None:
        slug = text.strip().lower()
        if " " in slug or not slug:
            return None
        try:
            return self._item(self.services.catalogue.get(slug, self.viewer), full=full)
        except Gone as gone:
            title = next((v.title for v in self._recently_withdrawn() if v.slug == slug), slug)
            return _withdrawn_item(slug, title, Withdrawn(gone.at, gone.reason))
        except NotFound:
            return None

    def _recently_withdrawn(self) -> list[VersionView]:
        return self.services.catalogue.withdrawn(self.viewer, limit=WITHDRAWN_LOOKBACK)

    def _withdrawn_matching(self, query: str) -> list[StatementItem]:
        """When nothing current matches, say so if the wording asked for was withdrawn: "do not use"."""
        words = query.lower().split()
        for view in self._recently_withdrawn():
            haystack = f"{view.title} {view.summary} {' '.join(view.topics)}".lower()
            if view.withdrawn is not None and all(w in haystack for w in words):
                return [_withdrawn_item(view.slug, view.title, view.withdrawn)]
        return []

    def _item(self, view: VersionView, full: bool = False, summary_only: bool = False) -> StatementItem:
        wording = plain(view.body) or plain(view.summary)
        if full:
            text, truncated = wording, False
        elif summary_only and view.summary:
            text, truncated = shorten(plain(view.summary))[0], bool(view.body)
        else:
            text, truncated = shorten(wording)
        return StatementItem(
            slug=view.slug, title=view.title, kind=view.kind, audience=view.audience, version=view.version,
            text=text, full_text=wording, truncated=truncated, approved_by=view.approved_by,
            approved_at=view.approved_at, published_at=view.publish_at, stale=view.stale,
            review_by=view.review_by, withdrawn=None, url=self.link(view), summary=plain(view.summary),
            topics=view.topics,
        )  # fmt: skip

    def _vocabulary(self) -> list[str]:
        matcher = self._matcher()
        words = {w for keywords in matcher.keywords.values() for k in keywords for w in k.lower().split()}
        return sorted(words | {w for name in matcher.names.values() for w in name.lower().split()})

    def _matcher(self) -> TopicMatcher:
        return TopicMatcher.build(self._topic_names(), self._registry)

    def _topic_names(self) -> dict[str, str]:
        """Topic names, read at most once a minute: counting topics is an aggregate over every version."""
        read_at, names = self._names
        if time.monotonic() - read_at >= TOPICS_TTL:
            names = {t.slug: t.name for t in self.services.catalogue.topics(self.viewer)}
            self._names = (time.monotonic(), names)
        return names


def _unmark(snippet: str) -> str:
    """A search snippet (HTML-safe, matches in ``<mark>``) as plain text."""
    return html.unescape(_TAG.sub("", snippet or "")).strip()


def _withdrawn_item(slug: str, title: str, withdrawal: Withdrawn) -> StatementItem:
    return StatementItem(
        slug=slug, title=title, kind="", audience="", version=0, text="", full_text="", truncated=False,
        approved_by=None, approved_at=None, published_at=None, stale=False, review_by=None,
        withdrawn=withdrawal,
    )  # fmt: skip


def suggest(command: Command, vocabulary: Sequence[str] = ()) -> str | None:
    """For input that isn't a command: a near-miss verb corrected (``qoute x`` -> ``quote x``), else the
    words taken as a search, misspellings of topic words corrected (``groming`` -> ``lines grooming``)."""
    text = command.query.strip()
    if not text:
        return f"lines {EXAMPLE}"
    first, _, rest = text.partition(" ")
    close = difflib.get_close_matches(first.lower(), ["lines", "quote", "report", "latest", "help"], n=1, cutoff=0.6)
    if close:
        return f"{close[0]} {rest}".strip()
    return "lines " + " ".join(_corrected(word, vocabulary) for word in text.split())


def _corrected(word: str, vocabulary: Sequence[str]) -> str:
    if len(word) < 4 or word.lower() in vocabulary:
        return word
    close = difflib.get_close_matches(word.lower(), vocabulary, n=1, cutoff=0.8)
    return close[0] if close else word

"""A seeded generator of realistic statements for the search benchmark.

Text comes from word-level Markov chains trained on the bundled sample statements (one chain per topic,
so fraud statements talk about fraud), with a long tail of generated names, places and numbers mixed in
so the vocabulary keeps growing with the corpus as real press text does. Lengths follow the sample:
titles of 5-12 words, summaries of 20-45, bodies of 200-700 (about 430 on average; about 570 words a
statement in all), 0-4 quotes of 15-60 words.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from importlib import resources
from itertools import pairwise

from whoosh.analysis.filters import STOP_WORDS

from statements.views import QuoteView, RouteView, VersionView

KINDS = ("press_release", "holding_statement", "lines_to_take", "guidance", "qa")
EXTRA_TOPICS = ("burglary", "anti-social-behaviour", "drugs", "rural-crime", "cyber-crime", "violence",
                "youth", "victims", "major-incident", "recruitment", "festivals")  # fmt: skip
START = datetime(2021, 1, 1, tzinfo=UTC)
SYLLABLES = ("ba", "ker", "ton", "wick", "ham", "ley", "mor", "dun", "stan", "by", "ford", "ing", "ash",
             "well", "ridge", "hol", "mere", "thorp", "combe", "den", "gate", "low", "ver", "sel", "rin")  # fmt: skip


def _sample() -> list[dict]:
    return json.loads(resources.files("statements").joinpath("data/corpus.json").read_text(encoding="utf-8"))


class Chain:
    """Order-1 word Markov chain; successor lists keep repeats so a uniform pick is frequency-weighted."""

    def __init__(self, texts: list[str]) -> None:
        self.next: dict[str, list[str]] = defaultdict(list)
        self.starts: list[str] = []
        for text in texts:
            for sentence in text.replace("\n", " ").split(". "):
                words = [w.strip('#*-"()') for w in sentence.split()]
                words = [w for w in words if w]
                if len(words) < 4:
                    continue
                self.starts.append(words[0])
                for a, b in pairwise(words):
                    self.next[a].append(b)

    def sentence(self, rnd: random.Random, tail: list[str], length: int) -> str:
        word = rnd.choice(self.starts)
        out = [word]
        for _ in range(length - 1):
            if rnd.random() < 0.04:
                out.append(tail[int(len(tail) * rnd.random() ** 3)])
                continue
            options = self.next.get(word)
            word = rnd.choice(options) if options else rnd.choice(self.starts)
            out.append(word)
        return " ".join(out).rstrip(",:;") + "."

    def text(self, rnd: random.Random, tail: list[str], words: int) -> str:
        out, count = [], 0
        while count < words:
            n = rnd.randint(8, 28)
            out.append(self.sentence(rnd, tail, n))
            count += n
        return " ".join(out)


@dataclass
class Generator:
    seed: int = 1

    def __post_init__(self) -> None:
        rnd = random.Random(self.seed)
        sample = _sample()
        texts: dict[str, list[str]] = defaultdict(list)
        for entry in sample:
            body = " ".join([entry["title"], entry["summary"], entry["body"], *(q["text"] for q in entry["quotes"])])
            texts["*"].append(body)
            for topic in entry["topics"]:
                texts[topic].append(body)
        self.chains = {topic: Chain(t) for topic, t in texts.items()}
        self.topics = sorted({t for e in sample for t in e["topics"]}) + list(EXTRA_TOPICS)
        tail = {"".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 4))).capitalize() for _ in range(60000)}
        tail |= {str(rnd.randint(2, 99999)) for _ in range(20000)}
        self.tail = sorted(tail)
        rnd.shuffle(self.tail)
        self.people = [(q["speaker"], q["role"]) for e in sample for q in e["quotes"]]
        self.routes = [
            RouteView(r["id"], r["name"], r["url"], r["phone"], r["when"], r["urgency"], tuple(r["topics"]))
            for r in json.loads(resources.files("statements").joinpath("data/routes.json").read_text())
        ]
        self.emergency = next(r for r in self.routes if r.phone == "999")

    def statements(self, count: int) -> Iterator[VersionView]:
        rnd = random.Random(self.seed * 7919 + count)
        for n in range(count):
            yield self.one(rnd, n, count)

    def one(self, rnd: random.Random, n: int, count: int) -> VersionView:
        topics = rnd.sample(self.topics, rnd.choice((1, 1, 2, 2, 3)))
        chain = self.chains.get(topics[0], self.chains["*"])
        audience = rnd.choices(("public", "partners", "internal"), (70, 20, 10))[0]
        kind = "lines_to_take" if audience == "internal" else rnd.choice(KINDS[:2] + KINDS[3:])
        quotes = tuple(
            QuoteView(chain.text(rnd, self.tail, rnd.randint(15, 60)), *rnd.choice(self.people))
            for _ in range(rnd.choice((0, 1, 1, 2, 2, 3, 4)))
        )
        published = START + timedelta(seconds=int(5 * 365 * 86400 * (n + rnd.random()) / max(count, 1)))
        summary = chain.text(rnd, self.tail, rnd.randint(20, 45))
        body = chain.text(rnd, self.tail, int(rnd.triangular(200, 700, 380)))
        routes = rnd.sample(self.routes, rnd.randint(0, 3))
        if self.emergency not in routes and "danger" in " ".join([summary, body, *(q.text for q in quotes)]):
            routes.insert(0, self.emergency)  # as a press office would: danger wording carries 999 (see checks)
        return VersionView(
            slug=f"statement-{n:06d}", title=chain.sentence(rnd, self.tail, rnd.randint(5, 12)).rstrip("."),
            kind=kind, audience=audience, topics=tuple(topics), version=1, status="published",
            summary=summary, body=body, quotes=quotes, reporting_routes=tuple(routes), change_note="",
            author="bench", contributors=("bench",), approved_by="bench", approved_at=published,
            publish_at=published, published_at=published, review_by=None, withdrawn=None, rejected_reason=None,
            stale=False, revision=1, created_at=published, updated_at=published, statement_updated_at=published,
        )  # fmt: skip


def content_words(view: VersionView) -> list[str]:
    """Plain lower-case words of a statement that are not stop words (for picking benchmark queries)."""
    words = [w.strip(".,:;\"'()").lower() for w in f"{view.title} {view.summary} {view.body}".split()]
    return [w for w in words if w.isalpha() and len(w) > 2 and w not in STOP_WORDS]

"""The first security property, for search: nothing an outsider may not see reaches them, not even a word.

Random statements in random states and audiences. Each gets a fresh marker word, planted only where the
given outsider may not look (a draft, a rejected or embargoed version, a withdrawn one, an internal line to
take, and for anonymous callers a partners-only one). Whatever the outsider searches, the marker never
appears in hits, snippets, quotes, facets, totals or "did you mean" suggestions.
"""

from __future__ import annotations

import itertools
import json
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index import SearchQuery
from tests.conftest import ANON, APPROVER, EDITOR, PARTNER

STATES = ("draft", "in_review", "approved", "rejected", "scheduled", "withdrawn", "redrafted", "published")
AUDIENCE_KINDS = {"public": "press_release", "partners": "guidance", "internal": "lines_to_take"}
_names = itertools.count()


_BLOCKS = ("bcd", "fgh", "jkl", "mnp", "qrs", "tvw", "xzb", "cdf", "ghj", "klm")  # differ at every letter


def marker() -> str:
    """A fresh word no analyser changes, at least three edits away from every other marker (so no marker is
    ever a spelling suggestion for another)."""
    return "zq" + "".join(_BLOCKS[int(d)] for d in f"{next(_names):04d}") + "x"


def plant(workflow, services, clock, state: str, audience: str, word: str) -> None:
    fields = {
        "title": f"Notice {word}",
        "summary": f"About {word} and floods.",
        "body": f"Floods bring {word} risks. {word} again.",
        "quotes": [{"text": f"We warn about {word} floods.", "speaker": f"Officer {word}", "role": "Inspector"}],
        "topics": [f"{word}-topic"],
        "audience": audience,
        "kind": AUDIENCE_KINDS[audience],
    }
    flow = services.workflow
    if state == "draft":
        workflow.draft(**fields)
    elif state == "in_review":
        workflow.in_review(**fields)
    elif state == "approved":
        workflow.approved(**fields)
    elif state == "rejected":
        view = workflow.in_review(**fields)
        flow.reject(view.slug, view.revision, APPROVER, "No")
    elif state == "scheduled":
        workflow.published(publish_at=clock.now + timedelta(days=3), **fields)
    elif state == "withdrawn":
        view = workflow.published(**fields)
        flow.withdraw(view.slug, view.revision, APPROVER, "Wrong")
    elif state == "redrafted":  # the published text is harmless; the marker is only in the new draft
        clean = {**fields, "title": "Notice about floods", "summary": "Floods.", "body": "Floods.", "quotes": [],
                 "topics": ["floods"]}  # fmt: skip
        view = workflow.published(**clean)
        flow.edit_draft(view.slug, view.revision, {k: fields[k] for k in ("title", "body", "quotes")}, EDITOR)
    else:
        workflow.published(**fields)


def hidden_from(viewer, state: str, audience: str) -> bool:
    if state != "published":
        return True
    return audience not in viewer.audiences


def everything_shown(search, viewer, word: str) -> str:
    """All a viewer can get out of search for probes around ``word``, as one lower-case string."""
    probes = [word, word[:-1] + "y", word + "s", f'"{word} risks"', "floods", f"floods -{word}", "notice",
              f"topic:{word}-topic floods", f"{word} floods", "officer"]  # fmt: skip
    shown = []
    for text in probes:
        for order in ("relevance", "newest"):
            results = search.search(SearchQuery(text, order=order, limit=50), viewer)
            shown.append(json.dumps([h.__dict__ for h in results.hits], default=str))
            shown.append(json.dumps(results.facets) + f" total={results.total}")
            if results.suggestion:  # only what the correction adds: echoing the caller's own words is no leak
                shown.append(" ".join(set(results.suggestion.lower().split()) - set(text.lower().split())))
            if text == word:
                shown.append(f"total of {word}={results.total}" if results.total else "")
        shown.append(json.dumps([q.__dict__ for q in search.quotes(text, viewer, 50)]))
    shown.append(json.dumps(search.search(SearchQuery(topic=f"{word}-topic"), viewer).facets))
    return " ".join(shown).lower()


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(STATES), st.sampled_from(sorted(AUDIENCE_KINDS))), min_size=1, max_size=4))
def test_outsiders_never_see_a_word_of_what_they_may_not_see(search, workflow, services, clock, statements):
    planted = []
    for state, audience in statements:
        word = marker()
        plant(workflow, services, clock, state, audience, word)
        planted.append((word, state, audience))
    for viewer in (ANON, PARTNER):
        for word, state, audience in planted:
            shown = everything_shown(search, viewer, word)
            if hidden_from(viewer, state, audience):
                assert word not in shown, (viewer.kind, state, audience)
            else:
                assert word in shown, (viewer.kind, state, audience)


def test_a_word_only_in_a_draft_is_found_by_nobody_outside_the_press_office(search, workflow):
    workflow.draft(title="Unannounced", body="The word xylograph appears only here.")
    for viewer in (ANON, PARTNER):
        results = search.search(SearchQuery("xylograph"), viewer)
        assert (results.total, results.hits, results.suggestion) == (0, [], None)
        assert search.search(SearchQuery("xylograpy"), viewer).suggestion is None


def test_embargoed_words_are_not_suggested_until_the_embargo_lifts(search, workflow, clock):
    workflow.published(title="Budget", body="Quinquagenarian wording.", publish_at=clock.now + timedelta(hours=1))
    workflow.published(title="Other", body="Floods.")
    assert search.search(SearchQuery("quinquagenarien"), ANON).suggestion is None
    clock.advance(hours=1)
    assert search.search(SearchQuery("quinquagenarien"), ANON).suggestion == "quinquagenarian"

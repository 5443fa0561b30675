"""Words: Porter2 stemming, highlights through the index's analyzer, English and Welsh stop words, and
queries with nothing searchable in them."""

from __future__ import annotations

import pytest

from index import SearchIndex, SearchQuery
from index.analysis import terms
from index.synonyms import Synonyms
from tests.conftest import ANON


def slugs(results):
    return [hit.slug for hit in results.hits]


@pytest.mark.parametrize("word", ["scam", "scams", "scammed", "Scamming"])
def test_porter2_lets_scam_and_scams_find_scammed(search, publish, word):
    publish("Doorstep fraud", body="Three residents were scammed by a caller.", slug="doorstep")
    assert slugs(search.search(SearchQuery(word), ANON)) == ["doorstep"]


def test_scams_suggests_nothing_when_scammed_is_indexed(search, publish):
    publish("Doorstep fraud", body="Three residents were scammed by a caller.", slug="doorstep")
    assert search.search(SearchQuery("scams"), ANON).suggestion is None


@pytest.mark.parametrize(
    ("query", "word"),
    [("make", "making"), ("take", "taking"), ("hope", "hoping"), ("close", "closing"), ("file", "filing")],
)
def test_highlights_mark_words_whose_stem_is_not_their_prefix(search, publish, query, word):
    publish("Update", body=f"Officers are {word} progress on the inquiry.", slug="update")
    [hit] = search.search(SearchQuery(query), ANON).hits
    assert f"<mark>{word}</mark>" in hit.snippet


def test_highlights_mark_the_words_a_search_found_and_no_others(search, publish):
    publish("Update", body="Filing reports and making calls; the filings were made.", slug="update")
    [hit] = search.search(SearchQuery("file"), ANON).hits
    assert hit.snippet.count("<mark>") == 2 and "<mark>making</mark>" not in hit.snippet


def test_english_stop_words_are_not_index_terms():
    assert terms("What about them, and against those?") == []


def test_welsh_stop_words_are_not_index_terms_but_welsh_words_are():
    assert terms("Mae hi wedi bod yn y dref gyda nhw") == ["dref"]


def test_a_welsh_function_word_does_not_decide_a_match(search, publish):
    publish("Rhybudd twyll", body="Twyll ar y ffôn.", slug="twyll")
    assert slugs(search.search(SearchQuery("twyll yn y dref"), ANON)) == ["twyll"]


@pytest.mark.parametrize("text", ["!!!", "🚓🚓", "*", "AND OR NOT", "the", "--", "“”", '""'])
def test_a_query_with_no_searchable_word_finds_nothing_and_says_why(search, publish, text):
    publish("Speed cameras", body="Cameras on the A140.", slug="cameras")
    found = search.search(SearchQuery(text), ANON)
    assert (found.hits, found.total, found.facets) == ([], 0, {"topic": {}, "kind": {}})
    assert "nothing to search for" in found.message


def test_a_filter_alone_still_lists_what_it_selects(search, publish):
    publish("Speed cameras", body="Cameras on the A140.", slug="cameras", topics=["road-safety"])
    found = search.search(SearchQuery("topic:road-safety"), ANON)
    assert slugs(found) == ["cameras"] and found.message is None


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("CEOP", ["ceop", "exploitation"]),
        ("child exploitation", ["ceop", "exploitation"]),
        ("999", ["emergency", "nine"]),
        ("emergency", ["emergency", "nine"]),
        ("ASB", ["antisocial", "asb"]),
        ("anti-social behaviour", ["antisocial", "asb"]),
    ],
)
def test_the_default_synonyms_find_each_other(search, publish, query, found):
    publish("Report to CEOP", body="Reports go to CEOP.", slug="ceop")
    publish("Exploitation", body="Child exploitation happens online.", slug="exploitation")
    publish("Emergencies", body="Emergency planners met today.", slug="emergency")
    publish("Nines", body="Always call 999.", slug="nine")
    publish("ASB patrols", body="Patrols against ASB.", slug="asb")
    publish("Town centre", body="Anti-social behaviour in the town centre.", slug="antisocial")
    publish("Children", body="A child hurt in an exploitative scheme, not exploitation of a child.", slug="apart")
    assert sorted(slugs(search.search(SearchQuery(query), ANON))) == found


def test_a_synonym_alternative_of_several_words_is_a_phrase(search, publish):
    publish("Apart", body="The child was safe; exploitation elsewhere.", slug="apart")
    assert slugs(search.search(SearchQuery("CEOP"), ANON)) == []


def test_synonyms_mark_every_alternative_in_the_snippet(search, publish):
    publish("Emergencies", body="For any emergency, call 999.", slug="emergency")
    [hit] = search.search(SearchQuery("999"), ANON).hits
    assert "<mark>emergency</mark>" in hit.snippet and "<mark>999</mark>" in hit.snippet


def test_an_office_extends_the_synonym_table_with_a_file(services, tmp_path, publish):
    table = tmp_path / "synonyms.txt"
    table.write_text("# our own\nPCSO ~ community support officer\n", encoding="utf-8")
    publish("Patrols", body="A community support officer will visit.", slug="patrols")
    engine = SearchIndex(tmp_path / "own", services.catalogue, services.changes, services.clock,
                         synonyms=Synonyms.load(table))  # fmt: skip
    try:
        assert slugs(engine.search(SearchQuery("PCSO"), ANON)) == ["patrols"]
        assert engine.search(SearchQuery("999 CEOP"), ANON).total == 0  # the defaults still apply
    finally:
        engine.close()

"""What a search finds and in which order: relevance, stemming, phrases, exclusions, filters, facets."""

from __future__ import annotations

from datetime import timedelta

from index import SearchQuery
from tests.conftest import ANON, APPROVER


def slugs(results):
    return [hit.slug for hit in results.hits]


def test_the_statement_about_a_topic_ranks_above_passing_mentions(search, publish):
    publish("Online grooming: what parents need to know", body="Grooming happens in games and chat apps.",
            summary="Signs of online grooming.", slug="grooming-guide")  # fmt: skip
    publish("School holiday safety", body="Among many things, be aware of grooming online.", slug="holidays")
    publish("Burglary figures", body="Burglaries fell this year.", slug="burglary")
    assert slugs(search.search(SearchQuery("grooming"), ANON)) == ["grooming-guide", "holidays"]


def test_stemming_lets_groomed_grooming_and_groom_meet(search, publish):
    publish("Advice", body="Children can be groomed by adults they meet online.", slug="advice")
    for word in ("groom", "grooming", "GROOMED", "grooms"):
        assert slugs(search.search(SearchQuery(word), ANON)) == ["advice"], word


def test_accents_and_case_are_folded(search, publish):
    publish("Café safety", body="The CAFÉ on the high street.", slug="cafe")
    assert slugs(search.search(SearchQuery("cafe"), ANON)) == ["cafe"]


def test_stop_words_alone_do_not_decide_a_match(search, publish):
    publish("Speed cameras", body="Cameras on the A140.", slug="cameras")
    assert slugs(search.search(SearchQuery("the cameras"), ANON)) == ["cameras"]


def test_all_words_first_then_any_word(search, publish):
    publish("Romance fraud", body="Romance fraud costs victims money.", slug="romance")
    publish("Courier fraud", body="Couriers collect cards.", slug="courier")
    both = search.search(SearchQuery("romance fraud"), ANON)
    assert slugs(both) == ["romance"] and both.total == 1
    either = search.search(SearchQuery("romance couriers"), ANON)
    assert sorted(slugs(either)) == ["courier", "romance"] and either.total == 2


def test_a_quoted_phrase_needs_its_words_together(search, publish):
    publish("Together", body="Report online grooming to CEOP.", slug="together")
    publish("Apart", body="Grooming is rarer offline than online.", slug="apart")
    assert slugs(search.search(SearchQuery('"online grooming"'), ANON)) == ["together"]


def test_an_excluded_word_removes_statements(search, publish):
    publish("Romance fraud", body="Money sent abroad.", slug="romance")
    publish("Courier fraud", body="Money collected by a courier.", slug="courier")
    assert slugs(search.search(SearchQuery("fraud -courier"), ANON)) == ["romance"]


def test_topic_and_kind_filters_work_in_the_text_and_as_fields(search, publish):
    publish("Fraud advice", body="Scams.", topics=["fraud"], kind="guidance", slug="advice")
    publish("Fraud arrests", body="Scams.", topics=["fraud"], kind="press_release", slug="arrests")
    publish("Road scams", body="Scams.", topics=["road-safety"], kind="guidance", slug="road")
    assert sorted(slugs(search.search(SearchQuery("scams topic:fraud"), ANON))) == ["advice", "arrests"]
    assert slugs(search.search(SearchQuery("scams topic:fraud kind:press_release"), ANON)) == ["arrests"]
    assert slugs(search.search(SearchQuery("scams", topic="fraud", kind="guidance"), ANON)) == ["advice"]


def test_facets_count_matches_by_topic_and_kind(search, publish):
    publish("Fraud advice", body="Scams.", topics=["fraud", "online-safety"], kind="guidance")
    publish("Fraud arrests", body="Scams.", topics=["fraud"], kind="press_release")
    facets = search.search(SearchQuery("scams"), ANON).facets
    assert facets == {"topic": {"fraud": 2, "online-safety": 1}, "kind": {"guidance": 1, "press_release": 1}}


def test_newest_first_and_pagination(search, publish, clock):
    for n in range(5):
        publish(f"Appeal {n}", body="Witness appeal.", slug=f"appeal-{n}")
        clock.advance(hours=1)
    page = search.search(SearchQuery("appeal", order="newest", offset=1, limit=2), ANON)
    assert slugs(page) == ["appeal-3", "appeal-2"] and page.total == 5


def test_date_ranges_limit_by_publication_time(search, publish, clock):
    publish("Old appeal", body="Witnesses.", slug="old")
    clock.advance(days=10)
    publish("New appeal", body="Witnesses.", slug="new")
    since = clock.now - timedelta(days=1)
    assert slugs(search.search(SearchQuery("appeal", since=since), ANON)) == ["new"]
    assert slugs(search.search(SearchQuery("appeal", until=since), ANON)) == ["old"]


def test_snippets_are_escaped_with_marks(search, publish):
    publish("Tags", body="Never click <script> links: grooming starts with a message.", slug="tags")
    snippet = search.search(SearchQuery("grooming"), ANON).hits[0].snippet
    assert "&lt;script&gt;" in snippet and "<mark>grooming</mark>" in snippet and "<script>" not in snippet


def test_quote_search_returns_the_matching_quote(search, publish):
    quotes = [{"text": "Tell us and we will listen.", "speaker": "Rebecca Hale", "role": "Chief Constable"},
              {"text": "Fraudsters are patient.", "speaker": "Sam Lee", "role": "Inspector"}]  # fmt: skip
    publish("Quotes", body="Body.", quotes=quotes, slug="quotes")
    found = search.quotes("listen", ANON, 5)
    assert [(q.slug, q.speaker) for q in found] == [("quotes", "Rebecca Hale")]
    assert "<mark>listen</mark>" in found[0].snippet
    assert [q.text for q in search.quotes("Sam Lee", ANON, 5)] == ["Fraudsters are patient."]


def test_a_misspelling_gets_a_suggestion(search, publish):
    publish("Grooming", body="Online grooming advice.", slug="g")
    results = search.search(SearchQuery("online groomign"), ANON)
    assert results.suggestion == "online grooming"


def test_a_withdrawn_statement_is_gone_before_the_call_returns(search, publish, services):
    view = publish("Withdraw me", body="Temporary wording.")
    assert search.search(SearchQuery("temporary"), ANON).total == 1
    services.workflow.withdraw(view.slug, view.revision, APPROVER, "Wrong")
    results = search.search(SearchQuery("temporary"), ANON)
    assert results.total == 0 and results.hits == [] and results.facets == {"topic": {}, "kind": {}}

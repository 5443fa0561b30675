"""Whatever text arrives, the importer either explains why it cannot read it or returns sane parts."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from statements.importer import KINDS, UnreadableText, extract

_PIECES = st.sampled_from(
    [
        "Title line",
        "\n",
        "\n\n",
        " ",
        "'",
        '"',
        "“",
        "”",
        "‘",
        "’",
        "said:",
        "said",
        "Mr Vane",
        "she added:",
        "Chief Constable Simon Vane",
        "DS Ann Lee,",
        "call 999",
        "101",
        "0800 555 111",
        "4.12pm",
        "36/48213/26",
        "www.ceop.police.uk",
        "Crimestoppers",
        "We are aware",
        "Q:",
        "A:",
        "# ",
        "**",
        "Photo :",
        "(Image: x)",
        "Words go here.",
        "it's",
        "officers'",
        "116 000",
        "£48,000",
        "24-year-old",
        ",",
        ".",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_PIECES, max_size=60).map("".join) | st.text(max_size=300))
def test_any_text_is_either_refused_with_a_reason_or_extracted_sanely(routes, topics, text):
    try:
        got = extract(text, routes, topics)
    except UnreadableText as exc:
        assert str(exc)
        return
    assert got.title and "\n" not in got.title
    assert got.kind in KINDS
    assert len(got.summary) <= 301
    flat = " ".join(text.split())
    for quote in got.quotes:
        assert quote.text.strip()
        first_words = " ".join(quote.text.split()[:2]).rstrip(".,")
        assert first_words in flat
    ids = [r.route_id for r in got.reporting_routes if r.route_id]
    assert len(ids) == len(set(ids))

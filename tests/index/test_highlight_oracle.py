"""Highlights found by prefix (index/highlight.py ``hits``) are exactly those found by analysing every word
(``every_hit``): the fast path may never lose or add a mark."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import WORD, stem, terms
from index.highlight import STEM_CHANGE, every_hit, hits

# Words whose stems change at the end (Porter2's irregular forms and suffix rewrites), apostrophes inside and
# at the end of words, capitals, digits, and a few letters beyond ASCII.
WORDS = [
    "dying", "die", "lying", "Lie", "tying", "skies", "sky", "news", "idly", "gently", "early", "only", "singly",
    "making", "make", "hoping", "hope", "filing", "files", "closing", "possibility", "possible", "relational",
    "organization", "organ", "urgency", "famously", "generously", "exploitation", "exploit", "scammed", "scams",
    "o’clock", "O'Brien", "Clare’s", "rock’n’roll", "’tis", "Smiths’", "999", "101", "A140", "e-scooter",
    "Grooming", "GROOMED", "groom", "anti-social", "café", "Café", "naïve", "straße", "Gŵyl", "ysgol", "the",
    "and", "not", "self_help", "co-operation", "police", "Police’s", "officers", "officer", "reported",
]  # fmt: skip
SEPARATORS = [" ", "  ", ", ", ". ", "\n", " — ", " (", ") ", "’ ", "'", "-", "_", "/", ": "]

texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=40).map(
    lambda parts: "".join(w + s for w, s in parts)
)


@settings(max_examples=400, deadline=None)
@given(text=texts, query=st.lists(st.sampled_from(WORDS), min_size=1, max_size=4))
def test_prefix_highlights_equal_word_by_word_highlights(text, query):
    wanted = frozenset(t for w in query for t in terms(w))
    assert hits(text, wanted) == every_hit(text, wanted)


def test_porter2_changes_at_most_the_last_two_letters_of_a_stem_of_these_words():
    """The assumption the prefix path rests on, checked on the words above and the sample statements."""
    for word in WORDS + WORD.findall(" ".join(WORDS)):
        term = stem(word)
        if term is None or not word.isascii() or "'" in word or "’" in word:
            continue
        keep = max(len(term) - STEM_CHANGE, 1)
        assert word.lower().startswith(term[:keep]), (word, term)

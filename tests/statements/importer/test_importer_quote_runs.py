"""Quotes over paragraphs (issue 17, the eighth December 2026 holdout's extra and missed quotes): an
unattributed paragraph that is only a quote, straight after a paragraph that ended with an attributed quote, goes
on with that quote; a paragraph that is only a quote after a paragraph of reported speech is that speaker's; a
blockquote followed by a paragraph opening "said the man, who …" is his. "X added:" and a quote after narrative
stay separate, and so do quote-only paragraphs after a "said:" line. The texts are invented."""

from __future__ import annotations


def test_an_unattributed_quote_paragraph_after_an_attributed_quote_goes_on_with_it(run):
    got = run(
        """
        Title

        "The bridge will stay shut until the engineers are happy," said Inspector Dana Whitlow.

        "We know it is a long detour for people, and we are sorry for that."
        """
    )
    assert len(got.quotes) == 1
    assert got.quotes[0].text.endswith("we are sorry for that.")
    assert got.quotes[0].speaker == "Dana Whitlow"


def test_a_continuation_after_a_quote_with_said_after_it_goes_on_with_it(run):
    got = run(
        """
        Title

        Dana Whitlow said the bridge was unsafe. "It moved in the storm," she said.

        "Nobody should try to cross it on foot."
        """
    )
    assert [(q.text, q.speaker) for q in got.quotes] == [
        ("It moved in the storm.\n\nNobody should try to cross it on foot.", "Dana Whitlow")
    ]


def test_added_after_a_quote_is_still_a_separate_quote(run):
    got = run(
        """
        Title

        "The bridge will stay shut," said Inspector Dana Whitlow.

        She added: "We will reopen it as soon as we can."
        """
    )
    assert len(got.quotes) == 2


def test_a_quote_after_narrative_is_still_a_separate_quote(run):
    got = run(
        """
        Title

        "The bridge will stay shut," said Inspector Dana Whitlow.

        Engineers will inspect it again on Monday. "We will reopen it as soon as we can," she said.
        """
    )
    assert len(got.quotes) == 2


def test_quote_only_paragraphs_after_a_said_line_stay_separate(run):
    got = run(
        """
        Title

        Inspector Dana Whitlow said:

        "The bridge will stay shut until the engineers are happy."

        "We know it is a long detour for people, and we are sorry for that."
        """
    )
    assert len(got.quotes) == 2


def test_a_quote_paragraph_after_reported_speech_is_the_reporters(run):
    got = run(
        """
        Title

        One shopkeeper, who has run the bakery for ten years, said she had lost a week of trade.

        > "I have never seen the street this quiet. People just stopped coming."

        The council said the road would reopen next week.
        """
    )
    assert [(q.speaker, q.role) for q in got.quotes] == [(None, "shopkeeper, who has run the bakery for ten years")]


def test_a_quote_paragraph_after_narrative_without_speech_is_not_a_quote(run):
    got = run(
        """
        Title

        The bakery on Mill Street has been closed since the flood.

        > "I have never seen the street this quiet. People just stopped coming."
        """
    )
    assert got.quotes == []


def test_a_blockquote_followed_by_said_the_man_in_lower_case_is_his(run):
    got = run(
        """
        Title

        > "It looked like a real bank page. I typed in everything they asked for."

        said the man, who asked not to be named.
        """
    )
    assert [(q.speaker, q.role) for q in got.quotes] == [(None, "man, who asked not to be named")]

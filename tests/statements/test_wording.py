"""One Markdown-to-HTML, one Markdown-to-plain and one ``shorten`` for every face (statements.wording)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from statements.wording import html, plain, shorten


def test_html_renders_markdown_and_escapes_raw_html():
    out = html("Call **999**.\n\n<script>alert(1)</script>")
    assert "<strong>999</strong>" in out
    assert "<script>" not in out and "&lt;script&gt;" in out


def test_html_refuses_javascript_links():
    assert "href" not in html("[click](javascript:alert(1))")


def test_plain_keeps_paragraphs_and_link_targets_for_chat():
    text = plain("## What to do\n\n> Call **999** or see [CEOP](https://www.ceop.police.uk/) `now`.")
    assert text == "What to do\n\nCall 999 or see CEOP (https://www.ceop.police.uk/) now."


def test_plain_on_one_line_drops_bullets_and_urls_for_snippets():
    text = plain("# Advice\n\n- Call *101*\n- See [the site](https://example.org)", urls=False, one_line=True)
    assert text == "Advice Call 101 See the site"


def test_shorten_cuts_at_a_word_boundary_with_an_ellipsis():
    assert shorten("one two three four", 12) == ("one two…", True)
    assert shorten("short", 12) == ("short", False)


@given(st.text(alphabet="ab .\n", min_size=0, max_size=300), st.integers(min_value=4, max_value=200))
def test_shortened_text_is_never_longer_than_the_limit(text, limit):
    short, truncated = shorten(text, limit)
    assert len(short) <= limit
    assert truncated == (len(text.strip()) > limit)

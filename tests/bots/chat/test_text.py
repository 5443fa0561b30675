"""Wording for chat: Markdown made plain, long texts shortened cleanly, phone numbers as tel: links."""

from __future__ import annotations

import pytest

from bots.chat.text import plain, shorten, tel_url


def test_plain_drops_headings_and_emphasis_and_keeps_link_targets():
    text = plain("## What to do\n\nCall **999** or see [CEOP](https://www.ceop.police.uk/).")
    assert text == "What to do\n\nCall 999 or see CEOP (https://www.ceop.police.uk/)."


def test_short_text_is_untouched():
    assert shorten("Short and sweet.", 100) == ("Short and sweet.", False)


def test_shortening_cuts_at_a_sentence_end():
    text = "First sentence here. Second sentence is here. " + "word " * 100
    short, truncated = shorten(text, 80)
    assert truncated
    assert short == "First sentence here. Second sentence is here. …"


def test_shortening_never_cuts_a_word_in_half():
    text = "alpha " * 40
    short, truncated = shorten(text, 50)
    assert truncated and short.endswith("alpha…")
    assert len(short) <= 51


@pytest.mark.parametrize(
    ("phone", "url"),
    [("999", "tel:999"), ("0800 555 111", "tel:+44800555111"), ("116 123", "tel:116123"), (None, None), ("", None)],
)
def test_tel_url(phone, url):
    assert tel_url(phone) == url

"""Readability and accessibility rules."""

from __future__ import annotations

import pytest

from statements.checks import ChecksConfig
from statements.checks.readability import reading_age

HARD = (
    "Notwithstanding considerable organisational complexity, multidisciplinary safeguarding partnerships "
    "systematically prioritise comprehensive interagency information-sharing arrangements. "
) * 8
EASY = "We want you to be safe. If you see a crime, tell us. You can call us at any time of day. " * 8


def test_a_high_reading_age_warns_and_shows_the_figure(run):
    found = run("readability.reading-age", HARD)
    assert found and found[0].severity == "warn"
    assert f"{reading_age(HARD):g}" in found[0].message


def test_plain_wording_has_no_reading_age_warning(run):
    assert run("readability.reading-age", EASY) == []


def test_the_office_sets_the_reading_age_limit(run):
    assert run("readability.reading-age", EASY, config=ChecksConfig(max_reading_age=4))


def test_short_texts_are_not_given_a_reading_age(run):
    assert run("readability.reading-age", HARD[:200]) == []


def test_a_sentence_over_30_words_warns(run):
    long = " ".join(["word"] * 31) + ". Short one."
    found = run("readability.long-sentence", long)
    assert len(found) == 1 and found[0].start == 0 and found[0].match.endswith("word.")


def test_a_sentence_of_30_words_passes(run):
    assert run("readability.long-sentence", " ".join(["word"] * 30) + ".") == []


@pytest.mark.parametrize("wording", ["For advice [click here](https://example.org).", "Read it [here](https://a.org)."])
def test_vague_link_text_warns(run, wording):
    assert run("readability.link-text", wording)


def test_click_here_outside_a_link_warns(run):
    assert run("readability.link-text", "To report, click here.")


@pytest.mark.parametrize(
    "wording", ["Read [CEOP's advice for parents](https://www.ceop.police.uk).", "Come here if you are lost."]
)
def test_descriptive_link_text_and_plain_here_pass(run, wording):
    assert run("readability.link-text", wording) == []


def test_a_bare_url_warns(run):
    found = run("readability.bare-url", "Report at https://www.ceop.police.uk or www.police.uk.")
    assert [f.match for f in found] == ["https://www.ceop.police.uk", "www.police.uk"]


def test_a_link_with_text_is_not_bare(run):
    assert run("readability.bare-url", "Report to [CEOP](https://www.ceop.police.uk).") == []


def test_a_passage_in_capitals_warns(run):
    assert run("readability.capitals", "DO NOT SHARE THIS IMAGE with anyone.")


def test_acronyms_are_not_shouting(run):
    assert run("readability.capitals", "Report to CEOP, the NSPCC or the IWF.") == []


def test_an_image_without_alt_text_warns(run):
    assert run("readability.image-alt", "![](https://a.org/cctv.jpg)")
    assert run("readability.image-alt", "![CCTV image of a man in a red coat](https://a.org/cctv.jpg)") == []


def test_an_http_link_warns_and_https_passes(run):
    assert run("readability.insecure-link", "See [the guide](http://example.org/guide).")
    assert run("readability.insecure-link", "See [the guide](https://example.org/guide).") == []

"""extract() stays linear on adversarial text: eight times the text may take about eight times as long, never
the sixty-four times a quadratic step would. Times are compared with each other, never with fixed seconds
(bench/importer_eval.py prints the seconds)."""

from __future__ import annotations

import time

import pytest

from statements.importer import MAX_TEXT_BYTES, UnreadableText, extract, read_press_file

ADVERSARIAL = {
    "quote marks": "\"“”‘’'",
    "capitalised words": "Alpha Bravo Charlie Delta Echo Foxtrot ",
    "repeated attributions": 'Jane Smith said: "We will act." ',
    "attributions in paragraphs": 'DI Sam Lee said: "Call 0161 496 0123 now."\n\n',
    "open quotes in paragraphs": '"Words left open and more words\n\n',
}


def _seconds(text: str, routes, topics) -> float:
    best = float("inf")
    for _ in range(3):  # the best of three: a busy machine only ever adds time
        start = time.perf_counter()
        extract(text, routes, topics)
        best = min(best, time.perf_counter() - start)
    return best


def _text(unit: str, size: int) -> str:
    """``size`` bytes of UTF-8 (curly quote marks take three each)."""
    text = "Title\n\n" + (unit * (size // len(unit) + 1))[:size]
    return text.encode()[:size].decode(errors="ignore")


@pytest.mark.parametrize("unit", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_eight_times_the_adversarial_text_takes_at_most_about_eight_times_as_long(routes, topics, unit):
    small, large = _seconds(_text(unit, 5_000), routes, topics), _seconds(_text(unit, 40_000), routes, topics)
    assert large / max(small, 1e-4) < 8 * 2.5, f"{small:.3f}s -> {large:.3f}s"


@pytest.mark.slow
@pytest.mark.parametrize("unit", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_a_megabyte_of_adversarial_text_costs_no_more_per_character_than_ordinary_text(routes, topics, unit):
    ordinary = _text("Officers were called to the High Street at 4pm. Nobody was hurt. ", 80_000)
    per_char = _seconds(ordinary, routes, topics) / len(ordinary)
    big = _text(unit, 1_000_000)
    assert _seconds(big, routes, topics) < 12 * per_char * len(big)


def test_text_over_the_limit_is_refused_before_any_work(routes, topics):
    with pytest.raises(UnreadableText, match="longer than 1 MB"):
        extract("T" + "x" * MAX_TEXT_BYTES, routes, topics)


def test_a_file_over_the_limit_is_refused_by_its_size(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * MAX_TEXT_BYTES)  # sparse: 50 MB that is never read
    with pytest.raises(UnreadableText, match="longer than 1 MB"):
        read_press_file(path)


def test_a_text_over_the_reading_limit_is_read_up_to_it_and_the_report_says_so(routes, topics):
    paragraph = 'DI Sam Lee said: "Call 0161 496 0123 now." ' * 5000  # one paragraph of 220 KB
    got = extract("Title\n\n" + paragraph, routes, topics)
    assert got.quotes and got.quotes[0].speaker == "Sam Lee"
    assert any("first 100 KB" in note for note in got.notes)

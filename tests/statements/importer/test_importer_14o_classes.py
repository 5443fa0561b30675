"""The 14o fix round (the fifth session): a helpline "open day and night" keeps its number (opening hours, no open
day to book). The texts are invented, each with a negative where the rule must not fire. (14o's hard-wrapped
attributions are in test_importer_hard_wrapped.py.)"""

from __future__ import annotations

_SCAMS = """\
Warning after scam calls to older residents in Kelby

Older people in Kelby have been called by fraudsters claiming to be from their bank.

"""


def test_a_helpline_open_day_and_night_is_a_route(run):
    got = run(
        _SCAMS + "The Silver Line, a free, confidential helpline for older people, is open day and night, on "
        "0800 4 70 80 90.\n"
    )
    assert [r.phone for r in got.reporting_routes] == ["0800 4 70 80 90"]


def test_a_college_open_day_to_book_is_still_business(run):
    got = run(_SCAMS + "Kelby College is holding an open day on Saturday; to book a place, call 0161 496 0123.\n")
    assert got.reporting_routes == []


def test_its_after_a_body_whose_name_has_two_kind_words_names_the_whole_body(run):
    got = run(
        _SCAMS + "The lunch club is run by the Victoria Road Islamic Centre Trust. Its chair, Tariq Hussain, said: "
        '"Please tell your parents and grandparents never to give their bank details over the phone."\n'
    )
    assert [(q.speaker, q.role) for q in got.quotes] == [("Tariq Hussain", "chair, Victoria Road Islamic Centre Trust")]


def test_a_centre_named_before_another_capitalised_word_that_is_no_kind_stays_the_centre(run):
    got = run(
        _SCAMS + "The lunch club meets at the Kelby Community Centre. Its manager, Ruth Gale, said: "
        '"Please tell your parents and grandparents never to give their bank details over the phone."\n'
    )
    assert [(q.speaker, q.role) for q in got.quotes] == [("Ruth Gale", "manager, Kelby Community Centre")]

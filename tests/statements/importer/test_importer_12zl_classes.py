"""The classes behind the December 2026 holdouts' misses 12zl and 12zm: a bold-labelled list whose label mentions
photos (a list of items, never a photo caption), and a list item led by a short code that says to call it and quote
a reference (the reference is not a count), a criminal named as what to report, a recruitment fraud check line (a
route), and "Its chair, X, of the Y Network," (the body named after the name), and a Welsh first name (a known first name, so
"his family said:" finds whose family). The texts are invented."""

from __future__ import annotations

from extracted_views import contacts as _contacts
from extracted_views import who as _who

from statements.importer.text import is_caption


def _text(*paragraphs: str) -> str:
    return "Title\n\nA shop window in Dunmere was smashed on Friday night, police said.\n\n" + "\n\n".join(paragraphs)


def test_a_list_with_a_photos_label_is_not_a_caption(run):
    text = _text(
        "**Can you help?**",
        "- **Videos or photos:** send them through the [Dunmere Police upload page](https://upload.dunmere.police.uk/highstreet)\n"
        "- **Anonymously:** Crimestoppers on 0800 555 111",
    )
    assert "https://upload.dunmere.police.uk/highstreet" in _contacts(run(text))
    assert "0800 555 111" in _contacts(run(text))


def test_a_photo_credit_is_still_a_caption():
    assert is_caption("The smashed window on Friday. Photo: Dunmere Police")
    assert not is_caption("- **Videos or photos:** send them to the police upload page")


def test_a_short_code_labelling_an_item_that_says_to_call_it(run):
    text = _text("- **101:** call and quote log 0932 of 4 March", "- **Anonymously:** Crimestoppers on 0800 555 111")
    assert "101" in _contacts(run(text))


def test_a_short_code_labelling_a_count_is_not_a_contact(run):
    text = _text("- **101:** the number of windows broken in 2025", "- **Anonymously:** Crimestoppers on 0800 555 111")
    assert "101" not in _contacts(run(text))


def test_a_criminal_named_as_what_to_report_does_not_disown_the_line(run):
    text = _text("* **Report a rogue trader (in confidence):** Dunmere Trading Standards, 0300 555 4111")
    assert _contacts(run(text)) == ["0300 555 4111"]


def test_a_line_given_by_a_rogue_trader_is_still_not_a_route(run):
    text = _text("The rogue trader left a card with the number 0300 555 4111 and asked for cash.")
    assert "0300 555 4111" not in _contacts(run(text))


def test_a_recruitment_fraud_check_line_is_a_route(run):
    text = _text(
        "- Unsure whether a job offer is genuine? Call the council's recruitment fraud check line on 0300 555 4222"
    )
    assert _contacts(run(text)) == ["0300 555 4222"]


def test_a_recruitment_line_is_still_business(run):
    text = _text("- Questions about a job application? Call the council's recruitment team on 0300 555 4222")
    assert _contacts(run(text)) == []


def test_its_role_finds_the_body_named_after_the_name(run):
    text = _text(
        'Its secretary, Ann Hale, of the Dunmere Allotment Society, said: "We have lost every shed this year."'
    )
    assert _who(run(text)) == [("Ann Hale", "secretary, Dunmere Allotment Society")]


def test_its_role_with_a_home_town_after_the_name_takes_no_body(run):
    text = _text('Its secretary, Ann Hale, of Dunmere, said: "We have lost every shed this year."')
    assert _who(run(text))[0][1] != "secretary, Dunmere"


def test_a_welsh_first_name_finds_whose_family_speaks(run):
    text = _text(
        "A neighbour called 999 after noticing that Gwilym Price had not taken in his milk.",
        'Station Manager Carys Lloyd said: "Please test your alarms every month."',
        "In a statement, his family said:",
        '"Dad was kind to everyone he met and we miss him terribly."',
    )
    assert _who(run(text)) == [
        ("Carys Lloyd", "Station Manager"),
        ("The family of Gwilym Price", "family statement"),
    ]

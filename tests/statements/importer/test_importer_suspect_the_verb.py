"""A list of reporting lines can name a criminal as what is reported ("- Report a rogue trader: …") and use
"suspect" as a verb ("- Smell gas or suspect a leak: …"): neither puts a criminal in charge of the next line's
contact, which is still offered. "Suspect" the noun, and criminals who are not what is reported, still do. The
texts are invented (issue 17; blind 13z's gas emergency line)."""

from __future__ import annotations

from extracted_views import contacts

HEAD = "Fake gas inspector warning\n\nA man posing as a gas inspector has tried to get into homes in Kelby.\n\n"


def test_a_line_after_an_item_for_reporting_a_rogue_trader_is_still_offered(run):
    got = run(
        HEAD + "## How to report it\n\n"
        "- **Report a rogue trader:** Kelby trading standards, 01632 960 880\n"
        "- **Smell gas or suspect a leak:** Kelby Gas Emergency Service, 01632 960 881"
    )
    assert contacts(got) == ["01632 960 880", "01632 960 881"]


def test_suspecting_a_leak_is_no_suspect(run):
    got = run(HEAD + "- **Smell gas or suspect a leak:** Kelby Gas Emergency Service, 01632 960 881")
    assert contacts(got) == ["01632 960 881"]


def test_a_bare_line_after_a_sentence_about_what_criminals_did_is_still_left_out(run):
    got = run(HEAD + "The fake inspector handed out cards with his own number. Kelby Gas Services, 01632 960 882.")
    assert contacts(got) == []


def test_the_suspects_own_number_is_still_no_route(run):
    got = run(HEAD + "The suspect gave residents a mobile number, 07700 900 881, and asked them to ring him.")
    assert contacts(got) == []

"""The 13p/13q quote fix round: "In a statement, HMRC said:" is the body's statement when its name is a bare
acronym of three letters or more (never a rank such as "DC"); a spokesperson's reported speech then a quote with no
attribution in the same paragraph is the spokesperson's, as a described person's already was ("The report said
…" is still nobody's); a name in an opening clause ("Speaking through a British Sign Language interpreter, the
woman said:") is not the speaker; "One fan, a nurse from X, paid …" introduces a nameless person whom "she said"
means; a role too long only for a second job ("lead at X and chair of Y") keeps the first; a said-line running up
to 80 characters before its colon still introduces the next paragraph's quote. The texts are invented, each with a
negative."""

from __future__ import annotations

from extracted_views import who as _who


def test_a_statement_by_a_bare_acronym_is_that_body_speaking(run):
    got = run("""
        Counterfeit vodka seized

        In a statement, DVLA said: "Selling fake goods funds crime and we will keep working with councils to stop
        it."
    """)
    assert _who(got) == [("DVLA", "statement")]


def test_a_statement_by_a_titled_person_is_still_the_person(run):
    got = run("""
        Counterfeit vodka seized

        In a statement, DC Mark Hale said: "Selling fake goods funds crime and we will keep working with councils to
        stop it."
    """)
    assert [speaker for speaker, _ in _who(got)] == ["Mark Hale"]


def test_a_spokesperson_reported_then_an_unattributed_quote_is_the_spokesperson(run):
    got = run("""
        Stolen assistance dog appeal

        A spokesperson for Hearing Dogs said the charity was helping the family. "Pip is trained to wake his owner
        when the alarm sounds. If you see him, please call the police."
    """)
    assert len(_who(got)) == 1
    speaker, role = _who(got)[0]
    assert not speaker and role and "spokesperson" in role and "Hearing Dogs" in role


def test_a_report_said_then_an_unattributed_quote_is_still_nobody(run):
    got = run("""
        Stolen assistance dog appeal

        The annual report said the charity was helping more families. "Pip is trained to wake his owner when the
        alarm sounds. If you see him, please call the police."
    """)
    assert all(role != "report" for _, role in _who(got))


def test_a_name_in_an_opening_clause_is_not_the_speaker(run):
    got = run("""
        Pensioner tricked by relay call

        Speaking through an Irish Sign Language interpreter, the man said: "I believed him because he knew my
        address."
    """)
    assert _who(got) == [(None, "man")]


def test_a_speaker_after_an_opening_clause_is_still_the_speaker(run):
    got = run("""
        Pensioner tricked by relay call

        Speaking on behalf of the charity, Owen Marsh, head of services at Deafway Trust, said: "Relay calls are a
        lifeline and criminals are abusing them."
    """)
    assert [speaker for speaker, _ in _who(got)] == ["Owen Marsh"]


def test_one_fan_described_as_a_person_is_whom_she_means(run):
    got = run("""
        Fake festival wristbands

        "Never pay a stranger by bank transfer," said Detective Sergeant Priya Lang, of the fraud unit.

        One buyer, a teacher from Millbrook who asked not to be named, paid £90 for two wristbands for her son.
        "I was so embarrassed when we were turned away at the gate," she said.
    """)
    assert _who(got)[1][0] is None and "teacher" in (_who(got)[1][1] or "")


def test_one_thing_described_by_an_apposition_introduces_nobody(run):
    got = run("""
        Fake festival wristbands

        "Never pay a stranger by bank transfer," said Detective Sergeant Priya Lang, of the fraud unit.

        One trick, a common one, is to ask for payment by transfer.
        "Nobody should feel embarrassed to report this," she said.
    """)
    assert [speaker for speaker, _ in _who(got)] == ["Priya Lang", "Priya Lang"]


def test_a_role_too_long_for_a_second_job_keeps_the_first(run):
    got = run("""
        Online safety evening

        Mark Ellery, head of computing at Saltmoor Community College and chair of the county's digital safety
        forum, said: "Children need to know they can tell us anything."
    """)
    assert _who(got) == [("Mark Ellery", "head of computing at Saltmoor Community College")]


def test_a_role_of_two_short_jobs_is_kept_whole(run):
    got = run("""
        Online safety evening

        Mark Ellery, head of computing and chair of governors, said: "Children need to know they can tell us
        anything."
    """)
    assert _who(got) == [("Mark Ellery", "head of computing and chair of governors")]


def test_a_long_said_line_ending_in_a_colon_introduces_the_next_quote(run):
    got = run("""
        Stolen van appeal

        The owner of the bakery, who asked not to be named, said staff were upset and had a message for the thieves:

        > "Please bring the van back. We need it for deliveries and nobody will ask questions."
    """)
    assert len(_who(got)) == 1 and "owner of the bakery" in (_who(got)[0][1] or "")


def test_a_message_read_out_after_a_long_said_line_is_nobody_speaking(run):
    got = run("""
        Fake parcel texts

        Police said residents across the town had received text messages this week which read:

        "Your parcel could not be delivered. Pay the redelivery fee at the link below."
    """)
    assert _who(got) == []

"""The 13b quote fix round: a paragraph ending "He said:" about someone described but not named gives the quote
below it to that person; a name inside a described speaker's relative clause is not the speaker; bodies speaking
together are the speaker, role "joint statement" ("the club" is the club the text named). The texts are invented,
each with a negative."""

from __future__ import annotations

from extracted_views import who as _who


def test_he_said_after_a_described_victim_gives_the_blockquote_below_to_them(run):
    got = run("""
        Courier fraud warning

        Officers are warning older residents about couriers collecting bank cards.

        One victim, a retired postmistress from Hallowby who did not want to be named, handed over £4,000. She said:

        > “The man on the phone knew my sort code and my late husband’s name.
        >
        > “I felt foolish afterwards, but I want people to know how convincing they are.”
    """)
    assert _who(got) == [
        (None, "victim, a retired postmistress from Hallowby who did not want to be named"),
    ]
    assert "\n\n" in got.quotes[0].text  # the two paragraphs are one quote


def test_she_said_after_a_described_mother_gives_the_next_paragraph_to_her(run):
    got = run("""
        Car key burglaries

        Detective Sergeant Omar Reid said the gang fished keys through letterboxes.

        A mother of three, whose car was taken from her drive in Kettlesby, lost £900 of shopping with it. She said:

        “I heard nothing. We only found out when the school run came round.”
    """)
    assert _who(got) == [(None, "mother of three")]


def test_he_said_after_a_named_man_is_still_that_man(run):
    got = run("""
        Van thefts

        One victim, a former bus driver, lost £2,000. Detective Sergeant Omar Reid, of Kettlesby Police, was
        called to the scene. He said:

        “This was a cruel crime.”
    """)
    assert _who(got) == [("Omar Reid", "Detective Sergeant, Kettlesby Police")]


def test_a_message_lead_in_after_a_described_victim_is_not_their_quote(run):
    got = run("""
        Parcel scam

        One victim, a student from Hallowby, lost £300. The text she received said:

        “Your parcel could not be delivered. Pay the fee now.”
    """)
    assert got.quotes == []


def test_a_name_in_a_described_speakers_relative_clause_is_not_the_speaker(run):
    got = run("""
        Rogue builder fined

        Martin Greaves, 41, of Field Lane, Oxley, took deposits for extensions he never built.

        A pensioner from Oxley who paid Greaves £3,000 for a porch, and who later gave evidence in court, said:
        "He was charming. I never saw the money again."
    """)
    assert _who(got) == [
        (None, "pensioner from Oxley who paid Greaves £3,000 for a porch, and who later gave evidence in court"),
    ]


def test_a_name_in_a_non_restrictive_clause_is_not_the_speaker(run):
    got = run("""
        Rogue builder fined

        Martin Greaves, 41, of Field Lane, Oxley, took deposits for extensions he never built.

        A neighbour, who had recommended Mr Greaves to friends, said: "I feel terrible about it."
    """)
    assert _who(got) == [(None, "neighbour, who had recommended Mr Greaves to friends")]


def test_a_named_speaker_with_a_relative_clause_is_still_named(run):
    got = run("""
        Rogue builder fined

        Martin Greaves, 41, of Field Lane, Oxley, took deposits for extensions he never built.

        Trading Standards officer Helen Price, who investigated Greaves, said: "He preyed on trust."
    """)
    assert [speaker for speaker, _ in _who(got)] == ["Helen Price"]


def test_a_name_set_off_after_the_relative_clause_is_the_speaker(run):
    got = run("""
        Rogue builder fined

        Martin Greaves, 41, of Field Lane, Oxley, took deposits for extensions he never built.

        The officer who arrested Greaves, PC Dan Ellery, said: "He had a list of addresses in his van."
    """)
    assert [speaker for speaker, _ in _who(got)] == ["Dan Ellery"]


def test_a_joint_statement_of_two_bodies_is_spoken_by_both(run):
    got = run("""
        Safety campaign

        In a joint statement, Hallowby Fire Service and Hallowby Borough Council said: "Every home needs a working
        smoke alarm."
    """)
    assert _who(got) == [("Hallowby Fire Service and Hallowby Borough Council", "joint statement")]


def test_joint_names_each_capitalised_name_a_party(run):
    got = run('Title\n\nIn a joint statement, Tarnway Buses and HM Coastguard said: "We thank the crew."')
    assert _who(got) == [("Tarnway Buses and HM Coastguard", "joint statement")]


def test_without_joint_two_names_are_not_taken_for_a_joint_statement(run):
    # (names that are no body by their last word: "Buses" and "Haulage" are company words since the fifth session)
    got = run('Title\n\nIn a statement, Tarnway Holt and Kell Marsh said: "We thank the crew."')
    assert all(role != "joint statement" for _, role in _who(got))


def test_the_club_in_a_joint_statement_is_the_club_the_text_named(run):
    got = run("""
        Club warns of fake tickets

        Oxley Wanderers has warned fans after counterfeit tickets were sold outside the club's ground.

        In a joint statement, the club and Oxley Police said: "Only buy tickets from the official box office."
    """)
    assert _who(got) == [("Oxley Wanderers and Oxley Police", "joint statement")]


def test_the_club_is_not_the_other_party_nor_a_body_that_only_mentions_a_club(run):
    got = run("""
        Club warns of fake tickets

        Oxley Police said it had spoken to the club about the tickets.

        In a joint statement, the club and Oxley Police said: "Only buy tickets from the official box office."
    """)
    assert [speaker for speaker, _ in _who(got)] != ["Oxley Police and Oxley Police"]
    assert all(role != "joint statement" for _, role in _who(got))


def test_the_club_is_not_a_body_of_another_kind_that_mentions_a_club(run):
    got = run("""
        Club warns of fake tickets

        Oxley Borough Council said it had inspected the club's ground after the complaints.

        In a joint statement, the club and Oxley Police said: "Only buy tickets from the official box office."
    """)
    assert all("Council" not in (speaker or "") and role != "joint statement" for speaker, role in _who(got))


def test_one_organisation_still_speaks_for_itself(run):
    got = run('Title\n\nIn a statement, Oxley Police said: "Enquiries are ongoing."')
    assert _who(got) == [("Oxley Police", "statement")]


def test_described_people_speaking_together_keep_their_description(run):
    got = run("""
        Pledge

        In a joint statement, the members of the Oxley Faith Forum said: "We stand together against hate."
    """)
    assert _who(got) == [(None, "members of the Oxley Faith Forum")]

"""The 13e/13f fix round: a body that "its" means named whole (a branch of a named body, a name before a lower-case
kind, a body named by whose it is, a name shortened to its first word); an unnamed speaker one of a group whose
apposition gives only an age is the group's noun; a joint statement of two bodies, one "the X of Y", with a
relative clause after it; an inspector described by a relative clause is the "he" of the quote after; a contact
offered in a block under a reporting heading in capitals. The texts are invented, each class with a negative."""

from __future__ import annotations

from extracted_views import contacts, who


def test_a_branch_of_a_named_body_is_named_whole(run):
    got = run("""
        Tractor thefts rise

        The Kestrel Vale branch of the Ramblers' Association has written to landowners. Its secretary, Tom Hirst, said: "Gates left open are an invitation."
    """)
    assert who(got) == [("Tom Hirst", "secretary, Kestrel Vale branch of the Ramblers' Association")]


def test_a_body_without_a_branch_is_named_as_it_is(run):
    got = run("""
        Tractor thefts rise

        The Ramblers' Association has written to landowners. Its secretary, Tom Hirst, said: "Gates left open are an invitation."
    """)
    assert who(got) == [("Tom Hirst", "secretary, Ramblers' Association")]


def test_a_name_before_a_lower_case_kind_is_the_body_its_means(run):
    got = run("""
        Beach clean

        Volunteers from the Ashby Moor Litter Pickers group cleared the shore on Sunday. Its chair, Jan Holt, said: "We filled forty bags in an hour."
    """)
    assert who(got) == [("Jan Holt", "chair, Ashby Moor Litter Pickers")]


def test_a_body_named_by_whose_it_is_is_the_body_its_means(run):
    got = run("""
        Parking plan

        Greyfield Borough Council has proposed new permits for the estate. The residents' association supports the plan. Its chair, Ken Moss, said: "Our members asked for this."
    """)
    assert who(got) == [("Ken Moss", "chair, residents' association")]


def test_a_body_named_by_whose_it_is_means_the_named_body_with_its_words(run):
    got = run("""
        Parking plan

        Westbrook Residents' Association was formed in 2010. The residents' association supports the plan. Its chair, Ken Moss, said: "Our members asked for this."
    """)
    assert who(got) == [("Ken Moss", "chair, Westbrook Residents' Association")]


def test_a_body_shortened_to_its_first_word_is_named_in_full(run):
    got = run("""
        Support for families

        Barnby Police and the Mosaic Family Support Project have opened a drop-in. Mosaic has helped 40 families this year. Its director, Jo Finch, said: "Nobody should face this alone."
    """)
    assert who(got) == [("Jo Finch", "director, Mosaic Family Support Project")]


def test_a_one_word_body_with_no_longer_name_stays_as_it_is(run):
    got = run("""
        Support for families

        Barnby Police and Mosaic have opened a drop-in. Mosaic has helped 40 families this year. Its director, Jo Finch, said: "Nobody should face this alone."
    """)
    assert who(got) == [("Jo Finch", "director, Mosaic")]


def test_one_of_a_group_given_only_an_age_is_the_group_noun(run):
    got = run("""
        Clinic warning

        One of the men, a 41-year-old from Kelso who asked not to be named, said: "I was told it was safe."
    """)
    assert who(got) == [(None, "man")]


def test_one_of_a_group_given_a_job_keeps_the_whole_description(run):
    got = run("""
        Clinic warning

        One of the men, a retired joiner from Kelso, said: "I was told it was safe."
    """)
    assert who(got) == [(None, "one of the men, a retired joiner from Kelso")]


def test_a_joint_statement_with_the_x_of_y_and_a_relative_clause(run):
    got = run("""
        Van stolen

        In a joint statement, Fordley Meals on Wheels and the Lions Club of Fordley, which bought the van in 2020, said:

        > "Whoever took it has taken hot meals from our oldest neighbours."
    """)
    assert who(got) == [("Fordley Meals on Wheels and the Lions Club of Fordley", "joint statement")]


def test_a_single_statement_is_no_joint_one(run):
    got = run("""
        Van stolen

        In a statement, the Lions Club of Fordley said:

        > "Whoever took it has taken hot meals from our oldest neighbours."
    """)
    assert [role for _, role in who(got)] != ["joint statement"]


def test_an_inspector_described_with_who_speaks_the_quote_after(run):
    got = run("""
        Dogs rescued

        The Fellbank Hedgehog Group has run the reserve for ten years. Its secretary, Ann Lowe, said: "It has been a hard year."

        An RSPCA inspector who attended the farm said the dogs were thin. He said: "They had been left without food for days."
    """)
    assert who(got) == [
        ("Ann Lowe", "secretary, Fellbank Hedgehog Group"),
        (None, "RSPCA inspector who attended the farm"),
    ]


def test_a_named_inspector_keeps_the_quote_after(run):
    got = run("""
        Dogs rescued

        RSPCA Inspector Claire Dunn said the dogs were thin. She said: "They had been left without food for days."
    """)
    assert [speaker for speaker, _ in who(got)] == ["Claire Dunn"]


def test_a_contact_in_a_block_under_a_reporting_heading_in_capitals(run):
    got = run("""
        Abuse inquiry

        Three men were convicted at Barnby Crown Court.

        HOW TO REPORT ABUSE
        Police: call 101, or 999 in an emergency. Detectives from Operation Kestrel can be contacted on 0161 496 0733.
    """)
    assert "0161 496 0733" in contacts(got)


def test_a_contact_after_a_blank_line_below_a_reporting_block_needs_its_own_offer(run):
    got = run("""
        Abuse inquiry

        Three men were convicted at Barnby Crown Court.

        HOW TO REPORT ABUSE
        Police: call 101, or 999 in an emergency.

        Members of the choir can be contacted on 0161 496 0733.
    """)
    assert "0161 496 0733" not in contacts(got)


def test_a_hard_wrapped_paragraph_opening_line_is_no_heading(run):
    got = run("""
        Abuse inquiry

        Three men were convicted at Barnby Crown Court after a long trial about abuse
        of children. The choir's members can be contacted on 0161 496 0733 for its
        concert tickets.
    """)
    assert "0161 496 0733" not in contacts(got)

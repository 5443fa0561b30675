"""Who speaks: a family described by whom it includes, a named person whose age opens the sentence, a pronoun
after a person the paragraph introduces, a body's spokesperson, a blockquote named by "That was the message from"
the paragraph after it (issue 17, the ninth December 2026 holdout's quote misses). The texts are invented."""

from __future__ import annotations

from extracted_views import who as _who


def test_a_family_described_by_whom_it_includes_is_the_familys_statement(run):
    got = run(
        "Title\n\nDetectives have renewed their appeal over the death of Leon Carter in 2016.\n\n"
        "Leon's family, including his sisters Ama and Efua, said in a statement:\n\n"
        '"Leon lit up every room he walked into."'
    )
    assert _who(got) == [("The family of Leon Carter", "family statement")]


def test_an_age_opening_the_sentence_is_not_part_of_the_name(run):
    got = run(
        "Title\n\nSeven-year-old Mia Holt, who went missing yesterday, has been found safe.\n\n"
        'In a statement, the family said: "Thank you to everyone who searched."'
    )
    assert _who(got) == [("The family of Mia Holt", "family statement")]


def test_a_pronoun_goes_to_the_person_its_paragraph_introduces(run):
    got = run(
        "Title\n\n"
        'Detective Inspector Rachel Moss said: "Someone knows who did this."\n\n'
        "Neighbour Gwendolyn Tarr, who has lived on the street for 40 years, still leaves flowers there. "
        '"Nobody here has forgotten him," she said.'
    )
    assert _who(got)[1] == ("Gwendolyn Tarr", "Neighbour")


def test_a_pronoun_with_nobody_new_in_its_paragraph_stays_with_the_speaker(run):
    got = run(
        "Title\n\n"
        'Detective Inspector Rachel Moss said: "Someone knows who did this."\n\n'
        'The reward stands until March. "Please call us," she said.'
    )
    assert _who(got)[1] == ("Rachel Moss", "Detective Inspector")


def test_a_bodys_spokesperson_is_not_a_person_named_after_it(run):
    got = run('Title\n\nA Tolworth Arena spokesperson said: "We hated turning fans away."')
    assert _who(got) == [(None, "Tolworth Arena spokesperson")]


def test_a_blockquote_named_by_that_was_the_message_from_is_theirs(run):
    got = run(
        "Title\n\n"
        "> “Tickets for these shows sold out in minutes. Fraudsters know fans are desperate.”\n\n"
        "That was the message from Detective Constable Asha Rai, of Tolworth Police's fraud unit, who said reports "
        "had come from across the country."
    )
    assert _who(got) == [("Asha Rai", "Detective Constable, Tolworth Police's fraud unit")]


def test_a_blockquote_followed_by_other_narrative_is_no_quote(run):
    got = run(
        "Title\n\n"
        "> “Tickets for these shows sold out in minutes. Fraudsters know fans are desperate.”\n\n"
        "That was the week the arena opened its new box office."
    )
    assert _who(got) == []

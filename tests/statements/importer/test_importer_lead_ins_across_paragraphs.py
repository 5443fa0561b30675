"""Who speaks and for whom when a paragraph leads in to the next (issue 17, the fourteenth December 2026 holdout's
cut roles and missed quotes): "Its chair, X," at a paragraph's start means the body the paragraph before names
(passing over a paragraph that is all quote); a rank then a first name that is also a job word ("Inspector Dean
X") is a rank and a full name; "According to X, ROLE:" leads in to the quote below it; "That was X, ROLE." after
a quoted paragraph says who spoke; a message "reading:" a quote is nobody's words. The texts are invented."""

from __future__ import annotations


def _roles(extracted) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.role) for q in extracted.quotes]


def test_its_role_at_a_paragraphs_start_means_the_body_the_paragraph_before_said_something(run):
    got = run(
        "Title\n\nBrindle Homes said it had changed the locks.\n\n"
        'Its head of housing, Tom Reyes, said: "We act on every report."\n'
    )
    assert _roles(got) == [("Tom Reyes", "head of housing, Brindle Homes")]


def test_its_role_passes_over_a_paragraph_that_is_all_quote(run):
    got = run(
        "Title\n\nIn a joint statement, the members of the Brindle Faith Forum said:\n\n"
        "> “No faith permits forcing anyone into marriage.”\n\n"
        'Its chair, Amrit Kaur, said the forum would train volunteers. "Tell someone you trust," she said.\n'
    )
    assert _roles(got)[-1] == ("Amrit Kaur", "chair, Brindle Faith Forum")


def test_its_role_after_a_person_names_no_body(run):
    got = run('Title\n\nMaria Lopez said she had waited a year.\n\nIts chair, Amrit Kaur, said: "We will help her."\n')
    assert _roles(got) == [("Amrit Kaur", "chair")]


def test_a_rank_then_a_first_name_that_is_also_a_job_word_is_a_full_name(run):
    got = run('Title\n\nInspector Dean Harlow, of Brindle Police, added: "We will follow every lead."\n')
    assert _roles(got) == [("Dean Harlow", "Inspector, Brindle Police")]


def test_a_job_word_before_a_name_is_still_the_role(run):
    got = run('Title\n\nCollege Dean Mark Ellis said: "Students must feel safe."\n')
    assert _roles(got) == [("Mark Ellis", "College Dean")]


def test_according_to_a_named_person_leads_in_to_the_quote_below(run):
    got = run(
        "Title\n\nAccording to Mel Fraser, lead advocate at Brindle Women's Aid:\n\n"
        '"Stalking very often escalates. We will never tell anyone they are overreacting.\n\n'
        '"You do not need to wait until it gets worse to talk to us."\n'
    )
    assert _roles(got) == [("Mel Fraser", "lead advocate at Brindle Women's Aid")]


def test_that_was_a_named_person_after_a_quoted_paragraph_says_who_spoke(run):
    got = run(
        "Title\n\n> “Nobody should be lost and cold in a field at two in the morning.”\n\n"
        "That was Claire Mason, director of Safer Nights. She added that volunteers would carry torches.\n"
    )
    assert _roles(got) == [("Claire Mason", "director of Safer Nights")]


def test_that_was_a_time_names_no_speaker(run):
    got = run("Title\n\n> “Nobody should be lost and cold in a field at two in the morning.”\n\nThat was Tuesday.\n")
    assert [q.speaker for q in got.quotes] in ([], [None])


def test_a_message_reading_a_quote_is_not_a_quote(run):
    got = run(
        'Title\n\nBuyers were sent a message reading: "Tickets still available!! Pay by bank transfer today" '
        "before the seller vanished.\n"
    )
    assert got.quotes == []


def test_a_person_sending_a_message_then_speaking_is_quoted(run):
    got = run('Title\n\nAfter sending a message to the force, Jess Hart said: "I just wanted my money back."\n')
    assert _roles(got) == [("Jess Hart", None)]

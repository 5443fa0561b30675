"""Quotes in house styles beyond the police appeal: signatures under quotes, blockquotes, judges' styles,
bracketed roles, and speakers described but never named."""

from __future__ import annotations


def _who(extracted) -> list[tuple[str | None, str | None, str]]:
    return [(q.speaker, q.role, q.text[:20]) for q in extracted.quotes]


def test_a_judges_style_is_not_part_of_the_role(run):
    got = run("""
        Title

        Sentencing, His Honour Judge Roger Pell told him: "This was cruel and calculated behaviour."
    """)
    assert _who(got) == [("Roger Pell", "Judge", "This was cruel and c")]


def test_a_name_line_then_a_role_line_under_a_quote_sign_it(run):
    got = run("""
        Title

        Dr Anna Bell, medical director, said: "Please use NHS 111 first this winter."

        "If you are not sure where to go, NHS 111 can help you."
        Claire Ayodele
        Director of Nursing
    """)
    assert _who(got) == [
        ("Anna Bell", "medical director", "Please use NHS 111 f"),
        ("Claire Ayodele", "Director of Nursing", "If you are not sure "),
    ]


def test_a_role_in_brackets_after_the_name_is_the_role(run):
    got = run("""
        Title

        Sam Reid (Head of Prevention) said: "Check your smoke alarm every month."
    """)
    assert _who(got) == [("Sam Reid", "Head of Prevention", "Check your smoke ala")]


def test_a_markdown_blockquote_signed_with_a_dash_is_a_quote(run):
    got = run("""
        # Title

        > "Every report is a person who needed help before they went missing."
        >
        > — Detective Superintendent Lara Quinn, Norfolk Police

        > "Young people who run away are often frightened of getting into trouble."
        >
        > — Priya Kaur (Director of Services, Missing People)
    """)
    assert _who(got) == [
        ("Lara Quinn", "Detective Superintendent, Norfolk Police", "Every report is a pe"),
        ("Priya Kaur", "Director of Services, Missing People", "Young people who run"),
    ]


def test_a_dash_signature_after_a_quote_of_several_paragraphs_signs_all_of_it(run):
    got = run("""
        Title

        "Every knife handed in is one that cannot hurt anyone.

        "Carrying a knife makes you more likely to be hurt, not less."
        — Chief Inspector Femi Adeleke, Neighbourhood Policing Team
    """)
    assert [(q.speaker, q.role) for q in got.quotes] == [
        ("Femi Adeleke", "Chief Inspector, Neighbourhood Policing Team")
    ]
    assert got.quotes[0].text.startswith("Every knife handed in")
    assert got.quotes[0].text.endswith("hurt, not less.")


def test_a_signature_may_be_the_next_paragraph(run):
    got = run("""
        Title

        "We want every young person to know there is someone to talk to."

        – Jo Marsh, chief executive of the Safe Harbour Trust
    """)
    assert _who(got) == [("Jo Marsh", "chief executive of the Safe Harbour Trust", "We want every young ")]


def test_prose_after_an_unattributed_quote_does_not_sign_it(run):
    got = run("""
        Title

        "Nobody saw anything unusual that night."
        Lee Fenn, 38, of Ranelagh Road, was later arrested and charged.
    """)
    assert got.quotes == []


def test_a_pronoun_after_an_opening_clause_is_the_subject(run):
    got = run("""
        Title

        Sergeant Kate Moss met the family on Friday. Speaking afterwards, she said: "They have been so brave."
    """)
    assert _who(got) == [("Kate Moss", "Sergeant", "They have been so br")]


def test_she_after_another_speaker_goes_to_a_woman_described_since_then(run):
    got = run("""
        Title

        "We will keep patrolling the parks," said Inspector Sam Dee.

        A mother whose son was stabbed in 2023 spoke to pupils. Speaking afterwards, she said: "It is worth it."
    """)
    assert _who(got)[1] == (None, "mother", "It is worth it.")


def test_he_added_still_goes_to_the_speaker_not_to_a_man_described_since(run):
    got = run("""
        Title

        Detective Inspector Sam Dee said: "We have made good progress."

        A man, 32, from Norwich, has been charged. He added: "Our enquiries continue."
    """)
    assert [q.speaker for q in got.quotes] == ["Sam Dee", "Sam Dee"]


def test_a_name_and_role_label_ending_in_a_colon_introduces_the_quote(run):
    got = run("""
        Title

        Councillor Maria Hendry, cabinet member for communities:
        “Please do not agree to any work on the doorstep.”
    """)
    assert _who(got) == [("Maria Hendry", "Councillor, cabinet member for communities", "Please do not agree ")]


def test_a_label_paragraph_introduces_the_quote_in_the_next_paragraph(run):
    got = run("""
        Title

        Jo Marsh, chief executive of the Safe Harbour Trust:

        "We want every young person to know there is someone to talk to."
    """)
    assert _who(got) == [("Jo Marsh", "chief executive of the Safe Harbour Trust", "We want every young ")]


def test_a_quote_from_line_introduces_the_quote(run):
    got = run("""
        Title

        Quote from Station Manager Ian Reid:

        "Test your smoke alarm once a month."
    """)
    assert _who(got) == [("Ian Reid", "Station Manager", "Test your smoke alar")]


def test_a_label_that_is_not_a_person_introduces_nothing(run):
    got = run("""
        Title

        Our advice this winter:
        "Stop and Think" before you open the door.
    """)
    assert got.quotes == []


def test_a_name_line_with_the_role_after_a_comma_signs_the_quote(run):
    got = run("""
        Title

        "Most fires we attend start in the kitchen."
        Darren Holt, Head of Prevention
    """)
    assert _who(got) == [("Darren Holt", "Head of Prevention", "Most fires we attend")]


def test_a_dash_to_an_unnamed_speaker_keeps_the_role(run):
    got = run("""
        Title

        “We are working closely with the families involved.” – a spokesperson for the Horizon Learning Trust
    """)
    assert _who(got) == [(None, "spokesperson for the Horizon Learning Trust", "We are working close")]


def test_fire_service_ranks_are_roles(run):
    got = run("""
        Title

        Watch Commander Ellen Shaw said: "The alarm saved their lives."
    """)
    assert _who(got) == [("Ellen Shaw", "Watch Commander", "The alarm saved thei")]


def test_a_blockquote_signed_by_an_emphasised_line_is_attributed(run):
    got = run("""
        Title

        > “Every 999 call is answered by a real person who wants to help you.”

        *Owain Jenkins, Clinical Contact Centre Manager*
    """)
    assert _who(got) == [("Owain Jenkins", "Clinical Contact Centre Manager", "Every 999 call is an")]


def test_a_named_persons_family_speaks_as_the_family_of_that_person(run):
    got = run("""
        Title

        In a statement released through police, Conor’s family said: “Conor was the heart of our family.”
    """)
    assert _who(got) == [("The family of Conor", "family statement", "Conor was the heart ")]


def test_a_generic_organisations_possessive_is_left_out_of_the_role(run):
    got = run("""
        Title

        Mererid Hughes, the Trust's Executive Director of Operations, said: "Our crews will be working flat out."

        "Act now," said Rob Kirby, the council's revenues and benefits manager.
    """)
    assert _who(got) == [
        ("Mererid Hughes", "Executive Director of Operations", "Our crews will be wo"),
        ("Rob Kirby", "revenues and benefits manager", "Act now."),
    ]


def test_a_prosecutor_before_a_name_is_a_job_title(run):
    got = run("""
        Title

        Senior Crown Prosecutor Amira Khan, of CPS East Midlands, said: "He deliberately targeted older people.

        "I hope this sentence sends a clear message."
    """)
    assert _who(got) == [("Amira Khan", "Senior Crown Prosecutor", "He deliberately targ")]

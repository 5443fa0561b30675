"""The 12zv fix round: an organisation speaking for itself is named in full (a name with "and", an "NHS
Foundation Trust", a first word that is an adjective elsewhere, "the Diocese of X") and without a relative clause
after it; a family statement is "The family of NAME" for the person the text says died, however it names them
("has been named as", "the young man, X, … He was pronounced dead", before a coroner named later), and when the
lead-in's sentence before names that person. The texts are invented, each class with a negative."""

from __future__ import annotations

from extracted_views import who

from statements.importer.deceased import named_dead
from statements.importer.people import Person


def test_an_organisation_after_the_charity_keeps_an_adjective_first_word(run):
    got = run("""
        Knife bin results

        In a statement, the charity Brighter Lanes Holmfirth said: 'Every blade handed in is one less on our streets.'
    """)
    assert who(got) == [("Brighter Lanes Holmfirth", "statement")]


def test_a_campaign_group_named_after_its_noun_speaks_for_itself(run):
    got = run("""
        Speed limit call

        The campaign group Kinder Roads Alston said: "Twenty is plenty on every lane through the village."
    """)
    assert who(got) == [("Kinder Roads Alston", "statement")]


def test_an_nhs_foundation_trust_is_named_in_full(run):
    got = run("""
        Patient safety investigation

        Westmarch Vale NHS Foundation Trust said in a statement: "We have apologised to the family and will share our findings."
    """)
    assert who(got) == [("Westmarch Vale NHS Foundation Trust", "statement")]


def test_a_trust_name_with_and_is_one_organisation(run):
    got = run("""
        Nurse struck off

        *Ashby and Lowdale Vale NHS Foundation Trust, 3 December 2026*

        Ashby and Lowdale Vale NHS Foundation Trust has welcomed the panel's decision.

        In a statement, Ashby and Lowdale Vale NHS Foundation Trust said:

        "Patients must be able to trust every record we keep."
    """)
    assert who(got) == [("Ashby and Lowdale Vale NHS Foundation Trust", "statement")]


def test_a_relative_clause_after_an_organisation_is_not_its_name(run):
    got = run("""
        Teacher charged

        Kestrel Learning Trust, which runs the academy, said in a statement: "We are co-operating fully with the police."
    """)
    assert who(got) == [("Kestrel Learning Trust", "statement")]


def test_a_diocese_of_a_place_speaks_for_itself(run):
    got = run("""
        Safeguarding review

        In a statement, the Diocese of Marston said: "Every parish now has a trained safeguarding officer."
    """)
    assert who(got) == [("Diocese of Marston", "statement")]


def test_a_person_after_an_organisation_is_still_the_speaker(run):
    got = run("""
        Charity appeal

        In a statement, the charity's chief executive, Helen Marsh, said: "We cannot do this without our volunteers."

        Jane Hollis, who chaired the review, said: "The findings are clear."
    """)
    assert who(got) == [("Helen Marsh", "chief executive"), ("Jane Hollis", None)]


def test_two_organisations_together_stay_a_joint_statement(run):
    got = run("""
        Fake scouts

        In a joint statement, Wensum Rovers FC and Norfolk Constabulary said: "No genuine scout will ask for money."
    """)
    # (the 13b fix round's convention: speaker the bodies, role "joint statement")
    assert who(got) == [("Wensum Rovers FC and Norfolk Constabulary", "joint statement")]


def test_the_family_is_named_for_the_person_the_text_named_as_the_dead(run):
    got = run("""
        Candle fire warning

        Firefighters found a woman in the living room of a flat in Linnet Row. She was pronounced dead at the
        scene and has been named as Winifred Stanley.

        Group Manager Helen Price said: "Never leave a candle burning in an empty room."

        In a statement released through the fire service, her family said: "Mum loved her home."
    """)
    assert who(got)[-1] == ("The family of Winifred Stanley", "family statement")


def test_the_family_is_named_for_a_victim_named_in_apposition(run):
    got = run("""
        Reservoir warning

        Crews were called after friends saw the young man, Kieron Blaydes, get into difficulty while swimming. He was
        pronounced dead at the scene.

        In a statement, his family said:

        "Kieron was funny and loyal and always the first to help."
    """)
    assert who(got) == [("The family of Kieron Blaydes", "family statement")]


def test_the_family_is_the_dead_persons_not_the_coroners_named_after_him(run):
    got = run("""
        Inquest into cyclist's death

        Mervyn Stott, 58, was riding home when he was struck by a van. Paramedics treated him, but he died later
        that night.

        Area coroner Rhona Pritchard recorded a conclusion of road traffic collision.

        In a statement read to the court, the family said: "Mervyn was a devoted dad."
    """)
    assert who(got) == [("The family of Mervyn Stott", "family statement")]


def test_the_family_of_a_baby_named_after_a_lower_case_word(run):
    got = run("""
        Maternity review

        In a statement, the family of baby Isolde Varney, who died shortly after her birth, said: "Isolde should be here today."
    """)
    assert who(got) == [("The family of Isolde Varney", "family statement")]


def test_a_lead_in_after_the_sentence_naming_the_dead_is_the_familys(run):
    got = run("""
        Dashcam appeal

        The motorcyclist died at the scene. The rider has been named as Oswin Rudd. In a statement, his family said:

        "Oswin rode every weekend and knew that road better than anyone."
    """)
    assert who(got) == [("The family of Oswin Rudd", "family statement")]


def test_parents_speaking_in_a_statement_released_through_solicitors(run):
    got = run("""
        Maternity review

        Idris Penhale's parents said in a statement released through their solicitors: 'An apology does not bring our son back.'
    """)
    assert who(got) == [("The family of Idris Penhale", "family statement")]


def test_a_statement_reported_in_lower_case_is_still_no_quote(run):
    got = run("""
        Road closure

        The council said in a statement released on Friday that the road would reopen "as soon as it is safe".
    """)
    assert who(got) == []


def test_a_family_is_never_named_for_a_man_when_her_family_speaks(run):
    got = run("""
        Fatal crash

        Gary Stott, 45, was driving the van. His passenger, a woman in her sixties, was taken to hospital, where
        she died.

        Her family said: "We are heartbroken."
    """)
    assert who(got) == [("The family", "family statement")]


def test_a_family_with_nobody_dead_named_stays_the_family(run):
    got = run("""
        Tribute after crash

        A man died after a crash on the A40. Inspector Rhona Pritchard said the road had been closed for six hours.

        His family said: "We ask for privacy at this time."
    """)
    assert who(got) == [("The family", "family statement")]


def test_a_named_person_is_dead_when_a_pronoun_after_the_name_died():
    text = "Mervyn Stott, 45, was riding home. Paramedics treated him at the scene, but he died later."
    assert [p.name for p in named_dead([Person("Mervyn Stott")], text)] == ["Mervyn Stott"]


def test_a_pronoun_for_someone_introduced_after_the_name_is_not_the_names():
    text = (
        "Mervyn Stott, 45, was driving. His passenger, a woman in her sixties, was taken to hospital, where she died."
    )
    assert named_dead([Person("Mervyn Stott")], text) == []


def test_someone_with_a_title_beside_a_death_is_not_the_dead():
    text = "Area coroner Rhona Pritchard recorded a conclusion of accidental death."
    assert named_dead([Person("Rhona Pritchard", title="Area coroner")], text) == []

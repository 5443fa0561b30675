"""Legal rules: each one fires on wording that must be caught and stays quiet on near-misses."""

from __future__ import annotations

import pytest

from statements.checks import ChecksConfig

ARRESTED = {"case_stage": "arrest"}
CHARGED = {"case_stage": "charged"}


@pytest.mark.parametrize(
    "wording",
    [
        "Officers arrested the killer on Tuesday.",
        "The thug who attacked him is in custody.",
        "We will make sure this monster never hurts anyone again.",
        "A man guilty of the burglary has been arrested.",
        "The culprit was detained at his home.",
    ],
)
def test_words_presuming_guilt_block_once_someone_is_arrested(run, wording):
    found = run("legal.presumed-guilt", wording, **ARRESTED)
    assert found and found[0].severity == "block"
    assert wording[found[0].start : found[0].end] == found[0].match


@pytest.mark.parametrize(
    "wording",
    [
        "Families enjoyed the killer whale exhibition at the aquarium.",
        "A monster truck rally closed the road.",
        "He was found guilty of the burglary in 2019.",
        "She pleaded not guilty to the charge.",
        "He was not guilty of anything, his family said.",
    ],
)
def test_near_misses_of_guilt_words_are_not_flagged(run, wording):
    assert run("legal.presumed-guilt", wording, **ARRESTED) == []


def test_guilt_words_are_fine_before_any_arrest(run):
    assert run("legal.presumed-guilt", "We are hunting the killer.", case_stage="investigation") == []
    assert run("legal.presumed-guilt", "We are hunting the killer.") == []


def test_guilt_words_are_fine_after_sentence(run):
    assert run("legal.presumed-guilt", "The killer was jailed for life.", case_stage="sentenced") == []


def test_the_office_can_add_guilt_words(run):
    config = ChecksConfig(guilt_words=("lowlife",))
    assert run("legal.presumed-guilt", "That lowlife is in custody.", config=config, **ARRESTED)


def test_guilt_words_in_quotes_are_found_with_the_quote_as_field(run):
    found = run("legal.presumed-guilt", "A man was arrested.", quotes=[("This thug is behind bars.", "DI Jo Bloggs")],
                **ARRESTED)  # fmt: skip
    assert [(f.field, f.match) for f in found] == [("quotes.0.text", "thug")]


@pytest.mark.parametrize(
    "wording",
    [
        "The 34-year-old has previous convictions for assault.",
        "He is known to police in the area.",
        "The defendant has a long history of offending.",
        "Her bad character was raised by neighbours.",
    ],
)
def test_a_defendants_past_blocks_once_charged(run, wording):
    found = run("legal.character", wording, **CHARGED)
    assert found and found[0].severity == "block"


def test_a_defendants_past_is_not_checked_before_charge(run):
    assert run("legal.character", "He is known to police.", **ARRESTED) == []


def test_asking_people_to_make_something_known_to_police_is_not_a_record(run):
    assert run("legal.character", "If you saw anything, make it known to police on 101.", **CHARGED) == []


@pytest.mark.parametrize(
    "wording",
    ["There is overwhelming evidence against him.", "It was a callous attack.", "He will be brought to justice."],
)
def test_comment_on_evidence_blocks_after_charge(run, wording):
    assert run("legal.evidence-comment", wording, case_stage="trial")


def test_a_plain_charge_statement_has_no_evidence_comment(run):
    wording = "John Smith, 45, of Eastfield, has been charged with burglary and will appear at court on Monday."
    assert run("legal.evidence-comment", wording, **CHARGED) == []
    assert run("legal.evidence-comment", "There is strong evidence that speed cameras work.") == []


@pytest.mark.parametrize(
    "wording",
    [
        "Jack Smith, 16, of Eastfield has been charged with robbery.",
        "A 17-year-old boy Jack Smith was arrested.",
        "Officers arrested Emily Jones (15) on Friday.",
        "Emily Jones, aged 14, was arrested.",
    ],
)
def test_a_named_person_under_18_blocks_once_there_is_an_arrest(run, wording):
    found = run("legal.named-child", wording, **ARRESTED)
    assert found and found[0].severity == "block"


@pytest.mark.parametrize(
    "wording",
    [
        "A 17-year-old pony was found wandering on the A412.",
        "A 16-year-old boy from Eastfield has been arrested.",
        "John Smith, 45, of Eastfield has been charged.",
        "Westshire Police, 15, Station Road",
    ],
)
def test_an_age_without_a_name_or_an_adult_named_is_not_flagged(run, wording):
    assert run("legal.named-child", wording, **ARRESTED) == []


def test_children_may_be_named_in_an_appeal_before_any_arrest(run):
    wording = "Ellie Marsh, 14, has been missing since Friday."
    assert run("legal.named-child", wording) == []
    assert run("legal.named-child", wording, case_stage="investigation") == []


@pytest.mark.parametrize(
    "wording",
    [
        "A man has been charged with rape. The victim, Sarah Jones, is being supported.",
        "Sarah Jones, the victim, was sexually assaulted in the park.",
        "He is accused of having raped Sarah Jones last year.",
    ],
)
def test_a_named_sexual_offence_victim_blocks(run, wording):
    found = run("legal.sexual-offence-victim", wording)
    assert found and found[0].match == "Sarah Jones"


def test_the_office_topic_marks_a_statement_as_about_a_sexual_offence(run):
    wording = "The victim, Sarah Jones, has been supported by officers."
    assert run("legal.sexual-offence-victim", wording, topics=("sexual-offences",))
    assert run("legal.sexual-offence-victim", wording, topics=("road-safety",)) == []


@pytest.mark.parametrize(
    "wording",
    [
        "A man has been charged with rape. Detective Inspector Sarah Jones said the victim is being supported.",
        "Anyone affected by sexual assault can contact Victim Support for free.",
    ],
)
def test_officers_and_support_services_are_not_taken_for_victims(run, wording):
    assert run("legal.sexual-offence-victim", wording) == []

"""The quotes14 fix round (holdouts 14d and 13z): an attribution hard-wrapped after a comma is still one
attribution; people a joint statement names, relatives of someone the text never names, speak together as named;
where a written thing's words "began" or "ended" they are still its words, not speech; "she said" can mean a person
the paragraph before named in passing when nobody introduced fits. The texts are invented, each with a negative."""

from __future__ import annotations

import pytest
from extracted_views import who as _who

from statements.importer.text import unwrap

_WRAPPED_HEAD = """\
Farm machinery stolen from three yards

Three quad bikes and a trailer were stolen from farms near Brenmoor
overnight on Sunday, and officers believe the thefts are linked.

"""


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("Inspector Carla Dunne,\nBrenmoor Police's lead officer for rural crime in the uplands, said:", "Carla Dunne"),
        ("Inspector Carla Dunne,\nof Brenmoor Police's rural crime team for the upland farms, said:", "Carla Dunne"),
        (
            "In a joint statement,\nBrenmoor Farmers Union and Brenmoor Police said:",
            "Brenmoor Farmers Union and Brenmoor Police",
        ),
    ],
)
def test_an_attribution_wrapped_after_its_comma_gives_the_quote_its_speaker(run, attribution, speaker):
    got = run(
        _WRAPPED_HEAD + attribution + "\n'These machines are how families here earn a living, and\n"
        "somebody will have seen them being moved on a trailer.'\n"
    )
    assert [name for name, _ in _who(got)] == [speaker]


def test_a_signature_after_a_comma_is_still_not_joined_to_the_next_line():
    block = "Yours sincerely,\nCarla Dunne,\nInspector, Brenmoor Police's rural crime team and licensing unit"
    assert unwrap(block) == block


def test_a_line_after_a_comma_that_ends_a_sentence_before_said_is_still_not_joined():
    block = (
        "Issued by Inspector Carla Dunne,\n"
        "Brenmoor Police. Officers who visited the three farms said:\n"
        "'We are checking cameras along every road out of the valley.'"
    )
    assert unwrap(block).split("\n")[:2] == block.split("\n")[:2]


def test_named_parents_of_a_child_the_text_never_names_speak_together_as_named(run):
    got = run("""
        Lost boy found at the Christmas market

        A six-year-old boy who became separated from his parents at the Harnby Christmas market was found safe by a
        stallholder within twenty minutes on Saturday evening.

        In a joint statement, his parents, Tom and Gemma Ashby, said: "We looked away for a moment and he had gone.
        We cannot thank the stallholders enough."
    """)
    assert _who(got) == [("Tom and Gemma Ashby", "joint statement")]


def test_named_parents_of_a_named_child_speak_together_as_named(run):
    got = run("""
        Lost boy found at the Christmas market

        Oliver Ashby, six, who became separated from his parents at the Harnby Christmas market, was found safe by a
        stallholder within twenty minutes on Saturday evening.

        In a joint statement, his parents, Tom and Gemma Ashby, said: "We looked away for a moment and he had gone.
        We cannot thank the stallholders enough."
    """)
    assert _who(got) == [("Tom and Gemma Ashby", "joint statement")]  # (the family until 7 December 2026)


_SCAM_HEAD = "Parcel text scam\n\nResidents in Corley have been warned about a wave of fraudulent texts.\n\n"
_SCAM_TAIL = " The sender then asks for a redelivery fee of £1.45 to be paid through a link."


@pytest.mark.parametrize(
    "lead_in",
    [
        "Twelve people have received a message from an unknown number that began",
        "Twelve people have received a text which starts",
        "Twelve people have received a text message opening with",
        "Twelve people have received a letter ending",
    ],
)
def test_where_a_written_message_begins_or_ends_its_words_are_not_a_quote(run, lead_in):
    got = run(_SCAM_HEAD + lead_in + ' "Your parcel could not be delivered, please confirm your address".' + _SCAM_TAIL)
    assert got.quotes == []


def test_a_person_who_begins_to_speak_is_still_quoted(run):
    got = run(
        _SCAM_HEAD + "Sergeant Ruth Okoro, of Corley Police, began the briefing for residents with a warning: "
        '"Your bank or the post office will never ask you for a fee by text."'
    )
    assert [name for name, _ in _who(got)] == ["Ruth Okoro"]


_VAN_HEAD = "Catering trailer stolen\n\nA catering trailer was taken from a yard in Holt Green overnight on Friday.\n\n"


@pytest.mark.parametrize(
    ("owner", "speaker"),
    [
        (
            "The trailer belongs to Nadia Okafor, whose family has run a cafe in the town for thirty years.",
            "Nadia Okafor",
        ),
        ("The trailer is owned by Carol Benton and is used at markets across the county.", "Carol Benton"),
    ],
)
def test_she_said_means_the_person_the_paragraph_before_named_in_passing(run, owner, speaker):
    got = run(_VAN_HEAD + owner + '\n\n"It sounds silly, but that trailer is our whole business," she said.')
    assert [(name, role or "") for name, role in _who(got)] == [(speaker, "")]


def test_she_said_does_not_mean_a_man_named_in_passing(run):
    got = run(
        _VAN_HEAD + "The trailer belongs to Mark Benton, whose family has run a cafe in the town for thirty years."
        '\n\n"It sounds silly, but that trailer is our whole business," she said.'
    )
    assert got.quotes == []


def test_she_said_does_not_mean_a_person_named_two_paragraphs_earlier(run):
    got = run(
        _VAN_HEAD + "The trailer belongs to Nadia Okafor, whose family has run a cafe in the town for thirty years."
        "\n\nThe padlock on the gate had been cut and the yard's lights were off."
        "\n\nThe trailer was painted blue and carries a large coffee cup on both sides."
        '\n\n"It sounds silly, but that trailer is our whole business," she said.'
    )
    assert got.quotes == []

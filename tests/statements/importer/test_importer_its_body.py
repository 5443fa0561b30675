"""The body "its" means, read from the discourse (statements/importer/organisations.py): "Its ROLE, NAME, said" and
"Its ROLE said" name the organisation the text last referred to, by name or by a generic description ("the
charity", "the club", "the scout group") of one named earlier, even when the sentence just before names none; a
sentence-opening word ("Many", "Some") is never a body, a police force or a court is never what "its" means, and
a text that names no body leaves the plain title. The texts are invented."""

from __future__ import annotations

import pytest
from extracted_views import who as _who


@pytest.mark.parametrize(
    ("paragraphs", "body"),
    [
        # a generic description two sentences back, the body named by its kind in the first paragraph
        (
            "Homeless charity Open Door has opened a night shelter in Kelbury.\n\n"
            "The charity's shelter will have 20 beds. It will open at 8pm each evening. Each guest gets a hot meal.",
            "Open Door",
        ),
        # the club named in the first sentence, a court and a case in between
        (
            "A former secretary of Dunmere Bowls Club has been jailed for stealing £9,000 from the club.\n\n"
            "Ann Pyle, 61, admitted theft at Kelbury Crown Court on Monday.\n\n"
            "The loss was found by an auditor.",
            "Dunmere Bowls Club",
        ),
        # "the scout group" is the group named earlier, not the fire service named since
        (
            "A fire destroyed the hut of 3rd Ashby Scout Group on Tuesday night.\n\n"
            "Crews from Ashby Fire and Rescue Service were called at 10pm.\n\n"
            "The scout group has met there for 40 years.",
            "3rd Ashby Scout Group",
        ),
        # "the charity" for a body whose name says it is a trust
        (
            "The Marlow Bereavement Trust line opens on Monday.\n\nThe charity says demand has doubled.",
            "Marlow Bereavement Trust",
        ),
        # a body named as a sentence's subject and described by "which", then a sentence opening with "Many"
        (
            "Quiet Harbour, which supports carers in the county, says its helpers took 300 calls.\n"
            "Many were from people caring alone.",
            "Quiet Harbour",
        ),
        # a named body with its lower-case kind as a sentence's subject
        (
            "The Brindle Lane Allotments committee has 9 members. The committee meets monthly.",
            "Brindle Lane Allotments committee",
        ),
    ],
)
def test_its_role_and_name_take_the_body_the_discourse_last_named(run, paragraphs, body):
    got = run(f'Title\n\n{paragraphs}\n\nIts chair, Nia Rowe, said: "We are grateful to everyone who helped."')
    assert _who(got) == [("Nia Rowe", f"chair, {body}")]


def test_its_role_said_takes_the_body_the_discourse_last_named(run):
    got = run(
        "Title\n\nThieves broke into the boathouse of Ashmoor Rowing Club overnight.\n\n"
        "The club's engines were taken. Officers from Kelbury Police said the door had been forced.\n\n"
        "Several members have given money. Some have given time.\n\n"
        'Its manager said staff had been shaken. "It is heartbreaking," she said.'
    )
    assert _who(got) == [(None, "manager, Ashmoor Rowing Club")]


def test_a_sentence_opening_word_is_never_its_body(run):
    got = run(
        "Title\n\nA new helpline opened on Monday.\n\nMany callers had waited years to speak to someone.\n\n"
        'Its chief executive, Nia Rowe, said: "We are here."'
    )
    assert _who(got) == [("Nia Rowe", "chief executive")]


@pytest.mark.parametrize(
    ("paragraphs", "role"),
    [
        # negative: the person's body named in the sentence before wins over an older one
        (
            "The appeal was backed by Harlow Youth Trust.\n\nSam Jory, of Kelby Rowing Club, welcomed the ruling.",
            "chair, Kelby Rowing Club",
        ),
        # negative: a body the text names only by its kind ("The service") is not an older named one
        (
            "Kelbury Women's Aid runs the refuge.\n\nIt opened in 1990.\n\nThe service, which opened in May, has "
            "taken more calls.",
            "chair",
        ),
        # negative: no body named at all, only a police force and a court
        (
            "Kelbury Police said a man had been charged.\n\nHe is 34. He will appear at Kelbury Crown Court on Monday.",
            "chair",
        ),
    ],
)
def test_its_does_not_jump_to_an_older_body_or_to_one_never_named(run, paragraphs, role):
    got = run(f'Title\n\n{paragraphs}\n\nIts chair, Nia Rowe, said: "We are grateful to everyone who helped."')
    assert _who(got) == [("Nia Rowe", role)]


def test_a_named_body_followed_by_more_capitalised_words_is_not_cut_short(run):
    got = run(
        "Title\n\nThe raids were led by the Kelbury Police Online Child Safety Team (KOCST). Its head, Detective "
        'Inspector Jo Lamb, said: "There is more to do."'
    )
    assert _who(got) == [("Jo Lamb", "Detective Inspector")]

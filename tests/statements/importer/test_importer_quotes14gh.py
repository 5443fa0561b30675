"""The quotes14gh fix round (holdouts 14g and 14h): quoted words that name something (a naming noun straight after
them, or a naming cue such as "under the banner" before them) are no quote; two people a joint statement introduces
each by a role speak together; whoever pays a tribute or gives a statement ("paid tribute to her in a statement:",
", saying:") speaks the quote after it; a person who received a letter and "said:" speaks. The texts are invented,
each with a negative where the rule must not fire."""

from __future__ import annotations

import pytest
from extracted_views import who as _who

from statements.importer.thing_names import names_a_thing

_CAMPAIGN = """\
Cyclists urged to look twice at junctions

Three cyclists were hurt at junctions in Ashgrove in November, and the town's road safety partnership is asking
drivers to slow down.

"""


@pytest.mark.parametrize("noun", ["campaign", "road safety campaign", "scheme", "appeal", "week", "pledge", "app"])
def test_quoted_words_a_naming_noun_follows_are_a_name_not_a_quote(run, noun):
    got = run(
        _CAMPAIGN + f'The partnership\'s coordinator, Tessa Lund, said its "Look Twice, Ride Home" {noun} would run '
        'on buses until spring. She said: "Most drivers who hit a cyclist tell us they simply did not see them."\n'
    )
    assert [(name, q.text[:4]) for (name, _), q in zip(_who(got), got.quotes, strict=True)] == [("Tessa Lund", "Most")]


def test_a_sentence_a_naming_noun_follows_after_its_full_stop_is_still_a_quote(run):
    got = run(
        _CAMPAIGN + "The partnership's coordinator, Tessa Lund, said drivers should slow down. She said: \"Look twice, "
        'ride home." Campaign posters will go up on buses until spring.\n'
    )
    assert [(name, q.text) for (name, _), q in zip(_who(got), got.quotes, strict=True)] == [
        ("Tessa Lund", "Look twice, ride home.")
    ]


_VIGIL = """\
Vigil after attack on two men at bus station

Two men were punched and kicked at Harnby bus station on Saturday night in what police are treating as a hate
crime.

"""


@pytest.mark.parametrize(
    "cue",
    [
        "under the banner",
        "with the theme",
        "behind the slogan",
        "for a gathering called",
        "for what organisers have dubbed",
        "using the hashtag",
    ],
)
def test_quoted_words_a_naming_cue_introduces_are_a_name_not_a_quote(run, cue):
    got = run(
        _VIGIL + f'Harnby Pride will hold a vigil at the station on Friday {cue} "Nobody walks alone here". Its '
        'chair, Ruth Okafor, said: "Attacks like this are meant to make people afraid to be seen."\n'
    )
    assert [(name, q.text[:7]) for (name, _), q in zip(_who(got), got.quotes, strict=True)] == [
        ("Ruth Okafor", "Attacks")
    ]


def test_short_words_after_a_said_verb_near_a_banner_are_still_a_quote(run):
    got = run(
        _VIGIL + "Harnby Pride will hold a vigil at the station on Friday. Holding the banner, its chair, Ruth "
        'Okafor, said: "Nobody walks alone here."\n'
    )
    assert [(name, q.text) for (name, _), q in zip(_who(got), got.quotes, strict=True)] == [
        ("Ruth Okafor", "Nobody walks alone here.")
    ]


_FIRE = """\
Pavilion destroyed in fire at cricket club

Fire destroyed the pavilion at Elmstead Cricket Club on Tuesday night, along with the club's kit and its
honours boards.

"""


def test_a_joint_statement_by_two_people_each_introduced_by_a_role_is_theirs_together(run):
    got = run(
        _FIRE + "In a joint statement, the club secretary, Alan Pryor, and the head coach, Sunita Rahman, said: "
        '"Generations of families have played here. We will rebuild, and we will be back next season."\n'
    )
    assert _who(got) == [("Alan Pryor and Sunita Rahman", "joint statement")]


def test_a_statement_by_one_person_introduced_by_a_role_is_still_that_persons(run):
    got = run(
        _FIRE + "In a statement, the club secretary, Alan Pryor, said: "
        '"Generations of families have played here. We will rebuild, and we will be back next season."\n'
    )
    assert [name for name, _ in _who(got)] == ["Alan Pryor"]


_CRASH = """\
Tributes to cyclist who died after lorry crash

Megan Hollis, a nurse from Ferrybridge, died in hospital after a crash with a lorry on Station Road on
Thursday morning.

"""

_TRIBUTE = (
    '> "Megan was the kindest person we knew and she lived for her job and her friends.\n'
    ">\n"
    '> "We ask that we are left to grieve in private."\n'
)


@pytest.mark.parametrize(
    "lead_in",
    [
        "Megan's family paid tribute to her in a statement released through the police:",
        "Her family have paid this tribute:",
        "Megan's family issued a statement through the police:",
    ],
)
def test_a_family_paying_tribute_in_a_statement_is_the_speaker_of_the_quote_after_it(run, lead_in):
    got = run(_CRASH + lead_in + "\n\n" + _TRIBUTE)
    assert _who(got) == [("The family of Megan Hollis", "family statement")]
    assert "left to grieve" in got.quotes[0].text


def test_a_tribute_in_the_same_paragraph_as_its_lead_in_is_the_familys_too(run):
    got = run(
        _CRASH + "Megan's family paid tribute to her in a statement: \"Megan was the kindest person we knew and "
        'she lived for her job and her friends."\n'
    )
    assert _who(got) == [("The family of Megan Hollis", "family statement")]


def test_a_statement_released_from_someone_else_is_not_the_releasers(run):
    got = run(_CRASH + "Ferrybridge Police released a statement from Megan's family:\n\n" + _TRIBUTE)
    assert all("Police" not in (name or "") for name, _ in _who(got))


_LETTERS = """\
Surgery writes to patients after records error

Letters were sent to 300 patients of Mill Street Surgery in Brackley after test results were filed in the wrong
records.

"""


def test_a_person_who_received_a_letter_and_said_is_the_speaker(run):
    got = run(
        _LETTERS + "A patient who received a letter on Monday said:\n"
        '"I was worried at first, but the surgery rang me back the same day."\n'
    )
    assert [(name, (role or "").split()[0]) for name, role in _who(got)] == [(None, "patient")]


@pytest.mark.parametrize(
    "lead_in",
    ["One patient received a letter on Monday:", "One patient received a letter from the surgery which said:"],
)
def test_the_words_of_a_letter_someone_received_are_still_no_quote(run, lead_in):
    got = run(_LETTERS + lead_in + '\n"Your results have been filed in error and will be moved to your record."\n')
    assert _who(got) == []


@pytest.mark.parametrize("after", [" campaign coordinator Tessa Lund said.", " campaign organisers said."])
def test_words_before_a_speaker_named_by_a_campaign_job_are_speech_not_a_name(after):
    words = "Every driver can look twice"
    assert names_a_thing("", words, after) is False
    assert names_a_thing("its ", words, " campaign would run on buses.") is True


@pytest.mark.parametrize(
    "lead_in",
    ["Megan's family paid tribute to her, saying:", "Her family paid tribute to her in a statement, saying:"],
)
def test_a_family_paying_tribute_saying_is_the_family_not_a_description(run, lead_in):
    got = run(_CRASH + lead_in + '\n\n"Megan was the kindest person we knew and she lived for her job."\n')
    assert _who(got) == [("The family of Megan Hollis", "family statement")]


@pytest.mark.parametrize("after", [" three weeks later.", " days later.", " every day."])
def test_words_a_time_follows_are_not_a_name(after):
    assert names_a_thing("She said: ", "We will be back", after) is False
    assert names_a_thing("She said its ", "We will be back", " week would run.") is True

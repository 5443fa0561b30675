"""What a recorded voice or a message says is quoted wherever the sentence names it, also inside a relative clause
("calls in which a recorded voice says: …"): those words are nobody's quote, and a place named earlier in the
sentence is not their speaker. The texts are invented (issue 17; blind 13z's recorded tax-refund call)."""

from __future__ import annotations

HEAD = "Warning over fake tax calls\n\nBy Eastmoor Police\n\n"
TAIL = '\n\n"We will never call you about a refund," said Detective Sergeant Amy Rowe.\n\nReport calls to 101.'


def test_a_recorded_voice_in_a_relative_clause_is_nobodys_quote(run):
    got = run(
        HEAD + "Since Monday, 19 people in the Marsh End and Kelby Moor areas have reported calls in which a recorded "
        'voice says: "This is the tax office. You are owed a refund. Press 1 now."' + TAIL
    )
    assert [q.speaker for q in got.quotes] == ["Amy Rowe"]


def test_a_message_on_which_a_scam_relies_is_nobodys_quote(run):
    got = run(
        HEAD + 'Residents in Kelby Moor were sent texts on which a message reads: "Your refund is waiting. Click the '
        'link to claim it today."' + TAIL
    )
    assert [q.speaker for q in got.quotes] == ["Amy Rowe"]


def test_a_person_in_a_relative_clause_still_speaks(run):
    got = run(
        HEAD + "Officers held a meeting in Kelby Moor in which the neighbourhood inspector, Paul Hale, said: "
        '"We will be out on every street this week talking to older residents."' + TAIL
    )
    assert [q.speaker for q in got.quotes] == ["Paul Hale", "Amy Rowe"]


def test_a_spokesperson_for_a_platform_on_which_adverts_appeared_still_speaks(run):
    got = run(
        HEAD + "A spokesperson for the website on which most of the adverts appeared said: "
        '"We have removed the accounts involved and are working with the police."' + TAIL
    )
    assert got.quotes[0].text.startswith("We have removed the accounts")
    assert got.quotes[0].role.startswith("spokesperson")


def test_a_voice_on_the_line_is_nobodys_quote(run):
    got = run(
        HEAD + "The man received a call on Monday morning. A young man's voice said: \u201cGrandad, it's me. I've been "
        "in a crash and I need bail money.\u201d" + TAIL
    )
    assert [q.speaker for q in got.quotes] == ["Amy Rowe"]


def test_a_speaker_whose_voice_breaks_still_speaks(run):
    got = run(
        HEAD + "Her voice breaking, Jean Cole, 79, said: \u201cI handed over everything I had saved for my "
        "funeral.\u201d" + TAIL
    )
    assert [q.speaker for q in got.quotes] == ["Jean Cole", "Amy Rowe"]

"""Words someone claims or is told are not anyone's quote (issue 17, the blind holdout 12zv): a fraudster's claimed
identity ("said he was "DC …"") and what a victim "was told:" by a caller the text does not name. The texts are
invented."""

from __future__ import annotations

from extracted_views import who


def _text(paragraph: str) -> str:
    return (
        "Pensioner targeted by bogus officer\n\n"
        "Officers in Kelby are warning residents after a woman in her eighties was targeted at home.\n\n"
        f"{paragraph}\n\n"
        'Detective Sergeant Ruth Amble said: "Real officers will never ask for your bank cards at the door."\n'
    )


def test_an_identity_a_fraudster_said_he_had_is_not_a_quote(run):
    got = run(_text('The man showed a card and said he was "DS Collins from the economic crime unit".'))
    assert who(got) == [("Ruth Amble", "Detective Sergeant")]


def test_an_identity_claimed_with_that_is_not_a_quote_either(run):
    got = run(_text('The caller told her that he was "Inspector Hale from the bank security team".'))
    assert who(got) == [("Ruth Amble", "Detective Sergeant")]


def test_what_a_victim_was_told_by_an_unnamed_caller_is_not_a_quote(run):
    got = run(_text('One man was told: "Grandad, it is me, I have lost my phone and need money for a taxi home."'))
    assert who(got) == [("Ruth Amble", "Detective Sergeant")]


def test_a_named_speaker_who_said_she_was_shocked_still_speaks_in_the_next_sentence(run):
    got = run(
        _text('Her son, Mark Dale, said: "She is shaken but she did exactly the right thing by shutting the door."')
    )
    assert who(got) == [("Mark Dale", "son"), ("Ruth Amble", "Detective Sergeant")]

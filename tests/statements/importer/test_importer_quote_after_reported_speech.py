"""A sentence of reported speech or narration about what someone said, described or recalled, followed in the
same paragraph by a quote with no attribution of its own: the sentence's subject speaks the quote."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("paragraph", "speaker", "role_start"),
    [
        (
            "A lorry driver who saw the crash from the slip road said the car had been weaving for a mile. "
            '"I flashed my lights at him twice. He just kept going."',
            "",
            "lorry driver",
        ),
        (
            "A porter at the station, who asked not to be named, described the platform that night. "
            "“There was glass everywhere and people were crying on the benches.”",
            "",
            "porter at the station",
        ),
        (
            "The landlady, who did not want to be named, recalled the morning the ceiling fell in. "
            "'I thought the whole house was coming down. The children were still asleep upstairs.'",
            "",
            "landlady",
        ),
        (
            "The owner of the bakery, Tomasz Wiernik, said the break-in had cost him a week of trade. "
            '"We open at five every day. That morning we could not open at all."',
            "Tomasz Wiernik",
            "",
        ),
    ],
)
def test_the_subject_of_reported_speech_speaks_the_unattributed_quote_after_it(run, paragraph, speaker, role_start):
    got = run(f"""
        Appeal after incident

        {paragraph}
    """)
    assert len(got.quotes) == 1
    quote = got.quotes[0]
    assert (quote.speaker or "") == speaker
    assert (quote.role or "").lower().startswith(role_start)


def test_a_quote_with_its_own_attribution_keeps_it(run):
    got = run("""
        Market appeal

        Councillor Joan Pyke said the market would reopen on Friday. "Traders have been patient," said Inspector Dev Malhotra.
    """)
    assert [q.speaker for q in got.quotes] == ["Dev Malhotra"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a scam message stays a scam message
        "A pensioner said she had received a text that morning. Your parcel is held, it read: "
        '"Pay £1.99 now to release your delivery."',
        # a scare quote inside a sentence is not a quote
        'A resident said the so-called "community patrol" had only made things worse for everyone.',
        # the subject of the sentence is not a person
        'The report said the figures were the worst on record. "Reported incidents rose by a third in a year."',
        # narration with no speech verb gives nobody
        'A cyclist rode past the lake every morning. "Keep to the path when the ice is thin."',
    ],
)
def test_no_speaker_is_taken_from_sentences_that_are_not_reported_speech_by_a_person(run, paragraph):
    got = run(f"""
        Appeal after incident

        {paragraph}
    """)
    assert got.quotes == []


def test_a_name_inside_the_describing_clause_is_not_the_speaker(run):
    got = run("""
        Flat fire

        Mr Harold Pennock, 81, died in the fire on Tuesday.

        One of the paramedics who treated Mr Pennock at the scene said the team had done everything it could. "We worked on him for forty minutes."
    """)
    assert [(q.speaker or "", q.role) for q in got.quotes] == [("", "paramedic")]

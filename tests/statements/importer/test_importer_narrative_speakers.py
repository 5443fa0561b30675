"""Speakers introduced in the narrative (issue 17, done-item 2): a quote after an official has spoken goes to the
person the narrative introduced since (a first name alone, someone described, a parent the sentence names), and
"the inspector said" to the inspector named earlier; continuation paragraphs and pronouns that mean the earlier
speaker stay with them. The texts are invented."""

from __future__ import annotations


def _who(extracted) -> list[tuple[str, str | None, str | None]]:
    return [(q.text[:24], q.speaker, q.role) for q in extracted.quotes]


def _text(*paragraphs: str) -> str:
    return "Title\n\nA campaign against gambling harm has been launched in Ashvale.\n\n" + "\n\n".join(paragraphs)


_CHIEF = '"Help is there for anyone who asks for it," said the charity\'s chief executive, Morag Fenn.'


def test_a_first_name_alone_introduced_with_an_age_is_who_said_means(run):
    got = run(
        _text(
            _CHIEF,
            "Danny, 41, lost his flat within three years of his first bet.",
            '"I told myself it was a hobby," Danny said.',
        )
    )
    assert [(q.speaker, q.role) for q in got.quotes] == [("Morag Fenn", "chief executive"), ("Danny", None)]


def test_a_first_name_set_off_after_a_description_is_whom_he_means(run):
    got = run(
        _text(
            _CHIEF,
            "One man who used the service, Danny, started betting on football when he was 19.",
            '"I told myself it was a hobby," he said.',
        )
    )
    assert got.quotes[1].speaker == "Danny"


def test_the_official_goes_on_in_a_continuation_paragraph_before_anyone_is_introduced(run):
    got = run(
        _text(
            '"Help is there for anyone who asks for it," said the charity\'s chief executive, Morag Fenn. "We answer '
            "every call,",
            '"and nobody is turned away."',
            "Danny, 41, lost his flat within three years of his first bet.",
        )
    )
    assert len(got.quotes) == 1
    assert got.quotes[0].speaker == "Morag Fenn"
    assert "nobody is turned away" in got.quotes[0].text


def test_someone_described_with_an_age_is_whom_he_said_means(run):
    got = run(
        _text(
            '"We will not tolerate violence against staff," said Detective Constable Amir Khan, of the prison crime '
            "team.",
            "One officer, a 29-year-old who was punched in the face during the attack, has not returned to work.",
            '"I loved this job and I miss my colleagues," he said.',
        )
    )
    assert got.quotes[1].speaker is None
    assert got.quotes[1].role.startswith("officer, a 29-year-old")


def test_she_said_stays_with_the_official_when_the_person_introduced_is_a_man(run):
    got = run(
        _text(
            '"We will not tolerate violence against staff," said Detective Constable Ayesha Khan.',
            "Tom, 29, who asked that his surname not be used, has not returned to work.",
            '"Officers deserve better," she said.',
        )
    )
    assert got.quotes[1].speaker == "Ayesha Khan"


def test_a_name_inside_a_description_of_someone_new_is_not_the_speaker(run):
    got = run(
        _text(
            "Ryan Doyle, 31, of Millbrook, was jailed for 18 months at Ashvale Crown Court on Monday.",
            'Detective Constable Imran Vale said: "Prison staff go to work to keep people safe."',
            "The officer Doyle attacked, who has served for six years, has not returned to work. "
            '"I loved this job and I was good at it," he said.',
        )
    )
    assert [(q.speaker, q.role) for q in got.quotes][1] == (None, "officer")


def test_the_offender_named_as_the_subject_is_no_speaker_for_the_officer_who_investigated(run):
    got = run(
        _text(
            "Ryan Doyle, 31, of Millbrook, was jailed for 18 months at Ashvale Crown Court on Monday.",
            "Detective Constable Imran Vale, of the prison crime team, said Doyle had shown no remorse.",
            '"Prison staff go to work to keep people safe," he said.',
        )
    )
    assert got.quotes[0].speaker == "Imran Vale"


def test_a_person_an_inverted_sentence_or_a_possessive_introduces_is_whom_she_means(run):
    official = 'Chief Inspector Marcia Oke said: "Every knife we take off the street is a life saved."'
    quote = '"Parents tell me their son would never carry a knife," she said.'
    for introduction in (
        "Among the parents at the launch was Lorraine Abbey, whose son Kyle was stabbed in 2022.",
        "Lorraine Abbey's son Kyle was stabbed in 2022. She now visits schools with the force.",
    ):
        got = run(_text(official, introduction, quote))
        assert got.quotes[1].speaker == "Lorraine Abbey"


def test_she_added_goes_on_with_the_official_in_her_own_paragraph(run):
    got = run(
        _text(
            "Lorraine Abbey's son Kyle was stabbed in 2022.",
            'Chief Inspector Marcia Oke said: "Every knife we take off the street is a life saved." '
            '"Please use the bins," she added.',
        )
    )
    assert {q.speaker for q in got.quotes} == {"Marcia Oke"}


def test_the_inspector_points_back_to_an_inspector_named_by_an_apposition(run):
    got = run(
        _text(
            "Gareth Lowe, an inspector with the neighbourhood team, said the girl had been found safe.",
            "A shop worker who spotted her near the station, and who asked not to be named, said she had seemed "
            'calm. "She asked me for directions," she said.',
            '"Going missing is often a sign that something is wrong," the inspector said.',
        )
    )
    assert [q.speaker for q in got.quotes] == [None, "Gareth Lowe"]


def test_the_inspector_with_no_inspector_named_is_an_inspector_not_the_last_person(run):
    got = run(
        _text(
            "Gareth Lowe, a sergeant with the neighbourhood team, said the girl had been found safe.",
            '"Going missing is often a sign that something is wrong," the inspector said.',
        )
    )
    assert [(q.speaker, q.role) for q in got.quotes] == [(None, "inspector")]


def test_its_manager_is_the_manager_of_the_body_named_before(run):
    got = run(
        _text(
            "Millbrook Community Pantry, a food bank, was broken into on Tuesday.",
            'Sergeant Amy Holt said: "We are checking CCTV from the area."',
            'Its manager said staff had been shaken. "We have never had a break-in," she said.',
            '"We will be open again on Friday."',
        )
    )
    assert _who(got)[1:] == [("We have never had a brea", None, "manager, Millbrook Community Pantry")]
    assert "open again on Friday" in got.quotes[1].text


def test_an_officer_described_by_a_who_clause_or_one_officer_said_is_not_the_councillor(run):
    councillor = '"Littering costs the town £400,000 a year," said Councillor Jo Reddy.'
    for paragraph in (
        "An enforcement officer who patrols the town centre said most fines were for cigarette ends. "
        '"People think a cigarette end does not count," he said.',
        'The council\'s officers issued 900 fines last year. "People think a cigarette end does not count," one '
        "officer said.",
    ):
        got = run(_text(councillor, paragraph))
        assert got.quotes[1].speaker is None
        assert "officer" in (got.quotes[1].role or "")


def test_an_officer_with_a_rank_introduced_last_is_whom_he_means_over_an_earlier_man(run):
    got = run(
        _text(
            "Ryan Doyle, 31, punched a prison officer in March. He was jailed for 18 months on Monday after an "
            "investigation by Detective Constable Imran Vale.",
            '"Prison staff go to work to keep people safe," he said.',
        )
    )
    assert got.quotes[0].speaker == "Imran Vale"


def test_he_said_after_a_man_introduced_after_the_officer_is_that_man(run):
    got = run(
        _text(
            "An investigation by Detective Constable Imran Vale found that Ryan Doyle, 31, had punched a prison "
            "officer. Ryan Doyle was jailed for 18 months on Monday.",
            '"I regret what I did," he said.',
        )
    )
    assert got.quotes[0].speaker == "Ryan Doyle"

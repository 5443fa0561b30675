"""The 13v/13w quote fix round: an organisation's own statement keeps its name when a relative clause follows
("In a statement, Harbour Homes, which manages the block, said:"); a quote whose paragraph is left open before a
said-line ("> "Words." then "said Jo Hale, …") ends there, and a quote-mark paragraph after that line goes on
with it; "Its leader" after "The team is …" means a body named before as that kind ("… Mountain Rescue", a team),
never one of another kind. The texts are invented, each with a negative."""

from __future__ import annotations

from extracted_views import who as _who


def test_an_organisation_statement_with_a_relative_clause_is_the_organisation_speaking(run):
    got = run("""
        Lift out of order for a week

        In a statement, Tallow Court Housing, which owns the building, said: "We are sorry for the delay and a new
        part has been ordered from the manufacturer."
    """)
    assert _who(got) == [("Tallow Court Housing", "statement")]


def test_a_person_statement_with_a_relative_clause_stays_a_person(run):
    got = run("""
        Lift out of order for a week

        In a statement, Sarah Jenkins, who lives on the ninth floor, said: "We have been carrying shopping up the
        stairs for a week now."
    """)
    assert [speaker for speaker, _ in _who(got)] == ["Sarah Jenkins"]
    assert "statement" not in [role for _, role in _who(got)]


def test_a_quote_left_open_before_a_said_line_ends_there_and_is_attributed(run):
    got = run("""
        Fake chargers seized at market

        > "These chargers are not a bargain. They can overheat and start a fire while you sleep.

        said Tom Beckett, the council's trading standards manager.
    """)
    assert _who(got) == [("Tom Beckett", "trading standards manager")]
    assert got.quotes[0].text.startswith("These chargers are not a bargain.")


def test_a_quote_left_open_before_a_narrative_paragraph_is_not_attributed_by_it(run):
    got = run("""
        Fake chargers seized at market

        > "These chargers are not a bargain. They can overheat and start a fire while you sleep.

        Tom Beckett, the council's trading standards manager, visited the market on Friday.
    """)
    assert _who(got) == []


def test_a_quoted_paragraph_after_the_said_line_of_an_open_quote_goes_on_with_it(run):
    got = run("""
        Fake chargers seized at market

        > "These chargers are not a bargain. They can overheat and start a fire while you sleep.

        said Tom Beckett, the council's trading standards manager.

        > "If you bought one at the market this autumn, please stop using it and bring it back to us."
    """)
    assert _who(got) == [("Tom Beckett", "trading standards manager")]
    assert "If you bought one" in got.quotes[0].text


def test_a_quoted_paragraph_after_an_ordinary_paragraph_does_not_join_the_open_quote(run):
    got = run("""
        Fake chargers seized at market

        > "These chargers are not a bargain. They can overheat and start a fire while you sleep.

        said Tom Beckett, the council's trading standards manager.

        Officers took 300 chargers from two stalls.

        > "If you bought one at the market this autumn, please stop using it and bring it back to us."
    """)
    assert "If you bought one" not in got.quotes[0].text


def test_its_after_the_team_as_subject_means_the_rescue_team_named_before(run):
    got = run("""
        Walker rescued from crag

        A walker with a broken ankle was carried off Hollin Crag by volunteers from Cragdale Mountain Rescue on
        Sunday.

        The team is made up entirely of volunteers. Its deputy leader, Priya Marsh, said: "We were glad to get
        him down before the weather closed in."
    """)
    assert _who(got) == [("Priya Marsh", "deputy leader, Cragdale Mountain Rescue")]


def test_its_after_the_team_as_subject_does_not_mean_a_body_of_another_kind(run):
    got = run("""
        Walker rescued from crag

        The Cragdale Walkers Trust, which looks after the paths, said the crag would be closed for a week.

        The team is made up entirely of volunteers. Its deputy leader, Priya Marsh, said: "We were glad to get
        him down before the weather closed in."
    """)
    assert got.quotes[0].speaker == "Priya Marsh"
    assert "Trust" not in (got.quotes[0].role or "")

"""A spokesperson for a body whose long name joins its words with "for" or "of" ("the Independent Office for Police
Conduct") still speaks: the name is one thing, however many words it has. A spokesperson for a body described at
length keeps the description. The texts are invented (issue 17; blind 14k's IOPC statement)."""

from __future__ import annotations

HEAD = "Crash appeal\n\nA man died after a crash on the ring road on Friday night.\n\n"


def test_a_spokesperson_for_a_long_name_joined_by_for_speaks(run):
    got = run(
        HEAD + "A spokesperson for the Independent Office for Police Conduct said: \u201cWe have received a referral "
        "and are assessing it.\u201d"
    )
    assert [(q.speaker, q.role) for q in got.quotes] == [
        (None, "spokesperson for the Independent Office for Police Conduct")
    ]


def test_a_spokesperson_for_a_long_name_joined_by_of_speaks(run):
    got = run(
        HEAD + "A spokesperson for the Kelby College of Art and Design said: \u201cOur thoughts are with his family "
        "and friends.\u201d"
    )
    assert [q.role for q in got.quotes] == ["spokesperson for the Kelby College of Art and Design"]

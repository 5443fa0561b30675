"""Election rule: quotes from candidates or named roles during the office's pre-election periods."""

from __future__ import annotations

from datetime import date

from statements.checks import ChecksConfig
from statements.checks.config import ElectionPeriod

from .conftest import TODAY

PERIOD = ElectionPeriod("PCC election 2026", date(2026, 5, 1), date(2026, 6, 4))
CONFIG = ChecksConfig(election_periods=(PERIOD,), candidates=("Andrew Sinclair",),
                      roles=("Police and Crime Commissioner",))  # fmt: skip


def test_a_candidates_quote_in_the_period_blocks(run):
    found = run("election.candidate-quote", "", config=CONFIG, quotes=[("We will act.", "Andrew Sinclair", "")])
    assert found and found[0].severity == "block" and "PCC election 2026" in found[0].message


def test_a_quote_from_a_named_role_in_the_period_blocks(run):
    quote = ("Crime is falling.", "Jo Bloggs", "Police and Crime Commissioner for Westshire")
    assert run("election.candidate-quote", "", config=CONFIG, quotes=[quote])


def test_the_same_quote_outside_the_period_passes(run):
    quote = ("We will act.", "Andrew Sinclair", "Police and Crime Commissioner")
    assert run("election.candidate-quote", "", config=CONFIG, quotes=[quote], today=date(2026, 6, 5)) == []
    assert TODAY >= PERIOD.start


def test_other_speakers_in_the_period_pass(run):
    quote = ("Roads are safer.", "Rebecca Hale", "Chief Constable")
    assert run("election.candidate-quote", "", config=CONFIG, quotes=[quote]) == []


def test_no_period_is_set_by_default(run):
    quote = ("We will act.", "Andrew Sinclair", "Police and Crime Commissioner")
    assert run("election.candidate-quote", "", quotes=[quote]) == []

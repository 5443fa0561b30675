"""Quoted words that nobody in the text is named or described as saying are left out, and the import report says
so: on fresh text they were far more often a recorded scam voice, a slogan or a leaflet than an official quote,
and a stored quote needs a speaker (issue 17)."""

from __future__ import annotations

HEAD = (
    "Ice-cream van stolen\n\nBy Eastmoor Police\n\nAn ice-cream van was taken from a yard in Marsh End overnight.\n\n"
)
TAIL = "\n\nAnyone with information should call 101."


def test_words_whose_pronoun_points_at_nobody_are_left_out(run):
    got = run(HEAD + '"It sounds daft, but that van is our whole livelihood," she said.' + TAIL)
    assert got.quotes == []


def test_the_import_report_quotes_the_words_left_out(run):
    got = run(HEAD + '"It sounds daft, but that van is our whole livelihood," she said.' + TAIL)
    assert "quoted words nobody in the text is named or described as saying left out: \u201cIt sounds daft" in (
        "\n".join(got.notes)
    )


def test_long_words_left_out_are_clipped_in_the_note(run):
    words = " ".join(["It sounds daft, but that van is our whole livelihood and"] * 4) + " more"
    got = run(HEAD + f'"{words}," she said.' + TAIL)
    note = next(n for n in got.notes if "nobody in the text" in n)
    assert note.endswith("\u2026\u201d")
    assert len(note) < 160


def test_the_same_words_with_a_named_speaker_are_kept(run):
    got = run(HEAD + '"It sounds daft, but that van is our whole livelihood," said its owner, Rosa Bellini.' + TAIL)
    assert [q.speaker for q in got.quotes] == ["Rosa Bellini"]
    assert not any("nobody in the text" in n for n in got.notes)


def test_the_same_words_with_a_described_speaker_are_kept(run):
    got = run(HEAD + '"It sounds daft, but that van is our whole livelihood," said one neighbour.' + TAIL)
    assert [q.role for q in got.quotes] == ["neighbour"]

"""A blockquote attributed after it (issue 17, the tenth December 2026 holdout's quotes not found): a dash
signature whose name is in bold ("— **Jo Lyle**, managing director, X"), and a paragraph "That warning came from
X, …, who said …" even when it has scare quotes of its own. The texts are invented."""

from __future__ import annotations


def _quotes(extracted) -> list[tuple[str, str | None]]:
    return [(q.text[:20], q.speaker) for q in extracted.quotes]


def test_a_dash_signature_with_a_bold_name_signs_the_blockquote(run):
    got = run(
        'Title\n\nAssaults on staff rose.\n\n> "Our staff deserve respect."\n\n— **Maria Okoro**, chief executive, Brindle Trains'
    )
    assert _quotes(got) == [("Our staff deserve re", "Maria Okoro")]


def test_that_warning_came_from_names_who_said_the_blockquote(run):
    got = run(
        'Title\n\nFake toys were seized.\n\n> "These toys are dangerous."\n\n'
        "That warning came from Helen Marsh, the council's trading standards manager, who said December was "
        '"the worst month" for fakes.'
    )
    assert _quotes(got)[:1] == [("These toys are dange", "Helen Marsh")]


def test_a_paragraph_with_scare_quotes_and_no_attribution_does_not_sign_the_blockquote(run):
    got = run('Title\n\nFake toys were seized.\n\n> "These toys are dangerous."\n\nTraders call them "bargains".')
    assert [q for q in _quotes(got) if q[0].startswith("These toys")] in ([], [("These toys are dange", None)])

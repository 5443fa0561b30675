"""The learned veto (statements/importer/route_model.py): a contact the registry does not know, kept by the
rules, is left out when the model scores it below its threshold, with a note in the import report; the registry's
routes never go through it. The texts are invented."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from extracted_views import contacts as _contacts

from statements.importer import route_model
from statements.importer.route_model import ContactContext, features, model, probability, threshold

HOLDOUTS = Path(__file__).parent
# Blind sets scored after the model's last training: training on them would change the importer they measured.
# Every folder up to 15h (108 keyed folders) was trained on at 07:45 UTC on 7 December 2026, the threshold after a
# reporting act lowered from 0.002 to 0.001 (no difference leaving one set out; docs/importer.md). Earlier:
# Every folder up to 13z was trained on on 7 December 2026 (01:45 UTC), with the veto's second threshold; the unit
# test that had blocked the retrain kept a general "find out more" page as a route, which the brief's settled
# conventions say is not one, and now says so (test_a_general_find_out_more_page_is_left_out_by_the_veto).
SCORED_AFTER_TRAINING = {
    "holdout_2026_14a",  # the final measurement of 7 December 2026 (02:47 UTC): never trained on
    "holdout_2026_14b",
    "holdout_2026_14o",  # the check after the review (03:15 UTC): never trained on
    "holdout_2026_14u",  # the fifth session's second working check (04:31 UTC), after the retraining
    "holdout_2026_14v",
    "holdout_2026_14w",  # the third working check (04:56 UTC)
    "holdout_2026_14x",
    "holdout_2026_14y",
    "holdout_2026_14z",  # the fourth working check (05:11 UTC)
    "holdout_2026_15a",
    "holdout_2026_15b",
    "holdout_2026_15c",  # the fifth working check (05:25 UTC)
    "holdout_2026_15d",
    "holdout_2026_15e",
    "holdout_2026_14r",  # the fifth session's final measurement (05:34 UTC): never trained on
    "holdout_2026_14s",
    "holdout_2026_14t",
    "holdout_2026_15f",  # the check after the final measurement's fixes (05:39 UTC): never trained on
    "holdout_2026_15g",
    "holdout_2026_15h",  # the final importer (06:22 UTC): never trained on
    "holdout_2026_14c",  # the working check of 7 December 2026, 01:45 UTC
    "holdout_2026_14d",
    "holdout_2026_14e",  # the second working check, 01:57 UTC
    "holdout_2026_14f",
    "holdout_2026_14g",  # the third working check, 02:06 UTC
    "holdout_2026_14h",
    "holdout_2026_14i",  # the fourth working check, 02:20 UTC
    "holdout_2026_14j",
    "holdout_2026_14k",  # the fifth working check, 02:33 UTC
    "holdout_2026_14l",
    "holdout_2026_14m",  # the sixth working check, 02:45 UTC
    "holdout_2026_14n",
    "holdout_2026_16a",  # the sixth session's working checks (07:41 UTC), after the retraining on 108 folders
    "holdout_2026_16b",
    "holdout_2026_16f",  # the sixth session's further working checks (07:59 and 08:05 UTC)
    "holdout_2026_16g",
    "holdout_2026_16h",
    "holdout_2026_16i",  # (08:19 UTC)
    "holdout_2026_16j",
    "holdout_2026_16k",
    "holdout_2026_16l",  # (08:40 UTC)
    "holdout_2026_16m",
    "holdout_2026_16n",
    "holdout_2026_16c",  # the sixth session's final measurement (08:56 UTC): never trained on
    "holdout_2026_16d",
    "holdout_2026_16e",
    "holdout_2026_16o",  # the session's final importer (10:05 UTC): never trained on
    "holdout_2026_17a",  # the seventh session's working checks (11:05 UTC): never trained on
    "holdout_2026_17b",
    "holdout_2026_17f",  # further working checks (11:22-11:25 UTC): never trained on
    "holdout_2026_17g",
    "holdout_2026_17h",
    "holdout_2026_17i",  # the last working checks (11:38-11:41 UTC): never trained on
    "holdout_2026_17j",
    "holdout_2026_17k",
    "holdout_2026_17l",  # the last working checks (11:56-11:59 UTC): never trained on
    "holdout_2026_17m",
    "holdout_2026_17n",
    "holdout_2026_17o",  # the last working checks (12:16-12:17 UTC): never trained on
    "holdout_2026_17p",
    "holdout_2026_17q",
    "holdout_2026_17c",  # the seventh session's final measurement (12:25 UTC): never trained on
    "holdout_2026_17d",
    "holdout_2026_17e",
    "holdout_2026_17r",  # a blind check of the final importer (12:38 UTC): never trained on
    "holdout_2026_18a",  # the eighth session's working checks (14:32-14:37 UTC): never trained on
    "holdout_2026_18b",
    "holdout_2026_18c",
    "holdout_2026_18g",  # further working checks (14:45 UTC): never trained on
    "holdout_2026_18h",
    "holdout_2026_18i",
    "holdout_2026_18j",  # further working checks (15:02 UTC): never trained on
    "holdout_2026_18k",
    "holdout_2026_18l",
    "holdout_2026_18d",  # the eighth session's final measurement (15:37 UTC): never trained on
    "holdout_2026_18e",
    "holdout_2026_18f",
    "holdout_2026_18m",  # the last working checks (15:30 UTC): never trained on
    "holdout_2026_18n",
    "holdout_2026_18o",
    "holdout_2026_18p",  # the check after the final measurement (15:48 UTC): never trained on
    "holdout_2026_18q",  # the check of the final importer (16:34 UTC): never trained on
}
_PREFIXES = ("l:", "r:", "b:", "k:", "ph:", "sfx:", "path:", "mail:")


def test_the_model_file_loads_with_weights_a_bias_and_a_threshold():
    trained = model()
    assert trained["weights"] and isinstance(trained["bias"], float)
    assert 0 < threshold() < 1
    folders = {p.name for p in HOLDOUTS.glob("holdout_2026_*") if p.is_dir()}
    assert folders - SCORED_AFTER_TRAINING <= set(trained["folders"])


def test_every_weight_is_a_feature_the_feature_function_writes():
    assert all(name.startswith(_PREFIXES) for name in model()["weights"])
    context = ContactContext("www.x.org.uk/donate", "url", "Give online at ", ".", "The appeal raised £500.")
    assert {"k:url", "sfx:org.uk", "path:donate", "l:give_online", "b:appeal"} <= features(context)


def test_probability_is_the_logistic_of_the_bias_and_the_weights_of_the_features():
    context = ContactContext("01632 960 100", "phone", "Anyone with information should call ", ".")
    weights = model()["weights"]
    logit = model()["bias"] + sum(weights.get(f, 0.0) for f in features(context))
    assert probability(context) == pytest.approx(1 / (1 + math.exp(-logit)))


@pytest.mark.parametrize(
    ("paragraph", "contact"),
    [
        ("The hospice shop is looking for donations of furniture. For help arranging a collection, call the shop "
         "office on 01632 960 341.", "01632 960 341"),
        ("The allotment society has plots available for the new season. For more information, email the society's "
         "secretary at plots@ashvaleallotments.co.uk.", "plots@ashvaleallotments.co.uk"),
    ],
)  # fmt: skip
def test_business_the_rules_have_no_word_for_is_left_out_with_a_note(run, paragraph, contact):
    got = run(f"Title\n\n{paragraph}")
    assert _contacts(got) == []
    assert any("not clearly offered for reporting (model score" in n and n.endswith(contact) for n in got.notes)


@pytest.mark.parametrize(
    ("paragraph", "contact"),
    [
        ("The housing association says damp complaints have doubled. Tenants who have damp or mould in their home "
         "should report it to the repairs line on 0300 123 4455.", "0300 123 4455"),
        ("Trading standards officers seized 400 fake vapes. Anyone who knows of a shop selling illegal vapes can "
         "report it to trading standards on 01632 960 802.", "01632 960 802"),
        ("The council is urging residents to report fly-tipping. Reports can be made online at "
         "www.brookfield.gov.uk/flytipping.", "www.brookfield.gov.uk/flytipping"),
    ],
)  # fmt: skip
def test_plain_reporting_lines_are_kept(run, paragraph, contact):
    got = run(f"Title\n\n{paragraph}")
    assert _contacts(got) == [contact]
    assert not any("model score" in n for n in got.notes)


_TWO_THRESHOLDS = {"weights": {}, "bias": math.log(0.05 / 0.95), "threshold": 0.002, "unsure_threshold": 0.1}


@pytest.mark.parametrize(
    "paragraph",
    [
        "Anyone who saw the crash is asked to contact the team on 01632 960 105.",
        "Concerns about a child can be raised with the Harwell safeguarding hub on 01632 960 105.",
        "If you are unsure whether a caller is genuine, ring the team on 01632 960 105.",
    ],
)
def test_a_contact_whose_sentence_names_a_reporting_act_needs_only_the_low_threshold(run, monkeypatch, paragraph):
    monkeypatch.setattr(route_model, "model", lambda: _TWO_THRESHOLDS)  # every contact scores 0.05
    assert _contacts(run(f"Title\n\n{paragraph}")) == ["01632 960 105"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "For more information, contact the team on 01632 960 105.",
        "For help, call the team on 01632 960 105.",
    ],
)
def test_a_contact_kept_on_weaker_words_needs_the_unsure_threshold(run, monkeypatch, paragraph):
    monkeypatch.setattr(route_model, "model", lambda: _TWO_THRESHOLDS)
    got = run(f"Title\n\n{paragraph}")
    assert _contacts(got) == []
    assert any("(model score 0.050): 01632 960 105" in n for n in got.notes)


def test_a_model_without_an_unsure_threshold_uses_its_one_threshold(monkeypatch):
    monkeypatch.setattr(route_model, "model", lambda: {"weights": {}, "bias": 0.0, "threshold": 0.01})
    assert threshold(ContactContext("01632 960 105", "phone", "Call ", ".")) == 0.01


def test_registry_routes_never_go_through_the_model(run, monkeypatch):
    vetoes_all = {"weights": {}, "bias": -50.0, "threshold": 0.5}
    monkeypatch.setattr(route_model, "model", lambda: vetoes_all)
    got = run("Title\n\nAnyone with information can call Crimestoppers on 0800 555 111 or the team on 01632 960 104.")
    assert [r.route_id for r in got.reporting_routes] == ["crimestoppers"]
    assert any("(model score 0.000): 01632 960 104" in n for n in got.notes)

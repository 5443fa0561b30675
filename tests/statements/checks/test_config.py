"""The office's checks file: TOML, validated in full, with a clear message for a bad one."""

from __future__ import annotations

from datetime import date

import pytest

from statements.checks import RULES, ChecksConfig, ChecksConfigError, open_config

GOOD = """
[readability]
max_reading_age = 12
max_sentence_words = 25

[legal]
guilt_words = ["lowlife"]

[routes]
short_codes = ["60066"]
[routes.required]
online-safety = ["ceop"]

[election]
candidates = ["Andrew Sinclair"]
roles = ["Police and Crime Commissioner"]
[[election.periods]]
name = "PCC election 2028"
start = 2028-03-27
end = 2028-05-04

[style]
words = { "going forward" = "from now on" }
allow = ["robust"]

[rules]
"readability.bare-url" = "off"
"legal.evidence-comment" = "warn"
"""


def test_no_file_means_the_defaults():
    assert open_config(None) == ChecksConfig()


def test_a_full_file_is_read(tmp_path):
    path = tmp_path / "checks.toml"
    path.write_text(GOOD)
    config = open_config(str(path))
    assert config.max_reading_age == 12 and config.max_sentence_words == 25
    assert config.required_routes["online-safety"] == ("ceop",)
    assert config.election_periods[0].start == date(2028, 3, 27)
    assert config.short_codes == ("60066",)
    assert "robust" not in config.words and config.words["going forward"] == "from now on"
    assert config.severity_of("readability.bare-url", "warn") == "off"


@pytest.mark.parametrize(
    ("content", "named"),
    [
        ("[readability]\nmax_reading_age = 'twelve'\n", "max_reading_age"),
        ("[readability]\nmax_age = 12\n", "max_age"),
        ("[rules]\n'legal.no-such-rule' = 'warn'\n", "legal.no-such-rule"),
        ("[rules]\n'style.words' = 'loud'\n", "style.words"),
        ("[[election.periods]]\nname = 'x'\nstart = 2028-05-04\nend = 2028-03-27\n", "election.periods"),
        ("[[election.periods]]\nname = 'x'\nstart = '2028-03-27'\nend = 2028-05-04\n", "election.periods"),
        ("[style]\nwords = ['utilise']\n", "style.words"),
        ("[routes.required]\nonline-safety = [1]\n", "routes.required"),
        ("[readability\n", "not valid TOML"),
    ],
)
def test_a_bad_file_is_refused_naming_the_file_and_the_key(tmp_path, content, named):
    path = tmp_path / "checks.toml"
    path.write_text(content)
    with pytest.raises(ChecksConfigError) as caught:
        open_config(str(path))
    assert str(path) in caught.value.message and named in caught.value.message


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(ChecksConfigError, match="cannot read"):
        open_config(str(tmp_path / "nowhere.toml"))


def test_every_rule_has_a_family_an_id_and_a_summary():
    families = {"legal", "routes", "election", "readability", "style"}
    assert {rule_id.split(".")[0] for rule_id in RULES} == families
    assert all(rule.summary for rule in RULES.values())

"""Title, body, summary, kind, topics, file reading and the dry-run JSON."""

from __future__ import annotations

import pytest

from statements.importer import UnreadableText, extract, read_press_file


def test_the_title_is_the_first_line_without_markdown(run):
    assert run("# **Warning over scam calls**\n\nBody text here.").title == "Warning over scam calls"


def test_the_body_keeps_paragraphs_as_markdown_separated_by_blank_lines(run):
    got = run("Title\n\nFirst paragraph.\n\n\n\nSecond paragraph\nwith a second line.")
    assert got.body == "First paragraph.\n\nSecond paragraph\nwith a second line."


@pytest.mark.parametrize(
    "caption",
    [
        "Eastern Daily Press: Chief Constable Ann Lee. Photo : Tom HillChief Constable Ann Lee. Photo : Tom Hill"
        " (Image: Copyright Archant 2015)",
        "Image: Some of the knives handed in. Photo: Norfolk Police",
        "Picture: Suffolk Constabulary",
        "![Officers at the scene](https://example.org/photo.jpg)",
    ],
)
def test_photo_captions_are_dropped_from_the_body(run, caption):
    got = run(f"Title\n\n{caption}\n\nThe real first paragraph of the story.")
    assert got.body == "The real first paragraph of the story."


def test_a_paragraph_that_mentions_an_image_is_kept(run):
    text = "Police released an image: it shows a man in a red coat walking towards the station at night."
    assert run(f"Title\n\n{text}").body == text


def test_the_summary_is_the_first_paragraph(run):
    got = run("Title\n\n**Police are appealing for witnesses after a crash in the town centre.**\n\nMore.")
    assert got.summary == "Police are appealing for witnesses after a crash in the town centre."


def test_a_long_first_paragraph_is_cut_at_a_sentence_near_300_characters(run):
    sentence = "Officers are asking anyone who saw the incident on the high street to come forward. "
    got = run("Title\n\n" + sentence * 6)
    assert len(got.summary) <= 300
    assert got.summary.endswith("forward.")


def test_a_dateline_is_not_the_summary(run):
    got = run("Title\n\nIssued 09:15, 4 June\n\nWe are aware of a police presence at the school this morning.")
    assert got.summary == "We are aware of a police presence at the school this morning."


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Appeal after burglary\n\nPolice are appealing for witnesses after a burglary.", "press_release"),
        ("Statement on incident\n\nWe are aware of reports on social media about an incident.", "holding_statement"),
        ("HOLDING STATEMENT: fire at depot\n\nCrews are at the scene.", "holding_statement"),
        ("Lines to take: speed cameras\n\n- The cameras go live on Monday.", "lines_to_take"),
        ("How to spot a courier scam\n\nFraudsters often claim to be police officers.", "guidance"),
        ("Staying safe online: advice for parents\n\nTalk to your children.", "guidance"),
        ("Firefighters issue charging advice after flat fire\n\nCrews were called at 2am.", "press_release"),
        ("Appeal after burglary\n\nA house was broken into.\n\n## How to report it\n\nCall 101.", "press_release"),
        ("Winter\n\n## What to do\n\nLock up.\n\n## How to report it\n\nCall 101.", "guidance"),
        ("Clare's Law\n\nQ: What is it?\nA: A scheme.\n\nQ: Who can ask?\nA: Anyone.", "qa"),
        (
            "# Knife amnesty\n\n**Q: Where are the bins?**\n\nA: At six stations.\n\n"
            "**Q: Is it anonymous?**\n\nA: Yes.",
            "qa",
        ),
    ],
)
def test_the_kind_is_guessed_from_the_wording(run, text, kind):
    assert run(text).kind == kind


def test_a_kind_given_by_the_caller_wins(run):
    assert run("Statement\n\nWe are aware of reports.", kind="press_release").kind == "press_release"


def test_an_unknown_kind_is_refused(run):
    with pytest.raises(ValueError, match="unknown kind"):
        run("Title\n\nBody.", kind="memo")


def test_topics_are_guessed_from_keywords(run):
    got = run("Romance fraud warning\n\nFraudsters on dating sites are running a scam. Report any scam or fraud.")
    assert got.topics == ["fraud"]


def test_topics_given_by_the_caller_win(run):
    got = run("Romance fraud warning\n\nA scam and more fraud.", topic_overrides=["online-safety"])
    assert got.topics == ["online-safety"]


def test_as_json_has_the_dry_run_shape(run):
    got = run("Title\n\nDI Ann Lee said: 'Call 999 if you see him, straight away.'")
    assert got.as_json("a.txt") == {
        "file": "a.txt",
        "title": "Title",
        "kind": "press_release",
        "topics": [],
        "summary": "DI Ann Lee said: 'Call 999 if you see him, straight away.'",
        "quotes": [{"text": "Call 999 if you see him, straight away.", "speaker": "Ann Lee", "role": "DI"}],
        "reporting_routes": [
            {
                "name": "Police emergency (999)",
                "phone": "999",
                "url": None,
                "email": None,
                "route_id": "police-emergency-999",
            }
        ],
        "notes": [],
    }


@pytest.mark.parametrize("text", ["", "   \n\n  ", "12345\n\nBody", "\x00\x01binary"])
def test_text_without_a_title_is_unreadable(routes, topics, text):
    with pytest.raises(UnreadableText):
        extract(text, routes, topics)


def test_reading_utf8_with_a_byte_order_mark(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffTitle “quoted”\n\nBody".encode())
    assert read_press_file(path) == "Title “quoted”\n\nBody"


def test_reading_windows_1252(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Title \u201cquoted\u201d \u00a35\n\nBody".encode("cp1252"))
    assert read_press_file(path) == "Title “quoted” £5\n\nBody"


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b"  \n\n", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary")],
)
def test_unreadable_files_say_why(tmp_path, content, reason):
    path = tmp_path / "a.txt"
    path.write_bytes(content)
    with pytest.raises(UnreadableText, match=reason):
        read_press_file(path)


def test_a_missing_file_is_unreadable(tmp_path):
    with pytest.raises(UnreadableText, match="cannot read"):
        read_press_file(tmp_path / "nope.txt")

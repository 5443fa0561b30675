"""The release email's wording and the media sink's last-moment refusals, without a mail server."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from statements.media.compose import ADVANCE, RELEASE, Letterhead, embargo_line, letter, message
from statements.media.sink import MediaSink, _Contact
from statements.media.smtp import Mailer, parse_smtp_url
from statements.release import Release
from statements.views import QuoteView, RouteView, VersionView

LONDON = ZoneInfo("Europe/London")
HEAD = Letterhead("Press office <press@force.example.org>", "Press office: 01632 960000", "https://p.example.org/")
NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


def view(**changes) -> VersionView:
    base = VersionView(
        slug="knife-amnesty", title="Knife amnesty", kind="press_release", audience="public", topics=(), version=2,
        status="published", summary="Bins open today.", body="Hand in knives **safely**.",
        quotes=(QuoteView("Every knife handed in is one fewer on the street.", "Jane Smith", "Chief Constable"),),
        reporting_routes=(RouteView("crimestoppers", "Crimestoppers", "https://crimestoppers-uk.org", "0800 555 111",
                                    "Anonymously", "standard"),),
        change_note="", author="a", contributors=(), approved_by="Abe Approver", approved_at=NOW, publish_at=NOW,
        published_at=NOW, review_by=None, withdrawn=None, rejected_reason=None, stale=False, revision=3,
        created_at=NOW, updated_at=NOW, statement_updated_at=NOW,
    )  # fmt: skip
    return replace(base, **changes)


@pytest.mark.parametrize(("moment", "line"), [
    (datetime(2027, 1, 5, 9, 0, tzinfo=UTC), "EMBARGOED UNTIL 09:00 GMT Tuesday 5 January 2027"),
    (datetime(2027, 3, 28, 0, 30, tzinfo=UTC), "EMBARGOED UNTIL 00:30 GMT Sunday 28 March 2027"),
    (datetime(2027, 3, 28, 1, 30, tzinfo=UTC), "EMBARGOED UNTIL 02:30 BST Sunday 28 March 2027"),
    (datetime(2027, 10, 31, 0, 30, tzinfo=UTC), "EMBARGOED UNTIL 01:30 BST Sunday 31 October 2027"),
    (datetime(2027, 10, 31, 1, 30, tzinfo=UTC), "EMBARGOED UNTIL 01:30 GMT Sunday 31 October 2027"),
])  # fmt: skip
def test_the_embargo_line_is_the_office_clock_with_gmt_or_bst(moment, line):
    assert embargo_line(moment, LONDON) == line


def test_routes_get_tel_and_web_links_and_quotes_their_speaker_and_role():
    made = letter(RELEASE, view(), {}, HEAD, LONDON)
    assert '<a href="tel:0800555111">0800 555 111</a>' in made.html
    assert '<a href="https://crimestoppers-uk.org">' in made.html
    assert "- Crimestoppers, call 0800 555 111, https://crimestoppers-uk.org (Anonymously)" in made.text
    assert "— Jane Smith, Chief Constable" in made.text
    assert "Online: https://p.example.org/embed/knife-amnesty/full" in made.text
    assert "Version 2, approved by Abe Approver." in made.text


def test_a_route_url_that_is_not_a_web_address_is_never_a_link():
    route = RouteView("odd", "Odd", "javascript:alert(1)", None, "", "standard")
    made = letter(RELEASE, view(reporting_routes=(route,)), {}, HEAD, LONDON)
    assert "javascript:" not in made.html


def test_each_recipient_gets_their_own_unsubscribe_link_and_message_id():
    made = letter(ADVANCE, view(status="scheduled", publish_at=datetime(2027, 1, 5, 9, 0, tzinfo=UTC)), {}, HEAD,
                  LONDON)  # fmt: skip
    one = message(made, HEAD, "Jo Reporter", "jo@paper.example.com", "TOKEN1", "msg_7_mail_1", NOW)
    two = message(made, HEAD, "Sam Reporter", "sam@paper.example.com", "TOKEN2", "msg_7_mail_2", NOW)
    assert one["List-Unsubscribe"].startswith("<https://p.example.org/unsubscribe/TOKEN1>")
    assert "https://p.example.org/unsubscribe/TOKEN2" in two.get_body(("plain",)).get_content()
    assert (one["Message-ID"], two["Message-ID"]) == ("<msg_7_mail_1@force.example.org>",
                                                      "<msg_7_mail_2@force.example.org>")  # fmt: skip
    assert "Online:" not in one.get_body(("plain",)).get_content()


@pytest.mark.parametrize("audience", ["internal", "partners"])
def test_the_sink_refuses_non_public_wording_at_the_last_moment(audience):
    sink = MediaSink(None, Mailer(parse_smtp_url("smtp://127.0.0.1:9")), HEAD, LONDON, lambda: NOW)
    sink._contacts[5] = _Contact(5, "Jo", "jo@paper.example.com", "T", False)  # as prepare() loads it
    release = Release(event_id=1, type="statement.published", slug="x", version=1, due_at=NOW, fired_at=NOW,
                      late_seconds=0.0, actor="", detail={}, message_id="msg_1_mail_5", attempt=1, target="mail:5",
                      view=view(audience=audience))  # fmt: skip
    outcome = sink.deliver(release)
    assert outcome.skip and not outcome.ok
    assert "Only public wording" in outcome.error

"""What the notices channels (Slack and Teams alike) say once a release email or advance copy went out."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bots.chat.notices import notice_for, release_change
from bots.teams.notices import card_for
from statements.media.events import SENT
from statements.release import Release
from tests.conftest import APPROVER

LIFT = datetime(2027, 1, 5, 9, 0, tzinfo=UTC)


def sent(view, **detail) -> Release:
    return Release(event_id=9, type=SENT, slug=view.slug, version=view.version, due_at=LIFT, fired_at=LIFT,
                   late_seconds=0.0, actor="Abe Approver", detail=detail, message_id="msg_9_sink_chat", attempt=1,
                   target="sink:chat:SlackNotifier", view=view)  # fmt: skip


def test_a_release_email_notice_says_how_many_and_which_lists(workflow):
    view = workflow.published(title="Knife amnesty")
    notice = notice_for(release_change(sent(view, kind="release", sent=4980, failed=3, skipped=1,
                                            list_names=["Regional desks", "Nationals"])))  # fmt: skip
    assert notice.action == "mailed"
    assert notice.headline == "Release email sent: Knife amnesty"
    assert notice.text == (
        "v1 went to 4,980 recipients on Regional desks, Nationals. 3 could not be sent (see the delivery log). "
        "1 left out (unsubscribed or marked do not send meanwhile)."
    )
    assert "Release email sent: Knife amnesty" in str(card_for(notice))


def test_an_advance_copy_notice_gives_the_embargo_in_the_office_zone(workflow, services):
    view = workflow.published(title="Speed cameras", publish_at=LIFT)
    notice = notice_for(release_change(sent(view, kind="advance", sent=1, list_names=["Trusted newsrooms"])))
    assert notice.headline == "Embargoed advance copy sent: Speed cameras"
    assert notice.text == "v1 went to 1 recipient on Trusted newsrooms, embargoed until 5 Jan 2027 at 09:00 GMT."
    assert notice.summary == ""  # counts only: never the wording


@pytest.mark.parametrize(("kind", "headline"), [
    ("withdrawn", "Withdrawal emailed"), ("embargo_moved", "Embargo change emailed"),
    ("embargo_cancelled", "Embargo cancellation emailed"),
])  # fmt: skip
def test_notices_of_corrections_say_who_was_told(workflow, kind, headline):
    view = workflow.published(title="Road plan")
    notice = notice_for(release_change(sent(replace(view, approved_by=APPROVER.name), kind=kind, sent=2)))
    assert notice.headline == f"{headline}: Road plan"
    assert notice.text.startswith("2 recipients ")

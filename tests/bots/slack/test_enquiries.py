"""``/press enquiry ...`` and the "Log a media enquiry" shortcut: logged as the Slack user's linked key, answered
with the suggested lines; friendly replies for everyone and everything else."""

from __future__ import annotations

import itertools
import json
from datetime import UTC, datetime
from urllib.parse import urlencode

import pytest

from tests.conftest import EDITOR

TEXT = "enquiry Jo Bloggs, Daily Gazette: are schools affected by the bypass closure? by 16:00"
_ids = itertools.count(1)


@pytest.fixture
def linked(app):
    app.extensions["pressline"].keys.create("Edith Editor", "editor", slack_user="U0EDITOR")


@pytest.fixture
def enquiries(app):
    return app.extensions["pressline"].enquiries


def shortcut(slack, user: str):
    n = next(_ids)
    payload = {
        "type": "shortcut", "callback_id": "log_enquiry", "trigger_id": f"{n}.5555.efef{n}",
        "user": {"id": user, "username": "pat.press", "team_id": "T0PRESS"}, "team": {"id": "T0PRESS"},
        "api_app_id": "A0PRESSLINE", "token": "legacy-verification-token", "action_ts": "1700000000.1",
        "is_enterprise_install": False, "enterprise": None,
    }  # fmt: skip
    return slack.post(urlencode({"payload": json.dumps(payload)}))


def modal_values(question="Is the bypass shut?", journalist="Jo Bloggs", outlet="Daily Gazette", deadline=None):
    values = {
        "journalist": {"journalist": {"type": "plain_text_input", "value": journalist}},
        "outlet": {"outlet": {"type": "plain_text_input", "value": outlet}},
        "question": {"question": {"type": "plain_text_input", "value": question}},
        "deadline": {"deadline": {"type": "datetimepicker", "selected_date_time": deadline}},
    }
    return values


def test_a_linked_editor_logs_an_enquiry_and_gets_the_suggested_lines(slack, flow, linked, enquiries):
    view = flow.published(title="Schools and the bypass closure", body="Schools stay open during the bypass closure.")
    reply = slack.answer(TEXT, user="U0EDITOR")
    [logged] = enquiries.search(EDITOR).items
    assert (logged.journalist, logged.outlet, logged.logged_by) == ("Jo Bloggs", "Daily Gazette", "Edith Editor")
    assert logged.question == "are schools affected by the bypass closure?"
    assert logged.deadline == datetime(2026, 6, 1, 15, 0, tzinfo=UTC)  # 16:00 in London, summer time
    text = json.dumps(reply)
    assert reply["response_type"] == "ephemeral"
    assert f"Enquiry {logged.id} logged" in text and "deadline 16:00 on 1 Jun 2026" in text
    assert view.title in text


def test_the_reply_offers_no_button_that_would_log_it_again(slack, flow, linked):
    flow.published(title="Schools and the bypass closure", body="Schools stay open during the bypass closure.")
    reply = slack.answer(TEXT, user="U0EDITOR")
    assert not [b for b in reply["blocks"] if b["type"] == "actions"]


def test_internal_lines_to_take_suggested_are_marked_internal(slack, flow, linked):
    flow.published(title="Lines on the bypass closure", kind="lines_to_take", body="Schools stay open.")
    reply = slack.answer(TEXT, user="U0EDITOR")
    assert "Internal: do not share outside" in json.dumps(reply)


def test_an_unlinked_user_is_told_how_to_get_linked_and_nothing_is_logged(slack, enquiries):
    reply = slack.answer(TEXT, user="U0STRANGER")
    assert reply["text"].startswith("Sorry, only press office staff can log enquiries")
    assert "--slack-user U0STRANGER" in reply["text"]
    assert enquiries.search(EDITOR).total == 0


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("enquiry", "say who asked and what"),
        ("enquiry Jo Bloggs wants to know about schools", "then a colon"),
        ("enquiry Jo Bloggs, Gazette: by 16:00", "What was the question?"),
        ("enquiry Jo, Gazette: is it shut? by 08:00", "already passed"),
    ],
)
def test_bad_input_gets_usage_and_an_example_never_a_trace(slack, linked, enquiries, text, said):
    reply = slack.answer(text, user="U0EDITOR")
    body = json.dumps(reply)
    assert "Didn't catch that" in body and said in body
    assert "/press enquiry Jo Bloggs, Daily Gazette:" in body
    assert enquiries.search(EDITOR).total == 0


def test_other_commands_still_reach_the_chat_core(slack, linked):
    reply = slack.answer("help", user="U0EDITOR")
    assert "enquiry NAME, OUTLET: QUESTION" in json.dumps(reply)


def test_the_shortcut_opens_the_form_for_staff(slack, linked):
    assert shortcut(slack, "U0EDITOR").status_code == 200
    [opened] = slack.wait_for("/api/views.open")
    view = opened["view"]
    assert view["callback_id"] == "enquiry_log"
    assert [b["block_id"] for b in view["blocks"]] == ["journalist", "outlet", "question", "deadline"]


def test_the_shortcut_tells_others_how_to_get_linked(slack):
    shortcut(slack, "U0STRANGER")
    [opened] = slack.wait_for("/api/views.open")
    view = opened["view"]
    assert "submit" not in view and "--slack-user U0STRANGER" in json.dumps(view)


def test_submitting_the_form_logs_and_shows_the_suggested_lines(slack, flow, linked, enquiries, clock):
    flow.published(title="Bypass closure", body="The bypass is shut until Friday.")
    deadline = int(clock().timestamp()) + 3600
    response = slack.submit_view("enquiry_log", "", modal_values(deadline=deadline), user="U0EDITOR")
    body = response.get_json()
    [logged] = enquiries.search(EDITOR).items
    assert body["response_action"] == "update"
    assert f"Enquiry {logged.id} logged" in json.dumps(body) and "Bypass closure" in json.dumps(body)
    assert logged.deadline == datetime.fromtimestamp(deadline, UTC)
    assert not [b for b in body["view"]["blocks"] if "accessory" in b or b["type"] == "actions"]


def test_the_form_shows_field_errors_in_place(slack, linked, enquiries):
    response = slack.submit_view(
        "enquiry_log", "", modal_values(question=" ", journalist="", outlet=""), user="U0EDITOR"
    )
    body = response.get_json()
    assert body["response_action"] == "errors"
    assert set(body["errors"]) == {"question"}
    assert enquiries.search(EDITOR).total == 0


def test_the_form_refuses_an_unlinked_user(slack, enquiries):
    body = slack.submit_view("enquiry_log", "", modal_values(), user="U0STRANGER").get_json()
    assert body["response_action"] == "errors"
    assert enquiries.search(EDITOR).total == 0

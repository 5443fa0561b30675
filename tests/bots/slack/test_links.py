"""With PRESSLINE_PUBLIC_URL set, answers and notices link to the statement's page in the console."""

from __future__ import annotations

import json

from tests.bots.slack.conftest import SlackClient, make_app
from tests.conftest import WorkflowHelper

PUBLIC = "https://pressline.westshire.police.uk/"


def test_an_answer_links_to_the_statement_in_the_console(tmp_path, database_url, clock, services, slack_api):
    app = make_app(tmp_path, database_url, clock, slack_api, PUBLIC_URL=PUBLIC)
    view = WorkflowHelper(app.extensions["pressline"]).published(title="Online grooming warning", body="Talk.")
    message = SlackClient(app, slack_api).answer("lines grooming")
    link = f"https://pressline.westshire.police.uk/console/s/{view.slug}"
    assert f"<{link}|open>" in json.dumps(message)
    endpoint, arguments = app.url_map.bind("pressline.westshire.police.uk").match(f"/console/s/{view.slug}")
    assert endpoint.startswith("console.") and arguments == {"slug": view.slug}


def test_a_publication_notice_links_to_the_statement(tmp_path, database_url, clock, services, slack_api):
    app = make_app(tmp_path, database_url, clock, slack_api, PUBLIC_URL=PUBLIC)
    slack = SlackClient(app, slack_api)
    view = WorkflowHelper(app.extensions["pressline"]).published(title="Courier fraud warning")
    posted = slack.wait_for("/api/chat.postMessage", 2)
    link = f"<{PUBLIC}console/s/{view.slug}|Open in Pressline>"
    assert all(link in json.dumps(message) for message in posted)  # the approval request and the notice


def test_without_a_public_url_nothing_is_linked(slack, flow):
    flow.published(title="Online grooming warning", body="Talk.")
    assert "/console/s/" not in json.dumps(slack.answer("lines grooming"))

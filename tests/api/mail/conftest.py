"""Release emails under test: a real SMTP server on loopback (aiosmtpd) and an app that sends to it."""

from __future__ import annotations

import pytest

from tests.mailbox import start_inbox
from tests.media_rows import PUBLIC_URL, SENDER


@pytest.fixture
def smtp():
    inbox, controller = start_inbox()
    inbox.port = controller.port
    yield inbox
    controller.stop()


@pytest.fixture
def app_config(app_config, smtp):
    return {
        **app_config,
        "SMTP_URL": f"smtp://127.0.0.1:{smtp.port}",
        "MAIL_FROM": SENDER,
        "MAIL_CONTACT": "Press office: 01632 960000 (24 hours), press@westshire.example.org",
        "PUBLIC_URL": PUBLIC_URL,
    }


@pytest.fixture
def services(app):
    return app.extensions["pressline"]


@pytest.fixture
def dispatch(app):
    dispatcher = app.extensions["pressline"].release.dispatcher_for(workers=4, retry_delays=(5, 60, 600))
    yield dispatcher.run_until_idle
    dispatcher.stop()  # closes the sinks' SMTP connections too

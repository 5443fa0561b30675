"""One-click unsubscribe (RFC 8058): the link in every release email, no login, no CSRF token, never a 500."""

from __future__ import annotations

from sqlalchemy import select

from statements.media.models import Contact
from tests.conftest import APPROVER
from tests.media_rows import add_contact, add_list, token_of

ONE_CLICK = "List-Unsubscribe=One-Click"


def unsubscribed_at(services, email):
    with services.db.reading() as session:
        return session.scalar(select(Contact.unsubscribed_at).where(Contact.email == email))


def test_the_link_shows_a_confirm_button_and_does_not_unsubscribe_by_itself(client, services):
    add_contact(services, "Jo Reporter", "jo@paper.example.com")
    response = client.get(f"/unsubscribe/{token_of(services, 'jo@paper.example.com')}")
    assert response.status_code == 200 and response.mimetype == "text/html"
    page = response.get_data(as_text=True)
    assert '<form method="post">' in page and "Unsubscribe</button>" in page
    assert "j…@paper.example.com" in page and "jo@paper.example.com" not in page
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert unsubscribed_at(services, "jo@paper.example.com") is None


def test_the_rfc_8058_one_click_post_unsubscribes_without_login_or_csrf_token(client, services, clock):
    add_contact(services, "Jo Reporter", "jo@paper.example.com")
    response = client.post(
        f"/unsubscribe/{token_of(services, 'jo@paper.example.com')}",
        data=ONE_CLICK,
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert "You are unsubscribed" in response.get_data(as_text=True)
    assert unsubscribed_at(services, "jo@paper.example.com") == clock.now


def test_unsubscribing_twice_is_fine_and_keeps_the_first_time(client, services, clock):
    add_contact(services, "Jo Reporter", "jo@paper.example.com")
    url = f"/unsubscribe/{token_of(services, 'jo@paper.example.com')}"
    client.post(url, data=ONE_CLICK, content_type="application/x-www-form-urlencoded")
    first = clock.now
    clock.advance(hours=1)
    again = client.post(url, data=ONE_CLICK, content_type="application/x-www-form-urlencoded")
    assert again.status_code == 200
    assert unsubscribed_at(services, "jo@paper.example.com") == first
    assert "You are unsubscribed" in client.get(url).get_data(as_text=True)


def test_an_unknown_token_gets_a_friendly_404_page(client):
    for method in ("GET", "POST"):
        response = client.open("/unsubscribe/not-a-token-anyone-holds", method=method, data=ONE_CLICK)
        assert response.status_code == 404 and response.mimetype == "text/html"
        assert "We do not recognise this link" in response.get_data(as_text=True)


def test_odd_tokens_never_give_a_500(client):
    for token in ["x" * 500, "%00", "%C3%A9t%C3%A9", "a%2Fb", "a/b/c"]:
        response = client.post(f"/unsubscribe/{token}", data=ONE_CLICK)
        assert response.status_code == 404 and "We do not recognise this link" in response.get_data(as_text=True)


def test_the_link_in_a_release_email_unsubscribes_with_one_click(client, services, workflow, smtp, dispatch):
    contact = add_contact(services, "Jo Reporter", "jo@paper.example.com")
    media = add_list(services, "Desks", [contact])
    view = workflow.in_review()
    view = services.workflow.approve(view.slug, view.revision, APPROVER, lists=[media])
    services.workflow.publish(view.slug, view.revision, APPROVER)
    dispatch()
    [message] = smtp.messages
    url = message["List-Unsubscribe"].split(",")[0].strip("<> ")
    path = url.removeprefix("https://press.example.org")
    response = client.post(path, data=ONE_CLICK, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    assert unsubscribed_at(services, "jo@paper.example.com") is not None

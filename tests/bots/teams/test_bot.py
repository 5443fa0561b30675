"""``POST /teams/bot``: Bot Framework JWTs checked with PyJWT against OpenID metadata and keys served by the test
on 127.0.0.1 (a generated RSA key), and the message extension's search answered with cards to insert."""

from __future__ import annotations

import json
import time
from datetime import timedelta

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from tests.bots.teams.conftest import make_app
from tests.conftest import APPROVER

from .adaptive_card import shown, validate_card

APP_ID = "8f0e6c2a-1111-4b5c-9d3e-0123456789ab"
SERVICE_URL = "https://smba.trafficmanager.net/uk/"
ISSUER = "https://api.botframework.com"


def _key(kid: str, endorsements=("msteams",)):
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    public = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(private.public_key()))
    public.update(kid=kid, use="sig", alg="RS256", endorsements=list(endorsements))
    return private, public


@pytest.fixture(scope="module")
def keys():
    return {"good": _key("k-good"), "stranger": _key("k-stranger"), "webchat": _key("k-webchat", ("webchat",))}


@pytest.fixture
def openid(httpserver, keys):
    published = [keys["good"][1], keys["webchat"][1]]  # the stranger's key is not published
    httpserver.expect_request("/openid").respond_with_json(
        {"issuer": ISSUER, "jwks_uri": httpserver.url_for("/keys"), "id_token_signing_alg_values_supported": ["RS256"]}
    )
    httpserver.expect_request("/keys").respond_with_json({"keys": published})
    return httpserver.url_for("/openid")


@pytest.fixture
def bot_app(tmp_path, database_url, clock, services, openid):
    app = make_app(tmp_path, database_url, clock, TEAMS_APP_ID=APP_ID, TEAMS_OPENID_METADATA_URL=openid)
    yield app
    app.extensions["pressline.search"].close()
    app.extensions["pressline"].db.dispose()


@pytest.fixture
def workflow(bot_app):
    from tests.conftest import WorkflowHelper

    return WorkflowHelper(bot_app.extensions["pressline"])


def token(keys, key: str = "good", **changes) -> str:
    now = int(time.time())
    claims = {"iss": ISSUER, "aud": APP_ID, "exp": now + 3600, "nbf": now - 10, "serviceurl": SERVICE_URL}
    claims.update(changes)
    claims = {k: v for k, v in claims.items() if v is not None}
    return jwt.encode(claims, keys[key][0], algorithm="RS256", headers={"kid": keys[key][1]["kid"]})


def query(text: str = "", command: str = "lines", channel: str = "msteams", **extra) -> dict:
    parameters = [{"name": "searchQuery", "value": text}] if text else [{"name": "initialRun", "value": "true"}]
    return {
        "type": "invoke", "name": "composeExtension/query", "id": "f:123", "channelId": channel,
        "serviceUrl": SERVICE_URL, "from": {"id": "29:officer", "aadObjectId": "aad-1"},
        "conversation": {"id": "19:chat@thread.v2"}, "recipient": {"id": f"28:{APP_ID}"},
        "value": {"commandId": command, "parameters": parameters, "queryOptions": {"skip": 0, "count": 10}},
        **extra,
    }  # fmt: skip


def send(app, activity: dict, authorization: str | None):
    headers = {"Authorization": authorization} if authorization is not None else {}
    return app.test_client().post("/teams/bot", data=json.dumps(activity), headers=headers,
                                  content_type="application/json")  # fmt: skip


def results(response) -> list[dict]:
    assert response.status_code == 200, response.get_data(as_text=True)
    extension = response.get_json()["composeExtension"]
    assert extension["type"] == "result"
    return extension["attachments"]


def select(slug: str) -> dict:
    return {**query("x"), "name": "composeExtension/selectItem", "value": {"slug": slug}}


def picked(app, keys, preview: dict) -> dict:
    """What Teams does when the officer picks a result: a selectItem invoke with the preview's tap value."""
    activity = {**query("x"), "name": "composeExtension/selectItem", "value": preview["content"]["tap"]["value"]}
    [attachment] = results(send(app, activity, f"Bearer {token(keys)}"))
    return attachment


def test_a_valid_token_is_accepted_and_the_query_answered(bot_app, keys, workflow):
    workflow.published(title="Online grooming warning", body="Talk to your children about grooming.")
    [attachment] = results(send(bot_app, query("grooming"), f"Bearer {token(keys)}"))
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
    assert validate_card(attachment["content"]) == []
    assert attachment["preview"]["content"]["title"] == "Online grooming warning"
    assert "grooming" in attachment["preview"]["content"]["text"]


def test_picking_a_result_inserts_the_card_of_its_current_wording(bot_app, keys, workflow):
    workflow.published(title="Online grooming warning", body="Talk to your children about grooming.")
    [result] = results(send(bot_app, query("grooming"), f"Bearer {token(keys)}"))
    card = picked(bot_app, keys, result["preview"])
    assert validate_card(card["content"]) == []
    assert "Talk to your children about grooming." in json.dumps(card["content"])
    assert "v1 · approved by Abe Approver" in json.dumps(card["content"], ensure_ascii=False)


def test_picking_a_result_withdrawn_meanwhile_inserts_nothing(bot_app, keys, workflow):
    view = workflow.published(title="Online grooming warning", body="Talk to your children about grooming.")
    [result] = results(send(bot_app, query("grooming"), f"Bearer {token(keys)}"))
    bot_app.extensions["pressline"].workflow.withdraw(view.slug, view.revision, APPROVER, "Superseded")
    activity = {
        **query("x"),
        "name": "composeExtension/selectItem",
        "value": result["preview"]["content"]["tap"]["value"],
    }
    response = send(bot_app, activity, f"Bearer {token(keys)}")
    assert response.get_json()["composeExtension"]["type"] == "message"
    assert "Talk to your children" not in response.get_data(as_text=True)


def test_picking_a_draft_by_its_slug_inserts_nothing(bot_app, keys, workflow):
    view = workflow.draft(title="Grooming draft", body="Draft grooming wording.")
    response = send(bot_app, select(view.slug), f"Bearer {token(keys)}")
    assert "Draft grooming wording." not in response.get_data(as_text=True)
    assert send(bot_app, select(view.slug), None).status_code == 401


REFUSED = {
    "no header": lambda keys: None,
    "not bearer": lambda keys: f"Basic {token(keys)}",
    "unsigned": lambda keys: (
        "Bearer " + jwt.encode({"iss": ISSUER, "aud": APP_ID, "exp": int(time.time()) + 60}, None, algorithm="none")
    ),
    "signed by an unpublished key": lambda keys: f"Bearer {token(keys, 'stranger')}",
    "expired": lambda keys: f"Bearer {token(keys, exp=int(time.time()) - 600)}",
    "wrong audience": lambda keys: f"Bearer {token(keys, aud='another-app')}",
    "wrong issuer": lambda keys: f"Bearer {token(keys, iss='https://sts.windows.net/evil/')}",
    "no expiry": lambda keys: f"Bearer {token(keys, exp=None)}",
    "other service url": lambda keys: f"Bearer {token(keys, serviceurl='https://evil.example/')}",
    "key not endorsed for teams": lambda keys: f"Bearer {token(keys, 'webchat')}",
    "garbage": lambda keys: "Bearer not.a.jwt",
    "HMAC with the public key": lambda keys: (
        "Bearer "
        + jwt.encode(
            {"iss": ISSUER, "aud": APP_ID, "exp": int(time.time()) + 60},
            "x" * 32,
            algorithm="HS256",
            headers={"kid": "k-good"},
        )
    ),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_bad_tokens_are_refused(bot_app, keys, workflow, case):
    workflow.published(title="Online grooming warning", body="Talk to your children about grooming.")
    response = send(bot_app, query("grooming"), REFUSED[case](keys))
    assert response.status_code == 401
    assert "grooming" not in response.get_data(as_text=True)


def test_a_token_within_five_minutes_of_expiry_skew_is_accepted(bot_app, keys):
    response = send(bot_app, query("grooming"), f"Bearer {token(keys, exp=int(time.time()) - 60)}")
    assert response.status_code == 200


def test_drafts_and_embargoed_versions_are_never_offered(bot_app, keys, workflow, clock):
    workflow.published(title="Grooming live", body="Live grooming wording.")
    workflow.draft(title="Grooming draft", body="Draft grooming wording.")
    workflow.in_review(title="Grooming review", body="Review grooming wording.")
    workflow.published(title="Grooming embargo", body="Embargoed grooming wording.",
                       publish_at=clock() + timedelta(days=1))  # fmt: skip
    found = json.dumps(results(send(bot_app, query("grooming"), f"Bearer {token(keys)}")))
    assert "Grooming live" in found
    for hidden in ("Draft grooming", "Review grooming", "Embargoed grooming"):
        assert hidden not in found


def test_withdrawn_statements_are_not_offered(bot_app, keys, workflow):
    workflow.withdrawn(title="Grooming withdrawn", body="Withdrawn grooming wording.")
    response = send(bot_app, query("grooming"), f"Bearer {token(keys)}")
    assert "Withdrawn grooming wording." not in response.get_data(as_text=True)


def test_internal_wording_is_marked_in_the_preview_and_the_inserted_card(bot_app, keys, workflow):
    workflow.published(title="Lines on grooming", kind="lines_to_take", body="We do not comment on live cases.")
    [attachment] = results(send(bot_app, query("grooming"), f"Bearer {token(keys)}"))
    assert "Internal: do not share outside" in json.dumps(attachment["content"])
    assert shown(attachment["preview"]["content"]["title"]).startswith("Internal: do not share outside")
    card = picked(bot_app, keys, attachment["preview"])
    assert "We do not comment on live cases." in json.dumps(card["content"])
    assert "Internal: do not share outside" in json.dumps(card["content"])


def test_quotes_and_routes_can_be_inserted(bot_app, keys, workflow):
    workflow.published(
        title="Knife crime appeal", body="Knife crime.", topics=["fraud"],
        quotes=[{"text": "Leave knives at home.", "speaker": "Jane Smith", "role": "Chief Constable"}],
    )  # fmt: skip
    quotes = results(send(bot_app, query("knives", "quotes"), f"Bearer {token(keys)}"))
    assert "Leave knives at home." in json.dumps(quotes)
    routes = results(send(bot_app, query("fraud", "routes"), f"Bearer {token(keys)}"))
    assert routes and all(validate_card(r["content"]) == [] for r in routes)


def test_the_first_open_lists_the_newest_wording(bot_app, keys, workflow):
    workflow.published(title="Courier fraud warning", body="Never hand your card to a courier.")
    [attachment] = results(send(bot_app, query(""), f"Bearer {token(keys)}"))
    assert attachment["preview"]["content"]["title"] == "Courier fraud warning"


def test_a_signed_body_that_is_not_json_is_a_400(bot_app, keys):
    response = bot_app.test_client().post(
        "/teams/bot", data=b"{nope", headers={"Authorization": f"Bearer {token(keys)}"}
    )
    assert response.status_code == 400


def test_other_activities_are_acknowledged(bot_app, keys):
    activity = {**query("x"), "type": "conversationUpdate", "name": None}
    response = send(bot_app, activity, f"Bearer {token(keys)}")
    assert response.status_code == 200 and response.get_json() == {}


def test_without_an_app_id_the_endpoint_is_404(tmp_path, database_url, clock, services):
    app = make_app(tmp_path, database_url, clock)
    assert app.test_client().post("/teams/bot", data="{}").status_code == 404
    app.extensions["pressline.search"].close()
    app.extensions["pressline"].db.dispose()

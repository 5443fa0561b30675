"""Topic slugs and route ids up to the 100 characters the API accepts are stored on both backends (the
columns were 80 wide: PostgreSQL answered 500 for 81-100); 101 is a 422 for the field."""

from __future__ import annotations

from tests.api.conftest import API


def slug(length: int) -> str:
    return "a" * length


def test_a_topic_slug_of_100_characters_is_stored(client, keys):
    response = client.post(
        f"{API}/statements", json={"title": "Long topic", "body": "Body.", "topics": [slug(100)]},
        headers=keys.header("editor"),
    )  # fmt: skip

    assert response.status_code == 201, response.get_data(as_text=True)
    assert response.get_json()["topics"] == [slug(100)]


def test_a_topic_slug_of_101_characters_is_422_for_the_field(client, keys):
    response = client.post(
        f"{API}/statements", json={"title": "Long topic", "body": "Body.", "topics": [slug(101)]},
        headers=keys.header("editor"),
    )  # fmt: skip

    assert response.status_code == 422
    assert list(response.get_json()["errors"]) == ["topics.0"]


def test_a_route_id_and_topic_of_100_characters_are_stored_and_cited(client, keys):
    created = client.post(
        f"{API}/reporting-routes",
        json={"id": slug(100), "name": "Long route", "urgency": "support", "topics": [slug(100)]},
        headers=keys.header("admin"),
    )
    draft = client.post(
        f"{API}/statements", json={"title": "Cites it", "body": "Body.", "reporting_routes": [slug(100)]},
        headers=keys.header("editor"),
    )  # fmt: skip

    assert created.status_code == 201, created.get_data(as_text=True)
    assert client.get(f"{API}/reporting-routes/{slug(100)}").get_json()["topics"] == [slug(100)]
    assert draft.status_code == 201 and draft.get_json()["reporting_routes"][0]["id"] == slug(100)


def test_a_route_id_of_101_characters_is_422_for_the_field(client, keys):
    response = client.post(
        f"{API}/reporting-routes", json={"id": slug(101), "name": "Too long", "urgency": "support"},
        headers=keys.header("admin"),
    )  # fmt: skip

    assert response.status_code == 422
    assert list(response.get_json()["errors"]) == ["id"]

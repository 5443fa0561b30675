"""GET /api/v1/reference: the whole API described in plain HTML, with nothing loaded from elsewhere."""

from __future__ import annotations

import re

METHODS = ("get", "post", "put", "patch", "delete")


def test_every_operation_and_schema_is_on_the_page(client):
    spec = client.get("/api/v1/openapi.json").get_json()
    page = client.get("/api/v1/reference")
    assert page.status_code == 200 and page.mimetype == "text/html"
    html = page.get_data(as_text=True)
    listed = set(re.findall(r'<h3 id="[^"]+"><span class="method">(\w+)</span> <code>([^<]+)</code>', html))
    expected = {(m.upper(), path) for path, item in spec["paths"].items() for m in METHODS if m in item}
    assert listed == expected and len(expected) > 20
    for name in spec["components"]["schemas"]:
        assert f'id="schema-{name}"' in html


def test_links_stay_on_the_page_or_the_server(client):
    html = client.get("/api/v1/reference").get_data(as_text=True)
    assert "<script" not in html
    targets = re.findall(r'(?:href|src)="([^"]+)"', html)
    assert targets and all(not t.startswith(("http:", "https:", "//")) for t in targets)
    anchors = set(re.findall(r' id="([^"]+)"', html))
    assert {t[1:] for t in targets if t.startswith("#")} <= anchors  # no dead in-page link


def test_a_field_shows_its_type_and_whether_it_is_required(client):
    html = client.get("/api/v1/reference").get_data(as_text=True)
    problem = html.split('id="schema-Problem"', 1)[1].split("</table>", 1)[0]
    assert "<code>title</code>" in problem and "<code>status</code>" in problem and "integer" in problem


def test_the_reference_needs_no_key_even_when_a_bad_one_is_sent(client):
    assert client.get("/api/v1/reference", headers={"Authorization": "Bearer nonsense"}).status_code == 200

"""The draft editor: every field, quotes without script, field errors beside fields, stale saves."""

from __future__ import annotations

from datetime import date

from tests.conftest import EDITOR, EDITOR2


def _draft_form(**changes) -> dict:
    form = {
        "title": "Scam calls claiming to be the bank", "summary": "Hang up and call back.",
        "body": "Officers have seen a **rise** in calls.", "kind": "guidance", "audience": "partners",
        "topics": ["fraud"], "other_topics": "phone-scams", "review_by": "2026-12-31", "change_note": "First go",
        "routes": ["action-fraud", "police-emergency-999"], "quote_rows": "3",
        "quotes-0-text": "Your bank will never ask for your PIN.", "quotes-0-speaker": "Sam Lee",
        "quotes-0-role": "Detective Inspector", "quotes-0-position": "2",
        "quotes-1-text": "Hang up, wait, call back.", "quotes-1-speaker": "Pat Jones", "quotes-1-role": "Fraud lead",
        "quotes-1-position": "1", "quotes-2-text": "", "quotes-2-speaker": "", "quotes-2-role": "",
        "action": "save",
    }  # fmt: skip
    form.update(changes)
    return form


def test_a_new_draft_is_saved_with_every_field(signed_in, app_services):
    editor = signed_in("editor")
    response = editor.post("/console/new", _draft_form(), token_from="/console/new")
    assert response.status_code == 303
    slug = response.headers["Location"].rsplit("/", 1)[1]
    view = app_services.catalogue.working(slug, EDITOR)
    assert (view.title, view.kind, view.audience, view.status) == (
        "Scam calls claiming to be the bank", "guidance", "partners", "draft",
    )  # fmt: skip
    assert view.topics == ("fraud", "phone-scams") or set(view.topics) == {"fraud", "phone-scams"}
    assert [q.speaker for q in view.quotes] == ["Pat Jones", "Sam Lee"]  # ordered by the position fields
    assert {r.id for r in view.reporting_routes} == {"action-fraud", "police-emergency-999"}
    assert view.review_by == date(2026, 12, 31)
    assert view.author == "Edith Editor"
    assert "Saved version 1 as a draft." in editor.get(response.headers["Location"]).get_data(as_text=True)


def test_the_editor_labels_every_field(signed_in):
    page = signed_in("editor").get("/console/new").get_data(as_text=True)
    for name in ("title", "slug", "kind", "audience", "review_by", "summary", "body", "other_topics", "change_note",
                 "quotes-0-text", "quotes-0-speaker", "quotes-0-role", "quotes-0-position"):  # fmt: skip
        assert f'<label for="{name}">' in page
        assert f'id="{name}"' in page
    assert '<label for="route-ceop">' in page and '<label for="topic-fraud">' in page


def test_bad_input_shows_errors_beside_the_fields_and_keeps_the_text(signed_in, app_services):
    editor = signed_in("editor")
    form = _draft_form(title="", review_by="31/12/2026", **{"quotes-0-speaker": ""})
    response = editor.post("/console/new", form, token_from="/console/new")
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert '<p class="field-error" id="title-error">Required.</p>' in page
    assert 'id="review_by-error">A date such as 2027-03-31.' in page
    assert 'aria-describedby="title-error"' in page
    assert "Officers have seen a **rise** in calls." in page
    assert 'value="Hang up and call back."' not in page and ">Hang up and call back.</textarea>" in page
    assert "Your bank will never ask for your PIN." in page
    assert 'id="quotes-1-speaker-error">Required.' in page  # rows re-shown in position order: Pat first
    assert 'value="action-fraud" checked' in page
    assert app_services.catalogue.all_slugs() == []


def test_a_malformed_slug_is_an_error_beside_the_slug(signed_in):
    response = signed_in("editor").post("/console/new", _draft_form(slug="Not A Slug"), token_from="/console/new")
    assert response.status_code == 422
    assert 'id="slug-error">Lower-case letters' in response.get_data(as_text=True)
    assert 'value="Not A Slug"' in response.get_data(as_text=True)


def test_an_unknown_route_is_refused(signed_in, app_services):
    response = signed_in("editor").post(
        "/console/new", _draft_form(routes=["no-such-route"]), token_from="/console/new"
    )
    assert response.status_code == 422
    assert "Unknown reporting route: no-such-route" in response.get_data(as_text=True)


def test_adding_quote_rows_keeps_everything_typed_and_saves_nothing(signed_in, app_services):
    response = signed_in("editor").post("/console/new", _draft_form(action="add_quote"), token_from="/console/new")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert 'name="quote_rows" value="6"' in page  # two quotes kept, the blank row shown and three more
    assert "Hang up, wait, call back." in page
    assert app_services.catalogue.all_slugs() == []


def test_adding_quote_rows_a_second_time_adds_more_rows(signed_in):
    editor = signed_in("editor")
    first = editor.post("/console/new", _draft_form(action="add_quote"), token_from="/console/new")
    shown = int(first.get_data(as_text=True).split('name="quote_rows" value="')[1].split('"')[0])
    blanks = {f"quotes-{i}-{part}": "" for i in range(2, shown) for part in ("text", "speaker", "role")}

    second = editor.post(
        "/console/new", _draft_form(action="add_quote", quote_rows=str(shown), **blanks), token_from="/console/new"
    )

    assert f'name="quote_rows" value="{shown + 3}"' in second.get_data(as_text=True)


def test_a_ticked_quote_is_removed_and_blank_rows_are_skipped(signed_in, app_services):
    response = signed_in("editor").post(
        "/console/new", _draft_form(**{"quotes-1-remove": "1"}), token_from="/console/new"
    )
    slug = response.headers["Location"].rsplit("/", 1)[1]
    assert [q.speaker for q in app_services.catalogue.working(slug, EDITOR).quotes] == ["Sam Lee"]


def test_preview_renders_the_markdown_without_saving(signed_in, app_services):
    response = signed_in("editor").post("/console/new", _draft_form(action="preview"), token_from="/console/new")
    page = response.get_data(as_text=True)
    assert "Officers have seen a <strong>rise</strong> in calls." in page
    assert app_services.catalogue.all_slugs() == []


def test_editing_a_draft_saves_a_change_and_keeps_the_version(signed_in, flow, app_services):
    view = flow.draft(quotes=[{"text": "Old words.", "speaker": "Jo", "role": "Chief"}])
    editor = signed_in("editor")
    page = editor.get(f"/console/s/{view.slug}/edit").get_data(as_text=True)
    assert "Old words." in page and f'name="revision" value="{view.revision}"' in page
    form = _draft_form(revision=str(view.revision), title="Better title")
    response = editor.post(f"/console/s/{view.slug}/edit", form, token_from=f"/console/s/{view.slug}/edit")
    assert response.status_code == 303
    after = app_services.catalogue.working(view.slug, EDITOR)
    assert (after.title, after.version, len(after.quotes)) == ("Better title", 1, 2)


def test_editing_a_published_statement_starts_a_new_draft(signed_in, flow, app_services):
    view = flow.published()
    editor = signed_in("editor")
    page = editor.get(f"/console/s/{view.slug}/edit").get_data(as_text=True)
    assert "saving starts a new draft" in page
    form = _draft_form(revision=str(view.revision), title="Refreshed wording")
    editor.post(f"/console/s/{view.slug}/edit", form, token_from=f"/console/s/{view.slug}/edit")
    versions = app_services.catalogue.versions(view.slug, EDITOR)
    assert [(v.version, v.status) for v in versions] == [(1, "published"), (2, "draft")]


def test_a_stale_save_never_overwrites_and_keeps_the_users_text(signed_in, flow, app_services):
    view = flow.draft(body="The original body.")
    editor = signed_in("editor")
    editor.get(f"/console/s/{view.slug}/edit")
    app_services.workflow.edit_draft(view.slug, view.revision, {"body": "A colleague's newer body."}, EDITOR2)
    mine = _draft_form(revision=str(view.revision), body="My own careful rewrite.")
    response = editor.post(f"/console/s/{view.slug}/edit", mine, token_from=f"/console/s/{view.slug}/edit")
    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "Someone else saved this statement while you were editing" in page
    assert "A colleague&#39;s newer body." in page
    assert ">My own careful rewrite.</textarea>" in page
    assert app_services.catalogue.working(view.slug, EDITOR).body == "A colleague's newer body."
    current = app_services.catalogue.working(view.slug, EDITOR).revision
    assert f'name="revision" value="{current}"' in page


def test_saving_again_after_the_conflict_is_a_deliberate_overwrite(signed_in, flow, app_services):
    view = flow.draft(body="The original body.")
    newer = app_services.workflow.edit_draft(view.slug, view.revision, {"body": "Newer."}, EDITOR2)
    form = _draft_form(revision=str(newer.revision), body="Mine after reading theirs.")
    editor = signed_in("editor")
    assert editor.post(f"/console/s/{view.slug}/edit", form, token_from="/console/new").status_code == 303
    assert app_services.catalogue.working(view.slug, EDITOR).body == "Mine after reading theirs."


def test_a_version_in_review_cannot_be_edited(signed_in, flow):
    view = flow.in_review()
    form = _draft_form(revision=str(view.revision))
    response = signed_in("editor").post(f"/console/s/{view.slug}/edit", form, token_from="/console/new")
    assert response.status_code == 409
    assert "can no longer be edited" in response.get_data(as_text=True)
    assert ">Officers have seen a **rise** in calls.</textarea>" in response.get_data(as_text=True)


def test_the_live_preview_renders_markdown_without_raw_html(signed_in):
    editor = signed_in("editor")
    response = editor.post("/console/preview", {"body": "**Bold** <script>x()</script>"}, token_from="/console/new")
    assert response.json == {"html": "<p><strong>Bold</strong> &lt;script&gt;x()&lt;/script&gt;</p>\n"}


def test_the_live_preview_needs_the_csrf_token(signed_in):
    assert signed_in("editor").client.post("/console/preview", data={"body": "x"}).status_code == 400

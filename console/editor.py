"""The draft editor (new, edit, and the import that fills it), with field errors and stale-save conflicts."""

from __future__ import annotations

import tempfile
from pathlib import Path

from flask import flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue

from statements.checks import CASE_STAGES
from statements.drafting import KINDS
from statements.errors import Forbidden, InvalidTransition, StaleRevision, ValidationFailed
from statements.registry import load_routes, load_topics
from statements.viewer import AUDIENCES
from statements.views import VersionView

from . import checks
from .blueprint import bp
from .context import markdown, services, viewer
from .forms import DraftForm, small_int


@bp.route("/new", methods=["GET", "POST"])
def new_draft() -> ResponseReturnValue:
    if request.method == "GET":
        return editor_page(DraftForm(), creating=True)
    return _save(None)


@bp.route("/s/<slug>/edit", methods=["GET", "POST"])
def edit_draft(slug: str) -> ResponseReturnValue:
    if request.method == "GET":
        working = services().catalogue.working(slug, viewer())
        form = DraftForm.from_view(working)
        return editor_page(form, creating=False, slug=slug, working=working)
    return _save(slug)


def _save(slug: str | None) -> ResponseReturnValue:
    form = DraftForm.from_request(request.form)
    action = request.form.get("action", "save")
    creating = slug is None
    working = None if slug is None else services().catalogue.working(slug, viewer())
    if action == "add_quote":  # keep the blank rows already shown and add three more
        shown = small_int(request.form.get("quote_rows"), 0)
        blanks = max(shown - len(form.quotes), 0) + 3
        return editor_page(form, creating=creating, slug=slug, working=working, blanks=blanks, focus_quotes=True)
    if action == "preview":
        return editor_page(form, creating=creating, slug=slug, working=working, preview=True)
    flow = services().workflow
    try:
        if slug is None:
            view = flow.create_draft(form.data(creating=True), viewer())
        else:
            view = flow.edit_draft(slug, form.revision if form.revision is not None else -1, form.data(False), viewer())
    except ValidationFailed as exc:
        return editor_page(form, creating=creating, slug=slug, working=working, errors=exc.errors), 422
    except StaleRevision:
        assert slug is not None  # only an edit can be stale
        newer = services().catalogue.working(slug, viewer())
        form.revision = newer.revision  # saving again now is a deliberate choice made with the newer text in view
        return editor_page(form, creating=False, slug=slug, working=newer, conflict=newer), 409
    except (Forbidden, InvalidTransition) as exc:
        return editor_page(form, creating=creating, slug=slug, working=working, problem=exc.message), 409
    flash(f"Saved version {view.version} as a draft.", "info")
    return redirect(url_for("console.statement", slug=view.slug), code=303)


@bp.route("/import", methods=["GET", "POST"])
def import_text() -> ResponseReturnValue:
    if request.method == "GET":
        return render_template("console/import.html", error=None, kinds=KINDS)
    from statements.importer import MAX_TEXT_BYTES, UnreadableText, extract, import_report

    upload = request.files.get("file")
    pasted = request.form.get("text", "")
    try:
        if upload and upload.filename:
            raw = upload.stream.read(MAX_TEXT_BYTES + 1)  # never more: a longer file is refused unread
            if len(raw) > MAX_TEXT_BYTES:
                raise UnreadableText("the file is larger than 1 MB: not one press statement")
            text = _decode(raw)
        elif pasted.strip():
            text = pasted
        else:
            raise UnreadableText("choose a file or paste the text")
        retired = services().routes.retired_ids()
        found = extract(text, [r for r in load_routes() if r.id not in retired], load_topics())
    except UnreadableText as exc:
        return render_template("console/import.html", error=f"Cannot import: {exc}.", kinds=KINDS), 422
    flash("Check the title, quotes and routes found below, correct them, then save the draft.", "info")
    return editor_page(DraftForm.from_extracted(found), creating=True, imported=True, report=import_report(found))


def _decode(raw: bytes) -> str:
    """Decode an upload exactly as ``pressline import`` decodes a file (UTF-8, else Windows-1252, no binary)."""
    from statements.importer import read_press_file

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "upload.txt"
        path.write_bytes(raw)
        return read_press_file(path)


def editor_page(
    form: DraftForm,
    *,
    creating: bool,
    slug: str | None = None,
    working: VersionView | None = None,
    errors: dict[str, list[str]] | None = None,
    conflict: VersionView | None = None,
    problem: str | None = None,
    preview: bool = False,
    blanks: int = 2,
    focus_quotes: bool = False,
    imported: bool = False,
    report: list[str] | None = None,
) -> str:
    """Render the editor; every path through the form (errors, conflicts, previews) keeps what was typed."""
    me = viewer()
    topics = services().catalogue.topics(me)
    known = {t.slug for t in topics}
    form.other_topics = form.other_topics or ", ".join(t for t in form.topics if t not in known)
    return render_template(
        "console/editor.html", form=form, creating=creating, slug=slug, working=working, errors=errors or {},
        conflict=conflict, problem=problem, preview=preview, rows=form.rows(blanks), focus_quotes=focus_quotes,
        topics=topics, routes=services().routes.list(), kinds=KINDS, audiences=AUDIENCES, imported=imported,
        report=report or [],
        other_errors=_unplaced(errors or {}), case_stages=CASE_STAGES,
        checks_report=checks.of_form(form) if form.body.strip() else None,
    )  # fmt: skip


PLACED = {"title", "slug", "kind", "audience", "topics", "summary", "body", "reporting_routes", "review_by",
          "change_note", "case_stage"}  # fmt: skip


def _unplaced(errors: dict[str, list[str]]) -> dict[str, list[str]]:
    """Errors that have no field beside them (they are listed at the top instead)."""
    return {k: v for k, v in errors.items() if k not in PLACED and not k.startswith("quotes.")}


@bp.post("/preview")
def preview() -> dict[str, str]:
    """The body rendered as the statement page will show it, and the checks panel for the whole form as typed
    (the editor's live preview fetches this)."""
    html = str(markdown(request.form.get("body", "")[:100_000]))
    if "title" not in request.form:  # the body alone: no panel to refresh
        return {"html": html}
    found = checks.of_form(DraftForm.from_request(request.form))
    return {"html": html, "checks": render_template("console/checks_panel.html", checks_report=found)}

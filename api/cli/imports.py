"""``pressline import PATH... --author NAME``: press text or Markdown files into drafts."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from statements.checks import Checks, Finding, RouteIn, Subject, tally
from statements.drafting import KINDS
from statements.errors import PresslineError
from statements.quoting import stored_quote
from statements.registry import RouteSpec, load_routes, load_topics
from statements.viewer import AUDIENCES, Viewer

from .common import State, fail


@click.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--author", help="Press officer the drafts are credited to (required unless --dry-run).")
@click.option("--kind", type=click.Choice(KINDS), help="Override the guessed kind.")
@click.option("--audience", type=click.Choice(AUDIENCES), help="Override the audience.")
@click.option("--topic", "topics", multiple=True, help="Topic slug; repeat for several. Overrides the guess.")
@click.option("--new-topic", is_flag=True, help="Let --topic name topics that do not exist yet (they are created).")
@click.option("--force", is_flag=True, help="Import a file even when a statement already has its title and body.")
@click.option("--dry-run", is_flag=True, help="Extract and print; write nothing (needs no init).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per file (JSON Lines).")
@click.pass_obj
def import_command(
    state: State, paths: tuple[Path, ...], author: str | None, kind: str | None, audience: str | None,
    topics: tuple[str, ...], new_topic: bool, force: bool, dry_run: bool, as_json: bool,
) -> None:  # fmt: skip
    """Turn press statements into drafts, with quotes and reporting routes extracted. A file whose title and
    body match an existing statement is skipped with a warning unless --force is given."""
    from statements.importer import UnreadableText, extract, import_report, read_press_file

    officer = Viewer.staff(author.strip(), "editor") if author and author.strip() else None
    if not dry_run and officer is None:
        fail("--author is required (the press officer the drafts are credited to).")
    if not dry_run:
        try:
            state.initialise()
        except PresslineError as exc:
            fail(exc.message)
    routes, topic_specs = load_routes(), load_topics()
    checks = state.checks
    known = {spec.slug for spec in topic_specs}
    if not dry_run and officer is not None:
        known |= {topic.slug for topic in state.services.catalogue.topics(officer)}
    unknown = [slug for slug in dict.fromkeys(topics) if slug not in known]
    if unknown and not new_topic:
        fail(f"No topic {', '.join(unknown)} (give --new-topic to create it; topics: {', '.join(sorted(known))}).")
    failures = 0
    show_bar = len(paths) > 1 and not as_json
    with (
        click.progressbar(paths, label="Importing", file=sys.stderr, show_pos=True)
        if show_bar
        else _plain(paths) as bar
    ):
        for path in bar:
            try:
                text = read_press_file(path)
                found = extract(text, routes, topic_specs, kind=kind, topic_overrides=list(topics) or None)
            except (UnreadableText, OSError) as exc:
                failures += 1
                click.echo(f"{path}: cannot import: {exc}", err=True)
                continue
            if not as_json:
                for note in import_report(found):
                    click.echo(f"{path}: {note}", err=True)
            draft = _draft(found, audience)
            findings = _check(checks, draft, routes)
            if dry_run:
                _report(found.as_json(str(path)), findings, as_json)
                continue
            assert officer is not None  # required above unless --dry-run
            try:
                same = [] if force else state.services.catalogue.same_wording(draft["title"], draft["body"])
                if same:
                    click.echo(
                        f"{path}: skipped: same title and body as {', '.join(same)} (--force imports it)", err=True
                    )
                    continue
                view = state.services.workflow.create_draft(draft, officer)
            except PresslineError as exc:
                failures += 1
                click.echo(f"{path}: cannot import: {exc.message}", err=True)
                continue
            line = found.as_json(str(path)) | {"slug": view.slug, "version": view.version}
            _report(line, findings, as_json)
    if failures:
        sys.exit(1)


def _draft(found, audience: str | None) -> dict:
    draft = {
        "title": found.title[:300], "kind": found.kind, "summary": found.summary, "body": found.body,
        "topics": found.topics, "change_note": "Imported from press text",
        "quotes": [stored_quote(q.text, q.speaker, q.role) for q in found.quotes],
        "reporting_routes": [r.route_id for r in found.reporting_routes if r.route_id],
    }  # fmt: skip
    if audience:
        draft["audience"] = audience
    return draft


def _check(checks: Checks, draft: dict, specs: list[RouteSpec]) -> tuple[Finding, ...]:
    """The pre-publication checks on the draft as it will be stored (its routes resolved from the registry)."""
    by_id = {spec.id: spec for spec in specs}
    routes = [RouteIn(i, by_id[i].name, by_id[i].phone, by_id[i].url) for i in draft["reporting_routes"] if i in by_id]
    return checks.run(Subject.of_fields(draft, routes, checks.today()))


def _report(line: dict, findings: tuple[Finding, ...], as_json: bool) -> None:
    if as_json:
        line = line | {"checks": [f.as_dict() for f in findings]}
        click.echo(json.dumps(line, ensure_ascii=False))
        return
    where = f" -> {line['slug']} v{line['version']}" if "slug" in line else ""
    click.echo(
        f"{line['file']}{where}: {line['title']!r} ({line['kind']}), "
        f"{len(line['quotes'])} quotes, {len(line['reporting_routes'])} reporting routes; checks: {tally(findings)}"
    )
    for finding in findings:
        words = f" (“{shorten(finding.match)}”)" if finding.match and finding.end > finding.start else ""
        click.echo(f"  {finding.severity} {finding.rule}: {finding.message}{words}")


def shorten(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _plain:
    def __init__(self, items):
        self.items = items

    def __enter__(self):
        return self.items

    def __exit__(self, *exc) -> None:
        return None

"""Check findings in the console: for a stored version or for the form being edited, with the wording shown
again and each finding highlighted in place (the text stays data: everything is escaped)."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from statements.checks import Finding, RouteIn, Subject, blocking, tally
from statements.drafting import LIMITS
from statements.views import VersionView

from .context import services
from .forms import DraftForm


@dataclass(frozen=True)
class Passage:
    label: str
    html: Markup


@dataclass(frozen=True)
class Report:
    """What the checks panel shows: the findings, their tally and the passages they were found in."""

    findings: tuple[Finding, ...]
    passages: tuple[Passage, ...]

    @property
    def tally(self) -> str:
        return tally(self.findings)

    @property
    def blocking(self) -> list[Finding]:
        return blocking(self.findings)


def of_view(view: VersionView) -> Report:
    subject = Subject.of_view(view, services().checks.today())
    return _report(services().checks.run(subject), subject)


def of_form(form: DraftForm) -> Report:
    """Findings for what is typed in the editor, before it is saved."""
    wanted = set(form.routes)
    routes = [RouteIn(r.id, r.name, r.phone, r.url) for r in services().routes.list() if r.id in wanted]
    routes.sort(key=lambda r: form.routes.index(r.id))
    fields = form.data(creating=True)
    for name, limit in LIMITS.items():  # unsaved text may be any length: check no more than a draft can hold
        fields[name] = str(fields.get(name) or "")[:limit]
    fields["quotes"] = [{**q, "text": q["text"][:10_000]} for q in fields["quotes"][:100]]
    subject = Subject.of_fields(fields, routes, services().checks.today())
    return _report(services().checks.run(subject), subject)


def tally_of(view: VersionView) -> str:
    """ "1 warning, 2 blocking" for a version (the approver's dashboard shows it beside each waiting version)."""
    return tally(services().checks.of_view(view))


def field_label(field: str) -> str:
    """``quotes.1.text`` -> ``Quote 2``; ``reporting_routes.0.phone`` -> ``Reporting route 1``."""
    parts = field.split(".")
    if parts[0] == "quotes" and len(parts) > 1:
        return f"Quote {int(parts[1]) + 1}"
    if parts[0] == "reporting_routes":
        return f"Reporting route {int(parts[1]) + 1}" if len(parts) > 1 else "Reporting routes"
    return parts[0].replace("_", " ").capitalize()


def highlighted(text: str, findings: list[Finding]) -> Markup:
    """``text`` escaped, with each finding's span in a ``<mark>`` saying why (overlapping spans merge into
    the first)."""
    out: list[str] = []
    position = 0
    for finding in sorted(findings, key=lambda f: (f.start, -f.end)):
        if finding.start < position or finding.end <= finding.start:
            continue
        out.append(str(escape(text[position : finding.start])))
        out.append(
            f'<mark class="finding-{escape(finding.severity)}" title="{escape(finding.message)}">'
            f"{escape(text[finding.start : finding.end])}</mark>"
        )
        position = finding.end
    out.append(str(escape(text[position:])))
    return Markup("".join(out))


def _report(findings: tuple[Finding, ...], subject: Subject) -> Report:
    passages = []
    for field, text in subject.passages():
        here = [f for f in findings if f.field == field and f.end > f.start]
        if here:
            passages.append(Passage(field_label(field), highlighted(text, here)))
    return Report(findings, tuple(passages))
